"""Writes an executable 'go' in front of the real one.

  make-go-wrapper.py PATH REAL_GO              go list fails: the build
                                               succeeds, the depfile step does not
  make-go-wrapper.py --log LOG PATH REAL_GO    every go command runs, and its
                                               arguments are appended to LOG
"""
import os
import stat
import sys

args = sys.argv[1:]
log = None
if args[0] == "--log":
    log, args = args[1], args[2:]
path, real_go = args
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("#!%s\n" % sys.executable)
    f.write("import os, sys\n")
    if log:
        f.write("with open(%r, 'a') as log:\n" % log)
        f.write("    log.write(' '.join(sys.argv[1:]) + '\\n')\n")
    else:
        f.write("if len(sys.argv) > 1 and sys.argv[1] == 'list':\n")
        f.write("    sys.exit('wrapper: go list is broken')\n")
    f.write("os.execv(%r, [%r] + sys.argv[1:])\n" % (real_go, real_go))
os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
