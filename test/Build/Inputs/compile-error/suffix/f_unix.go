// A name ending in _unix.go is no build constraint: go builds this file
// for Windows too.
package suffix

func F() {}
