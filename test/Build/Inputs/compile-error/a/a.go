package a

func F() int { return undefinedName }
