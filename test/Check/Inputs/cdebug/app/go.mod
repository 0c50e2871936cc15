module example.com/cdebug

go 1.19
