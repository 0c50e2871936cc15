package main

/*
#include "calc.h"

static int optimized(void) {
#ifdef __OPTIMIZE__
	return 1;
#else
	return 0;
#endif
}

static int from_env(void) {
#ifdef FROM_ENV
	return FROM_ENV;
#else
	return 0;
#endif
}

static int calc_api(void) {
#ifdef CALC_API
	return CALC_API;
#else
	return 0;
#endif
}
*/
import "C"

import "fmt"

func main() {
	fmt.Println("optimized", C.optimized(), "from_env", C.from_env(),
		"calc_api", C.calc_api(), "sum", C.calc_add(2, 3))
}
