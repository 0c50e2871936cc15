// A program whose only cgo is the standard library's: net and os/user.
package main

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	u, _ := user.Current()
	addrs, _ := net.LookupHost("localhost")
	fmt.Println(u != nil, len(addrs) > 0)
}
