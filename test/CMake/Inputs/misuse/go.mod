module example.com/misuse

go 1.19
