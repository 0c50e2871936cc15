package main

import "example.com/siblings/lib"

func main() { println(lib.Name("a")) }
