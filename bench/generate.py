#!/usr/bin/env python3
"""Makes a synthetic evidence tree for benchmarks: realistic folder shapes and staff-style
file names for both packs, spread over indicator folders, level folders, yearly
sub-folders and a few loose files. Each file has a small body that passes the quality
checks for its extension (real header, PDF trailer) and differs from every other file,
because spbe-lint opens the files that would count as evidence.

usage: bench/generate.py OUT_DIR FILES [--pack spbe-2020|pemdi-2026] [--seed N]"""
import os, random, sys, argparse

NAMES = [
    "Perwali No {n} Tahun {y} tentang {t}.pdf", "SK Tim {t} {y}.pdf", "Notulen Rapat {t} {d}-{m}-{y}.pdf",
    "Daftar Hadir Rapat {t} {d}-{m}-{y}.pdf", "Undangan Rapat {t} {y}.pdf", "Laporan Pelaksanaan {t} {y}.pdf",
    "Laporan Reviu {t} {y}.pdf", "Screenshot Aplikasi {t} {n}.png", "Foto Kegiatan {t} {n}.jpg",
    "IMG_{n}{d}{m}.jpg", "Nota Dinas {t} {y}.pdf", "SOP {t}.pdf", "RKA Diskominfo {y}.pdf",
    "Berita Acara {t} {y}.pdf", "URL {t}.url", "Video Penggunaan {t}.mp4", "Scan {n}.pdf",
]
TOPICS = ["Arsitektur SPBE", "Peta Rencana", "Manajemen Data", "Keamanan Informasi", "Forum SPBE",
          "Tim Koordinasi", "Pusat Data", "Layanan Pengaduan", "JDIH", "Kepegawaian", "Audit TIK", "Satu Data"]

HEADERS = {
    "pdf": (b"%PDF-1.4\n", b"\n%%EOF\n"), "png": (b"\x89PNG\r\n\x1a\n", b""), "jpg": (b"\xff\xd8\xff\xe0", b"\xff\xd9"),
    "mp4": (b"\x00\x00\x00\x18ftypisom", b""), "url": (b"[InternetShortcut]\nURL=https://", b"\n"),
}

def body(name):
    head, tail = HEADERS.get(name.rsplit(".", 1)[-1].lower(), (b"", b""))
    return head + name.encode() + tail

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("files", type=int)
    parser.add_argument("--pack", default="spbe-2020")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    indicators = 47 if args.pack == "spbe-2020" else 20
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, ".spbe-lint.yaml"), "w") as f:
        f.write(f"rules: {args.pack}\ninstansi: Pemerintah Kota Benchmark\nyear: 2026\n")
    folders = []
    for i in range(1, indicators + 1):
        base = f"{i:02d} Indikator {rng.choice(TOPICS)}" if args.pack == "spbe-2020" else f"I{i} {rng.choice(TOPICS)}"
        folders.append(base)
        for level in range(2, 6):
            folders.append(f"{base}/L{level}")
        for year in (2023, 2024, 2025):
            folders.append(f"{base}/L2/{year}")
    folders.append("Lampiran")
    for folder in folders:
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    made = 0
    while made < args.files:
        folder = rng.choice(folders)
        name = rng.choice(NAMES).format(n=rng.randint(1, 999), y=rng.choice((2021, 2022, 2023, 2024, 2025)),
                                         t=rng.choice(TOPICS), d=rng.randint(1, 28), m=rng.randint(1, 12))
        name = f"{made:06d} {name}"  # unique names
        with open(os.path.join(args.out, folder, name), "wb") as f:
            f.write(body(name))
        made += 1
    print(f"{args.out}: {made} files in {len(folders)} folders ({args.pack})")

if __name__ == "__main__":
    main()
