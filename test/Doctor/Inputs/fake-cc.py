# A C compiler for the tests: says it compiles for the triple given as its
# first argument, and has no libc.a when that argument ends in "-nolibc".
import sys
triple = sys.argv[1]
for arg in sys.argv[2:]:
    if arg == "-dumpmachine":
        print(triple.removesuffix("-nolibc"))
    elif arg == "-print-file-name=libc.a":
        print("libc.a" if triple.endswith("-nolibc") else "/usr/lib/libc.a")
