package main

// #include "calc.h"
import "C"

import "fmt"

func main() {
	fmt.Println("posix", C.calc_posix_only())
}
