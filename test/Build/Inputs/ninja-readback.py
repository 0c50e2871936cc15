"""Has Ninja read a depfile back, and prints the dependencies it recorded.

  ninja-readback.py DEPFILE WORKDIR

The depfile's target must be "app". The rule copies DEPFILE where Ninja
expects the depfile of "app"; `ninja -t deps app` then prints what Ninja's
own depfile parser made of it.
"""
import os
import shutil
import subprocess
import sys

if len(sys.argv) == 5 and sys.argv[1] == "--copy":
    shutil.copy(sys.argv[2], sys.argv[3])
    open(sys.argv[4], "w").close()
    sys.exit(0)

depfile, workdir = os.path.abspath(sys.argv[1]), sys.argv[2]
os.makedirs(workdir, exist_ok=True)
with open(os.path.join(workdir, "build.ninja"), "w") as f:
    f.write("rule copy\n")
    f.write("  command = \"%s\" \"%s\" --copy \"%s\" $out.d $out\n" %
            (sys.executable, os.path.abspath(__file__), depfile))
    f.write("  depfile = $out.d\n")
    f.write("  deps = gcc\n")
    f.write("build app: copy\n")
subprocess.check_call(["ninja", "-C", workdir, "-d", "keepdepfile"],
                      stdout=subprocess.DEVNULL)
sys.stdout.flush()
sys.exit(subprocess.call(["ninja", "-C", workdir, "-t", "deps", "app"]))
