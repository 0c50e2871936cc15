package main

import "example.com/cgoonly/lib"

func main() { println(lib.Twice(2)) }
