module example.com/compile

go 1.19
