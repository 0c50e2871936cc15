// app prints what the C++ engine computes.
package main

/*
#include "engine.h"
*/
import "C"

import "fmt"

var version = "dev"

func main() {
	fmt.Printf("app %s: engine says %d\n", version, int(C.engine_answer()))
}
