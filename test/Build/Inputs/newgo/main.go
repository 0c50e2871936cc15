package main

func main() { println("new") }
