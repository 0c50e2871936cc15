"""Runs a command, waits until it has created MARKER, then kills it and
everything it started with SIGKILL, as a crash or an out-of-memory kill
would: nothing gets to clean up.

  kill-midway.py MARKER CMD...
"""
import os
import signal
import subprocess
import sys
import time

marker, cmd = sys.argv[1], sys.argv[2:]
p = subprocess.Popen(cmd, start_new_session=True)
deadline = time.monotonic() + 60
while not os.path.exists(marker):
    if p.poll() is not None or time.monotonic() > deadline:
        sys.exit("kill-midway.py: the command ended before it reached the marker")
    time.sleep(0.02)
os.killpg(p.pid, signal.SIGKILL)
p.wait()
print("killed")
