module example.com/xflag

go 1.19
