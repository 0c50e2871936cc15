package main

func main() { println("resources") }
