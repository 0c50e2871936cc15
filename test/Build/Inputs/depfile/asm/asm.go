//go:build amd64

package asm

// Seven is written in assembly (seven_amd64.s).
func Seven() int
