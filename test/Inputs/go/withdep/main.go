// withdep has a dependency replaced by a local directory, so its build info
// has a dep line followed by a "=>" line.
package main

import (
	"fmt"

	"example.com/lib"
)

func main() { fmt.Println(lib.Greeting()) }
