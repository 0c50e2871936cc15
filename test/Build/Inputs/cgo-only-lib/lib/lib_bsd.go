//go:build !cgo && (darwin || freebsd)

package lib

// Twice without cgo, for the BSDs (the build constraint says so).
func Twice(x int) int { return 2 * x }
