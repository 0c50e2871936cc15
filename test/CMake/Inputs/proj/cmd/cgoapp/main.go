package main

// #include "clib.h"
import "C"

import "fmt"

func main() { fmt.Println("clib says", int(C.clib_value())) }
