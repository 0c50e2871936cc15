// hello is the smallest real Go program the tests build.
package main

import "fmt"

var version = "dev"

func main() {
	fmt.Println("hello", version)
}
