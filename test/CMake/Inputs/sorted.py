"""Prints the lines of FILE sorted: commands logged by processes that ran
side by side, in an order that does not depend on which was first.

  sorted.py FILE
"""
import sys

sys.stdout.write("".join(sorted(open(sys.argv[1]))))
