package main

// Version is meant to be set with -X main.Version=...; Build cannot be.
var Version string
var Build int

func main() { println(Version, Build) }
