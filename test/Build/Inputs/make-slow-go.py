"""Writes an executable 'go' in front of the real one whose builds never
end: `go build` creates MARKER and sleeps; every other command (go list,
go env) runs as usual.

  make-slow-go.py PATH REAL_GO MARKER
"""
import os
import stat
import sys

path, real_go, marker = sys.argv[1:]
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("#!%s\n" % sys.executable)
    f.write("import os, sys, time\n")
    f.write("if len(sys.argv) > 1 and sys.argv[1] == 'build':\n")
    f.write("    open(%r, 'w').close()\n" % marker)
    f.write("    time.sleep(120)\n")
    f.write("os.execv(%r, [%r] + sys.argv[1:])\n" % (real_go, real_go))
os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
