module example.com/undefref

go 1.19
