#!/usr/bin/env python3
"""Benchmark of the document reader (#14): spbe-lint (release build) reading PDF texts,
cold (empty cache) and warm (every text cached), against `--names-only` on the same tree,
and against an open-and-read walker (`cat` of every PDF: the floor for any tool that reads
each file once). Peak memory from /usr/bin/time -v.

Trees: N text PDFs of 2-10 pages (Perwali, SK, notulen, laporan text, as
scripts/make-document-fixtures.py writes them), and M "scanned" PDFs (image-only pages:
OCR). Prints a Markdown table for docs/performance.md.

usage: python3 bench/documents.py [--text 500] [--scans 100] [--runs 5] [--keep]
Trees and caches go to bench/trees/ (ignored by git)."""
import argparse, importlib.util, os, random, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "spbe-lint")
spec = importlib.util.spec_from_file_location("fixtures", os.path.join(ROOT, "scripts", "make-document-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

FOLDERS = ["01 Kebijakan Arsitektur SPBE", "02 Kebijakan Peta Rencana", "03 Kebijakan Manajemen Data",
           "10 Tim Koordinasi SPBE", "19 Tim Koordinasi", "27 Manajemen Perubahan", "31 Audit Keamanan"]
NAMES = ["Perwali No {n} Tahun {y} tentang SPBE.pdf", "SK Tim Koordinasi SPBE {y} ({n}).pdf",
         "Notulen Rapat Koordinasi {n} {y}.pdf", "Laporan Pelaksanaan {n} {y}.pdf"]


def body(rng, pages, index):
    # Every document is different (its register number), as in a real tree: identical
    # copies would measure the duplicate search, which reads them whole, not the reader.
    lines = ["Pasal %d" % rng.randint(1, 40), "Dalam Peraturan ini yang dimaksud dengan Sistem Pemerintahan Berbasis Elektronik."]
    return [["Nomor register %d halaman %d" % (index, page)] + lines * 10 for page in range(pages)]


def make_text_tree(tree, count, seed=1):
    rng = random.Random(seed)
    for index in range(count):
        folder = os.path.join(tree, FOLDERS[index % len(FOLDERS)])
        os.makedirs(folder, exist_ok=True)
        pages = rng.randint(2, 10)
        source = fixtures.PERWALI if index % 2 == 0 else fixtures.INVITATION
        name = NAMES[index % len(NAMES)].format(n=index, y=2020 + index % 6)
        fixtures.text_pdf(os.path.join(folder, name), [source[0]] + body(rng, pages - 2, index) + [source[-1]])


def make_scan_tree(tree, count):
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "source.pdf")
        fixtures.text_pdf(source, [fixtures.PERWALI[0]])
        scanned = os.path.join(work, "scan.pdf")
        fixtures.scanned_pdf(scanned, source, seed=7)
        data = open(scanned, "rb").read()
    for index in range(count):
        folder = os.path.join(tree, FOLDERS[index % len(FOLDERS)])
        os.makedirs(folder, exist_ok=True)
        # Distinct bytes per file (a trailing comment), so the cache cannot share entries.
        with open(os.path.join(folder, "Perwali scan %d.pdf" % index), "wb") as handle:
            handle.write(data + b"%% copy " + str(index).encode() + b"\n")


def timed(command, env):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return (time.perf_counter() - start) * 1000


def peak_mb(command, env):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(match.group(1)) / 1024 if match else float("nan")


def measure(label, tree, runs, cache):
    env = dict(os.environ, XDG_CACHE_HOME=cache, LANG="C.UTF-8")
    lint = [BINARY, tree, "--today", "2026-09-23"]
    reader = ["sh", "-c", "find \"$0\" -name '*.pdf' -exec cat {} + > /dev/null", tree]
    cold = []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(timed(lint, env))
    shutil.rmtree(cache, ignore_errors=True)
    cold_peak = peak_mb(lint, env)
    timed(lint, env)
    warm = [timed(lint, env) for _ in range(runs)]
    names = [timed(lint + ["--names-only"], env) for _ in range(runs)]
    floor = [timed(reader, env) for _ in range(runs)]
    stats = subprocess.run(lint + ["--stats"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env).stderr.strip()
    med = statistics.median
    return "| %s | %.0f | %.0f | %.0f | %.2f× | %.0f | %.0f |" % (
        label, med(cold), med(warm), med(names), med(warm) / med(names), med(floor), cold_peak), stats


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--text", type=int, default=500)
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    # spbe-lint and the reader program it starts (found beside it).
    for product in ("spbe-lint", "spbe-lint-reader"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    base = os.path.join(ROOT, "bench", "trees", "documents")
    shutil.rmtree(base, ignore_errors=True)
    rows, notes = [], []
    if args.text:
        tree = os.path.join(base, "text-%d" % args.text)
        make_text_tree(tree, args.text)
        row, stats = measure("%d text PDFs (2–10 pages)" % args.text, tree, args.runs, os.path.join(base, "cache-text"))
        rows.append(row)
        notes.append(stats)
    if args.scans:
        tree = os.path.join(base, "scans-%d" % args.scans)
        make_scan_tree(tree, args.scans)
        row, stats = measure("%d scanned PDFs (OCR)" % args.scans, tree, max(1, min(args.runs, 2)), os.path.join(base, "cache-scans"))
        rows.append(row)
        notes.append(stats)
    print("Machine: %s, %d cores; median of runs; page cache warm." % (os.uname().sysname + " " + os.uname().release, os.cpu_count()))
    print()
    print("| tree | cold (ms) | warm (ms) | --names-only (ms) | warm / names-only | read every PDF once, `cat` (ms) | peak memory cold (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row)
    print()
    for note in notes:
        print("    " + note)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
