package main

// int answer(void);
import "C"

func main() { println(C.answer()) }
