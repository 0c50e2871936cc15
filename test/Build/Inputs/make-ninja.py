"""Writes a build.ninja that builds a Go program through goexe build with a
depfile, the way the CMake module does.

  make-ninja.py BUILD_NINJA SRC_DIR GOEXE GO OUTPUT
"""
import sys

build_ninja, src, goexe, go, output = sys.argv[1:6]


def esc(path):
    # build.ninja's own escaping: $ before space, colon and dollar.
    return path.replace("$", "$$").replace(" ", "$ ").replace(":", "$:")


with open(build_ninja, "w") as f:
    f.write("rule gobuild\n")
    f.write("  command = cd %s && %s build --depfile=$out.d --output=$out"
            " -- %s build -o $out .\n" % (esc(src), esc(goexe), esc(go)))
    f.write("  depfile = $out.d\n")
    f.write("  deps = gcc\n")
    f.write("  description = go build $out\n")
    f.write("build %s: gobuild\n" % esc(output))
