// A program that reads every kind of file a depfile must list: Go, cgo, C,
// a header, assembly, embedded files, and files its constraints leave out.
package main

import (
	"embed"

	"example.com/depfile/asm"
	"example.com/depfile/util"
)

//go:embed assets
var assets embed.FS

func main() {
	data, _ := assets.ReadFile("assets/sub/b.txt")
	println(util.Add(1, 2), asm.Seven(), len(data))
}
