#warning "answer.c is compiled with a warning"
int answer(void) { return 42; }
