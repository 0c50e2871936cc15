package main

import "example.com/undefref/lib"

func main() { println(lib.Call()) }
