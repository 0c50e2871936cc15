#include "calc.h"

int calc_add(int a, int b) { return a + b; }

#ifndef CALC_WITHOUT_POSIX
int calc_posix_only(void) { return 42; }
#endif
