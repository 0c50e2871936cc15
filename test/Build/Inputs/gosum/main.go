// Imports a module that go.mod requires but go.sum does not list.
package main

import "golang.org/x/sys/windows/registry"

func main() { _ = registry.CURRENT_USER }
