// Package lib declares a C function that nothing defines.
package lib

// int missing_function(int);
import "C"

func Call() int { return int(C.missing_function(1)) }
