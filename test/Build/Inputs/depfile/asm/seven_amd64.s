#include "textflag.h"

// func Seven() int
TEXT ·Seven(SB), NOSPLIT, $0-8
	MOVQ $7, ret+0(FP)
	RET
