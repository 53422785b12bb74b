#!/usr/bin/env python3
"""Regenerates sample-evidence/: a fictional Pemerintah Kota Sukamaju's evidence
trees for both frameworks, with small but valid files (real PDF, PNG, JPEG and MP4
headers) named the way Pemda staff name them, and deliberate gaps so the report
has something to say. Run from the repository root; it only writes sample-evidence/."""
import os, struct, zlib, shutil, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-evidence")

def pdf(title, lines=None):
    if lines is None:
        text = title.replace("\\", "").replace("(", "").replace(")", "")[:90]
        stream = f"BT /F1 12 Tf 40 800 Td ({text}) Tj ET".encode("latin-1", "replace")
    else:
        body = "".join("(%s) '\n" % line.replace("\\", "").replace("(", "").replace(")", "") for line in lines)
        stream = ("BT /F1 12 Tf 40 800 Td 16 TL\n" + body + "ET").encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects)+1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

# Each file carries its title, so no two evidence files are byte-identical
# (spbe-lint reports duplicates).
def png(title):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = b"\x00\xff\xff\xff"
    text = b"Title\x00" + title.encode("latin-1", "replace")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", text) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

def jpg(title):
    comment = title.encode("latin-1", "replace")[:200]
    return (bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
            + bytes.fromhex("ffdb004300" + "01" * 64 + "ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9"))

def mp4(title):
    payload = title.encode("latin-1", "replace")
    return struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2" + struct.pack(">I", 8 + len(payload)) + b"free" + payload

def url(title):
    return f"[InternetShortcut]\nURL=https://{title}\n".encode()

def xlsx(title):
    return b"PK\x03\x04" + b"\x00" * 26 + title.encode("latin-1", "replace")

def write(base, path, content=None):
    full = os.path.join(base, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    name = os.path.basename(path)
    ext = name.rsplit(".", 1)[-1].lower()
    stem = name.rsplit(".", 1)[0]
    maker = {"pdf": pdf, "png": png, "jpg": jpg, "jpeg": jpg, "mp4": mp4, "url": url, "xlsx": xlsx}.get(ext)
    data = content.encode() if isinstance(content, str) else (maker(stem) if maker else stem.encode())
    with open(full, "wb") as f:
        f.write(data)

SPBE_CONFIG = """\
# Konfigurasi spbe-lint untuk bukti dukung Evaluasi SPBE Pemerintah Kota Sukamaju (fiktif).
rules: spbe-2020
instansi: Pemerintah Kota Sukamaju
instansi-type: pemerintah-daerah
year: 2025
# Siklus Indeks SPBE 2025 (PermenPANRB 59/2020; diganti PermenPANRB 8/2026 mulai 2026).
# Penilaian interviu; laporan menampilkan batas unggah (5 hari kerja) dan sisa harinya.
interview: 2025-10-15
# Folder kerja yang bukan bukti dukung.
ignore:
  - "_draft/"
  - "*.tmp"
waivers:
  - indicator: "29"
    requirement: pedoman
    reason: "Pedoman Audit TIK sedang diharmonisasi Bagian Hukum; disusulkan setelah interviu"
    expires: 2025-12-31
  - indicator: "21"
    requirement: pelaksanaan
    reason: "Laporan manajemen risiko menunggu tanda tangan Sekda"
    expires: 2025-08-31
indicators:
  "1":
    owner: Bagian Hukum
    claim: 4
    narrative: >
      Kebijakan internal Arsitektur SPBE ditetapkan dengan Perwali Nomor 12 Tahun 2021
      pasal 3 halaman 2 (file "Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf") dan
      telah direviu (file "Laporan Reviu Perwali Arsitektur SPBE 2024.pdf").
  "2": {owner: Bagian Hukum, claim: 2}
  "3": {owner: Bagian Hukum}
  "4":
    owner: Bagian Hukum
    narrative: 'Rancangan Perwali terlampir (file "Perwali No 9 Tahun 2024 tentang Pembangunan Aplikasi.pdf").'
  "5":
    owner: Diskominfo
    claim: 2
    narrative: 'Layanan pusat data diatur dengan Perwali (file "Perwali Layanan Pusat Data.pdf").'
  "6":
    owner: Diskominfo
    claim: 2
    narrative: 'Jaringan intra diatur dengan Perwali Nomor 4 Tahun 2023 (file "Perwali No 4 Tahun 2023 tentang Jaringan Intra.pdf").'
  "10": {owner: Bagian Organisasi}
  "12": {owner: Bappeda, claim: 3}
  "13": {owner: Bappeda}
  "19": {owner: Diskominfo, target: 3}
  "20": {owner: Diskominfo}
  "21": {owner: Inspektorat}
  "29": {owner: Diskominfo, claim: 3}
  "35": {owner: Bagian Pengadaan Barang dan Jasa, target: 3}
  "36": {owner: BKPSDM}
  "42": {owner: Diskominfo}
  "45": {service: Perizinan Online (SiCantik), owner: DPMPTSP}
# Catatan asesor pada penilaian interviu: status tiap catatan ditentukan dari berkas yang
# berubah sesudah interviu (`spbe-lint follow-up sample-evidence/spbe-2020`).
follow-up:
  - indicator: "19"
    note: "Unggah laporan pelaksanaan kegiatan Tim Koordinasi SPBE 2025"
  - indicator: "19"
    note: "Lengkapi dokumentasi kegiatan Tim Koordinasi (notulen, daftar hadir, foto)"
    owner: Bagian Organisasi
  - indicator: "4"
    note: "Unggah Perwali Pembangunan Aplikasi yang sudah ditetapkan, bukan rancangannya"
    requirement: kebijakan
  - indicator: "29"
    note: "Susulkan Pedoman Audit TIK yang sudah ditetapkan"
    requirement: pedoman
  - indicator: "1"
    note: "Tunjukkan pasal Perwali Arsitektur yang memuat referensi arsitektur dan domain arsitektur"
    requirement: manual
    done: 2025-10-17
"""

SPBE_FILES = [
    # Domain 1 — Kebijakan Internal
    "Domain 1 Kebijakan Internal/01 Kebijakan Arsitektur SPBE/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf",
    "Domain 1 Kebijakan Internal/01 Kebijakan Arsitektur SPBE/Laporan Reviu Perwali Arsitektur SPBE 2024.pdf",
    "Domain 1 Kebijakan Internal/02 Kebijakan Peta Rencana SPBE/Perwali No 13 Tahun 2021 tentang Peta Rencana SPBE.pdf",
    "Domain 1 Kebijakan Internal/03 Kebijakan Manajemen Data/Perwali No 5 Tahun 2022 tentang Satu Data Kota Sukamaju.pdf",
    "Domain 1 Kebijakan Internal/04 Kebijakan Pembangunan Aplikasi/Draft Perwali Pembangunan Aplikasi.docx",
    # Named like Perwali, but the documents say otherwise (their text is in DOCUMENTS):
    # the report shows what reading the contents catches.
    "Domain 1 Kebijakan Internal/05 Kebijakan Layanan Pusat Data/Perwali Layanan Pusat Data.pdf",
    "Domain 1 Kebijakan Internal/06 Kebijakan Jaringan Intra/Perwali No 4 Tahun 2023 tentang Jaringan Intra.pdf",
    "Domain 1 Kebijakan Internal/08 Kebijakan Keamanan Informasi/Perwali No 7 Tahun 2022 tentang Manajemen Keamanan Informasi.pdf",
    "Domain 1 Kebijakan Internal/10 Kebijakan Tim Koordinasi/SK Wali Kota No 188.45-120 Tahun 2023 tentang Tim Koordinasi SPBE.pdf",
    # Domain 2 — Tata Kelola
    "Domain 2 Tata Kelola/11-Arsitektur SPBE/Dokumen Arsitektur SPBE Kota Sukamaju 2022-2026.pdf",
    "Domain 2 Tata Kelola/12-Peta Rencana SPBE/Peta Rencana SPBE Kota Sukamaju 2022-2026.pdf",
    "Domain 2 Tata Kelola/12-Peta Rencana SPBE/RKA Diskominfo 2024.pdf",
    "Domain 2 Tata Kelola/12-Peta Rencana SPBE/RKA Diskominfo 2025.pdf",
    "Domain 2 Tata Kelola/13-Rencana dan Anggaran/RKA SKPD Belanja TIK 2025.pdf",
    "Domain 2 Tata Kelola/14-Proses Bisnis/14. Proses Bisnis Pemerintah Kota Sukamaju 2023.pdf",
    "Domain 2 Tata Kelola/18-Sistem Penghubung Layanan/Daftar API Service Bus 2025.xlsx",
    "Domain 2 Tata Kelola/19-Tim Koordinasi/Rencana Kerja Tim Koordinasi SPBE 2025.pdf",
    "Domain 2 Tata Kelola/19-Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2025.pdf",
    "Domain 2 Tata Kelola/19-Tim Koordinasi/Notulen Rapat Tim Koordinasi SPBE 14-06-2025.pdf",
    "Domain 2 Tata Kelola/20-Forum Kolaborasi/Notulen Rapat Forum SPBE 14-06-2023.pdf",
    "Domain 2 Tata Kelola/20-Forum Kolaborasi/Daftar Hadir Forum SPBE 14-06-2023.pdf",
    # Domain 3 — Manajemen
    "Domain 3 Manajemen/21 Manajemen Risiko/Rencana Pelaksanaan Manajemen Risiko SPBE 2025.pdf",
    "Domain 3 Manajemen/21 Manajemen Risiko/Register Risiko SPBE 2025.xlsx",
    "Domain 3 Manajemen/24 Manajemen Aset TIK/Rencana Manajemen Aset TIK 2025.pdf",
    "Domain 3 Manajemen/29 Audit Infrastruktur/Rencana Audit Infrastruktur SPBE 2025.pdf",
    "Domain 3 Manajemen/29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur SPBE 2025.pdf",
    # Domain 4 — Layanan
    "Domain 4 Layanan/32 Layanan Perencanaan/Screenshot Aplikasi SIPD Perencanaan.png",
    "Domain 4 Layanan/32 Layanan Perencanaan/URL SIPD.url",
    "Domain 4 Layanan/35 Pengadaan Barang dan Jasa/Screenshot LPSE Beranda.png",
    "Domain 4 Layanan/35 Pengadaan Barang dan Jasa/Screenshot LPSE Tender.png",
    "Domain 4 Layanan/35 Pengadaan Barang dan Jasa/URL LPSE Kota Sukamaju.url",
    "Domain 4 Layanan/35 Pengadaan Barang dan Jasa/Video Penggunaan LPSE.mp4",
    "Domain 4 Layanan/36 Kepegawaian/Screenshot SIMPEG.png",
    "Domain 4 Layanan/42 Pengaduan/Screenshot Dashboard LAPOR.png",
    "Domain 4 Layanan/42 Pengaduan/URL SP4N LAPOR.url",
    "Domain 4 Layanan/44 JDIH/Tampilan JDIH Kota Sukamaju.png",
    # Not tied to an indicator: reported, never silently dropped.
    "Lampiran/Foto Kegiatan Bimtek SPBE.jpg",
    # Ignored by the config.
    "_draft/Perwali Pembangunan Aplikasi v3.pdf",
]

PEMDI_CONFIG = """\
# Konfigurasi spbe-lint untuk Evaluasi Indeks Pemdi 2026 Pemerintah Kota Sukamaju (fiktif).
rules: pemdi-2026
instansi: Pemerintah Kota Sukamaju
year: 2026
# Penilaian interviu dan catatan asesor (`spbe-lint follow-up sample-evidence/pemdi-2026`).
interview: 2026-09-21
indicators:
  I5: {index: 30.0}
  I10: {index: 1.8}
  I11: {index: 1.2}
follow-up:
  - indicator: I10
    note: "Unggah hasil penilaian IKASANDI dari BSSN, bukan Indeks KAMI"
    owner: Diskominfo
  - indicator: I3
    note: "Lampirkan laporan peningkatan kompetensi digital ASN"
    owner: BKPSDM
  - indicator: I4
    note: "Lampirkan notulen rapat koordinasi lintas OPD"
    owner: Bappeda
"""

PEMDI_FILES = [
    "I1 Tata Kelola Pemdi/I1-L1-01 Rancangan Renstra Diskominfo memuat RAN Pemdi.pdf",
    "I1 Tata Kelola Pemdi/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png",
    "I1 Tata Kelola Pemdi/I1-L2-01 RKA Diskominfo 2026 Anggaran Pemdi.pdf",
    "I2 Manajemen Layanan Digital/I2-L1-02 Laporan Pelaksanaan Manajemen Layanan Digital.pdf",
    "I3 SDM Pemdi/I3-L1-01 Draf Peta Kompetensi Pemdi.pdf",
    "I3 SDM Pemdi/I3-L1-03 Notulensi Komunitas Belajar Digital.pdf",
    "I4 Kolaborasi Pemdi/I4-L1-01 SK Wali Kota tentang Tim Koordinasi Pemdi 2026.pdf",
    "I4 Kolaborasi Pemdi/I4-L1-02 Undangan Rapat Koordinasi Lintas OPD.pdf",
    "I4 Kolaborasi Pemdi/I4-L1-02 Notulen Rapat Koordinasi Lintas OPD.pdf",
    # Level 2 without an MoU: the modul asks for it at level 4.
    "I4 Kolaborasi Pemdi/I4-L2-01 Renja Diskominfo 2026 memuat Rencana Kolaborasi Pemdi.pdf",
    "I4 Kolaborasi Pemdi/I4-L2-02 Notulensi Kolaborasi Integrasi Layanan Perizinan 2026.pdf",
    "I9 Audit Keamanan/I9-L1-01 SK Tim Asesor Internal Evaluasi Pemdi.pdf",
    "I10 Keamanan Pemdi/I10-L1-01 Hasil Indeks KAMI 2023.pdf",
    "I13 Aplikasi Pemdi/I13-L1-01 KAK Pengembangan Aplikasi Perizinan.pdf",
    "I13 Aplikasi Pemdi/I13-L1-01 Notulensi Konsultasi dengan Diskominfo.pdf",
    "I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png",
    "I17 Portal Layanan/I17-L1-01 URL Portal Layanan Sukamaju.url",
    "I17 Portal Layanan/I17-L1-02 Tampilan Portal Layanan.png",
    "I19 Dukungan Pengguna/I19-L1-01 Dokumen SLA Layanan Digital.pdf",
    "I20 Kepuasan Pengguna/I20-L1-01 Link SKM Online.url",
]

# Texts of the documents whose contents contradict their names.
DOCUMENTS = {
    "Domain 1 Kebijakan Internal/05 Kebijakan Layanan Pusat Data/Perwali Layanan Pusat Data.pdf": [
        "PEMERINTAH KOTA SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA", "",
        "Nomor : 005/87/Diskominfo", "Perihal : Undangan Pembahasan Rancangan Perwali Pusat Data", "",
        "Dengan hormat, kami mengundang Bapak/Ibu untuk membahas rancangan",
        "Peraturan Wali Kota tentang Layanan Pusat Data pada Senin, 3 Maret 2025.",
        "Kepala Dinas Komunikasi dan Informatika,", "ttd",
    ],
    "Domain 1 Kebijakan Internal/06 Kebijakan Jaringan Intra/Perwali No 4 Tahun 2023 tentang Jaringan Intra.pdf": [
        "BUPATI TETANGGA", "PROVINSI JAWA BARAT", "", "PERATURAN BUPATI TETANGGA", "NOMOR 4 TAHUN 2023",
        "TENTANG", "JARINGAN INTRA PEMERINTAH DAERAH", "", "Ditetapkan di Tetangga",
        "pada tanggal 9 Mei 2023", "BUPATI TETANGGA,", "ttd",
    ],
}

# Screenshots that are real images, rendered by make-document-fixtures.py (pdftoppm): what
# OCR reads for pemdi's `shows: SIAP Digital` requirements. The I13 one is a chat.
SCREENS = {
    "I1 Tata Kelola Pemdi/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png": 0,
    "I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png": 1,
}

def screens():
    import importlib.util
    spec = importlib.util.spec_from_file_location("fixtures", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-document-fixtures.py"))
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    return fixtures

def build(folder, config, files):
    base = os.path.join(ROOT, folder)
    if os.path.isdir(base):
        shutil.rmtree(base)
    os.makedirs(base)
    write(base, ".spbe-lint.yaml", config)
    fixtures = screens() if any(path in SCREENS for path in files) else None
    for path in files:
        if path in SCREENS:
            full = os.path.join(base, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            fixtures.screenshot(full, fixtures.SCREENS[SCREENS[path]][1])
        elif path in DOCUMENTS:
            full = os.path.join(base, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(pdf(None, DOCUMENTS[path]))
        else:
            write(base, path)

if __name__ == "__main__":
    which = sys.argv[1:] or ["spbe-2020", "pemdi-2026"]
    if "spbe-2020" in which:
        build("spbe-2020", SPBE_CONFIG, SPBE_FILES)
    if "pemdi-2026" in which:
        build("pemdi-2026", PEMDI_CONFIG, PEMDI_FILES)
    print("sample-evidence/ written")
