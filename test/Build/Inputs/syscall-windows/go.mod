module example.com/syscallwin

go 1.19
