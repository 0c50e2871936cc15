// A cgo program as go_executable() builds one in a Debug configuration:
// a C file in the package, a header from a C library's directory in the
// source tree (found with -I), and that library, compiled with -g in the
// build directory.
package main

// #include "engine.h"
// int add(int a, int b);
import "C"

import "fmt"

func main() {
	cfg := C.struct_engine_config{scale: 2}
	fmt.Println(C.add(20, 22), C.engine_scale(&cfg, 21), C.engine_add(1, 2))
}
