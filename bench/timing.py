"""Times commands side by side and prints the medians and their ratios.

Usage: timing.py --runs N --name NAME -- CMD... [--name NAME -- CMD...]
The commands run interleaved (A B C A B C ...), so a slow spell of the
machine hits all of them alike. Output goes to /dev/null. A command that
fails stops the benchmark: a timing of an error is no timing.
"""
import statistics
import subprocess
import sys
import time


def parse(argv):
    runs = 20
    commands = []
    i = 0
    while i < len(argv):
        if argv[i] == "--runs":
            runs = int(argv[i + 1])
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
    return runs, commands


def main():
    runs, commands = parse(sys.argv[1:])
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
    return times


if __name__ == "__main__":
    main()
