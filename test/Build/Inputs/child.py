"""A stand-in for a build command, for the tests of goexe build itself.

  child.py passthrough      prints lines goexe must pass on byte for byte
  child.py exit N           prints a line on each stream and exits with N
  child.py signal           kills itself with SIGKILL
  child.py stream MARKER    prints a line, waits until MARKER exists (created
                            by the test once it saw the line), prints another
"""
import os
import signal
import sys
import time

out = sys.stdout.buffer
err = sys.stderr.buffer


def passthrough():
    out.write(b"stdout line\n")
    out.write(b"stdout \xff\xfe not UTF-8\r\n")
    out.flush()
    err.write(b"plain line\n")
    err.write(b"windows line ending\r\n")
    err.write(b"not UTF-8: \xc3\x28 \xff\n")
    err.write(b"\n")
    err.write(b"\t\ttabs and trailing spaces   \n")
    # A header with nothing recognised after it stays, with its lines.
    err.write(b"# example.com/pkg\n")
    err.write(b"go: downloading example.com/mod v1.0.0\n")
    # Lines goexe holds back to see what follows, then passes on.
    err.write(b"package example.com/app\n")
    err.write(b"\timports example.com/lib\n")
    err.write(b"\timports example.com/other: some other error\n")
    err.write(b"/usr/bin/ld: /tmp/go-link-1/000001.o: in function `f':\n")
    err.write(b"ld: something else\n")
    # Compiler optimisation reports have the form of errors; they are not.
    err.write(b"./main.go:5:6: can inline main\n")
    err.write(b"./main.go:5:34: \"x\" escapes to heap\n")
    # Not a file position: no extension.
    err.write(b"step 3:4: not a position\n")
    err.write(b"a header that is not one: # x y\n")
    # Written in pieces, as a slow pipe would deliver it.
    for piece in (b"split ", b"across ", b"writes\n"):
        err.write(piece)
        err.flush()
        time.sleep(0.05)
    err.write(b"# example.com/last\n")
    err.write(b"no newline at the end")
    err.flush()


def main():
    mode = sys.argv[1]
    if mode == "passthrough":
        passthrough()
    elif mode == "exit":
        out.write(b"to stdout\n")
        err.write(b"to stderr\n")
        out.flush()
        err.flush()
        sys.exit(int(sys.argv[2]))
    elif mode == "signal":
        err.write(b"about to die\n")
        err.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    elif mode == "stream":
        err.write(b"first\n")
        err.flush()
        deadline = time.time() + 30
        while not os.path.exists(sys.argv[2]):
            if time.time() > deadline:
                err.write(b"timed out: goexe did not pass 'first' on\n")
                sys.exit(1)
            time.sleep(0.01)
        err.write(b"second\n")
    else:
        sys.exit("unknown mode " + mode)


main()
