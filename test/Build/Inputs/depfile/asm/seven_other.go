//go:build !amd64

package asm

func Seven() int { return 7 }
