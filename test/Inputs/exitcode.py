"""Runs a command and prints 'exit: N' after its output, so lit tests can
tell exit status 1 (errors reported) from 2 (the tool could not do its job)."""
import subprocess
import sys

sys.stdout.flush()
status = subprocess.call(sys.argv[1:])
print("exit: %d" % status)
sys.exit(0)
