// tool is a pure-Go helper shipped next to app.
package main

import "fmt"

var version = "dev"

func main() {
	fmt.Println("tool", version)
}
