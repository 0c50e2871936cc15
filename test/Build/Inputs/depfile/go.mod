module example.com/depfile

go 1.19
