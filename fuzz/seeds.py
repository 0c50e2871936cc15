#!/usr/bin/env python3
"""Writes a seed corpus for one fuzz target into a directory, from what the
suite itself builds: yaml2obj fixtures, real Go executables of several
targets (go must be on PATH), the bundled example's manifests and package
cache records, go list output, and the -ldflags the tests use.

Usage: seeds.py TARGET OUTDIR BUILD_DIR
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAGIC = b"\xff Go buildinf:"
GO_TARGETS = ["windows/amd64", "windows/386", "windows/arm64", "linux/amd64",
              "linux/arm", "darwin/arm64", "darwin/amd64"]
PROGRAM = 'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() { fmt.Println(version) }\n'


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def go_executables(work):
    """Small real executables: -s -w keeps them near 1.5 MB."""
    src = os.path.join(work, "src")
    os.makedirs(src)
    write(src, "main.go", PROGRAM.encode())
    write(src, "go.mod", b"module example.com/seed\n\ngo 1.19\n")
    env = dict(os.environ, CGO_ENABLED="0", GOFLAGS="-buildvcs=false")
    found = []
    for target in GO_TARGETS:
        goos, goarch = target.split("/")
        out = os.path.join(work, "%s-%s" % (goos, goarch))
        for flags in (["-ldflags=-s -w"], []):
            p = subprocess.run(["go", "build", "-trimpath"] + flags + ["-o", out + str(len(flags)), "."],
                               cwd=src, env=dict(env, GOOS=goos, GOARCH=goarch),
                               capture_output=True)
            if p.returncode == 0:
                found.append(out + str(len(flags)))
    return found


def yaml_fixtures(work, build):
    yaml2obj = shutil.which("yaml2obj") or "/usr/lib/llvm-19/bin/yaml2obj"
    found = []
    for i, y in enumerate(sorted(glob.glob(os.path.join(ROOT, "test", "**", "*.yaml"), recursive=True))):
        out = os.path.join(work, "yaml%d" % i)
        if subprocess.run([yaml2obj, y, "-o", out], capture_output=True).returncode == 0:
            found.append(out)
    return found


def main():
    target, out, build = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp()
    try:
        if target in ("executable", "buildinfo"):
            exes = yaml_fixtures(work, build) + go_executables(work)
            for i, path in enumerate(exes):
                data = open(path, "rb").read()
                if target == "executable":
                    write(out, "exe%d" % i, data)
                    # The headers alone, for fast mutation of what matters most.
                    write(out, "head%d" % i, data[:65536])
                else:
                    at = data.find(MAGIC)
                    if at >= 0:
                        write(out, "blob%d" % i, data[at:at + 4096])
            if target == "buildinfo":
                write(out, "modinfo", open(os.path.join(ROOT, "test", "Inspect", "Inputs", "modinfo.txt"), "rb").read())
        elif target == "manifest":
            for i, path in enumerate(glob.glob(os.path.join(build, "**", "CMakeFiles", "*.goexe", "*.json"), recursive=True)):
                write(out, "manifest%d" % i, open(path, "rb").read())
            write(out, "minimal", b'{"version":1}')
        elif target == "package-record":
            for i, path in enumerate(glob.glob(os.path.join(build, "**", "goexe-packages", "*", "*.json"), recursive=True)):
                write(out, "record%d" % i, open(path, "rb").read())
            p = subprocess.run(["go", "list", "-e", "-deps", "-json", "./..."],
                               cwd=os.path.join(ROOT, "examples", "mixed"), capture_output=True)
            write(out, "golist", p.stdout)
        elif target == "depfile":
            for i, path in enumerate(["/src/app/main.go", "C:\\src\\a b\\x.go", "dir\\\\ x",
                                      "a#b$c", "\\\\server\\share\\f.go", "weird: name"]):
                write(out, "path%d" % i, path.encode())
        elif target == "linker-flags":
            for i, flags in enumerate(["-s -w", "-X main.version=1.2.3 -X 'main.name=a b'",
                                       "-H=windowsgui -linkmode=external -extldflags '-static -lm'",
                                       "go\0build\0-ldflags=-s\0-tags=netgo,osusergo\0-o\0x.exe\0./cmd/app",
                                       "\"-X=main.q='x'\" -buildid="]):
                write(out, "flags%d" % i, flags.encode())
        else:
            sys.exit("seeds.py: unknown target " + target)
    finally:
        shutil.rmtree(work)
    print("%s: %d seeds in %s" % (target, len(os.listdir(out)), out))


main()
