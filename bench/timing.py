"""Times commands side by side and prints the medians and their ratios.

Usage: timing.py --runs N [--cpu] [--ratio "A / B <= X"]...
                  --name NAME [--before SHELL-COMMAND] -- CMD...
                  [--name NAME ... -- CMD...]
--ratio prints the median of command A over that of command B, with the
target X. --before runs a shell command, untimed, before each run of the
command (a fresh configure, say). --cpu also prints the median CPU time
(user + system) of the command and its children, which a busy machine
disturbs less than the wall time. The commands run interleaved
(A B C A B C ...), so a slow spell of the machine hits all of them alike.
Output (stdout and stderr) goes to /dev/null. A command that fails stops the benchmark: a
timing of an error is no timing.
"""
import resource
import re
import statistics
import subprocess
import sys
import time


def parse(argv):
    runs = 20
    cpu = False
    commands = []
    ratios = []
    i = 0
    while i < len(argv):
        if argv[i] == "--runs":
            runs = int(argv[i + 1])
            i += 2
        elif argv[i] == "--cpu":
            cpu = True
            i += 1
        elif argv[i] == "--ratio":
            m = re.match(r"\s*(.+?)\s*/\s*(.+?)\s*<=\s*([0-9.]+)\s*$", argv[i + 1])
            if not m:
                sys.exit("timing.py: --ratio takes 'A / B <= X'")
            ratios.append((m.group(1), m.group(2), float(m.group(3))))
            i += 2
        elif argv[i] == "--name":
            name = argv[i + 1]
            before = None
            i += 2
            if argv[i] == "--before":
                before = argv[i + 1]
                i += 2
            assert argv[i] == "--", "expected -- after --name NAME [--before CMD]"
            j = i + 1
            while j < len(argv) and argv[j] != "--name":
                j += 1
            commands.append((name, before, argv[i + 1:j]))
            i = j
        else:
            sys.exit("timing.py: unexpected argument " + argv[i])
    return runs, cpu, commands, ratios


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    runs, cpu, commands, ratios = parse(sys.argv[1:])
    times = {name: [] for name, _, _ in commands}
    cpu_times = {name: [] for name, _, _ in commands}
    for _ in range(runs + 1):  # the first round warms the page cache
        for name, before, cmd in commands:
            if before and subprocess.call(before, shell=True, stdout=subprocess.DEVNULL) != 0:
                sys.exit("timing.py: %s failed" % before)
            cpu_start = children_cpu()
            start = time.perf_counter()
            status = subprocess.call(cmd, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            if status != 0:
                sys.exit("timing.py: %s failed with status %d" % (" ".join(cmd), status))
            times[name].append(elapsed)
            cpu_times[name].append(children_cpu() - cpu_start)
    for name in times:
        times[name] = statistics.median(times[name][1:])
        line = "%-28s %8.2f ms (median of %d)" % (name, times[name] * 1000, runs)
        if cpu:
            line += ", cpu %8.2f ms" % (statistics.median(cpu_times[name][1:]) * 1000)
        print(line)
    for a, b, target in ratios:
        r = times[a] / times[b]
        print("%s / %s = %.3f (target <= %g): %s"
              % (a, b, r, target, "met" if r <= target else "NOT MET"))
    return times


if __name__ == "__main__":
    main()
