package main

import "example.com/compile/a"

func main() { println(a.F()) }
