package main

// Version is meant to be set with -X main.Version=...; Build cannot be.
var Version string
var Build int

// debug is a switch; Debug, the string, is what -X can set.
var (
	debug = false
	Debug = "off"
)

func main() { println(Version, Build, debug, Debug) }
