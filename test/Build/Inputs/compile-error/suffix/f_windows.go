package suffix

func F() {}
