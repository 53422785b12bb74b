#!/usr/bin/env python3
"""Writes the documents the content tests read, never hand-edited binaries.

Usage: make-document-fixtures.py OUTDIR

Text PDFs are written with the standard library (one Helvetica text layer per page).
"Scanned" PDFs are those pages rasterised by poppler's pdftoppm (Debian poppler-utils),
turned by half a degree, sprinkled with noise, and stored as image-only PDFs: no text
layer, so only OCR can read them. Each document's expected verdict is in MANIFEST.tsv,
written here before anything reads the files.
"""
import os
import random
import subprocess
import sys
import tempfile
import zlib


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, objects):
    """objects: list of bytes bodies; object i+1 is objects[i]. Object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as handle:
        handle.write(out)


def text_pdf(path, pages, size=(595, 842), font=12):
    """pages: list of lists of lines. A4, 12 pt Helvetica unless told."""
    objects = [None, None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = "BT /F1 %d Tf 72 %d Td %d TL\n" % (font, size[1] - 62, font + 4) + "".join("(%s) '\n" % escape(line) for line in lines) + "ET"
        data = stream.encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources" % size + b" << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    write_pdf(path, objects)


def read_pgm(path):
    with open(path, "rb") as handle:
        data = handle.read()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5", "pdftoppm -gray writes binary PGM"
    width, height = int(parts[1]), int(parts[2])
    return width, height, bytearray(parts[4][: width * height])


def scan(pixels, width, height, seed):
    """Half a degree of rotation (nearest neighbour) and 0.4 % salt-and-pepper noise."""
    rng = random.Random(seed)
    shear = 0.0087  # tan(0.5°)
    out = bytearray(b"\xff" * (width * height))
    for y in range(height):
        for x in range(width):
            sx = int(x + shear * (y - height / 2))
            sy = int(y - shear * (x - width / 2))
            if 0 <= sx < width and 0 <= sy < height:
                out[y * width + x] = pixels[sy * width + sx]
    for _ in range(width * height // 250):
        out[rng.randrange(width * height)] = rng.choice((0, 255))
    return out


def scanned_pdf(path, source, seed):
    """Rasterises every page of `source` at 150 dpi and writes them as images only."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", source, os.path.join(work, "p")], check=True)
        images = sorted(f for f in os.listdir(work) if f.endswith(".pgm"))
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
        kids = []
        for index, name in enumerate(images):
            width, height, pixels = read_pgm(os.path.join(work, name))
            data = zlib.compress(bytes(scan(pixels, width, height, seed + index)))
            objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data)) + data + b"\nendstream")
            image = len(objects)
            draw = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
            objects.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
            content = len(objects)
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (image, content))
            kids.append(len(objects))
        objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
        write_pdf(path, objects)


PERWALI = [
    ["WALI KOTA SUKAMAJU", "PROVINSI JAWA BARAT", "", "PERATURAN WALI KOTA SUKAMAJU", "NOMOR 5 TAHUN 2024",
     "TENTANG", "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "", "DENGAN RAHMAT TUHAN YANG MAHA ESA",
     "WALI KOTA SUKAMAJU,", "Menimbang : bahwa untuk mewujudkan tata kelola pemerintahan yang bersih,",
     "efektif, transparan, dan akuntabel perlu menetapkan Peraturan Wali Kota."],
    ["BAB I", "KETENTUAN UMUM", "Pasal 1", "Dalam Peraturan Wali Kota ini yang dimaksud dengan:",
     "1. Daerah adalah Kota Sukamaju.", "2. Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE.",
     # An umbrella SPBE Perwali stands for a specific policy only where a bab or bagian of
     # its own regulates it (#23): this one does for the Arsitektur and the Jaringan Intra.
     "BAB II", "TATA KELOLA SPBE", "Bagian Kesatu", "Arsitektur SPBE", "Pasal 2",
     "Wali Kota menetapkan Arsitektur SPBE Daerah untuk jangka waktu 5 (lima) tahun.",
     "BAB III", "INFRASTRUKTUR SPBE", "Bagian Kesatu", "Jaringan Intra", "Pasal 3",
     "Perangkat Daerah menggunakan Jaringan Intra Pemerintah Daerah."],
    ["Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.", "", "Ditetapkan di Sukamaju",
     "pada tanggal 12 Maret 2024", "WALI KOTA SUKAMAJU,", "ttd", "BUDI SANTOSO", "",
     "Diundangkan di Sukamaju", "pada tanggal 12 Maret 2024", "SEKRETARIS DAERAH KOTA SUKAMAJU,", "ttd",
     "BERITA DAERAH KOTA SUKAMAJU TAHUN 2024 NOMOR 5"],
]

DRAFT = [
    ["DRAFT", "RANCANGAN", "PERATURAN WALI KOTA SUKAMAJU", "NOMOR ... TAHUN 2024", "TENTANG",
     "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "", "WALI KOTA SUKAMAJU,", "Menimbang : bahwa ..."],
    ["Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.", "", "WALI KOTA SUKAMAJU,", "", "BUDI SANTOSO"],
]

UNSIGNED = [
    ["PERATURAN WALI KOTA SUKAMAJU", "TENTANG", "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "",
     "Menimbang : bahwa untuk mewujudkan tata kelola pemerintahan yang baik perlu diatur."],
]

OTHER_PEMDA = [
    ["BUPATI KABUPATEN LAIN", "PROVINSI JAWA TENGAH", "", "PERATURAN BUPATI KABUPATEN LAIN", "NOMOR 3 TAHUN 2023",
     "TENTANG", "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "", "BUPATI KABUPATEN LAIN,"],
    ["Ditetapkan di Lain", "pada tanggal 2 Januari 2023", "BUPATI KABUPATEN LAIN,", "ttd", "SITI AMINAH"],
]

INVITATION = [
    ["PEMERINTAH KOTA SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jalan Merdeka No. 1 Sukamaju", "",
     "Nomor : 005/211/Diskominfo", "Sifat : Penting", "Perihal : Undangan Rapat Koordinasi SPBE", "",
     "Yth. Kepala Perangkat Daerah se-Kota Sukamaju", "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri",
     "rapat pembahasan Rancangan Peraturan Wali Kota tentang SPBE pada:", "Hari/tanggal : Senin, 4 Maret 2024",
     "", "Kepala Dinas Komunikasi dan Informatika,", "ttd", "AGUS PRASETYO"],
]

def arsitektur(sections, definitions=True, draft=False):
    """A Perwali on Arsitektur SPBE: title page, Pasal 1 naming every domain once (as
    definitions do), one BAB per section in `sections`, and the signature page."""
    domains = ["Referensi Arsitektur", "Arsitektur Proses Bisnis", "Arsitektur Data dan Informasi",
               "Arsitektur Infrastruktur SPBE", "Arsitektur Aplikasi SPBE", "Arsitektur Keamanan SPBE",
               "Arsitektur Layanan SPBE"]
    title = (["DRAFT"] if draft else []) + ["WALI KOTA SUKAMAJU", "PROVINSI JAWA BARAT", "", "PERATURAN WALI KOTA SUKAMAJU",
             "NOMOR ... TAHUN 2021" if draft else "NOMOR 11 TAHUN 2021", "TENTANG", "ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
             "", "WALI KOTA SUKAMAJU,", "Menimbang : bahwa untuk keterpaduan SPBE perlu menetapkan Arsitektur SPBE."]
    pages = [title]
    if definitions:
        pages.append(["BAB I", "KETENTUAN UMUM", "Pasal 1"] + ["%d. %s adalah bagian dari Arsitektur SPBE Daerah." % (n + 1, d) for n, d in enumerate(domains)])
    for number, section in enumerate(sections, start=2):
        pages.append(["BAB %d" % number, section.upper(), "Pasal %d" % (number + 5),
                      "(1) %s disusun oleh Perangkat Daerah dan ditinjau setiap tahun." % section,
                      "(2) %s memuat rincian sebagaimana tercantum dalam Lampiran." % section])
    signature = ["Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan."]
    signature += [""] if draft else ["", "Ditetapkan di Sukamaju", "pada tanggal 3 Mei 2021", "WALI KOTA SUKAMAJU,", "ttd", "BUDI SANTOSO"]
    pages.append(signature)
    return pages


ALL_DOMAINS = ["Referensi Arsitektur", "Arsitektur Proses Bisnis", "Arsitektur Data dan Informasi", "Arsitektur Infrastruktur SPBE",
               "Arsitektur Aplikasi SPBE", "Arsitektur Keamanan SPBE", "Arsitektur Layanan SPBE"]

# Indicator 1 level 3 of spbe-2020 ("memuat secara lengkap … referensi Arsitektur dan domain
# Arsitektur SPBE"), checked by `proven-by`: name in the tree, pages, expected verdict.
PROOFS = [
    ("full/01 Arsitektur/Perwali 11 Tahun 2021 tentang Arsitektur SPBE.pdf", arsitektur(ALL_DOMAINS),
     "level 3 shown: every topic named twice"),
    ("no-keamanan/01 Arsitektur/Perwali 11 Tahun 2021 tentang Arsitektur SPBE.pdf",
     arsitektur([d for d in ALL_DOMAINS if "Keamanan" not in d]), "level 2: 'Keamanan SPBE' named once only"),
    ("definitions-only/01 Arsitektur/Perwali 11 Tahun 2021 tentang Arsitektur SPBE.pdf", arsitektur([]),
     "level 2: every topic named once only (definitions)"),
    ("draft/01 Arsitektur/Perwali Arsitektur SPBE.pdf", arsitektur(ALL_DOMAINS, draft=True),
     "level 1: a draft proves nothing"),
]

# name in the tree (relative), source pages, scanned?, expected verdict for a `perkada`
# requirement with enacted: true and instansi "Pemerintah Kota Sukamaju".
DOCUMENTS = [
    ("01/Perwali 5 Tahun 2024 SPBE.pdf", PERWALI, False, "counts: enacted, this instansi"),
    ("02/Perwali SPBE Draft Final.pdf", DRAFT, False, "draft: marked DRAFT on its first page"),
    ("03/Perwali SPBE.pdf", UNSIGNED, False, "draft: no nomor and no 'ditetapkan di'"),
    ("04/Perbup SPBE.pdf", OTHER_PEMDA, False, "not this instansi: BUPATI KABUPATEN LAIN"),
    ("05/Perwali Arsitektur SPBE.pdf", INVITATION, False, "wrong document: the first page is an undangan"),
    ("06/Perwali 5 Tahun 2024 SPBE scan.pdf", PERWALI, True, "counts: enacted (read by OCR)"),
    ("07/Perwali SPBE scan.pdf", INVITATION, True, "wrong document: the first page is an undangan (read by OCR)"),
]


def screenshot(path, lines):
    """A 1280x720 PNG of a screen showing `lines` (pdftoppm renders a 960x540 pt page at
    96 dpi), as a browser window would: what OCR reads for a `shows:` requirement."""
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "screen.pdf")
        text_pdf(source, [lines], size=(960, 540), font=16)
        subprocess.run(["pdftoppm", "-r", "96", "-png", "-singlefile", source, os.path.join(work, "screen")], check=True)
        os.replace(os.path.join(work, "screen.png"), path)


# Screenshots for pemdi-2026's `shows: SIAP Digital` requirements (I1-L2-02 and I13's uncoded SIAP Digital item),
# with the verdict each must get.
SCREENS = [
    ("I1 Tata Kelola Pemdi/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png",
     ["SIAP Digital - Sistem Informasi Arsitektur Pemerintah Digital", "Beranda    Arsitektur    Layanan    Data    Aplikasi",
      "Arsitektur Layanan - Pemerintah Kota Sukamaju", "1. Layanan Perizinan Berusaha          Status: Terisi",
      "2. Layanan Administrasi Kependudukan   Status: Terisi", "3. Layanan Pengaduan Masyarakat       Status: Draf"],
     "counts: shows SIAP Digital"),
    ("I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png",
     ["WhatsApp", "Grup Tim SPBE Kota Sukamaju", "Budi: sudah diisi semua di aplikasinya pak?",
      "Sari: sudah, besok saya kirim tangkapan layarnya", "Budi: oke terima kasih"],
     "does not show: a chat, not the application"),
]


# A scanned notulen whose attendance pages name the units: BPKAD and Inspektorat sign on
# page 3 of 4, which only an OCR of the pages in between reads. With the config's opd
# list [Diskominfo, Bappeda, Dinas Kesehatan, BPKAD, Inspektorat], spbe-2020 indicator 13
# level 3 ("seluruh perangkat daerah") is met.
COVERAGE = [
    ("13 Keterpaduan Rencana dan Anggaran/Notulen Konsultasi Anggaran TIK 2025.pdf", [
        ["NOTULEN RAPAT", "Konsultasi Rencana dan Anggaran SPBE 2025", "Hari/tanggal: Senin, 3 Maret 2025",
         "Pimpinan rapat: Kepala Dinas Komunikasi dan Informatika", "Hasil: rencana belanja TIK seluruh perangkat daerah dibahas."],
        ["DAFTAR HADIR", "No  Nama                 Unit Kerja", "1   Budi Santoso         Dinas Komunikasi dan Informatika",
         "2   Sari Wulandari       Bappeda"],
        ["DAFTAR HADIR (lanjutan)", "No  Nama                 Unit Kerja", "3   Andi Pratama         Dinas Kesehatan",
         "4   Rina Kusuma          BPKAD", "5   Joko Widodo          Inspektorat"],
        ["Sukamaju, 3 Maret 2025", "Notulis,", "ttd", "Dewi Lestari"],
    ], "level 3: every unit named, two of them only on page 3 (a scanned page in between)"),
]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    with open(os.path.join(out, "MANIFEST.tsv"), "w", encoding="utf-8") as manifest:
        for path, pages, scanned, verdict in DOCUMENTS:
            manifest.write("%s\t%s\n" % (path, verdict))
    with open(os.path.join(out, "PROOFS.tsv"), "w", encoding="utf-8") as manifest:
        for path, pages, verdict in PROOFS:
            manifest.write("%s\t%s\n" % (path, verdict))
    with open(os.path.join(out, "SCREENS.tsv"), "w", encoding="utf-8") as manifest:
        for path, lines, verdict in SCREENS:
            manifest.write("%s\t%s\n" % (path, verdict))
    for path, lines, _ in SCREENS:
        target = os.path.join(out, "screens", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        screenshot(target, lines)
    with open(os.path.join(out, "COVERAGE.tsv"), "w", encoding="utf-8") as manifest:
        for path, pages, verdict in COVERAGE:
            manifest.write("%s\t%s\n" % (path, verdict))
    for index, (path, pages, _) in enumerate(COVERAGE):
        target = os.path.join(out, "coverage", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with tempfile.TemporaryDirectory() as work:
            source = os.path.join(work, "source.pdf")
            text_pdf(source, pages)
            scanned_pdf(target, source, seed=40 + index)
    for path, pages, _ in PROOFS:
        target = os.path.join(out, "proofs", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        text_pdf(target, pages)
    for index, (path, pages, scanned, _) in enumerate(DOCUMENTS):
        target = os.path.join(out, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if scanned:
            with tempfile.TemporaryDirectory() as work:
                source = os.path.join(work, "source.pdf")
                text_pdf(source, pages)
                scanned_pdf(target, source, seed=index)
        else:
            text_pdf(target, pages)


if __name__ == "__main__":
    main()
