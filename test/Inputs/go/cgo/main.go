// cgo calls one C function, so its link needs a C toolchain and (unless
// linked statically) the C runtime.
package main

/*
#include <stdlib.h>
static int twice(int x) { return abs(x) * 2; }
*/
import "C"

import "fmt"

func main() { fmt.Println(C.twice(-21)) }
