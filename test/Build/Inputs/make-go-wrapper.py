"""Writes an executable 'go' that runs the real go for everything but
`go list`, which fails: the build succeeds, the depfile step does not.

  make-go-wrapper.py PATH REAL_GO
"""
import os
import stat
import sys

path, real_go = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("#!%s\n" % sys.executable)
    f.write("import os, sys\n")
    f.write("if len(sys.argv) > 1 and sys.argv[1] == 'list':\n")
    f.write("    sys.exit('wrapper: go list is broken')\n")
    f.write("os.execv(%r, [%r] + sys.argv[1:])\n" % (real_go, real_go))
os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
