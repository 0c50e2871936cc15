// Package lib is a local dependency, reached through a replace directive.
package lib

// Greeting is what withdep prints.
func Greeting() string { return "hello from lib" }
