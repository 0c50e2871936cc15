module example.com/syso

go 1.19
