#!/usr/bin/env python3
"""Runs goexe on damaged copies of real executables and reports every run
that crashed, took more than 1 s, used more than 256 MB or printed more
than 300 lines: the bar docs/limits.md sets for inputs up to 64 MB.

Usage: mutate.py GOEXE OUTDIR FILE... [--runs N] [--seed S] [--timeout T]
Each run takes one FILE, damages it one of several ways (bytes flipped in
the headers or anywhere, 32-bit fields set to extreme values, a cut), runs
`goexe inspect`, `goexe inspect --json` and `goexe check` on it, and keeps
the copy in OUTDIR when a run broke the bar. Exit 1 when one did.
"""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile
import threading
import time

EXTREMES = [0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
            0xFFFFFFF0, 0x1000, 0x10000000]


def mutate(data, rng):
    data = bytearray(data)
    kind = rng.choice(["head-bytes", "any-bytes", "head-fields", "any-fields", "cut"])
    if kind == "cut":
        return bytes(data[:rng.randrange(len(data))]), kind
    head = min(len(data), 4096)
    for _ in range(rng.randint(1, 16)):
        span = head if kind.startswith("head") else len(data)
        at = rng.randrange(max(1, span - 4))
        if kind.endswith("bytes"):
            data[at] = rng.randrange(256)
        else:
            value = rng.choice(EXTREMES + [rng.randrange(len(data) * 2)])
            struct.pack_into("<I", data, at - at % 2, value & 0xFFFFFFFF)
    return bytes(data), kind


def run(cmd, timeout):
    """Exit status, seconds, lines printed, stderr and peak RSS in MB of one
    run; the status is "hang" when it outlived the timeout."""
    # GNU time reports the peak RSS of goexe alone: the rusage of a child
    # of this process would count the pages it shared with it at fork.
    rss = tempfile.NamedTemporaryFile(delete=False)
    rss.close()
    start = time.monotonic()
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name] + cmd,
                             stdout=out, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        _, status, _ = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        hung = not timer.is_alive()
        timer.cancel()
        seconds = time.monotonic() - start
        out.seek(0)
        text = out.read()
    with open(rss.name) as f:
        kb = f.read().strip()
    os.unlink(rss.name)
    if hung:
        return "hang", seconds, 0, text, 0
    return p.returncode, seconds, text.count(b"\n"), text, int(kb or 0) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("goexe")
    ap.add_argument("outdir")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    inputs = [open(f, "rb").read() for f in args.files]
    path = os.path.join(args.outdir, "mutant")
    bad = 0
    worst = {"seconds": 0.0, "lines": 0, "rss_mb": 0.0}
    for i in range(args.runs):
        data, kind = mutate(rng.choice(inputs), rng)
        with open(path, "wb") as f:
            f.write(data)
        for sub in (["inspect"], ["inspect", "--json"],
                    ["check", "--goos=windows", "--goarch=amd64", "--trimpath",
                     "--ldflags=-s -w -X main.version=1"]):
            rc, seconds, lines, err, rss_mb = run([args.goexe] + sub + [path], args.timeout)
            worst["seconds"] = max(worst["seconds"], seconds)
            worst["lines"] = max(worst["lines"], lines)
            worst["rss_mb"] = max(worst["rss_mb"], rss_mb)
            why = None
            if rc == "hang":
                why = "hang"
            # Only goexe's own words: its output quotes the file's strings.
            elif rc not in (0, 1, 2) or b"Stack dump" in err or b"Sanitizer:" in err \
                    or b"Assertion `" in err:
                why = "crash (exit %s)" % rc
            elif seconds > 1:
                why = "%.2f s" % seconds
            elif lines > 300:
                why = "%d lines" % lines
            elif rss_mb > 256:
                why = "%.0f MB" % rss_mb
            if why:
                bad += 1
                keep = os.path.join(args.outdir, "bad-%d-%d" % (args.seed, i))
                os.replace(path, keep)
                print("BAD %s: %s (%s, %s)" % (keep, why, kind, " ".join(sub)))
                print("    " + err[-400:].decode(errors="replace").replace("\n", "\n    "))
                break
    print("%d mutants, %d bad; worst: %.3f s, %d lines, %.0f MB"
          % (args.runs, bad, worst["seconds"], worst["lines"], worst["rss_mb"]))
    sys.exit(1 if bad else 0)


main()
