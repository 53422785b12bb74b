#!/usr/bin/env python3
"""Benchmark: spbe-lint (release build) against `find TREE -type f` (and `fd` if
installed) on the same generated trees, in one run, reporting medians and ratios,
plus rule-pack load time (from --stats) and peak memory (/usr/bin/time -v).
Rows: the default run (opens every file named like evidence for the content checks)
and --names-only (lists names like find does); `find -size +0c` stats every file,
the least any tool that looks at file sizes pays.
Default runs are also set against the open-and-read floor (bench/floor.c: a C walker that
opens every file and reads its first 4 KB, on every core), with the document cache warm
(the first, cold run is timed on its own with an empty cache). `--version` and a names-only
run of the build without the `Contents` trait (--no-contents-build skips it) show what the
document libraries cost at start-up.
Prints Markdown tables for docs/performance.md.

usage: python3 bench/run.py [--sizes 1000,10000,100000] [--runs 9] [--keep] [--no-contents-build]
Trees go to bench/trees/ (ignored by git); nothing else is written."""
import argparse, os, platform, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "spbe-lint")
PLAIN = os.path.join(ROOT, ".build-bench-plain", "release", "spbe-lint")
FLOOR = os.path.join(ROOT, "bench", "floor")

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

def measure(label, size, lint, tree, runs, fd, floor=False, plain=None):
    finder = ["find", tree, "-type", "f"]
    floor_cmd = [FLOOR, tree] if floor else None
    # find with a stat of every file: the least a tool that looks at files' sizes pays.
    stat_finder = ["find", tree, "-type", "f", "-size", "+0c"]
    for _ in range(2):  # warm the page cache for both
        timed(lint); timed(finder)
    lint_times, find_times, stat_times, fd_times, floor_times, plain_times = [], [], [], [], [], []
    for _ in range(runs):  # interleaved, so all see the same machine state
        lint_times.append(timed(lint))
        find_times.append(timed(finder))
        stat_times.append(timed(stat_finder))
        if floor_cmd:
            floor_times.append(timed(floor_cmd))
        if plain:
            plain_times.append(timed(plain))
        if fd:
            fd_times.append(timed([fd, "--type", "f", "--hidden", "--no-ignore", ".", tree]))
    lint_ms, find_ms = statistics.median(lint_times), statistics.median(find_times)
    return {
        "floor": statistics.median(floor_times) if floor_times else None,
        "plain": statistics.median(plain_times) if plain_times else None,
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
    parser.add_argument("--no-contents-build", action="store_true", help="skip the build without the Contents trait")
    args = parser.parse_args()
    subprocess.run(["cc", "-O2", "-pthread", "-o", FLOOR, os.path.join(ROOT, "bench", "floor.c")], check=True)
    if not args.no_contents_build:
        subprocess.run(["swift", "build", "-c", "release", "--disable-default-traits", "--build-path", os.path.join(ROOT, ".build-bench-plain"),
                        "--product", "spbe-lint"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    plain_binary = PLAIN if not args.no_contents_build else None
    # The document cache goes to a fresh folder: the first default run of a tree is cold.
    cache = os.path.join(ROOT, "bench", "trees", "cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.makedirs(cache, exist_ok=True)
    os.environ["XDG_CACHE_HOME"] = cache

    # spbe-lint and the reader it starts (beside it: DocumentWorker.reader(besides:)).
    for product in ("spbe-lint", "spbe-lint-reader"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
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
    rows, colds = [], []
    for size in [int(s) for s in args.sizes.split(",")]:
        for pack in ("spbe-2020", "pemdi-2026"):
            if pack == "pemdi-2026" and size != 10000:
                continue
            tree = os.path.join(trees, f"{pack}-{size}")
            if not os.path.isdir(tree):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), tree, str(size), "--pack", pack],
                               check=True, stdout=subprocess.DEVNULL)
            lint = [BINARY, tree, "--today", "2026-09-23"]
            colds.append((pack, size, timed(lint)))  # the first run reads every document
            variants = [("", lint, None)]
            if pack == "spbe-2020" and size in (2000, max(int(x) for x in args.sizes.split(","))):
                # Names only, like find: the same walk without opening any file.
                plain = [plain_binary, tree, "--today", "2026-09-23", "--names-only"] if plain_binary else None
                variants.append((" --names-only", lint + ["--names-only"], plain))
            for label, lint, plain in variants:
                rows.append(measure(pack + label, size, lint, tree, args.runs, fd, floor=not label, plain=plain))
    versions = {"with Contents": [timed([BINARY, "--version"]) for _ in range(args.runs + 2)][2:]}
    if plain_binary:
        versions["without Contents"] = [timed([plain_binary, "--version"]) for _ in range(args.runs + 2)][2:]


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
    print("\n| tree | default run (ms) | open-and-read floor (ms) | ratio |")
    print("|---|---:|---:|---:|")
    for row in rows:
        if row["floor"]:
            print(f"| {row['pack']} {row['files']:,}, documents cached | {row['lint']:.1f} | {row['floor']:.1f} | {row['lint'] / row['floor']:.2f}× |")
    for pack, size, cold in colds:
        print(f"| {pack} {size:,}, cold (empty cache) | {cold:.1f} | | |")
    print("\n| start-up | median (ms) |")
    print("|---|---:|")
    for label, times in versions.items():
        print(f"| --version, {label} | {statistics.median(times):.1f} |")
    for row in rows:
        if row["plain"]:
            print(f"| --names-only {row['files']:,} files, without Contents | {row['plain']:.1f} (with: {row['lint']:.1f}) |")
    print("\n| rule pack | cold load: config + rules (ms) |")
    print("|---|---:|")
    for pack, load in loads:
        print(f"| {pack} | {load:.1f} |")
    if not args.keep:
        shutil.rmtree(trees, ignore_errors=True)

if __name__ == "__main__":
    main()
