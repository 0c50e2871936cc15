module example.com/cgowarn

go 1.19
