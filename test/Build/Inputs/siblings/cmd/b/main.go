package main

func main() { println("b") }
