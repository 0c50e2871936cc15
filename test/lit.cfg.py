# The goexe lit suite. See docs/testing.md for how to run it against another Go.
import os
import re
import subprocess
import sys

import lit.formats
import lit.util

config.name = "goexe"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test"]
config.excludes = ["Inputs", "Unit", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.goexe_lit_exec_root

# Tools: goexe from this build, the rest from LLVM 19.
config.environment["PATH"] = os.pathsep.join(
    [config.goexe_tools_dir, config.llvm_tools_dir, config.environment["PATH"]])
for var in ["HOME", "TMPDIR", "LANG"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
# Diagnostics must not depend on the terminal or the user's settings.
config.environment.pop("NO_COLOR", None)

# Longest first: lit substitutes in order.
config.substitutions.append(("%goexe_src", config.goexe_src_root))
config.substitutions.append(("%goexe_obj", config.goexe_obj_root))
config.substitutions.append(("%goexe", os.path.join(config.goexe_tools_dir, "goexe")))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(
    ("%exitcode", "%s %s" % (config.python_executable,
                             os.path.join(config.test_source_root, "Inputs", "exitcode.py"))))

# Go: the binary chosen at configure time (GOEXE_GO_EXECUTABLE), isolated from
# the user's settings and from the network.
if config.go_executable and os.path.exists(config.go_executable):
    go = config.go_executable
    goroot = subprocess.check_output([go, "env", "GOROOT"], text=True).strip()
    version = subprocess.check_output([go, "env", "GOVERSION"], text=True).strip()
    config.environment["PATH"] = os.pathsep.join(
        [os.path.join(goroot, "bin"), config.environment["PATH"]])
    cache = os.path.join(config.goexe_obj_root, "go-cache", version)
    config.environment.update({
        "GOROOT": goroot,
        "GOCACHE": os.path.join(cache, "build"),
        "GOPATH": os.path.join(cache, "path"),
        "GOMODCACHE": os.path.join(cache, "mod"),
        "GOENV": "off",
        "GOFLAGS": "-modcacherw -buildvcs=false",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
        "GO111MODULE": "on",
        "GOTELEMETRY": "off",
    })
    config.substitutions.append(("%{go-root}", goroot))
    config.substitutions.append(("%go", go))
    config.available_features.add("go")
    # "go1.21+" means Go 1.21 or newer.
    m = re.match(r"go1\.(\d+)", version)
    if m:
        minor = int(m.group(1))
        for v in range(19, minor + 1):
            config.available_features.add("go1.%d+" % v)
    lit_config.note("testing with %s (%s)" % (go, version))
else:
    lit_config.warning("no go binary: tests that build Go programs are unsupported")

# goexe built with sanitizers (fuzz/run.sh): slower, and the tests that
# build a goexe of their own need not run twice.
if config.goexe_sanitizers:
    config.available_features.add("sanitized")

# Compressed DWARF: zstd when the LLVM goexe is built on has it (then its
# llvm-objcopy writes it too); the old .zdebug_* form of ELF from GNU
# objcopy (zlib-gnu), which llvm-objcopy no longer writes.
if config.llvm_enable_zstd.upper() in ("1", "ON", "TRUE", "YES", "FORCE_ON"):
    config.available_features.add("zstd")
objcopy = lit.util.which("objcopy")
if objcopy and "zlib-gnu" in subprocess.run(
        [objcopy, "--help"], capture_output=True, text=True).stdout:
    config.available_features.add("objcopy-zlib-gnu")

if lit.util.which("x86_64-w64-mingw32-gcc"):
    config.available_features.add("mingw")
if lit.util.which("osslsigncode"):
    config.available_features.add("osslsigncode")
# util-linux's script gives a command a real terminal (the colour tests).
if lit.util.which("script"):
    config.available_features.add("script")
# goexe build: a child killed by a signal, a sysroot without libc.a for
# clang, and depfiles read back by Ninja.
if os.name == "posix":
    config.available_features.add("posix")
if sys.platform.startswith("linux") and \
        lit.util.which("clang", config.environment["PATH"]):
    config.available_features.add("clang-linux")
if lit.util.which("ninja", config.environment["PATH"]):
    config.available_features.add("ninja")
# The CMake tests configure and build projects with the CMake that built
# goexe, and Ninja or Make.
config.substitutions.append(("%cmake", config.cmake_executable))
if lit.util.which("ninja"):
    config.available_features.add("ninja")
if lit.util.which("make"):
    config.available_features.add("make")
