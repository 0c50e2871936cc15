"""Runs a command and prints 'exit: N' after its output, then 'within the
bar' when it took at most SECONDS seconds and at most MB megabytes of peak
RSS (GNU time's measure, as fuzz/mutate.py takes it), else what it broke:
the bar of docs/limits.md, for the hostile-input tests.

Usage: bar.py SECONDS MB COMMAND...
"""
import os
import subprocess
import sys
import tempfile
import time

seconds, mb = float(sys.argv[1]), float(sys.argv[2])
rss = tempfile.NamedTemporaryFile(delete=False)
rss.close()
sys.stdout.flush()
start = time.monotonic()
status = subprocess.call(["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name] + sys.argv[3:])
took = time.monotonic() - start
with open(rss.name) as f:
    used = int(f.read().strip() or 0) / 1024
os.unlink(rss.name)
print("exit: %d" % status)
if took <= seconds and used <= mb:
    print("within the bar")
else:
    print("over the bar: %.2f s (at most %g), %.0f MB (at most %g)" % (took, seconds, used, mb))
