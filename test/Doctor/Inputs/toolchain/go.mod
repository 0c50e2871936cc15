module example.com/toolchain

go 1.19

toolchain go1.99.1
