#!/usr/bin/env python3
"""Benchmark: spbe-lint (release build) against `find TREE -type f` (and `fd` if
installed) on the same generated trees, in one run, reporting medians and ratios,
plus rule-pack load time (from --stats) and peak memory (/usr/bin/time -v).
Rows: the default run (opens every file named like evidence for the content checks)
and --names-only (lists names like find does); `find -size +0c` stats every file,
the least any tool that looks at file sizes pays.
Prints a Markdown table for the README.

usage: python3 bench/run.py [--sizes 1000,10000,100000] [--runs 9] [--keep]
Trees go to bench/trees/ (ignored by git); nothing else is written."""
import argparse, os, platform, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "spbe-lint")

def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000

def stats_line(command):
    result = subprocess.run(command + ["--stats"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return result.stderr

def peak_kb(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(match.group(1)) if match else None

def measure(label, size, lint, tree, runs, fd):
    finder = ["find", tree, "-type", "f"]
    # find with a stat of every file: the least a tool that looks at files' sizes pays.
    stat_finder = ["find", tree, "-type", "f", "-size", "+0c"]
    for _ in range(2):  # warm the page cache for both
        timed(lint); timed(finder)
    lint_times, find_times, stat_times, fd_times = [], [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine state
        lint_times.append(timed(lint))
        find_times.append(timed(finder))
        stat_times.append(timed(stat_finder))
        if fd:
            fd_times.append(timed([fd, "--type", "f", "--hidden", "--no-ignore", ".", tree]))
    lint_ms, find_ms = statistics.median(lint_times), statistics.median(find_times)
    return {
        "pack": label, "files": size, "lint": lint_ms, "find": find_ms,
        "fd": statistics.median(fd_times) if fd_times else None,
        "stat": statistics.median(stat_times),
        "ratio": lint_ms / find_ms,
        "memory": peak_kb(lint),
    }

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,2000,10000,100000")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", action="store_true", help="keep bench/trees/ afterwards")
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "spbe-lint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    trees = os.path.join(ROOT, "bench", "trees")
    fd = shutil.which("fd") or shutil.which("fdfind")
    # Cold load: a fresh process on an empty folder, so nothing else competes for the cores.
    empty = os.path.join(trees, "empty")
    os.makedirs(empty, exist_ok=True)
    loads = []
    for pack in ("spbe-2020", "pemdi-2026"):
        lines = (stats_line([BINARY, empty, "--today", "2026-09-23", "--rules", pack]) for _ in range(args.runs + 2))
        found = [float(m.group(1)) for m in (re.search(r"config\+rules ([\d.]+) ms", line) for line in lines) if m]
        loads.append((pack, statistics.median(found)))
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        for pack in ("spbe-2020", "pemdi-2026"):
            if pack == "pemdi-2026" and size != 10000:
                continue
            tree = os.path.join(trees, f"{pack}-{size}")
            if not os.path.isdir(tree):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), tree, str(size), "--pack", pack],
                               check=True, stdout=subprocess.DEVNULL)
            lint = [BINARY, tree, "--today", "2026-09-23"]
            variants = [("", lint)]
            if pack == "spbe-2020" and size in (2000, max(int(x) for x in args.sizes.split(","))):
                # Names only, like find: the same walk without opening any file.
                variants.append((" --names-only", lint + ["--names-only"]))
            for label, lint in variants:
                rows.append(measure(pack + label, size, lint, tree, args.runs, fd))


    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"median of {args.runs} interleaved runs after 2 warm-ups; page cache warm.\n")
    print("| tree | files | spbe-lint (ms) | find -type f (ms) | ratio | find -size +0c (ms) | fd (ms) | peak memory (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        fd_cell = f"{row['fd']:.1f}" if row["fd"] is not None else "not installed"
        memory = f"{row['memory'] / 1024:.1f}" if row["memory"] else "-"
        print(f"| {row['pack']} | {row['files']:,} | {row['lint']:.1f} | {row['find']:.1f} | {row['ratio']:.2f}× | {row['stat']:.1f} | {fd_cell} | {memory} |")
    print("\n| rule pack | cold load: config + rules (ms) |")
    print("|---|---:|")
    for pack, load in loads:
        print(f"| {pack} | {load:.1f} |")
    if not args.keep:
        shutil.rmtree(trees, ignore_errors=True)

if __name__ == "__main__":
    main()
