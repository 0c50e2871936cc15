"""Vendors golang.org/x/sys from the Go installation's own vendor tree
(GOROOT/src/cmd/vendor), so that a test module can import
golang.org/x/sys/unix without the network or a module cache.

  vendor-xsys.py GO MODULE_DIR MODULE_PATH
"""
import os
import shutil
import subprocess
import sys

go, module_dir, module_path = sys.argv[1:4]
goroot = subprocess.check_output([go, "env", "GOROOT"], text=True).strip()
cmd_vendor = os.path.join(goroot, "src", "cmd", "vendor")

# The golang.org/x/sys block of Go's own modules.txt.
block, inside = [], False
with open(os.path.join(cmd_vendor, "modules.txt")) as f:
    for line in f.read().splitlines():
        if line.startswith("# "):
            inside = line.startswith("# golang.org/x/sys ")
        if inside:
            block.append(line)
version = block[0].split()[2]

with open(os.path.join(module_dir, "go.mod"), "w") as f:
    f.write("module %s\n\ngo 1.19\n\nrequire golang.org/x/sys %s\n" %
            (module_path, version))
vendor = os.path.join(module_dir, "vendor")
os.makedirs(os.path.join(vendor, "golang.org", "x"), exist_ok=True)
with open(os.path.join(vendor, "modules.txt"), "w") as f:
    f.write("\n".join(block) + "\n")
source = os.path.join(cmd_vendor, "golang.org", "x", "sys")
target = os.path.join(vendor, "golang.org", "x", "sys")
try:
    os.symlink(source, target, target_is_directory=True)
except OSError:
    shutil.copytree(source, target)
