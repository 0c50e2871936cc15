package lib

func Name(s string) string { return "lib " + s }
