"""Times commands side by side and prints the medians and their ratios.

Usage: timing.py --runs N [--ratio "A / B <= X"]... --name NAME -- CMD...
                  [--name NAME -- CMD...]
--ratio prints the median of command A over that of command B, with the
target X. The commands run interleaved (A B C A B C ...), so a slow spell of the
machine hits all of them alike. Output goes to /dev/null. A command that
fails stops the benchmark: a timing of an error is no timing.
"""
import re
import statistics
import subprocess
import sys
import time


def parse(argv):
    runs = 20
    commands = []
    ratios = []
    i = 0
    while i < len(argv):
        if argv[i] == "--runs":
            runs = int(argv[i + 1])
            i += 2
        elif argv[i] == "--ratio":
            m = re.match(r"\s*(.+?)\s*/\s*(.+?)\s*<=\s*([0-9.]+)\s*$", argv[i + 1])
            if not m:
                sys.exit("timing.py: --ratio takes 'A / B <= X'")
            ratios.append((m.group(1), m.group(2), float(m.group(3))))
            i += 2
        elif argv[i] == "--name":
            name = argv[i + 1]
            assert argv[i + 2] == "--", "expected -- after --name NAME"
            j = i + 3
            while j < len(argv) and argv[j] != "--name":
                j += 1
            commands.append((name, argv[i + 3:j]))
            i = j
        else:
            sys.exit("timing.py: unexpected argument " + argv[i])
    return runs, commands, ratios


def main():
    runs, commands, ratios = parse(sys.argv[1:])
    times = {name: [] for name, _ in commands}
    for _ in range(runs + 1):  # the first round warms the page cache
        for name, cmd in commands:
            start = time.perf_counter()
            status = subprocess.call(cmd, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            if status != 0:
                sys.exit("timing.py: %s failed with status %d" % (" ".join(cmd), status))
            times[name].append(elapsed)
    for name in times:
        times[name] = statistics.median(times[name][1:])
        print("%-28s %8.2f ms (median of %d)" % (name, times[name] * 1000, runs))
    for a, b, target in ratios:
        r = times[a] / times[b]
        print("%s / %s = %.3f (target <= %g): %s"
              % (a, b, r, target, "met" if r <= target else "NOT MET"))
    return times


if __name__ == "__main__":
    main()
