"""Runs a command and reads its stderr as it comes: when a line holds
WORD, creates MARKER. Proves that goexe build passes output on while the
child runs (the child waits for MARKER before it goes on).

  stream-reader.py WORD MARKER command...
"""
import subprocess
import sys

word, marker, command = sys.argv[1], sys.argv[2], sys.argv[3:]
proc = subprocess.Popen(command, stderr=subprocess.PIPE)
for line in proc.stderr:
    sys.stdout.write("seen: " + line.decode("utf-8", "replace"))
    sys.stdout.flush()
    if word.encode() in line:
        open(marker, "w").close()
print("exit: %d" % proc.wait())
