// A program that uses syscalls Windows does not have.
package main

import "syscall"

func main() {
	_ = syscall.Setuid(syscall.Getuid())
	println(syscall.SYS_SETUID)
}
