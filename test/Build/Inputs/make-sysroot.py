"""Makes a sysroot that is the host's C library without its static archive
libc.a, as on a system where the static C library is not installed (Fedora
without glibc-static). clang takes the sysroot as the whole world; gcc would
still find the host's libc.a.

  make-sysroot.py DIR
"""
import os
import subprocess
import sys


def gcc_file(name):
    return os.path.realpath(
        subprocess.check_output(["gcc", "-print-file-name=" + name],
                                text=True).strip())


root = sys.argv[1]
libdir = os.path.dirname(gcc_file("libc.so"))            # /usr/lib/<triple>
multiarch = os.path.basename(libdir)
gcclib = os.path.dirname(gcc_file("crtbegin.o"))         # /usr/lib/gcc/<triple>/12

os.makedirs(os.path.join(root, "usr", "lib", multiarch))
os.symlink("/usr/include", os.path.join(root, "usr", "include"))
for name in os.listdir(libdir):
    if name != "libc.a":
        os.symlink(os.path.join(libdir, name),
                   os.path.join(root, "usr", "lib", multiarch, name))
os.makedirs(os.path.join(root, "usr", "lib", "gcc", multiarch))
os.symlink(gcclib, os.path.join(root, "usr", "lib", "gcc", multiarch,
                                os.path.basename(gcclib)))
