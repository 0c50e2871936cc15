int calc_add(int a, int b);
int calc_posix_only(void);
