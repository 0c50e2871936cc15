"""Runs a command and prints 'exit: N' after its output, then 'within the
bar' when it used at most SECONDS seconds of CPU time (user and system: a
loaded machine, as under lit -j8, slows the wall clock, not this) and at
most MB megabytes of peak RSS, both as GNU time measures them (as
fuzz/mutate.py does), else what it broke: the bar of docs/limits.md, for
the hostile-input tests.

Usage: bar.py SECONDS MB COMMAND...
"""
import os
import subprocess
import sys
import tempfile

seconds, mb = float(sys.argv[1]), float(sys.argv[2])
report = tempfile.NamedTemporaryFile(delete=False)
report.close()
sys.stdout.flush()
status = subprocess.call(["/usr/bin/time", "-q", "-f", "%U %S %M", "-o", report.name]
                         + sys.argv[3:])
with open(report.name) as f:
    user, system, kb = f.read().split()[-3:]
os.unlink(report.name)
took, used = float(user) + float(system), int(kb) / 1024
print("exit: %d" % status)
if took <= seconds and used <= mb:
    print("within the bar")
else:
    print("over the bar: %.2f s of CPU (at most %g), %.0f MB (at most %g)"
          % (took, seconds, used, mb))
