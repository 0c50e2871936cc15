"""Runs `goexe inspect` (text and --json) on truncated copies of a file and
checks that each run either reads the copy (exit 0) or rejects it with an
error diagnostic (exit 2): never a crash, a hang or a silent failure.

Usage: truncate.py GOEXE FILE WORKDIR [--every N]
Cuts the file at every offset below 4096 (or every N-th), and at each
section's and segment's start and end (found with goexe inspect --json).
"""
import json
import os
import subprocess
import sys

goexe, path, work = sys.argv[1:4]
step = int(sys.argv[sys.argv.index("--every") + 1]) if "--every" in sys.argv else 1
data = open(path, "rb").read()

cuts = set(range(0, min(len(data), 4096), step))
info = json.loads(subprocess.check_output([goexe, "inspect", "--json", path]))
for image in info["images"]:
    base = image["offset"]
    for s in image["sections"]:
        for at in (s["offset"], s["offset"] + s["fileSize"]):
            cuts.update(base + at + d for d in (-1, 0, 1))
cuts = sorted(c for c in cuts if 0 <= c < len(data))

os.makedirs(work, exist_ok=True)
cut_path = os.path.join(work, "cut")
counts = {"read": 0, "rejected": 0}
bad = []
for cut in cuts:
    with open(cut_path, "wb") as f:
        f.write(data[:cut])
    for args in (["inspect", cut_path], ["inspect", "--json", cut_path]):
        try:
            p = subprocess.run([goexe] + args, capture_output=True, timeout=10)
        except subprocess.TimeoutExpired:
            bad.append("%d: hang" % cut)
            continue
        if p.returncode == 0:
            counts["read"] += 1
        elif p.returncode == 2 and b"error: " in p.stderr:
            counts["rejected"] += 1
        else:
            bad.append("%d: exit %d: %s" % (cut, p.returncode, p.stderr[-300:]))

print("%d cuts of %s: %d runs read, %d rejected with an error, %d bad"
      % (len(cuts), os.path.basename(path), counts["read"], counts["rejected"], len(bad)))
for b in bad[:20]:
    print("BAD " + b)
sys.exit(1 if bad else 0)
