package b

func g(x int) int { return x }

func H() int { return g() }
