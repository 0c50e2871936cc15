package main

// extern int twice(int);
import "C"

func main() { println(C.twice(2)) }
