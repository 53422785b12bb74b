#!/usr/bin/env python3
"""Writes the labelled document corpus of issue #23 (Tests/SPBELintTests/DocumentCorpus).

Written blind to the analyzer: it shares no code with Sources/ or the fixture script, and
its layouts follow real public documents (see DocumentCorpus/SOURCES.md), not what the
analyzer expects. Every document is described once in CASES below, with the verdict an
asesor would give it (LABELS.tsv is written from those descriptions, never from a run of
spbe-lint).

Needs: Python 3.9+, reportlab, python-docx, Pillow (PyPI); pdftoppm and pdftotext
(poppler-utils); soffice (Debian libreoffice-writer-nogui) for the Word-export layouts.
Deterministic: a fixed seed, fixed dates, and PDF metadata pinned (reportlab invariant
mode; LibreOffice output is re-used from the committed files unless --rebuild-office).

    python3 scripts/make-document-corpus.py [--out DIR] [--only PATTERN] [--jobs N]
"""
import argparse
import csv
import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor

SEED = 2323
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "Tests", "SPBELintTests", "DocumentCorpus")

# --------------------------------------------------------------------------------------
# Regions. Names of people are invented; places are real Indonesian regions except
# Sukamaju (the project's sample town), which exists here as a Kota and a Kabupaten.
# --------------------------------------------------------------------------------------

REGIONS = {
    "kota-sukamaju": dict(kind="kota", name="SUKAMAJU", prov="JAWA BARAT",
                          law="Undang-Undang Nomor 8 Tahun 1999 tentang Pembentukan Kota Sukamaju (Lembaran Negara Republik Indonesia Tahun 1999 Nomor 51, Tambahan Lembaran Negara Republik Indonesia Nomor 3823)",
                          heads=["DEDI KURNIAWAN", "H. ASEP SAEFULLAH, S.Sos., M.Si."], sekda="Drs. H. RUSTANDI, M.M."),
    "kab-sukamaju": dict(kind="kabupaten", name="SUKAMAJU", prov="JAWA BARAT",
                         law="Undang-Undang Nomor 14 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi Djawa Barat",
                         heads=["H. MAMAN SURYAMAN"], sekda="Ir. YAYAT HIDAYAT, M.T."),
    "kab-padang-pariaman": dict(kind="kabupaten", name="PADANG PARIAMAN", prov="SUMATERA BARAT",
                                law="Undang-Undang Nomor 12 Tahun 1956 tentang Pembentukan Daerah Otonom Kabupaten dalam Lingkungan Daerah Propinsi Sumatera Tengah",
                                heads=["SUHATRI BUR", "JOHN KENEDI AZIS"], sekda="RUDY REPENALDI RILIS"),
    "kota-padang": dict(kind="kota", name="PADANG", prov="SUMATERA BARAT",
                        law="Undang-Undang Nomor 9 Tahun 1956 tentang Pembentukan Daerah Otonom Kota Besar dalam Lingkungan Daerah Propinsi Sumatera Tengah",
                        heads=["HENDRI SEPTA"], sekda="ANDREE HARMADI ALGAMAR"),
    "kota-tangerang-selatan": dict(kind="kota", name="TANGERANG SELATAN", prov="BANTEN",
                                   law="Undang-Undang Nomor 51 Tahun 2008 tentang Pembentukan Kota Tangerang Selatan di Provinsi Banten (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 188, Tambahan Lembaran Negara Republik Indonesia Nomor 4935)",
                                   heads=["BENYAMIN DAVNIE"], sekda="BAMBANG NOERTJAHJO"),
    "kota-tangerang": dict(kind="kota", name="TANGERANG", prov="BANTEN",
                           law="Undang-Undang Nomor 2 Tahun 1993 tentang Pembentukan Kotamadya Daerah Tingkat II Tangerang",
                           heads=["ARIEF R. WISMANSYAH"], sekda="HERMAN SUWARMAN"),
    "kab-lampung-selatan": dict(kind="kabupaten", name="LAMPUNG SELATAN", prov="LAMPUNG",
                                law="Undang-Undang Nomor 28 Tahun 1959 tentang Pembentukan Daerah Tingkat II dan Kotapraja di Sumatera Selatan",
                                heads=["NANANG ERMANTO"], sekda="THAMRIN"),
    "prov-lampung": dict(kind="provinsi", name="LAMPUNG", prov=None,
                         law="Undang-Undang Nomor 14 Tahun 1964 tentang Pembentukan Daerah Tingkat I Lampung",
                         heads=["ARINAL DJUNAIDI"], sekda="FAHRIZAL DARMINTO"),
    "prov-dki": dict(kind="provinsi", name="DAERAH KHUSUS IBUKOTA JAKARTA", prov=None, short="DKI JAKARTA",
                     law="Undang-Undang Nomor 29 Tahun 2007 tentang Pemerintahan Provinsi Daerah Khusus Ibukota Jakarta sebagai Ibukota Negara Kesatuan Republik Indonesia",
                     heads=["HERU BUDI HARTONO"], sekda="JOKO AGUS SETYONO"),
    "prov-diy": dict(kind="provinsi", name="DAERAH ISTIMEWA YOGYAKARTA", prov=None, short="DIY",
                     law="Undang-Undang Nomor 13 Tahun 2012 tentang Keistimewaan Daerah Istimewa Yogyakarta",
                     heads=["HAMENGKU BUWONO X"], sekda="BENY SUHARSONO"),
    "kota-yogyakarta": dict(kind="kota", name="YOGYAKARTA", prov="DAERAH ISTIMEWA YOGYAKARTA",
                            law="Undang-Undang Nomor 16 Tahun 1950 tentang Pembentukan Daerah-daerah Kota Besar dalam Lingkungan Propinsi Djawa Timur, Djawa Tengah, Djawa Barat dan Daerah Istimewa Jogjakarta",
                            heads=["HARYADI SUYUTI"], sekda="AMAN YURIADIJAYA"),
}

# The instansi each document is judged for: the config's `instansi:` text and type.
INSTANSI = {
    "kota-sukamaju": "Pemerintah Kota Sukamaju",
    "kab-padang-pariaman": "Pemerintah Kabupaten Padang Pariaman",
    "kota-tangerang-selatan": "Pemerintah Kota Tangerang Selatan",
    "kab-lampung-selatan": "Pemerintah Kabupaten Lampung Selatan",
    "prov-dki": "Pemerintah Provinsi DKI Jakarta",
    "prov-diy": "Pemerintah Daerah Daerah Istimewa Yogyakarta",
}

OPD = {
    "kota-sukamaju": ["Dinas Komunikasi dan Informatika", "Badan Perencanaan Pembangunan Daerah", "Badan Keuangan dan Aset Daerah",
                      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Inspektorat Daerah", "Dinas Kependudukan dan Pencatatan Sipil",
                      "Dinas Kesehatan", "Sekretariat Daerah"],
    "kab-padang-pariaman": ["Dinas Komunikasi dan Informatika", "Bappeda", "BPKD", "BKPSDM", "Inspektorat", "Dinas Dukcapil", "Dinas Pendidikan"],
    "kota-tangerang-selatan": ["Diskominfo", "Bappeda", "BPKAD", "BKPSDM", "Inspektorat", "Disdukcapil", "DPMPTSP"],
    "kab-lampung-selatan": ["Dinas Kominfo", "Bappeda", "BPKAD", "BKPSDM", "Inspektorat", "Dinas Kesehatan"],
    "prov-dki": ["Dinas Komunikasi, Informatika dan Statistik", "Bappeda", "BPKD", "BKD", "Inspektorat", "Dinas Dukcapil"],
    "prov-diy": ["Dinas Komunikasi dan Informatika", "Bappeda", "BPKA", "BKD", "Inspektorat", "Dinas Kesehatan"],
}


def R(key):
    return REGIONS[key]


def region_full(key, older=False):
    r = R(key)
    if r["kind"] == "provinsi":
        if key == "prov-diy":
            return "DAERAH ISTIMEWA YOGYAKARTA"
        return "PROVINSI " + r["name"]
    return ("KABUPATEN " if r["kind"] == "kabupaten" else "KOTA ") + r["name"]


def head_word(key, older=False):
    k = R(key)["kind"]
    if k == "kabupaten":
        return "BUPATI"
    if k == "kota":
        return "WALIKOTA" if older else "WALI KOTA"
    return "GUBERNUR"


def head_title(key, older=False):
    """WALI KOTA SUKAMAJU / BUPATI PADANG PARIAMAN / GUBERNUR DAERAH ISTIMEWA YOGYAKARTA."""
    return head_word(key, older) + " " + R(key)["name"]


def perkada_title(key, older=False):
    return "PERATURAN " + head_title(key, older)


def berita(key, lembaran=False):
    return ("LEMBARAN DAERAH " if lembaran else "BERITA DAERAH ") + region_full(key)


def pemda(key):
    r = R(key)
    if key == "prov-diy":
        return "PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA"
    if r["kind"] == "provinsi":
        return "PEMERINTAH PROVINSI " + r["name"]
    return "PEMERINTAH " + region_full(key)


def cap(s):
    small = {"dan", "di", "ke", "dari", "atas", "tentang", "yang", "untuk", "pada", "dalam", "atau"}
    out = []
    for i, w in enumerate(s.lower().split()):
        out.append(w if (i and w in small) else w[:1].upper() + w[1:])
    return " ".join(out).replace("Spbe", "SPBE").replace("Tik", "TIK").replace("Dki", "DKI").replace("Pdp", "PDP")


def signer(key, role="", idx=0):
    """The name line of a head's signature; role is '', 'Pj.', 'Plt.' or 'Plh.'."""
    return R(key)["heads"][idx % len(R(key)["heads"])]


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def tanggal(d, m, y):
    return f"{d} {MONTHS[m - 1]} {y}"


# --------------------------------------------------------------------------------------
# Subjects of regulations, with what their body regulates (the Pedoman's topic lists).
# --------------------------------------------------------------------------------------

SUBJECTS = {
    "arsitektur": dict(title="ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Arsitektur SPBE",
                       topics=["Referensi Arsitektur", "Proses Bisnis", "Data dan Informasi", "Infrastruktur SPBE", "Aplikasi SPBE", "Keamanan SPBE", "Layanan SPBE"],
                       pedoman=["referensi arsitektur", "domain arsitektur proses bisnis", "domain arsitektur data dan informasi", "domain arsitektur infrastruktur SPBE",
                                "domain arsitektur aplikasi SPBE", "domain arsitektur keamanan SPBE", "domain arsitektur layanan SPBE"]),
    "peta": dict(title="PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2024-2026", short="Peta Rencana SPBE",
                 topics=["Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE", "Infrastruktur SPBE", "Aplikasi SPBE", "Keamanan SPBE", "Audit Teknologi Informasi dan Komunikasi"]),
    "data": dict(title="MANAJEMEN DATA DALAM PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Manajemen Data",
                 topics=["Arsitektur Data", "Data Induk", "Data Referensi", "Basis Data", "Kualitas Data", "Interoperabilitas Data"]),
    "keamanan": dict(title="MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Manajemen Keamanan Informasi",
                     topics=["Ruang Lingkup", "Penanggung Jawab", "Perencanaan", "Dukungan Pengoperasian", "Evaluasi Kinerja", "Perbaikan Berkelanjutan"]),
    "audit": dict(title="PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI", short="Audit TIK",
                  topics=["Audit Infrastruktur", "Audit Aplikasi", "Audit Keamanan"]),
    "tim": dict(title="TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Tim Koordinasi SPBE", topics=[]),
    "tim-perubahan": dict(title="PERUBAHAN ATAS PERATURAN {HEAD} NOMOR 7 TAHUN 2022 TENTANG TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Perubahan Tim Koordinasi SPBE", topics=[]),
    "pusat-data": dict(title="PENYELENGGARAAN LAYANAN PUSAT DATA DAERAH", short="Layanan Pusat Data", topics=[]),
    "aplikasi": dict(title="PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Pembangunan Aplikasi SPBE", topics=[]),
    "website": dict(title="PENGELOLAAN LAMAN RESMI PEMERINTAH DAERAH DAN SUBDOMAIN PERANGKAT DAERAH", short="Pengelolaan Website", topics=[]),
    "spbe-umum": dict(title="PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", short="Penyelenggaraan SPBE",
                      topics=["Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE", "Infrastruktur SPBE", "Aplikasi SPBE", "Keamanan SPBE", "Audit Teknologi Informasi dan Komunikasi"]),
    "rkpd": dict(title="RENCANA KERJA PEMERINTAH DAERAH TAHUN 2025", short="RKPD 2025", topics=[]),
}

MENGINGAT_COMMON = [
    "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4843) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 1 Tahun 2024",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023",
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik (Lembaran Negara Republik Indonesia Tahun 2018 Nomor 182)",
    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2015 Nomor 2036) sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 120 Tahun 2018",
]


def mengingat(key, extra=()):
    items = ["Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", R(key)["law"]]
    return items + MENGINGAT_COMMON + list(extra)


def menimbang(subject_short, doc_word, konsep=False):
    a = ("bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif, transparan, dan akuntabel serta "
         "pelayanan publik yang berkualitas dan terpercaya diperlukan sistem pemerintahan berbasis elektronik")
    if konsep:
        a += (", sesuai dengan konsep keterpaduan yang dikembangkan dalam Rencana Induk SPBE Nasional, dan konsep "
              "tersebut perlu dijabarkan dalam kebijakan daerah")
    b = (f"bahwa berdasarkan ketentuan Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
         f"Elektronik, pemerintah daerah perlu menetapkan {subject_short}")
    c = (f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
         f"{doc_word} tentang {subject_short}")
    return [a + ";", b + ";", c + ";"]


# --------------------------------------------------------------------------------------
# Bodies of regulations. `mode` decides how the Pedoman's topics stand in the text:
#   regulated   - a bab or pasal of its own for each topic, beyond the definitions
#   definitions - the topics only in Pasal 1 and one pasal that lists them
#   hyphen      - regulated, with topic words broken across lines by hyphens
#   pedoman     - regulated in the Pedoman's own wording ("domain arsitektur layanan")
#   plain       - a body that regulates the subject without the topic list
# --------------------------------------------------------------------------------------

def hyph(word):
    """Splits a long word with a hyphen and a hard line break, as a justified PDF does."""
    if len(word) < 8:
        return word
    cut = len(word) // 2
    return word[:cut] + "-\n" + word[cut:]


def body_regulation(subject, doc_word, key, mode="plain", rng=None):
    s = SUBJECTS[subject]
    topics = s["topics"]
    out = []
    out += [("c", "BAB I", {"bold": True}), ("c", "KETENTUAN UMUM", {"bold": True}), ("c", "Pasal 1", {})]
    out.append(("p", f"Dalam {cap(doc_word)} ini yang dimaksud dengan:"))
    defs = [f"Daerah adalah {cap(region_full(key))}.",
            f"Pemerintah Daerah adalah {cap(head_word(key))} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.",
            "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada Pengguna SPBE.",
            "Perangkat Daerah adalah unsur pembantu kepala daerah dan dewan perwakilan rakyat daerah dalam penyelenggaraan urusan pemerintahan yang menjadi kewenangan daerah."]
    for t in topics:
        defs.append(f"{t} adalah bagian dari {s['short']} yang ditetapkan dan dikelola sesuai ketentuan peraturan perundang-undangan.")
    out.append(("ol", defs))
    out += [("c", "Pasal 2", {}),
            ("p", f"{cap(doc_word)} ini dimaksudkan sebagai pedoman bagi Perangkat Daerah dalam penyelenggaraan {s['short']} di lingkungan Pemerintah Daerah.")]
    if mode == "definitions" and topics:
        out += [("c", "Pasal 3", {}),
                ("p", f"Ruang lingkup {cap(doc_word)} ini meliputi: " + "; ".join(t for t in topics) + "."),
                ("c", "Pasal 4", {}),
                ("p", f"Ketentuan lebih lanjut mengenai pelaksanaan {s['short']} diatur oleh Kepala Perangkat Daerah yang membidangi urusan komunikasi dan informatika.")]
        return out
    if mode in ("regulated", "hyphen", "pedoman") and topics:
        names = s.get("pedoman", topics) if mode == "pedoman" else topics
        roman = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        pasal = 3
        for i, t in enumerate(names):
            shown = t
            if mode == "hyphen" and i % 2 == 0:
                ws = t.split()
                ws[-1] = hyph(ws[-1]) if len(ws[-1]) >= 8 else ws[-1]
                shown = " ".join(ws)
            out += [("c", f"BAB {roman[i]}", {"bold": True}), ("c", t.upper(), {"bold": True}), ("c", f"Pasal {pasal}", {})]
            out.append(("ol", [f"{shown} disusun dan dilaksanakan oleh Perangkat Daerah dengan berpedoman pada kebijakan SPBE Nasional.",
                               f"Pelaksanaan {shown} sebagaimana dimaksud pada ayat (1) dikoordinasikan oleh Dinas.",
                               f"{shown} sebagaimana dimaksud pada ayat (1) direviu paling sedikit 1 (satu) kali dalam 1 (satu) tahun."], "ayat"))
            pasal += 1
            out += [("c", f"Pasal {pasal}", {}),
                    ("p", f"Dalam melaksanakan {shown}, Perangkat Daerah wajib menyampaikan laporan kepada {cap(head_word(key))} melalui Sekretaris Daerah.")]
            pasal += 1
        return out
    # plain
    out += [("c", "BAB II", {"bold": True}), ("c", "PELAKSANAAN", {"bold": True}), ("c", "Pasal 3", {}),
            ("ol", [f"Penyelenggaraan {s['short']} dilaksanakan oleh Perangkat Daerah sesuai tugas dan fungsinya.",
                    f"Dinas melakukan pembinaan dan pengawasan atas pelaksanaan {s['short']}."], "ayat"),
            ("c", "Pasal 4", {}),
            ("p", "Pendanaan pelaksanaan Peraturan ini bersumber dari Anggaran Pendapatan dan Belanja Daerah dan sumber lain yang sah.")]
    return out


def closing_perkada(key, doc_word, nomor, year, date, signed, role="", older=False, berita_no=None, salinan=True,
                    diundangkan=True, sig_style="ttd"):
    out = [("gap", 2)]
    out.append(("p", f"{cap(doc_word)} ini mulai berlaku pada tanggal diundangkan."))
    out.append(("p", f"Agar setiap orang mengetahuinya, memerintahkan pengundangan {cap(doc_word)} ini dengan penempatannya dalam {cap(berita(key))}."))
    head = (role + " " if role else "") + head_title(key, older) + ","
    sig = ["Ditetapkan di " + cap(R(key)["name"] if R(key)["kind"] != "provinsi" else ("Yogyakarta" if key == "prov-diy" else ("Jakarta" if key == "prov-dki" else "Bandar Lampung"))),
           "pada tanggal " + date, "", head, ""]
    if signed == "yes":
        sig += ["ttd" if sig_style == "ttd" else "", "", signer(key)]
    elif signed == "ttd-only":
        sig += ["ttd.", ""]
    else:
        sig += ["", "", ""]
    out.append(("sig", sig))
    if diundangkan:
        out.append(("sig", ["Diundangkan di " + sig[0].replace("Ditetapkan di ", ""),
                            "pada tanggal " + date, "", "SEKRETARIS DAERAH " + region_full(key) + ",", "",
                            "ttd" if signed == "yes" else "", "", R(key)["sekda"] if signed == "yes" else ""], {"left": True}))
    if berita_no is not None:
        out.append(("l", f"{berita(key)} TAHUN {year} NOMOR {berita_no}", {"bold": True}))
    return out


def salinan_page(key):
    return [("gap", 10), ("l", "Salinan sesuai dengan aslinya", {}),
            ("l", "KEPALA BAGIAN HUKUM", {}), ("l", "SEKRETARIAT DAERAH " + region_full(key) + ",", {}), ("gap", 14),
            ("l", "ROSMALINA DEWI, S.H., M.H.", {"bold": True}), ("l", "Pembina Tingkat I (IV/b)", {}), ("l", "NIP. 19740812 199903 2 004", {})]


def lampiran_header(key, doc_word_title, nomor_text, year, date):
    return [("pb",), ("lampiran", ["LAMPIRAN", doc_word_title, "NOMOR " + nomor_text + " TAHUN " + str(year), "TANGGAL " + date,
                                   "TENTANG " ])]


def arsitektur_lampiran(key, subject="arsitektur"):
    s = SUBJECTS[subject]
    out = [("c", s["short"].upper() + " " + region_full(key), {"bold": True}), ("c", "BAB I", {"bold": True}), ("c", "PENDAHULUAN", {"bold": True}),
           ("l", "A. Latar Belakang", {"bold": True}),
           ("p", f"{s['short']} {cap(region_full(key))} disusun sebagai acuan bagi Perangkat Daerah dalam menyelenggarakan SPBE yang terpadu. "
                 f"Dokumen ini memuat kondisi saat ini, kondisi yang diharapkan, serta rencana tindak yang dibutuhkan."),
           ("l", "B. Maksud dan Tujuan", {"bold": True}),
           ("p", "Maksud penyusunan dokumen ini adalah memberikan arah pengembangan SPBE selama lima tahun.")]
    if subject == "arsitektur":
        for i, t in enumerate(s["topics"]):
            out += [("c", f"BAB {['II','III','IV','V','VI','VII','VIII'][i]}", {"bold": True}), ("c", t.upper(), {"bold": True}),
                    ("p", f"{t} {cap(region_full(key))} menggambarkan komponen yang saling terkait dan menjadi acuan bagi seluruh Perangkat Daerah. "
                          f"Kondisi saat ini (as-is) dan kondisi yang diharapkan (to-be) diuraikan dalam tabel berikut."),
                    ("table", [["No", "Komponen", "Kondisi Saat Ini", "Target"], ["1", t, "Sebagian", "Terpadu"], ["2", t + " Pendukung", "Belum", "Tersedia"]],
                     [0.08, 0.42, 0.25, 0.25])]
    else:
        out += [("c", "BAB II", {"bold": True}), ("c", "PETA RENCANA", {"bold": True}),
                ("table", [["No", "Muatan", "2024", "2025", "2026"]] + [[str(i + 1), t, "v", "v", ""] for i, t in enumerate(s["topics"])],
                 [0.08, 0.52, 0.13, 0.13, 0.14])]
    return out


def perkada(key, subject, nomor="12", year=2024, date=None, signed="yes", mode="plain", role="", older=False,
            berita_no="12", salinan=True, lampiran=None, salinan_last=False, title_split=False, spaced=False,
            draft_header=None, konsep=False, perda=False, dotted_nomor=None, rng=None, title_override=None):
    """A Perwali/Perbup/Pergub (or a Perda) in the form of Permendagri 80/2015 Lampiran."""
    date = date or tanggal(3, 6, year)
    doc_word = ("Peraturan Daerah" if perda else "Peraturan " + cap(head_word(key, older)))
    s = SUBJECTS[subject]
    title = title_override or s["title"].replace("{HEAD}", head_title(key, older))
    out = []
    if salinan:
        out.append(("r", "SALINAN", {"bold": True}))
    if draft_header:
        out.append(("l", draft_header, {"bold": True}))
    out.append(("emblem",))
    out.append(("c", head_title(key, older), {"bold": True, "size": 13}))
    if R(key)["prov"]:
        out.append(("c", "PROVINSI " + R(key)["prov"], {"bold": True}))
    out.append(("gap", 4))
    main = ("PERATURAN DAERAH " + region_full(key)) if perda else perkada_title(key, older)
    if draft_header and draft_header.upper().startswith("RANCANGAN"):
        main = "RANCANGAN " + main
    if spaced:
        # Letter-spaced titles are typed with spaces between the letters.
        first, rest = main.split(" ", 1)
        out.append(("c", " ".join(first), {"bold": True, "size": 13}))
        out.append(("c", "  ".join(" ".join(w) for w in rest.split()), {"bold": True}))
    elif title_split:
        w = main.split()
        out.append(("c", " ".join(w[:2]), {"bold": True}))
        out.append(("c", " ".join(w[2:]), {"bold": True}))
    else:
        out.append(("c", main, {"bold": True}))
    nomor_text = dotted_nomor if dotted_nomor else nomor
    out.append(("c", f"NOMOR {nomor_text} TAHUN {year}", {"bold": True}))
    out.append(("c", "TENTANG", {"bold": True}))
    for part in split_title(title):
        out.append(("c", part, {"bold": True}))
    out.append(("gap", 4))
    out.append(("c", "DENGAN RAHMAT TUHAN YANG MAHA ESA", {"bold": True}))
    out.append(("gap", 2))
    out.append(("c", ((role + " ") if role else "") + head_title(key, older) + ",", {"bold": True}))
    out.append(("hang", "Menimbang", menimbang(cap(title), doc_word, konsep=konsep), "abc"))
    out.append(("hang", "Mengingat", [m + ";" for m in mengingat(key)], "123"))
    if perda:
        out.append(("c", "Dengan Persetujuan Bersama", {}))
        out.append(("c", "DEWAN PERWAKILAN RAKYAT DAERAH " + region_full(key), {"bold": True}))
        out.append(("c", "dan", {}))
        out.append(("c", head_title(key), {"bold": True}))
    out.append(("c", "MEMUTUSKAN:", {"bold": True}))
    out.append(("hang", "Menetapkan", [f"{doc_word.upper()} TENTANG {title}."], None))
    out += body_regulation(subject, doc_word, key, mode=mode, rng=rng)
    if subject in ("arsitektur", "peta") and lampiran:
        out.append(("p", f"{s['short']} sebagaimana dimaksud dalam Pasal 2 tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari {cap(doc_word)} ini."))
    out += closing_perkada(key, doc_word, nomor, year, date, signed, role=role, older=older, berita_no=berita_no)
    if lampiran:
        out.append(("pb",))
        out.append(("lampiran", ["LAMPIRAN", doc_word.upper() + " " + (region_full(key) if perda else R(key)["name"]), f"NOMOR {nomor_text} TAHUN {year}",
                                 "TENTANG", title]))
        out += arsitektur_lampiran(key, subject if subject in ("arsitektur", "peta") else "arsitektur")
        out.append(("sig", ["", (role + " " if role else "") + head_title(key, older) + ",", "", "ttd" if signed == "yes" else "", "", signer(key) if signed == "yes" else ""]))
    if salinan_last:
        out.append(("pb",))
        out += salinan_page(key)
    return out


def split_title(t):
    """Breaks a title into centred lines of about 45 characters, as drafters do."""
    words, lines, cur = t.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 46 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------------------
# Keputusan (SK) in the form of Permendagri 80/2015 and Permendagri 1/2023.
# --------------------------------------------------------------------------------------

def keputusan(key, title, issuer="head", nomor="100.3.3.2/Kep.214-Diskominfo/2024", year=2024, date=None, signed="yes",
              role="", diktum=None, members=None, opd_name="DINAS KOMUNIKASI DAN INFORMATIKA", kop=False, older=False,
              lampiran_title=None, dotted=False, extra_lampiran=None, split=False):
    date = date or tanggal(15, 2, year)
    out = []
    if issuer == "head":
        out += [("emblem",), ("c", head_title(key, older), {"bold": True, "size": 13})]
        if R(key)["prov"]:
            out.append(("c", "PROVINSI " + R(key)["prov"], {"bold": True}))
        who = head_title(key, older)
        doc = "KEPUTUSAN " + head_title(key, older)
    elif issuer == "kadis":
        out.append(("kop", [pemda(key), opd_name, "Jalan Merdeka Nomor 17 Telepon (0260) 411234 Laman diskominfo.go.id"]))
        who = "KEPALA " + opd_name + " " + region_full(key)
        doc = "KEPUTUSAN " + who
    else:  # sekda
        out.append(("kop", [pemda(key), "SEKRETARIAT DAERAH", "Jalan Jenderal Sudirman Nomor 1"]))
        who = "SEKRETARIS DAERAH " + region_full(key)
        doc = "KEPUTUSAN " + who
    out.append(("gap", 3))
    if split:
        # Typed on two lines to fit the drafter's layout, splitting the place name.
        w = doc.split()
        parts = [" ".join(w[:3]), " ".join(w[3:])]
    else:
        parts = split_title(doc)
    for part in parts:
        out.append(("c", part, {"bold": True}))
    out.append(("c", "NOMOR : " + ("……………………" if dotted else nomor), {"bold": True}))
    out.append(("gap", 2))
    out.append(("c", "TENTANG", {"bold": True}))
    for part in split_title(title):
        out.append(("c", part, {"bold": True}))
    out.append(("gap", 3))
    if issuer == "head":
        out.append(("c", ((role + " ") if role else "") + who + ",", {"bold": True}))
    else:
        out.append(("c", who + ",", {"bold": True}))
    out.append(("hang", "Menimbang", [f"bahwa dalam rangka {cap(title).lower()} perlu ditetapkan dengan Keputusan;",
                                       "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan tentang " + cap(title) + ";"], "abc"))
    out.append(("hang", "Mengingat", [m + ";" for m in mengingat(key)[2:]], "123"))
    out.append(("c", "MEMUTUSKAN:", {"bold": True}))
    out.append(("hang", "Menetapkan", [doc.replace("KEPUTUSAN", "KEPUTUSAN") + " TENTANG " + title + "."], None))
    dk = diktum or [f"Membentuk {cap(title)} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.",
                    "Tim sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas menyusun rencana kerja, melaksanakan koordinasi, dan melaporkan hasilnya.",
                    "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah.",
                    "Keputusan ini mulai berlaku pada tanggal ditetapkan."]
    names = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM"]
    for i, d in enumerate(dk):
        out.append(("hang", names[i], [d], None))
    place = {"provinsi": {"prov-dki": "Jakarta", "prov-diy": "Yogyakarta"}.get(key, "Bandar Lampung")}.get(R(key)["kind"], cap(R(key)["name"]))
    if key == "kab-padang-pariaman":
        place = "Parit Malintang"
    if key == "kab-lampung-selatan":
        place = "Kalianda"
    sig = ["Ditetapkan di " + place, "pada tanggal " + ("………………………" if dotted else date), "",
           ((role + " ") if (role and issuer == "head") else "") + (who if issuer == "head" else who) + ",", ""]
    if signed == "yes":
        sig += ["", "", signer(key) if issuer == "head" else ("Drs. ANDRI SETIAWAN, M.Si." if issuer == "kadis" else R(key)["sekda"])]
        if issuer != "head":
            sig += ["NIP. 19700101 199503 1 002"]
    else:
        sig += ["", "", ""]
    out.append(("sig", sig))
    if members:
        out.append(("pb",))
        out.append(("lampiran", ["LAMPIRAN " + doc, "NOMOR : " + ("……………" if dotted else nomor), "TANGGAL : " + ("……………" if dotted else date)]))
        out.append(("c", (lampiran_title or "SUSUNAN KEANGGOTAAN " + title), {"bold": True}))
        out.append(("table", [["NO", "JABATAN DALAM DINAS", "KEDUDUKAN DALAM TIM"]] + [[str(i + 1), a, b] for i, (a, b) in enumerate(members)], [0.08, 0.6, 0.32]))
    if extra_lampiran:
        out += extra_lampiran
    if members or extra_lampiran:
        out.append(("sig", ["", ((role + " ") if (role and issuer == "head") else "") + who + ",", "", "", "", sig[-1] if signed == "yes" else ""]))
    return out


TIM_MEMBERS = [("Wali Kota/Bupati", "Pengarah"), ("Sekretaris Daerah", "Ketua"), ("Kepala Bappeda", "Koordinator Bidang Perencanaan"),
               ("Kepala Dinas Komunikasi dan Informatika", "Sekretaris"), ("Kepala Badan Keuangan dan Aset Daerah", "Anggota"),
               ("Inspektur Daerah", "Anggota"), ("Kepala Badan Kepegawaian", "Anggota")]
PDP_MEMBERS = [("Kepala Dinas Komunikasi dan Informatika", "Pejabat Pelindungan Data Pribadi"),
               ("Kepala Bidang Persandian dan Keamanan Informasi", "Petugas Pelindungan Data Pribadi"),
               ("Pranata Komputer Ahli Muda", "Petugas Pelindungan Data Pribadi")]
AUDIT_MEMBERS = [("Inspektur Pembantu Wilayah IV", "Ketua Tim Auditor TIK Internal"), ("Auditor Ahli Madya", "Anggota"),
                 ("Pranata Komputer Ahli Muda pada Diskominfo", "Anggota")]
ASESOR_MEMBERS = [("Sekretaris Daerah", "Ketua Tim Asesor Internal"), ("Kepala Bagian Organisasi", "Anggota"), ("Kepala Dinas Kominfo", "Anggota")]
CSIRT_MEMBERS = [("Kepala Dinas Kominfo", "Ketua TTIS"), ("Kepala Bidang Persandian", "Koordinator Penanganan Insiden"), ("Sandiman Ahli Muda", "Anggota")]
JDIH_MEMBERS = [("Kepala Bagian Hukum", "Ketua Pengelola JDIH"), ("Analis Hukum", "Anggota"), ("Pranata Komputer", "Admin")]
MEDSOS_MEMBERS = [("Kepala Bidang IKP", "Ketua"), ("Pranata Humas", "Admin Media Sosial"), ("Pranata Humas", "Anggota")]


# --------------------------------------------------------------------------------------
# Naskah dinas (Permendagri 1/2023): nota dinas, undangan, notulen, daftar hadir,
# berita acara, surat tugas.
# --------------------------------------------------------------------------------------

def kop_dinas(key, opd="DINAS KOMUNIKASI DAN INFORMATIKA"):
    return ("kop", [pemda(key), opd, "Jalan Merdeka Nomor 17 Telepon (0260) 411234 Pos-el diskominfo@" + R(key)["name"].lower().replace(" ", "") + ".go.id"])


def nota_dinas(key, hal, body, to="Sekretaris Daerah", frm="Kepala Dinas Komunikasi dan Informatika", date=None, nomor="000.1.2/318/Diskominfo", year=2024):
    date = date or tanggal(21, 10, year)
    return [kop_dinas(key), ("c", "NOTA DINAS", {"bold": True, "size": 13}), ("gap", 2),
            ("kv", [("Yth.", to), ("Dari", frm), ("Tembusan", "Inspektur Daerah"), ("Tanggal", date), ("Nomor", nomor),
                    ("Sifat", "Biasa"), ("Lampiran", "1 (satu) berkas"), ("Hal", hal)]),
            ("rule",)] + [("p", b) for b in body] + [
            ("sig", ["Kepala Dinas Komunikasi dan Informatika,", "", "", "", "Drs. ANDRI SETIAWAN, M.Si.", "Pembina Utama Muda (IV/c)", "NIP. 19700101 199503 1 002"])]


def undangan(key, hal, acara, date=None, year=2024, place_date=None, peserta=None):
    date = date or tanggal(7, 11, year)
    place = cap(R(key)["name"]) if R(key)["kind"] != "provinsi" else ("Yogyakarta" if key == "prov-diy" else "Jakarta")
    out = [kop_dinas(key), ("r", f"{place}, {place_date or tanggal(1, 11, year)}", {}),
           ("kv", [("Nomor", "005/742/Diskominfo"), ("Sifat", "Penting"), ("Lampiran", "-"), ("Hal", hal)]), ("gap", 3),
           ("l", "Yth. Kepala Perangkat Daerah", {}), ("l", "di Lingkungan " + cap(pemda(key)), {}), ("gap", 3),
           ("p", "Dalam rangka " + acara.lower() + ", dengan hormat kami mengundang Bapak/Ibu untuk hadir pada:"),
           ("kv", [("hari, tanggal", "Kamis, " + date), ("pukul", "09.00 WIB s.d. selesai"), ("tempat", "Ruang Rapat Command Center"), ("acara", acara)]),
           ("p", "Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.")]
    if peserta:
        out += [("l", "Daftar undangan:", {})] + [("l", f"{i + 1}. Kepala {p}", {}) for i, p in enumerate(peserta)]
    out.append(("sig", ["Kepala Dinas,", "", "", "", "Drs. ANDRI SETIAWAN, M.Si.", "NIP. 19700101 199503 1 002"]))
    return out


def notulen(key, acara, pembahasan, kesimpulan, date=None, year=2024, peserta=None, title="NOTULEN RAPAT"):
    date = date or tanggal(12, 9, year)
    out = [kop_dinas(key), ("c", title, {"bold": True, "size": 13}), ("gap", 2),
           ("kv", [("Rapat", acara), ("Hari/Tanggal", "Selasa, " + date), ("Waktu", "09.00 - 12.00 WIB"), ("Tempat", "Ruang Rapat Diskominfo"),
                   ("Pimpinan Rapat", "Sekretaris Daerah"), ("Notulis", "Rina Marlina, S.Kom."),
                   ("Peserta", ", ".join(peserta) if peserta else "Tim Koordinasi SPBE (daftar hadir terlampir)")]),
           ("l", "Kegiatan rapat:", {"bold": True}),
           ("ol", pembahasan), ("l", "Kesimpulan / tindak lanjut:", {"bold": True}), ("ol", kesimpulan),
           ("sig2", ["Mengetahui,", "Pimpinan Rapat", "", "", "Drs. H. RUSTANDI, M.M."], ["Notulis,", "", "", "", "RINA MARLINA, S.Kom."])]
    return out


def daftar_hadir(key, acara, rows, date=None, year=2024, columns=("NO", "NAMA", "JABATAN", "INSTANSI / OPD", "TANDA TANGAN")):
    date = date or tanggal(12, 9, year)
    table = [list(columns)] + [[str(i + 1)] + list(r) + ([str(i + 1) + ". ......"] if len(columns) > len(r) + 1 else []) for i, r in enumerate(rows)]
    return [kop_dinas(key), ("c", "DAFTAR HADIR", {"bold": True, "size": 13}), ("c", acara.upper(), {"bold": True}), ("gap", 2),
            ("kv", [("Hari/Tanggal", "Selasa, " + date), ("Tempat", "Ruang Rapat Command Center")]),
            ("table", table, [0.06, 0.26, 0.22, 0.26, 0.20], {"size": 8.5})]


def berita_acara(key, title, isi, date_words="Senin tanggal Dua Puluh Tiga bulan September tahun Dua Ribu Dua Puluh Empat", year=2024):
    return [kop_dinas(key), ("c", "BERITA ACARA", {"bold": True, "size": 13}), ("c", title.upper(), {"bold": True}),
            ("c", "Nomor: 000.5/91/BA-Diskominfo/" + str(year), {}), ("gap", 3),
            ("p", f"Pada hari ini {date_words}, bertempat di Ruang Rapat Diskominfo, telah dilaksanakan {title.lower()} dengan hasil sebagai berikut:"),
            ("ol", isi), ("p", "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya."),
            ("sig2", ["Pihak Pertama,", "Kepala Bidang Aplikasi Informatika", "", "", "YUDI PRASETYO, S.T."],
                     ["Pihak Kedua,", "Kepala Bagian Organisasi", "", "", "NOVI ANDRIANI, S.Sos."])]


def surat_tugas(key, untuk, names, year=2024):
    return [kop_dinas(key, "INSPEKTORAT DAERAH"), ("c", "SURAT TUGAS", {"bold": True, "size": 13}),
            ("c", f"NOMOR 700.1.2/411/ST-Itda/{year}", {}), ("gap", 3),
            ("hang", "Dasar", [f"Program Kerja Pengawasan Tahunan Inspektorat Daerah Tahun {year};", "Rencana Audit TIK Tahun " + str(year) + ";"], "123"),
            ("c", "MENUGASKAN:", {"bold": True}),
            ("hang", "Kepada", [f"{n}" for n in names], "123"),
            ("hang", "Untuk", [untuk], None),
            ("sig", [f"{cap(R(key)['name'])}, {tanggal(2, 5, year)}", "INSPEKTUR DAERAH,", "", "", "", "Dr. HERU SANTOSO, M.Si.", "NIP. 19690303 199403 1 005"])]


# --------------------------------------------------------------------------------------
# Reports: laporan reviu, laporan audit, laporan pelaksanaan, program kerja.
# --------------------------------------------------------------------------------------

def laporan(key, title, subtitle, year, dasar_hukum, bab, signed_date, cover=True, opd="DINAS KOMUNIKASI DAN INFORMATIKA"):
    out = []
    if cover:
        out += [("gap", 30), ("c", title.upper(), {"bold": True, "size": 18}), ("c", subtitle.upper(), {"bold": True, "size": 14}), ("gap", 10),
                ("emblem",), ("gap", 20), ("c", opd, {"bold": True}), ("c", region_full(key), {"bold": True}), ("c", str(year), {"bold": True}), ("pb",)]
    else:
        # Without a cover the report's title heads its first page.
        for part in split_title((title + " " + subtitle).upper().replace("AUDIT AUDIT", "AUDIT")):
            out.append(("c", part, {"bold": True, "size": 13}))
        out.append(("c", opd + " " + region_full(key), {}))
        out.append(("gap", 4))
    out += [("c", "BAB I", {"bold": True}), ("c", "PENDAHULUAN", {"bold": True}), ("l", "1.1 Latar Belakang", {"bold": True}),
            ("p", f"{title} ini disusun sebagai pertanggungjawaban pelaksanaan kegiatan {subtitle} di lingkungan {cap(pemda(key))}."),
            ("l", "1.2 Dasar Hukum", {"bold": True}), ("ol", dasar_hukum)]
    for head, paras in bab:
        out.append(("l", head, {"bold": True}))
        for p in paras:
            out.append(p if isinstance(p, tuple) else ("p", p))
    place = cap(R(key)["name"]) if R(key)["kind"] != "provinsi" else ("Yogyakarta" if key == "prov-diy" else "Jakarta")
    out.append(("sig", [f"{place}, {signed_date}", "Kepala Dinas Komunikasi dan Informatika,", "", "", "", "Drs. ANDRI SETIAWAN, M.Si.", "NIP. 19700101 199503 1 002"]))
    return out


def sop(key, nama, nomor, dasar, pelaksana, steps, opd="DINAS KOMUNIKASI DAN INFORMATIKA", disahkan="Kepala Dinas Komunikasi dan Informatika", year=2024):
    """The identity table and flowchart table of PermenPANRB 35/2012 (Lampiran, Bab II)."""
    ident = [["", "Nomor SOP", nomor],
             [pemda(key) + "\n" + opd, "Tanggal Pembuatan", tanggal(2, 1, year)],
             ["", "Tanggal Revisi", "-"],
             ["", "Tanggal Efektif", tanggal(15, 1, year)],
             ["", "Disahkan oleh", disahkan + "\n\n\nDrs. ANDRI SETIAWAN, M.Si.\nNIP. 19700101 199503 1 002"],
             ["", "Nama SOP", nama]]
    legal = [["Dasar Hukum:", "Kualifikasi Pelaksana:"],
             ["\n".join(f"{i + 1}. {d}" for i, d in enumerate(dasar)), "\n".join(f"{i + 1}. {q}" for i, q in enumerate(pelaksana))],
             ["Keterkaitan:", "Peralatan/Perlengkapan:"],
             ["SOP Pengelolaan Insiden Keamanan Informasi", "1. Komputer\n2. Jaringan internet\n3. Formulir permohonan"],
             ["Peringatan:", "Pencatatan dan Pendataan:"],
             ["Apabila SOP ini tidak dilaksanakan, layanan tidak dapat diberikan tepat waktu.", "Formulir dan log layanan disimpan secara elektronik"]]
    flow = [["No", "Kegiatan", "Pemohon", "Admin", "Kepala Bidang", "Kelengkapan", "Waktu", "Output", "Ket"]] + \
           [[str(i + 1), s, "o" if i == 0 else "", "o" if 0 < i < len(steps) - 1 else "", "o" if i == len(steps) - 1 else "", "Formulir", "15 menit", "Dokumen", ""] for i, s in enumerate(steps)]
    return [("table", ident, [0.45, 0.2, 0.35], {"size": 9, "span_logo": True}), ("table", legal, [0.5, 0.5], {"size": 9, "header": False}),
            ("pb",), ("table", flow, [0.05, 0.3, 0.08, 0.08, 0.1, 0.13, 0.09, 0.1, 0.07], {"size": 7.5})]


def permen(title, nomor, year, menteri="MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", body_topics=()):
    out = [("r", "SALINAN", {}), ("emblem",), ("c", "PERATURAN " + menteri, {"bold": True}), ("c", f"NOMOR {nomor} TAHUN {year}", {"bold": True}),
           ("c", "TENTANG", {"bold": True})] + [("c", p, {"bold": True}) for p in split_title(title)] + [
           ("c", "DENGAN RAHMAT TUHAN YANG MAHA ESA", {"bold": True}), ("c", menteri + ",", {"bold": True}),
           ("hang", "Menimbang", ["bahwa untuk melaksanakan ketentuan Pasal 68 ayat (2) Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik, perlu menetapkan Peraturan Menteri tentang " + cap(title) + ";"], None),
           ("hang", "Mengingat", ["Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
                                  "Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 166);",
                                  "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;"], "123"),
           ("c", "MEMUTUSKAN:", {"bold": True}), ("hang", "Menetapkan", ["PERATURAN MENTERI TENTANG " + title + "."], None),
           ("c", "BAB I", {"bold": True}), ("c", "KETENTUAN UMUM", {"bold": True}), ("c", "Pasal 1", {}),
           ("ol", ["Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi.",
                   "Instansi Pusat adalah kementerian, lembaga pemerintah nonkementerian, kesekretariatan lembaga negara.",
                   "Pemerintah Daerah adalah kepala daerah sebagai unsur penyelenggara pemerintahan daerah."]),
           ("c", "Pasal 2", {}), ("p", "Evaluasi SPBE dilaksanakan terhadap Instansi Pusat dan Pemerintah Daerah.")]
    for t in body_topics:
        out.append(("p", f"{t} dinilai berdasarkan tingkat kematangan kebijakan internal dan penerapannya."))
    out += [("sig", ["Ditetapkan di Jakarta", f"pada tanggal {tanggal(30, 6, year)}", "", menteri.replace(" REPUBLIK INDONESIA", "") + ",", "", "ttd", "", "TJAHJO KUMOLO"]),
            ("sig", ["Diundangkan di Jakarta", f"pada tanggal {tanggal(2, 7, year)}", "", "DIREKTUR JENDERAL", "PERATURAN PERUNDANG-UNDANGAN", "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA", "", "ttd", "", "WIDODO EKATJAHJANA"], {"left": True}),
            ("l", f"BERITA NEGARA REPUBLIK INDONESIA TAHUN {year} NOMOR 734", {"bold": True})]
    return out


def manual(app, opd_line, sections, title="MANUAL BOOK", sub="Panduan Penggunaan Aplikasi"):
    out = [("gap", 25), ("c", title, {"bold": True, "size": 20}), ("c", sub + " " + app, {"bold": True, "size": 14}), ("gap", 8),
           ("c", "Versi 2.1 - " + tanggal(4, 3, 2025), {}), ("gap", 25), ("c", opd_line, {"bold": True}), ("pb",),
           ("c", "DAFTAR ISI", {"bold": True})] + [("l", f"{i + 1}. {h} .......................... {i + 3}", {}) for i, (h, _) in enumerate(sections)] + [("pb",)]
    for i, (h, steps) in enumerate(sections):
        out += [("l", f"{i + 1}. {h}", {"bold": True}), ("ol", steps), ("screen", h)]
    return out


def logbook(key, title, rows, cols=("Tanggal", "Jam Masuk", "Jam Keluar", "Nama", "Instansi", "Keperluan", "Paraf")):
    return [kop_dinas(key), ("c", title.upper(), {"bold": True, "size": 13}), ("c", "Bulan Oktober 2025", {}), ("gap", 2),
            ("table", [list(cols)] + rows, [0.12, 0.1, 0.1, 0.18, 0.16, 0.24, 0.1], {"size": 8})]


# --------------------------------------------------------------------------------------
# Renderer 1: reportlab (text PDFs as produced by office suites and JDIH exports).
# --------------------------------------------------------------------------------------

FONTS_DONE = {}


def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if FONTS_DONE:
        return FONTS_DONE
    fams = {"Times": ("Times-Roman", "Times-Bold"), "Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold")}
    ttf = {"DejaVuSerif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
           "DejaVuSansCondensed": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
           "LiberationSerif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
           "LiberationSans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
           "LiberationSansNarrow": ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf")}
    for name, (reg, bold) in ttf.items():
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont(name, reg))
            pdfmetrics.registerFont(TTFont(name + "-Bold", bold))
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, name + "-Bold")
            addMapping(name, 0, 1, name)
            addMapping(name, 1, 1, name + "-Bold")
            fams[name] = (name, name + "-Bold")
        else:
            fams[name] = fams["Times"]
    FONTS_DONE.update(fams)
    return fams


def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).replace("\n", "<br/>")


def render_rl(elements, path, style):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle, Flowable
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib import colors
    from reportlab import rl_config
    rl_config.invariant = 1
    fams = rl_fonts()
    reg, bold = fams[style.get("font", "Times")]
    size = style.get("size", 12)
    lead = size * style.get("leading", 1.25)
    page = (215 * mm, 330 * mm) if style.get("paper") == "F4" else A4
    W = page[0] - (style.get("ml", 30) + style.get("mr", 20)) * mm

    def ps(align, b=False, sz=None, indent=0, first=0):
        s = sz or size
        return ParagraphStyle("x", fontName=bold if b else reg, fontSize=s, leading=s * style.get("leading", 1.25), alignment=align,
                              leftIndent=indent, firstLineIndent=first, spaceAfter=s * 0.25)

    class Emblem(Flowable):
        def wrap(self, aw, ah):
            return (aw, 22 * mm)

        def draw(self):
            c = self.canv
            x = self.width / 2 if hasattr(self, "width") else W / 2
            c.setLineWidth(1.2)
            p = c.beginPath()
            p.moveTo(W / 2 - 8 * mm, 20 * mm)
            p.lineTo(W / 2 + 8 * mm, 20 * mm)
            p.lineTo(W / 2 + 8 * mm, 9 * mm)
            p.curveTo(W / 2 + 8 * mm, 4 * mm, W / 2, 1 * mm, W / 2, 1 * mm)
            p.curveTo(W / 2, 1 * mm, W / 2 - 8 * mm, 4 * mm, W / 2 - 8 * mm, 9 * mm)
            p.close()
            c.drawPath(p)
            c.circle(W / 2, 12 * mm, 3.5 * mm)

    class Screen(Flowable):
        def __init__(self, caption):
            super().__init__()
            self.caption = caption

        def wrap(self, aw, ah):
            return (aw, 48 * mm)

        def draw(self):
            c = self.canv
            c.setFillColor(colors.Color(0.93, 0.94, 0.97))
            c.rect(10 * mm, 6 * mm, W - 20 * mm, 40 * mm, fill=1, stroke=1)
            c.setFillColor(colors.Color(0.2, 0.35, 0.65))
            c.rect(10 * mm, 40 * mm, W - 20 * mm, 6 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont(reg, 8)
            c.drawString(12 * mm, 2 * mm, "Gambar: tampilan " + self.caption.lower())

    story = []
    for el in elements:
        t = el[0]
        o = el[2] if len(el) > 2 and isinstance(el[2], dict) else {}
        if t in ("c", "l", "r"):
            al = {"c": TA_CENTER, "l": TA_LEFT, "r": TA_RIGHT}[t]
            story.append(Paragraph(esc(el[1]), ps(al, o.get("bold"), o.get("size"))))
        elif t == "p":
            story.append(Paragraph(esc(el[1]), ps(TA_JUSTIFY, first=style.get("first_indent", 0) * mm)))
        elif t == "ol":
            kind = el[2] if len(el) > 2 and isinstance(el[2], str) else "num"
            for i, it in enumerate(el[1]):
                mark = f"({i + 1})" if kind == "ayat" else f"{i + 1}."
                story.append(Paragraph(esc(it), ParagraphStyle("li", parent=ps(TA_JUSTIFY), leftIndent=9 * mm, bulletIndent=0, bulletFontName=reg), bulletText=mark))
        elif t in ("hang", "kv"):
            rows = []
            if t == "hang":
                label, items, marker = el[1], el[2], el[3]
                for i, it in enumerate(items):
                    m = "" if marker is None else (("abcdefghijklmnop"[i] + ".") if marker == "abc" else f"{i + 1}.")
                    txt = (m + " " if m else "") + it
                    rows.append([Paragraph(esc(label if i == 0 else ""), ps(TA_LEFT)), Paragraph(":" if i == 0 else "", ps(TA_LEFT)),
                                 Paragraph(esc(txt), ParagraphStyle("h", parent=ps(TA_JUSTIFY), leftIndent=6 * mm if m else 0, firstLineIndent=-6 * mm if m else 0))])
                widths = [28 * mm, 4 * mm, W - 32 * mm]
            else:
                for k, v in el[1]:
                    rows.append([Paragraph(esc(k), ps(TA_LEFT)), Paragraph(":", ps(TA_LEFT)), Paragraph(esc(v), ps(TA_LEFT))])
                widths = [34 * mm, 4 * mm, W - 38 * mm]
            tb = Table(rows, colWidths=widths)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(tb)
        elif t == "table":
            rows, fr = el[1], el[2]
            opts = el[3] if len(el) > 3 else {}
            sz = opts.get("size", size * 0.85)
            data = [[Paragraph(esc(str(c)), ps(TA_LEFT, b=(r == 0 and opts.get("header", True)), sz=sz)) for c in row] for r, row in enumerate(rows)]
            tb = Table(data, colWidths=[f * W for f in fr], repeatRows=1 if opts.get("header", True) else 0)
            cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("span_logo"):
                cmds.append(("SPAN", (0, 0), (0, -1)))
                cmds.append(("VALIGN", (0, 0), (0, -1), "MIDDLE"))
            tb.setStyle(TableStyle(cmds))
            story.append(Spacer(1, 2 * mm))
            story.append(tb)
            story.append(Spacer(1, 2 * mm))
        elif t in ("sig", "lampiran"):
            left = t == "sig" and o.get("left")
            cell = [Paragraph(esc(x) if x else "&nbsp;", ps(TA_LEFT if t == "lampiran" else TA_CENTER, b=False)) for x in el[1]]
            if t == "lampiran":
                cell = [Paragraph(esc(x), ps(TA_LEFT, sz=size * 0.9)) for x in el[1]]
            rows = [[c, ""] for c in cell] if left else [["", c] for c in cell]
            tb = Table(rows, colWidths=[W * 0.5, W * 0.5])
            tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story.append(Spacer(1, 4 * mm))
            story.append(tb)
        elif t == "sig2":
            a, b = el[1], el[2]
            n = max(len(a), len(b))
            rows = [[Paragraph(esc(a[i]) if i < len(a) and a[i] else "&nbsp;", ps(TA_CENTER)), Paragraph(esc(b[i]) if i < len(b) and b[i] else "&nbsp;", ps(TA_CENTER))] for i in range(n)]
            story.append(Spacer(1, 4 * mm))
            story.append(Table(rows, colWidths=[W * 0.5, W * 0.5]))
        elif t == "gap":
            story.append(Spacer(1, el[1] * mm))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "kop":
            lines = el[1]
            for i, ln in enumerate(lines):
                story.append(Paragraph(esc(ln), ps(TA_CENTER, b=i < len(lines) - 1, sz=(size + 2 if i == 1 else (size if i == 0 else size * 0.75)))))
            story.append(HRFlowable(width="100%", thickness=2, color=colors.black, spaceBefore=1, spaceAfter=4))
        elif t == "rule":
            story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=4))
        elif t == "emblem":
            if not style.get("no_emblem"):
                story.append(Emblem())
        elif t == "screen":
            story.append(Screen(el[1]))
        else:
            raise ValueError(t)

    def on_page(c, doc):
        n = c.getPageNumber()
        if style.get("page_numbers") == "dash" and n > 1:
            c.setFont(reg, size - 1)
            c.drawCentredString(page[0] / 2, page[1] - 15 * mm, f"- {n} -")
        elif style.get("page_numbers") == "bottom":
            c.setFont(reg, size - 2)
            c.drawRightString(page[0] - 20 * mm, 12 * mm, str(n))
        wm = style.get("watermark")
        if wm:
            # WordArt-like: each letter placed on its own, so text extraction yields single letters.
            c.saveState()
            c.setFillColor(colors.Color(0.75, 0.75, 0.75))
            c.setFont(bold, 110)
            c.translate(page[0] / 2 - 70 * mm, page[1] / 2 - 70 * mm)
            c.rotate(45)
            x = 0
            for ch in wm:
                c.drawString(x, 0, ch)
                x += c.stringWidth(ch, bold, 110) + 8
            c.restoreState()
        for (pg, y, text) in style.get("balloons", []):
            if pg == n:
                c.saveState()
                c.setStrokeColor(colors.Color(0.85, 0.2, 0.2))
                c.setFillColor(colors.Color(1, 0.93, 0.93))
                bx, bw = page[0] - 19 * mm, 18 * mm
                c.rect(bx, page[1] - y * mm - 14 * mm, bw, 14 * mm, fill=1)
                c.line(page[0] - style.get("mr", 20) * mm - 2, page[1] - y * mm - 7 * mm, bx, page[1] - y * mm - 7 * mm)
                c.setFillColor(colors.black)
                c.setFont(reg, 4.6)
                for i, ln in enumerate(wrap_words(text, 22)[:6]):
                    c.drawString(bx + 1, page[1] - y * mm - 3 * mm - i * 5.2, ln)
                c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=page, leftMargin=style.get("ml", 30) * mm, rightMargin=style.get("mr", 20) * mm,
                            topMargin=style.get("mt", 20) * mm, bottomMargin=style.get("mb", 20) * mm,
                            title="", author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def wrap_words(text, width):
    out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------------------
# Renderer 2: python-docx (Word files; LibreOffice turns them into Word-export PDFs).
# --------------------------------------------------------------------------------------

def render_docx(elements, path, style):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = Document()
    sec = d.sections[0]
    if style.get("paper") == "F4":
        sec.page_width, sec.page_height = Mm(215), Mm(330)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(style.get("ml", 30)), Mm(style.get("mr", 20))
    sec.top_margin, sec.bottom_margin = Mm(style.get("mt", 20)), Mm(style.get("mb", 20))
    font = style.get("docx_font", "Bookman Old Style")
    size = style.get("size", 12)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    comments = list(style.get("comments", []))
    d.core_properties.author = ""
    d.core_properties.title = ""
    import datetime
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.core_properties.modified = datetime.datetime(2024, 1, 1)
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1

    def para(text, align, b=False, sz=None, indent=None):
        p = d.add_paragraph()
        p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.bold = b
            if sz:
                r.font.size = Pt(sz)
            if i < len(parts) - 1:
                r.add_break()
        for c in list(comments):
            if c[0] in text:
                try:
                    d.add_comment(p.runs, text=c[1], author="Bagian Hukum", initials="BH")
                except Exception:
                    pass
                comments.remove(c)
        return p

    def grid(rows, widths_mm, borders=True, sz=None, bold_first=False):
        tb = d.add_table(rows=len(rows), cols=len(rows[0]))
        if borders:
            tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        tb.autofit = False
        for ci, w in enumerate(widths_mm):
            tb.columns[ci].width = Mm(w)
        for r, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = tb.cell(r, ci)
                cell.width = Mm(widths_mm[ci])
                cell.text = ""
                p = cell.paragraphs[0]
                lines = str(val).split("\n")
                for i, ln in enumerate(lines):
                    run = p.add_run(ln)
                    run.bold = bold_first and r == 0
                    if sz:
                        run.font.size = Pt(sz)
                    if i < len(lines) - 1:
                        run.add_break()
        return tb

    W = (215 if style.get("paper") == "F4" else 210) - style.get("ml", 30) - style.get("mr", 20)
    C, L, R_, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY
    for el in elements:
        t = el[0]
        o = el[2] if len(el) > 2 and isinstance(el[2], dict) else {}
        if t in ("c", "l", "r"):
            para(el[1], {"c": C, "l": L, "r": R_}[t], o.get("bold"), o.get("size"))
        elif t == "p":
            para(el[1], J)
        elif t == "ol":
            kind = el[2] if len(el) > 2 and isinstance(el[2], str) else "num"
            for i, it in enumerate(el[1]):
                p = para((f"({i + 1})" if kind == "ayat" else f"{i + 1}.") + "\t" + it, J, indent=8)
                p.paragraph_format.first_line_indent = Mm(-8)
        elif t == "hang":
            label, items, marker = el[1], el[2], el[3]
            rows = []
            for i, it in enumerate(items):
                m = "" if marker is None else (("abcdefghijklmnop"[i] + ".") if marker == "abc" else f"{i + 1}.")
                rows.append([label if i == 0 else "", ":" if i == 0 else "", (m + " " if m else "") + it])
            grid(rows, [28, 4, W - 32], borders=False)
        elif t == "kv":
            grid([[k, ":", v] for k, v in el[1]], [34, 4, W - 38], borders=False)
        elif t == "table":
            opts = el[3] if len(el) > 3 else {}
            tb = grid(el[1], [f * W for f in el[2]], sz=opts.get("size", size * 0.8), bold_first=opts.get("header", True))
            if opts.get("span_logo"):
                tb.cell(0, 0).merge(tb.cell(len(el[1]) - 1, 0))
            d.add_paragraph()
        elif t in ("sig", "lampiran"):
            left = t == "sig" and o.get("left")
            for ln in el[1]:
                p = para(ln, C if t == "sig" else L, indent=None if left else W * 0.5)
                if left:
                    p.paragraph_format.right_indent = Mm(W * 0.5)
        elif t == "sig2":
            a, b = el[1], el[2]
            n = max(len(a), len(b))
            tb = grid([[a[i] if i < len(a) else "", b[i] if i < len(b) else ""] for i in range(n)], [W / 2, W / 2], borders=False)
            for row in tb.rows:
                for cell in row.cells:
                    cell.paragraphs[0].alignment = C
        elif t == "gap":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(el[1] * 2)
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "kop":
            for i, ln in enumerate(el[1]):
                para(ln, C, b=i < len(el[1]) - 1, sz=(size + 2 if i == 1 else (size if i == 0 else size * 0.75)))
            para("_" * 78, C, sz=8)
        elif t == "rule":
            para("_" * 78, C, sz=8)
        elif t == "emblem":
            para("[lambang daerah]", C, sz=7)
        elif t == "screen":
            para("[Gambar: tampilan " + el[1].lower() + "]", C, sz=9)
        else:
            raise ValueError(t)
    if style.get("watermark_docx"):
        hdr = sec.header.paragraphs[0]
        hdr.text = style["watermark_docx"]
        hdr.alignment = C
    d.save(path)
    pin_zip(path)


def pin_zip(path):
    """Rewrites a .docx with fixed entry dates, so the same input gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --------------------------------------------------------------------------------------
# Renderer 3: images. Scans (pdftoppm, then paper, skew, noise, stamp, signature),
# two-up sheets, phone photos, and screenshots drawn from scratch.
# --------------------------------------------------------------------------------------

def pdf_pages_to_images(pdf, dpi, tmp, gray=True):
    from PIL import Image
    prefix = os.path.join(tmp, "pg")
    subprocess.run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", pdf, prefix], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.startswith("pg") and f.endswith(".png"))
    imgs = [Image.open(os.path.join(tmp, f)).convert("L" if gray else "RGB") for f in files]
    for f in files:
        os.remove(os.path.join(tmp, f))
    return imgs


def word_boxes(pdf, dpi, needle):
    """Where `needle` (one word) stands on each page, in pixels at dpi: [(page, x, y)]."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    hits, page = [], -1
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', line)
        if m and m.group(5) == needle:
            k = dpi / 72.0
            hits.append((page, float(m.group(1)) * k, float(m.group(2)) * k))
    return hits


def font_path(bold=False, sans=True):
    base = "/usr/share/fonts/truetype/dejavu/"
    return base + ("DejaVuSans" if sans else "DejaVuSerif") + ("-Bold" if bold else "") + ".ttf"


def stamp(img, cx, cy, r, lines, rng, color=(70, 60, 170)):
    """A round office stamp, semi-transparent, slightly rotated."""
    from PIL import Image, ImageDraw, ImageFont
    size = int(r * 2.3)
    st = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    c = size / 2
    col = color + (150,)
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(2, int(r / 22)))
    d.ellipse([c - r * 0.68, c - r * 0.68, c + r * 0.68, c + r * 0.68], outline=col, width=max(1, int(r / 40)))
    f = ImageFont.truetype(font_path(True), max(8, int(r / 6.5)))
    text = lines[0]
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.pi * (1.1 + 0.8 * i / max(1, n - 1))
        x, y = c + r * 0.84 * math.cos(ang), c + r * 0.84 * math.sin(ang)
        d.text((x, y), ch, fill=col, font=f, anchor="mm")
    fc = ImageFont.truetype(font_path(True), max(8, int(r / 5)))
    for i, ln in enumerate(lines[1:]):
        d.text((c, c + (i - (len(lines) - 2) / 2) * r * 0.28), ln, fill=col, font=fc, anchor="mm")
    st = st.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    if img.mode == "L":
        g = st.convert("LA")
        base = img.convert("RGBA")
        base.alpha_composite(st, (int(cx - size / 2), int(cy - size / 2)))
        return base.convert("L")
    base = img.convert("RGBA")
    base.alpha_composite(st, (int(cx - size / 2), int(cy - size / 2)))
    return base.convert("RGB")


def scribble(img, x, y, w, h, rng, color=(20, 30, 120)):
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    pts = []
    for i in range(28):
        t = i / 27
        pts.append((x + t * w + rng.uniform(-w * 0.05, w * 0.05), y + h / 2 + math.sin(t * 9 + rng.random()) * h / 2.2))
    fill = color if img.mode == "RGB" else 40
    d.line(pts, fill=fill, width=max(2, int(h / 14)), joint="curve")
    return img


def degrade(img, rng, skew=1.0, noise=8, blur=0.0, contrast=1.0, speckle=0.0004, yellow=False):
    from PIL import Image, ImageFilter, ImageOps, ImageChops
    bg = 255 if img.mode == "L" else (250, 248, 240)
    img = img.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        from PIL import ImageEnhance
        img = ImageEnhance.Contrast(img).enhance(contrast)
    # Noise from one seeded 192-pixel tile repeated over the page: cheap and deterministic.
    w, h = img.size
    t = Image.new("L", (192, 192))
    t.putdata([128 + int(rng.gauss(0, noise)) for _ in range(192 * 192)])
    tile = Image.new("L", (w, h))
    for y in range(0, h, 192):
        for x in range(0, w, 192):
            tile.paste(t, (x, y))
    if img.mode == "L":
        img = ImageChops.add(img, tile, scale=1.0, offset=-128)
    else:
        img = Image.merge("RGB", [ImageChops.add(ch, tile, scale=1.0, offset=-128) for ch in img.split()])
    if speckle:
        from PIL import ImageDraw
        d = ImageDraw.Draw(img)
        for _ in range(int(w * h * speckle / 40)):
            x, y = rng.randrange(w), rng.randrange(h)
            d.point((x, y), fill=0 if img.mode == "L" else (30, 30, 30))
    if yellow and img.mode == "RGB":
        img = ImageChops.multiply(img, Image.new("RGB", img.size, (255, 248, 225)))
    return img


def save_image_pdf(imgs, path, dpi, quality=45):
    first, rest = imgs[0], imgs[1:]
    extra = {} if first.mode == "1" else {"quality": quality}
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, **extra)
    # Pillow writes a creation date; pin it so the output is reproducible.
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate \(D:\d+[^)]*\)", b"/CreationDate (D:20240101000000)", data)
    data = re.sub(rb"/ModDate \(D:\d+[^)]*\)", b"/ModDate (D:20240101000000)", data)
    open(path, "wb").write(data)


def scan_pdf(src_pdf, out_pdf, rng, dpi=200, gray=True, skew=1.2, noise=8, blur=0.0, stamp_on=None, sign_on=None,
             pages=None, quality=45, two_up=False, photo=False, yellow=False, contrast=1.0, out_jpg=None, bw=False, threshold=150):
    from PIL import Image
    with tempfile.TemporaryDirectory() as tmp:
        imgs = pdf_pages_to_images(src_pdf, dpi, tmp, gray=gray)
        if pages == "reverse":
            # Fed into the scanner upside down: last page first.
            pages = list(range(len(imgs) - 1, -1, -1))
        if pages is not None:
            imgs = [imgs[i] for i in pages if i < len(imgs)]
        if sign_on or stamp_on:
            needle = sign_on or stamp_on[0]
            hits = word_boxes(src_pdf, dpi, needle)
            for (pg, x, y) in hits:
                idx = pg if pages is None else (pages.index(pg) if pg in pages else None)
                if idx is None:
                    continue
                if sign_on:
                    imgs[idx] = scribble(imgs[idx], x, y - dpi * 0.55, dpi * 1.3, dpi * 0.4, rng)
                if stamp_on:
                    imgs[idx] = stamp(imgs[idx], x - dpi * 0.25, y - dpi * 0.45, dpi * 0.55, stamp_on[1], rng)
        if two_up:
            pairs = []
            for i in range(0, len(imgs), 2):
                a = imgs[i]
                b = imgs[i + 1] if i + 1 < len(imgs) else Image.new(a.mode, a.size, 255 if a.mode == "L" else (255, 255, 255))
                w, h = a.size
                sheet = Image.new(a.mode, (int(w * 2 * 0.72) + 40, int(h * 0.72) + 30), 255 if a.mode == "L" else (255, 255, 255))
                sheet.paste(a.resize((int(w * 0.72), int(h * 0.72))), (15, 15))
                sheet.paste(b.resize((int(w * 0.72), int(h * 0.72))), (int(w * 0.72) + 25, 15))
                pairs.append(sheet)
            imgs = pairs
        if photo:
            imgs = [phone_photo(im, rng) for im in imgs]
        else:
            imgs = [degrade(im, rng, skew=skew, noise=noise, blur=blur, yellow=yellow, contrast=contrast) for im in imgs]
            if bw:
                # Bilevel (CCITT) like most office scanners' "document" mode: small files, hard edges.
                imgs = [im.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1") for im in imgs]
        if out_jpg:
            imgs[0].save(out_jpg, "JPEG", quality=quality)
        else:
            save_image_pdf(imgs, out_pdf, dpi, quality=quality)


def phone_photo(page, rng):
    """A page photographed on a desk: perspective, uneven light, blur, colour cast."""
    from PIL import Image, ImageFilter, ImageChops, ImageDraw
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.25), int(h * 1.18)
    desk = Image.new("RGB", (W, H), (118, 92, 66))
    dd = ImageDraw.Draw(desk)
    for i in range(0, H, 7):
        dd.line([(0, i), (W, i + rng.randint(-6, 6))], fill=(110 + rng.randint(-12, 12), 84 + rng.randint(-10, 10), 60), width=3)
    desk.paste(page, ((W - w) // 2, (H - h) // 2))
    # Perspective: the top edge narrower than the bottom, as from a hand-held phone.
    dx, dy = w * rng.uniform(0.05, 0.09), h * rng.uniform(0.01, 0.03)
    src = [(dx, dy), (W - dx * 0.6, dy * 1.5), (W, H), (0, H - dy)]
    coeffs = perspective_coeffs([(0, 0), (W, 0), (W, H), (0, H)], src)
    img = desk.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # Uneven light: a radial gradient from one corner.
    grad = Image.new("L", (W // 8, H // 8))
    gx, gy = rng.uniform(0.1, 0.4) * W / 8, rng.uniform(0.1, 0.3) * H / 8
    grad.putdata([int(255 - min(120, math.hypot(x - gx, y - gy) * 1.1)) for y in range(H // 8) for x in range(W // 8)])
    grad = grad.resize((W, H), Image.BILINEAR)
    img = ImageChops.multiply(img, Image.merge("RGB", [grad, grad, grad.point(lambda v: int(v * 0.92))]))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    return img.resize((int(W * 0.8), int(H * 0.8)))


def perspective_coeffs(dst, src):
    """Solves the 8 coefficients PIL needs to map dst corners onto src corners."""
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        B += [X, Y]
    n = 8
    M = [row[:] + [b] for row, b in zip(A, B)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i:
                f = M[r][i] / M[i][i]
                M[r] = [a - f * b for a, b in zip(M[r], M[i])]
    return [M[i][n] / M[i][i] for i in range(n)]


# Screenshots --------------------------------------------------------------------------

def F(sz, bold=False, sans=True):
    from PIL import ImageFont
    return ImageFont.truetype(font_path(bold, sans), sz)


def shot_dashboard(path, app, subtitle, instansi, menu, cards, table, accent=(22, 92, 170), url=None, size=(1366, 768), jpeg=False):
    from PIL import Image, ImageDraw
    W, H = size
    img = Image.new("RGB", (W, H), (244, 246, 250))
    d = ImageDraw.Draw(img)
    # browser chrome
    d.rectangle([0, 0, W, 34], fill=(222, 225, 230))
    d.rounded_rectangle([90, 6, W - 200, 28], 10, fill=(255, 255, 255))
    d.text((104, 10), url or ("https://" + app.lower().replace(" ", "") + ".go.id/dashboard"), fill=(60, 60, 60), font=F(13))
    d.rectangle([0, 34, 230, H], fill=accent)
    d.text((18, 50), app, fill=(255, 255, 255), font=F(22, True))
    d.text((18, 80), subtitle, fill=(220, 230, 245), font=F(11))
    for i, m in enumerate(menu):
        y = 126 + i * 38
        if i == 0:
            d.rectangle([0, y - 8, 230, y + 26], fill=tuple(max(0, c - 30) for c in accent))
        d.text((24, y), m, fill=(255, 255, 255), font=F(15))
    d.rectangle([230, 34, W, 88], fill=(255, 255, 255))
    d.text((252, 50), instansi, fill=(40, 40, 40), font=F(20, True))
    d.text((W - 240, 54), "admin.diskominfo  \u25BE", fill=(90, 90, 90), font=F(14))
    for i, (k, v) in enumerate(cards):
        x = 252 + i * 272
        d.rounded_rectangle([x, 108, x + 252, 200], 8, fill=(255, 255, 255), outline=(220, 224, 230))
        d.text((x + 16, 120), k, fill=(110, 110, 110), font=F(14))
        d.text((x + 16, 146), v, fill=accent, font=F(30, True))
    y0 = 226
    d.rounded_rectangle([252, y0, W - 24, H - 24], 8, fill=(255, 255, 255), outline=(220, 224, 230))
    colw = (W - 24 - 252 - 20) / len(table[0])
    for r, row in enumerate(table):
        y = y0 + 16 + r * 36
        if r == 0:
            d.rectangle([262, y - 6, W - 34, y + 26], fill=(235, 240, 248))
        for c, val in enumerate(row):
            d.text((272 + c * colw, y), str(val), fill=(30, 30, 30), font=F(14, r == 0))
    if jpeg:
        img.save(path, "JPEG", quality=80)
    else:
        img.save(path, optimize=True)


def shot_whatsapp(path, group, messages, size=(720, 1480)):
    from PIL import Image, ImageDraw
    W, H = size
    img = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 40], fill=(7, 94, 84))
    d.text((W - 130, 10), "10:42  \u25AE 78%", fill=(255, 255, 255), font=F(18))
    d.rectangle([0, 40, W, 140], fill=(7, 94, 84))
    d.ellipse([70, 60, 130, 120], fill=(200, 200, 200))
    d.text((150, 62), group, fill=(255, 255, 255), font=F(26, True))
    d.text((150, 98), "Anda, Kabid Aptika, Sekretaris Bappeda, +62 812-…", fill=(210, 235, 230), font=F(17))
    y = 170
    for who, text, t, mine in messages:
        lines = wrap_words(text, 38)
        hgt = 40 + 30 * len(lines) + (0 if mine else 28)
        x0 = W - 560 if mine else 24
        d.rounded_rectangle([x0, y, x0 + 536, y + hgt], 14, fill=(220, 248, 198) if mine else (255, 255, 255))
        yy = y + 12
        if not mine:
            d.text((x0 + 16, yy), who, fill=(180, 60, 110), font=F(18, True))
            yy += 28
        for ln in lines:
            d.text((x0 + 16, yy), ln, fill=(20, 20, 20), font=F(21))
            yy += 30
        d.text((x0 + 450, y + hgt - 28), t, fill=(120, 120, 120), font=F(15))
        y += hgt + 18
        if y > H - 140:
            break
    d.rectangle([0, H - 90, W, H], fill=(240, 240, 240))
    d.rounded_rectangle([16, H - 76, W - 100, H - 16], 30, fill=(255, 255, 255))
    d.text((44, H - 58), "Ketik pesan", fill=(150, 150, 150), font=F(22))
    img.save(path, optimize=True)


def shot_pdf_viewer(path, page_pdf, title, dpi=60):
    """A screenshot of a PDF viewer showing a document: a picture of a regulation, not one."""
    from PIL import Image, ImageDraw
    with tempfile.TemporaryDirectory() as tmp:
        page = pdf_pages_to_images(page_pdf, dpi, tmp, gray=False)[0]
    W, H = 1280, 800
    img = Image.new("RGB", (W, H), (82, 86, 89))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 48], fill=(50, 54, 57))
    d.text((16, 14), title, fill=(240, 240, 240), font=F(16))
    d.text((W - 180, 14), "1 / 6    -  100%  +", fill=(240, 240, 240), font=F(16))
    pw = int(page.size[0] * (H - 70) / page.size[1])
    img.paste(page.resize((pw, H - 70)), ((W - pw) // 2, 60))
    img.save(path, optimize=True)


def photo_meeting(path, banner, rng, size=(1600, 1200)):
    """A photo of a meeting room with a banner, as phones produce them (JPEG)."""
    from PIL import Image, ImageDraw, ImageFilter
    W, H = size
    img = Image.new("RGB", size, (196, 184, 160))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(H * 0.62), W, H], fill=(120, 96, 70))
    d.rectangle([int(W * 0.12), int(H * 0.08), int(W * 0.88), int(H * 0.36)], fill=(150, 20, 30))
    for i, ln in enumerate(wrap_words(banner, 34)):
        d.text((W // 2, int(H * 0.14) + i * 62), ln, fill=(255, 240, 200), font=F(48, True), anchor="mm")
    for i in range(9):
        x = int(W * (0.08 + i * 0.105))
        d.ellipse([x, int(H * 0.48), x + 70, int(H * 0.55)], fill=(60 + rng.randint(0, 60), 45, 40))
        d.rectangle([x - 10, int(H * 0.55), x + 80, int(H * 0.7)], fill=(30 + rng.randint(0, 80), 40 + rng.randint(0, 60), 90))
    d.rectangle([int(W * 0.05), int(H * 0.66), int(W * 0.95), int(H * 0.74)], fill=(90, 60, 40))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    img.save(path, "JPEG", quality=70)


# --------------------------------------------------------------------------------------
# Styles and render presets. A layout is a template (how the document is composed) times
# a rendering (how it reached the evidence folder).
# --------------------------------------------------------------------------------------

RL_STYLES = {
    "times-a4": {"font": "Times", "size": 12, "page_numbers": "dash"},
    "dejavu-f4": {"font": "DejaVuSerif", "size": 11, "paper": "F4", "page_numbers": "dash", "leading": 1.35},
    "arial-a4": {"font": "LiberationSans", "size": 11, "page_numbers": "bottom"},
    "narrow-f4": {"font": "LiberationSansNarrow", "size": 12, "paper": "F4", "page_numbers": "dash"},
    "courier-a4": {"font": "Courier", "size": 10.5, "no_emblem": True},
    "libserif-f4": {"font": "LiberationSerif", "size": 12, "paper": "F4", "first_indent": 10},
    "helv-a4": {"font": "Helvetica", "size": 10.5, "page_numbers": "bottom"},
    "dvsans-a4": {"font": "DejaVuSansCondensed", "size": 10.5},
}
OFFICE_STYLES = {
    "word-bookman-f4": {"docx_font": "Bookman Old Style", "size": 12, "paper": "F4"},
    "word-arial-a4": {"docx_font": "Arial", "size": 11},
    "word-tnr-a4": {"docx_font": "Times New Roman", "size": 12},
    "word-tahoma-f4": {"docx_font": "Tahoma", "size": 11, "paper": "F4"},
}
SCANS = {
    "s200": dict(dpi=200, skew=1.2, noise=6, bw=True),
    "s150": dict(dpi=150, skew=2.2, noise=4, quality=30),
    "s300": dict(dpi=300, skew=0.6, noise=6, bw=True, threshold=140),
    "c200": dict(dpi=150, skew=1.0, noise=4, quality=30, gray=False, yellow=True),
    "fax": dict(dpi=200, skew=0.8, noise=12, contrast=1.8, bw=True, threshold=170),
    "twoup": dict(dpi=200, skew=1.0, noise=5, two_up=True, bw=True),
    "photo": dict(dpi=110, photo=True, quality=55, gray=False),
    "blur": dict(dpi=60, skew=3.0, noise=14, quality=25, blur=2.4),
}


class Case:
    """One document as the uploader filed it, and the verdict an asesor gives it."""

    def __init__(self, cid, inst, tpl, build, renders, name, kinds, enacted, issuer, subject, filed, verdict, may, reason, why,
                 source, klass, proven="", units="", year=None, sign=None, stampl=None, overrides=None, eval_year=2025):
        self.cid, self.inst, self.tpl, self.build, self.renders, self.name = cid, inst, tpl, build, renders, name
        self.kinds, self.enacted, self.issuer, self.subject = kinds, enacted, issuer, subject
        self.filed, self.verdict, self.may, self.reason, self.why = filed, verdict, may, reason, why
        self.source, self.klass, self.proven, self.units = source, klass, proven, units
        self.sign, self.stampl = sign, stampl
        self.overrides = overrides or {}
        self.eval_year = eval_year


CASES = []


def add(*a, **k):
    CASES.append(Case(*a, **k))


def stamp_lines(key):
    return [pemda(key), head_word(key)]


def S(key, subj):
    return SUBJECTS[subj]["short"]


# ---------------- 1. Enacted vs draft ---------------------------------------------------
K, PP, TS, LS, DKI, DIY = "kota-sukamaju", "kab-padang-pariaman", "kota-tangerang-selatan", "kab-lampung-selatan", "prov-dki", "prov-diy"
P1 = "spbe-2020/1/L2/kebijakan"

add("e01", K, "perkada-salinan-lampiran", lambda: perkada(K, "arsitektur", nomor="12", mode="regulated", lampiran=True, salinan_last=True),
    ["rl:times-a4", "office:word-bookman-f4", "scan:s200:rl:dejavu-f4", "rl:narrow-f4", "docx:word-bookman-f4"],
    "Perwali Nomor 12 Tahun 2024 tentang Arsitektur SPBE.pdf", "perkada;arsitektur", "yes", "kota Sukamaju (Wali Kota)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan;spbe-2020/1/L5/kebijakan(1 of 2);spbe-2020/11/L2/dokumen", "ok",
    "numbered in the title block, dated, signed (ttd + name), Berita Daerah number; the Arsitektur itself is its Lampiran, followed by a Salinan page",
    "S1;S2;S22", "enacted;two-kinds;proven-by", proven="spbe-2020/1/L3: yes (each domain has its own bab and pasal)", sign="DEDI", stampl=stamp_lines(K))
add("e02", K, "rancangan-dotted", lambda: perkada(K, "arsitektur", dotted_nomor="….", date="………………… 2024", signed="no", mode="regulated",
                                                  draft_header="RANCANGAN", salinan=False, berita_no=None),
    ["rl:times-a4", "office:word-bookman-f4", "docx:word-bookman-f4", "scan:s150:rl:arial-a4"],
    "Perwali Arsitektur SPBE 2024.pdf", "perkada;draf", "no", "kota Sukamaju (Wali Kota)", "Arsitektur SPBE",
    P1, "refused", "none", "draft",
    "RANCANGAN; 'NOMOR …. TAHUN 2024' has dots, not digits; the only 'Nomor + digits' are in Mengingat (UU 23/2014, Perpres 95/2018); 'pada tanggal ……' blank; no signer name",
    "S5;S22", "enacted", proven="spbe-2020/1/L3: no (not enacted)")
add("e03", K, "perkada-undated-unsigned", lambda: perkada(K, "data", nomor="31", date="……………………", signed="no", mode="regulated", salinan=False, berita_no=None),
    ["rl:dejavu-f4", "office:word-arial-a4", "docx:word-arial-a4"],
    "Perwali 31 2024 Manajemen Data.pdf", "perkada;draf", "no", "kota Sukamaju (Wali Kota)", "Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "refused", "none", "draft",
    "a nomor in the title block but 'pada tanggal ……' is dotted and the signature block has no name nor ttd, and no Berita Daerah number: never enacted",
    "S5;S22", "enacted")
add("e04", PP, "perkada-watermark", lambda: perkada(PP, "keamanan", nomor="45", mode="regulated", salinan=False, berita_no="45"),
    ["rl:times-a4|wm", "rl:arial-a4|wm", "scan:s200:rl:libserif-f4|wm"],
    "Perbup Padang Pariaman 45 2024 Keamanan Informasi.pdf", "perkada;draf", "no", "kabupaten Padang Pariaman (Bupati)", "Manajemen Keamanan Informasi",
    "spbe-2020/8/L2/kebijakan", "refused", "none", "draft",
    "a diagonal DRAF watermark on every page (letters drawn one by one): a working copy circulated before signing, whatever its title block says",
    "S5", "enacted", overrides={"wm": {"watermark": "DRAF"}})
add("e05", TS, "perkada-track-changes", lambda: perkada(TS, "peta", nomor="17", mode="regulated", salinan=False, berita_no="17"),
    ["rl:dejavu-f4|balloons", "office:word-tnr-a4|comments", "docx:word-tnr-a4|comments"],
    "Perwal Tangsel Peta Rencana SPBE final.pdf", "perkada;draf", "no", "kota Tangerang Selatan (Wali Kota)", "Peta Rencana SPBE",
    "spbe-2020/2/L2/kebijakan", "refused", "none", "draft",
    "Word comment balloons ('mohon dicek kembali nomor dan tanggal penetapan', 'Dihapus: 2023') still in the margin: a reviewed working file, not the signed regulation",
    "S5", "enacted",
    overrides={"balloons": {"balloons": [(1, 70, "Komentar [BH1]: mohon dicek kembali nomor dan tanggal penetapan"), (2, 40, "Dihapus: 2023"), (3, 90, "Komentar [BH2]: menunggu paraf Sekda")]},
               "comments": {"comments": [("NOMOR 17", "mohon dicek kembali nomor dan tanggal penetapan"), ("Menimbang", "menunggu paraf Sekda")]}})
add("e06", PP, "perkada-konsep-menimbang", lambda: perkada(PP, "arsitektur", nomor="9", year=2023, konsep=True, mode="regulated", berita_no="9"),
    ["rl:times-a4", "scan:s200:rl:times-a4", "office:word-bookman-f4", "scan:s200:rl:dejavu-f4|rev"],
    "Perbup Nomor 9 Tahun 2023 Arsitektur SPBE.pdf", "perkada", "yes", "kabupaten Padang Pariaman (Bupati)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan", "ok",
    "numbered, dated, signed, in the Berita Daerah; the word 'konsep' in Menimbang a. is about the national SPBE concept, not a draft mark",
    "S1;S3", "enacted", proven="spbe-2020/1/L3: yes", sign="SUHATRI", stampl=stamp_lines(PP))
add("e07", K, "perkada-spaced-title", lambda: perkada(K, "tim", nomor="5", year=2023, spaced=True, berita_no="5"),
    ["rl:times-a4", "rl:helv-a4", "scan:s300:rl:times-a4"],
    "Perwali 5 2023 Tim Koordinasi SPBE.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok",
    "letter-spaced title 'P E R A T U R A N  W A L I  K O T A', numbered in the title block, dated, signed",
    "S18;S22", "enacted", sign="DEDI", stampl=stamp_lines(K))
add("e08", K, "perkada-title-split", lambda: perkada(K, "audit", nomor="40", title_split=True, mode="regulated", berita_no="40"),
    ["rl:libserif-f4", "office:word-tahoma-f4", "scan:fax:rl:libserif-f4"],
    "Peraturan Wali Kota No. 40 Th 2024 ttg Audit TIK.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Audit TIK",
    "spbe-2020/9/L2/kebijakan", "counts", "spbe-2020/9/L2/kebijakan", "ok",
    "title split over two lines ('PERATURAN WALI' / 'KOTA SUKAMAJU'); numbered, dated, signed",
    "S1;S22", "enacted;issuer", proven="spbe-2020/9/L3: yes", sign="DEDI", stampl=stamp_lines(K))
add("e09", K, "perda-lembaran", lambda: perkada(K, "spbe-umum", nomor="3", year=2022, perda=True, mode="plain", berita_no="3"),
    ["rl:times-a4", "scan:s200:rl:narrow-f4"],
    "Perda Kota Sukamaju 3 2022 Penyelenggaraan SPBE.pdf", "perda", "yes", "kota Sukamaju (Perda, DPRD + Wali Kota)", "Penyelenggaraan SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "wrong-subject",
    "an enacted Perda of the Kota, but about SPBE in general: it neither forms nor regulates the Tim Koordinasi",
    "S4;S15", "enacted;subject", sign="DEDI", stampl=stamp_lines(K))
add("e10", DKI, "pergub-ttd-salinan", lambda: perkada(DKI, "data", nomor="21", signed="ttd-only", mode="regulated", berita_no="61052", salinan_last=True),
    ["rl:arial-a4", "office:word-arial-a4"],
    "Pergub DKI 21 2024 Manajemen Data.pdf", "perkada", "yes", "provinsi DKI Jakarta (Gubernur)", "Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "counts", "spbe-2020/3/L2/kebijakan", "ok",
    "a Salinan: 'ttd.' stands for the signature, the Berita Daerah number and the 'Salinan sesuai dengan aslinya' page prove promulgation",
    "S1;S22", "enacted;issuer", proven="spbe-2020/3/L3: yes")
add("e11", LS, "rancangan-docx", lambda: perkada(LS, "audit", dotted_nomor="   ", date="", signed="no", draft_header="DRAFT 3 - 14/08/2024", salinan=False, berita_no=None, mode="regulated"),
    ["docx:word-arial-a4", "office:word-arial-a4"],
    "Draft Perbup Audit TIK v3.docx", "perkada;draf", "no", "kabupaten Lampung Selatan (Bupati)", "Audit TIK",
    "spbe-2020/9/L2/kebijakan", "refused", "none", "draft",
    "'DRAFT 3', 'NOMOR     TAHUN 2024' with no number, no date, no signer",
    "S5", "enacted")
add("e12", K, "keputusan-dotted", lambda: keputusan(K, "TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", dotted=True, signed="no", members=TIM_MEMBERS),
    ["rl:arial-a4", "office:word-bookman-f4", "docx:word-bookman-f4", "photo:photo:rl:arial-a4"],
    "SK Walikota Tim Koordinasi SPBE 2024.pdf", "sk;draf", "no", "kota Sukamaju (Wali Kota)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "draft",
    "'NOMOR : ……' dotted, 'pada tanggal ……' dotted, no signer name: a concept SK", "S9;S10;S22", "enacted")
add("e13", K, "keputusan-signed", lambda: keputusan(K, "TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", members=TIM_MEMBERS),
    ["rl:times-a4", "scan:s200:rl:times-a4", "twoup:twoup:rl:dejavu-f4", "office:word-bookman-f4", "photo:photo:rl:times-a4"],
    "SK Wali Kota Tim Koordinasi SPBE.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok",
    "Keputusan Wali Kota with nomor 100.3.3.2/Kep.214-Diskominfo/2024 in the title block, dated, signed; the members in the Lampiran",
    "S9;S10;S22", "enacted;ocr-layout;whose-policy", sign="DEDI", stampl=stamp_lines(K))

# ---------------- 2. Issuer ------------------------------------------------------------
KS, KP, KT, PL, KY = "kab-sukamaju", "kota-padang", "kota-tangerang", "prov-lampung", "kota-yogyakarta"

add("i01", K, "perbup-other-region", lambda: perkada(KS, "arsitektur", nomor="22", mode="regulated", berita_no="22"),
    ["rl:times-a4", "scan:s200:rl:times-a4", "office:word-bookman-f4"],
    "Perbup Sukamaju 22 2024 Arsitektur SPBE.pdf", "perkada", "yes", "kabupaten Sukamaju (Bupati)", "Arsitektur SPBE",
    P1, "refused", "none", "another-instansi",
    "a Peraturan BUPATI Sukamaju: the Kabupaten, not the Kota Sukamaju this evidence is for (same place name, other region type)",
    "S1;S3", "issuer", sign="MAMAN", stampl=stamp_lines(KS))
add("i02", PP, "perwali-padang", lambda: perkada(KP, "data", nomor="44", mode="regulated", berita_no="44"),
    ["rl:arial-a4", "office:word-arial-a4"],
    "Perwako Padang 44 2023 Manajemen Data.pdf", "perkada", "yes", "kota Padang (Wali Kota)", "Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "refused", "none", "another-instansi",
    "Peraturan Wali Kota PADANG; 'Padang' is only the start of 'Padang Pariaman', a different Kabupaten", "S2", "issuer")
add("i03", PP, "perkada-plain", lambda: perkada(PP, "data", nomor="51", mode="regulated", berita_no="51"),
    ["rl:dejavu-f4", "scan:s300:rl:dejavu-f4"],
    "Perbup 51 Tahun 2024 Satu Data dan Manajemen Data.pdf", "perkada", "yes", "kabupaten Padang Pariaman (Bupati)", "Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "counts", "spbe-2020/3/L2/kebijakan", "ok",
    "the Kabupaten's own Perbup, numbered, dated, signed", "S6;S22", "issuer", proven="spbe-2020/3/L3: yes", sign="SUHATRI", stampl=stamp_lines(PP))
add("i04", TS, "perwali-tangerang", lambda: perkada(KT, "tim", nomor="19", year=2023, berita_no="19"),
    ["rl:times-a4", "scan:s150:rl:times-a4"],
    "Perwal Tangerang 19 2023 Tim Koordinasi SPBE.pdf", "perkada", "yes", "kota Tangerang (Wali Kota)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "another-instansi",
    "Peraturan Wali Kota TANGERANG: the neighbouring Kota, not Kota Tangerang Selatan", "S2", "issuer", sign="ARIEF", stampl=stamp_lines(KT))
add("i05", TS, "perkada-pj-signer", lambda: perkada(TS, "tim", nomor="26", role="Pj.", berita_no="26"),
    ["rl:libserif-f4", "office:word-bookman-f4", "scan:s200:rl:libserif-f4"],
    "Perwal 26 2024 Tim Koordinasi SPBE Tangsel.pdf", "perkada", "yes", "kota Tangerang Selatan (Pj. Wali Kota)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok",
    "signed by the Pj. (acting) Wali Kota Tangerang Selatan: the kepala daerah's own regulation", "S2;S22", "issuer;whose-policy", sign="BENYAMIN", stampl=stamp_lines(TS))
add("i06", LS, "pergub-province", lambda: perkada(PL, "arsitektur", nomor="33", mode="regulated", berita_no="33"),
    ["rl:times-a4", "office:word-tnr-a4"],
    "Pergub Lampung 33 2023 Arsitektur SPBE.pdf", "perkada", "yes", "provinsi Lampung (Gubernur)", "Arsitektur SPBE",
    P1, "refused", "none", "another-instansi",
    "a Peraturan Gubernur Lampung binds the Provinsi; Kabupaten Lampung Selatan needs its own Perbup", "S4", "issuer")
add("i07", LS, "perkada-plt-signer", lambda: perkada(LS, "arsitektur", nomor="58", role="Plt.", mode="regulated", berita_no="58", lampiran=True),
    ["rl:narrow-f4", "scan:s200:rl:narrow-f4"],
    "Perbup Lamsel 58 2024 Arsitektur SPBE.pdf", "perkada;arsitektur", "yes", "kabupaten Lampung Selatan (Plt. Bupati)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan;spbe-2020/11/L2/dokumen", "ok",
    "signed by the Plt. Bupati Lampung Selatan; numbered, dated; the Arsitektur in the Lampiran", "S1;S22", "issuer;two-kinds",
    proven="spbe-2020/1/L3: yes", sign="NANANG", stampl=stamp_lines(LS))
add("i08", DKI, "pergub-dki", lambda: perkada(DKI, "arsitektur", nomor="9", year=2025, mode="regulated", berita_no="70009"),
    ["rl:arial-a4", "scan:s200:rl:arial-a4"],
    "Pergub 9 Tahun 2025 Arsitektur SPBE Provinsi DKI Jakarta.pdf", "perkada", "yes", "provinsi DKI Jakarta (Gubernur)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan", "ok",
    "'PERATURAN GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA' is the Provinsi DKI Jakarta's own regulation", "S4;S22", "issuer",
    proven="spbe-2020/1/L3: yes", sign="HERU", stampl=stamp_lines(DKI))
add("i09", DIY, "pergub-diy", lambda: perkada(DIY, "tim", nomor="14", year=2023, berita_no="14"),
    ["rl:times-a4", "office:word-bookman-f4"],
    "Pergub DIY 14 2023 Tim Koordinasi SPBE.pdf", "perkada", "yes", "provinsi Daerah Istimewa Yogyakarta (Gubernur)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok",
    "'PERATURAN GUBERNUR DAERAH ISTIMEWA YOGYAKARTA': the province's own regulation (no 'Provinsi' word in its name)", "S8;S22", "issuer")
add("i10", DIY, "perwali-city-in-province", lambda: perkada(KY, "arsitektur", nomor="91", year=2022, older=True, mode="regulated", berita_no="91"),
    ["rl:courier-a4", "scan:s200:rl:courier-a4"],
    "Perwal Yogyakarta 91 2022 Arsitektur SPBE.pdf", "perkada", "yes", "kota Yogyakarta (Walikota)", "Arsitektur SPBE",
    P1, "refused", "none", "another-instansi",
    "Peraturan WALIKOTA Yogyakarta (header names the province DAERAH ISTIMEWA YOGYAKARTA): the Kota, not the Provinsi DIY", "S8;S16", "issuer",
    sign="HARYADI", stampl=stamp_lines(KY))
add("i11", TS, "keputusan-kadis-other-city", lambda: keputusan(KT, "STANDAR OPERASIONAL PROSEDUR LAYANAN PUSAT DATA", issuer="kadis", nomor="800/112-Diskominfo/2024",
                                                               diktum=["Menetapkan Standar Operasional Prosedur Layanan Pusat Data sebagaimana tercantum dalam Lampiran.", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
                                                               extra_lampiran=[("pb",)] + sop(KT, "Permohonan Layanan Colocation Pusat Data", "800/SOP-PD/01/2024",
                                                                                             ["Peraturan Wali Kota Tangerang Nomor 30 Tahun 2022 tentang Pusat Data Daerah"], ["Memahami tata kelola pusat data"],
                                                                                             ["Pemohon mengisi formulir", "Admin memverifikasi", "Kepala Bidang menyetujui"])),
    ["rl:arial-a4", "office:word-arial-a4"],
    "SK Kadis SOP Pusat Data.pdf", "sk;sop", "yes", "kota Tangerang (Kepala Dinas Kominfo)", "SOP Layanan Pusat Data",
    "spbe-2020/16/L3/sop", "refused", "none", "another-instansi",
    "Keputusan of the Kepala Dinas Kominfo KOTA TANGERANG (region read from the title), not Tangerang Selatan", "S9;S23", "issuer;two-kinds")
add("i12", PP, "keputusan-sekda", lambda: keputusan(PP, "STRATEGI MANAJEMEN RISIKO SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", issuer="sekda", nomor="188.4/77/Setda/2024",
                                                   diktum=["Menetapkan Strategi Manajemen Risiko SPBE sebagaimana tercantum dalam Lampiran sebagai keputusan Ketua Tim Koordinasi SPBE.",
                                                           "Strategi sebagaimana dimaksud dalam Diktum KESATU menjadi acuan seluruh Perangkat Daerah.", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
                                                   extra_lampiran=[("pb",), ("c", "STRATEGI MANAJEMEN RISIKO SPBE", {"bold": True}),
                                                                   ("table", [["No", "Area Risiko", "Selera Risiko", "Strategi"], ["1", "Aplikasi SPBE", "Rendah", "Mitigasi"], ["2", "Infrastruktur SPBE", "Sedang", "Transfer"], ["3", "Data dan Informasi", "Rendah", "Mitigasi"]], [0.08, 0.4, 0.22, 0.3])]),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "Keputusan Sekda Strategi Manajemen Risiko SPBE.pdf", "sk", "yes", "kabupaten Padang Pariaman (Sekretaris Daerah, Ketua Tim Koordinasi SPBE)", "Strategi Manajemen Risiko SPBE",
    "spbe-2020/21/L4/strategi", "counts", "spbe-2020/21/L4/strategi", "ok",
    "a Keputusan of the Sekda of the same Kabupaten (region read from the title), who chairs the Tim Koordinasi: the Pedoman's 'penetapan strategi oleh Tim Koordinasi'",
    "S9;S10", "issuer", sign="RUDY", stampl=["SEKRETARIAT DAERAH", "PADANG PARIAMAN"])
add("i13", PP, "keputusan-plh-signer", lambda: keputusan(PP, "TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", role="Plh.", nomor="188.45/301/KPTS-BUP/2024", members=TIM_MEMBERS),
    ["rl:dejavu-f4", "office:word-tahoma-f4"],
    "Kepbup Tim Koordinasi SPBE 2024.pdf", "sk", "yes", "kabupaten Padang Pariaman (Plh. Bupati)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok",
    "Keputusan signed by the Plh. Bupati Padang Pariaman for the Bupati: still the kepala daerah's decision", "S9;S10", "issuer")
add("i14", K, "perkada-older-spelling", lambda: perkada(K, "pusat-data", nomor="21", year=2023, older=True, berita_no="21"),
    ["rl:courier-a4", "office:word-tnr-a4"],
    "Perwal 21 2023 Pusat Data.pdf", "perkada", "yes", "kota Sukamaju (Walikota)", "Layanan Pusat Data",
    "spbe-2020/5/L2/kebijakan", "counts", "spbe-2020/5/L2/kebijakan", "ok",
    "'PERATURAN WALIKOTA SUKAMAJU' (older one-word spelling) about the Layanan Pusat Data, enacted", "S16;S22", "issuer;subject")

# ---------------- 3. Whose policy ------------------------------------------------------
add("w01", K, "permen-panrb", lambda: permen("PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", 59, 2020, body_topics=["Kebijakan Internal Arsitektur SPBE", "Peta Rencana SPBE"]),
    ["rl:times-a4", "scan:s150:rl:times-a4", "office:word-bookman-f4"],
    "PermenPANRB 59 2020 Pemantauan dan Evaluasi SPBE.pdf", "peraturan-pusat", "yes", "Kementerian PANRB (Menteri)", "Pemantauan dan Evaluasi SPBE",
    P1, "refused", "none", "not-own-policy",
    "the Menteri's regulation on evaluating SPBE, not Kota Sukamaju's kebijakan internal on its Arsitektur SPBE", "S12;S20", "whose-policy")
add("w02", PP, "peraturan-badan", lambda: permen("PEDOMAN MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAN STANDAR TEKNIS DAN PROSEDUR KEAMANAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", 4, 2021,
                                                menteri="BADAN SIBER DAN SANDI NEGARA"),
    ["rl:arial-a4", "office:word-arial-a4"],
    "Peraturan BSSN 4 2021 Manajemen Keamanan Informasi SPBE.pdf", "peraturan-pusat", "yes", "Badan Siber dan Sandi Negara (Kepala Badan)", "Manajemen Keamanan Informasi SPBE",
    "spbe-2020/8/L2/kebijakan", "refused", "none", "not-own-policy",
    "a national agency's regulation (the standard the Pemda must follow), not the Kabupaten's own policy", "S12", "whose-policy")
add("w03", TS, "perpres", lambda: permen("SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", 95, 2018, menteri="PRESIDEN REPUBLIK INDONESIA"),
    ["rl:dejavu-f4", "scan:s200:rl:dejavu-f4"],
    "Perpres 95 Tahun 2018 SPBE.pdf", "peraturan-pusat", "yes", "Presiden", "Sistem Pemerintahan Berbasis Elektronik",
    "spbe-2020/2/L2/kebijakan", "refused", "none", "not-own-policy", "the Perpres on SPBE is national law, not the Kota's Peta Rencana policy", "S12;S13", "whose-policy")
add("w04", TS, "kepmen", lambda: [("emblem",), ("c", "KEPUTUSAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA", {"bold": True}),
                                                                               ("c", "NOMOR 962 TAHUN 2021", {"bold": True}), ("c", "TENTANG", {"bold": True}),
                                                                               ("c", "PEDOMAN TEKNIS PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", {"bold": True}),
                                                                               ("c", "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA,", {"bold": True}),
                                                                               ("hang", "Menimbang", ["bahwa untuk melaksanakan Peraturan Menteri PANRB Nomor 59 Tahun 2020 perlu pedoman teknis;"], None),
                                                                               ("c", "MEMUTUSKAN:", {"bold": True}),
                                                                               ("hang", "KESATU", ["Menetapkan Pedoman Teknis Pemantauan dan Evaluasi SPBE sebagaimana tercantum dalam Lampiran."], None),
                                                                               ("hang", "KEDUA", ["Tim Koordinasi SPBE Instansi Pusat dan Pemerintah Daerah melaksanakan evaluasi mandiri."], None),
                                                                               ("sig", ["Ditetapkan di Jakarta", "pada tanggal 2 Agustus 2021", "", "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI,", "", "ttd", "", "TJAHJO KUMOLO"])],
    ["rl:times-a4"],
    "KepmenPANRB 962 2021 Tim Koordinasi.pdf", "sk;peraturan-pusat", "yes", "Kementerian PANRB (Menteri)", "Pedoman Teknis Pemantauan dan Evaluasi SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "not-own-policy", "a Kepmen (the evaluation's technical guide) filed as the Kota's Tim Koordinasi decision", "S20", "whose-policy;subject")
add("w05", K, "keputusan-kadis", lambda: keputusan(K, "TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", issuer="kadis", nomor="000.8/45-Diskominfo/2024", members=TIM_MEMBERS),
    ["rl:arial-a4", "scan:s200:rl:arial-a4", "office:word-arial-a4", "docx:word-arial-a4"],
    "SK Tim Koordinasi SPBE Diskominfo.pdf", "sk", "yes", "kota Sukamaju (Kepala Dinas Kominfo)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "wrong-issuer",
    "a Kepala Dinas cannot form the Pemda's Tim Koordinasi: 'Keputusan Pimpinan Instansi' of a Pemda is the kepala daerah's", "S9;S19", "whose-policy",
    sign="Drs.", stampl=["DINAS KOMUNIKASI DAN INFORMATIKA", "SUKAMAJU"])
add("w06", LS, "keputusan-kadis-policy", lambda: keputusan(LS, "KEBIJAKAN MANAJEMEN KEAMANAN INFORMASI", issuer="kadis", opd_name="DINAS KOMUNIKASI DAN INFORMATIKA", nomor="555/88/IV.12/2024",
                                                          diktum=["Menetapkan Kebijakan Manajemen Keamanan Informasi di lingkungan Dinas sebagaimana tercantum dalam Lampiran.", "Keputusan ini mulai berlaku pada tanggal ditetapkan."]),
    ["rl:helv-a4", "office:word-tnr-a4"],
    "Keputusan Kepala Dinas Kebijakan Keamanan Informasi.pdf", "sk", "yes", "kabupaten Lampung Selatan (Kepala Dinas Kominfo)", "Kebijakan Manajemen Keamanan Informasi",
    "spbe-2020/8/L2/kebijakan", "refused", "none", "wrong-issuer",
    "an OPD's internal decision binds one Dinas; indicator 8 asks for the Pemda's policy set by the Bupati", "S9;S19", "whose-policy")

# ---------------- 4. Title -------------------------------------------------------------
SOP_PD = lambda key, dasar: sop(key, "Pengelolaan Layanan Colocation dan Hosting Pusat Data", "SOP/DISKOMINFO/PD-03/2024", dasar,
                                ["Memahami manajemen pusat data", "Memiliki sertifikat kompetensi jaringan"],
                                ["Perangkat Daerah mengajukan permohonan hosting", "Admin pusat data memverifikasi kebutuhan sumber daya",
                                 "Admin menyiapkan server virtual", "Kepala Bidang menyetujui dan menerbitkan akses"])
DASAR_PD = ["Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
            "Peraturan Wali Kota Sukamaju Nomor 21 Tahun 2023 tentang Penyelenggaraan Layanan Pusat Data Daerah",
            "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan"]

add("t01", K, "undangan-hal-regulation", lambda: undangan(K, "Rapat Finalisasi Peraturan Wali Kota tentang Arsitektur SPBE", "Rapat Finalisasi Rancangan Peraturan Wali Kota Sukamaju tentang Arsitektur Sistem Pemerintahan Berbasis Elektronik",
                                                          peserta=OPD[K][:5]),
    ["rl:arial-a4", "office:word-arial-a4", "scan:s200:rl:arial-a4", "docx:word-arial-a4"],
    "Perwali Arsitektur SPBE - undangan finalisasi.pdf", "undangan", "not-applicable", "kota Sukamaju (Kepala Dinas Kominfo)", "Rapat Finalisasi Perwali Arsitektur SPBE",
    P1, "refused", "none", "wrong-document",
    "an invitation whose Hal names the Perwali: its title block (Nomor/Sifat/Lampiran/Hal, Yth.) makes it an undangan, not the regulation", "S11;S21", "title",
    sign="Drs.", stampl=["DINAS KOMUNIKASI DAN INFORMATIKA", "SUKAMAJU"])
add("t02", K, "sop-dasar-hukum", lambda: SOP_PD(K, DASAR_PD),
    ["rl:helv-a4", "office:word-tahoma-f4", "scan:s150:rl:helv-a4"],
    "SOP Layanan Pusat Data.pdf", "sop", "not-applicable", "kota Sukamaju (Kepala Dinas Kominfo)", "SOP Pengelolaan Layanan Colocation dan Hosting Pusat Data",
    "spbe-2020/16/L3/sop", "counts", "spbe-2020/16/L3/sop", "ok",
    "a PermenPANRB 35/2012 SOP (identity table, flowchart); its Dasar Hukum cell lists '2. Peraturan Wali Kota Sukamaju Nomor 21…' but the document is the SOP",
    "S14;S23", "title")
add("t03", K, "sop-dasar-hukum", lambda: SOP_PD(K, DASAR_PD),
    ["rl:dvsans-a4"],
    "Perwali Layanan Pusat Data - SOP.pdf", "sop", "not-applicable", "kota Sukamaju (Kepala Dinas Kominfo)", "SOP Pengelolaan Layanan Colocation dan Hosting Pusat Data",
    "spbe-2020/5/L2/kebijakan", "refused", "none", "wrong-document",
    "filed as the Pusat Data policy: an SOP whose Dasar Hukum cites the Perwali is not the Perwali", "S14;S23", "title")
add("t04", PP, "nota-dinas-rancangan", lambda: nota_dinas(PP, "Penyampaian Rancangan Peraturan Bupati tentang Manajemen Data",
                                                       ["Bersama ini kami sampaikan Rancangan Peraturan Bupati Padang Pariaman tentang Manajemen Data untuk dapat diproses lebih lanjut sesuai ketentuan.",
                                                        "Rancangan telah dibahas bersama Bagian Hukum pada tanggal 2 Oktober 2024.",
                                                        "Demikian disampaikan, atas perhatian Bapak diucapkan terima kasih."], to="Bupati Padang Pariaman melalui Sekretaris Daerah"),
    ["rl:dejavu-f4", "office:word-bookman-f4"],
    "Perbup Manajemen Data (nota dinas).pdf", "nota-dinas", "not-applicable", "kabupaten Padang Pariaman (Kepala Dinas Kominfo)", "Penyampaian Rancangan Perbup Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "refused", "none", "wrong-document",
    "a nota dinas forwarding the draft (Hal: Penyampaian Rancangan Peraturan Bupati …): neither the regulation nor enacted", "S11;S21", "title")
add("t05", DIY, "surat-permohonan", lambda: [kop_dinas(DIY), ("r", "Yogyakarta, 4 Maret 2024", {}),
                                            ("kv", [("Nomor", "100.3/1021"), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas"), ("Perihal", "Permohonan Harmonisasi Rancangan Peraturan Gubernur tentang Peta Rencana SPBE")]),
                                            ("l", "Yth. Kepala Kantor Wilayah Kementerian Hukum Daerah Istimewa Yogyakarta", {}),
                                            ("p", "Dengan hormat, bersama ini kami mohon fasilitasi harmonisasi Rancangan Peraturan Gubernur Daerah Istimewa Yogyakarta tentang Peta Rencana Sistem Pemerintahan Berbasis Elektronik Tahun 2024-2026."),
                                            ("sig", ["Kepala Dinas,", "", "", "", "Ir. TRI SASONGKO, M.T."])],
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "Pergub Peta Rencana SPBE permohonan harmonisasi.pdf", "surat", "not-applicable", "provinsi DIY (Kepala Dinas Kominfo)", "Permohonan Harmonisasi Rancangan Pergub",
    "spbe-2020/2/L2/kebijakan", "refused", "none", "wrong-document",
    "a letter (Perihal: Permohonan Harmonisasi Rancangan Peraturan Gubernur …) about a draft", "S11;S21", "title")

# ---------------- 5. Documents that are two things at once ------------------------------
REVIU_BAB = lambda topic, reg: [("BAB II HASIL REVIU", [f"Reviu dilaksanakan terhadap {reg} dengan membandingkan muatan kebijakan terhadap Peraturan Presiden Nomor 95 Tahun 2018 dan Arsitektur SPBE Nasional.",
                                                        ("table", [["No", "Aspek", "Temuan", "Rekomendasi"], ["1", "Keselarasan dengan " + topic, "Sebagian belum selaras", "Perubahan pasal"], ["2", "Integrasi antar instansi", "Belum diatur", "Tambahkan pasal integrasi"]], [0.08, 0.3, 0.31, 0.31])]),
                                ("BAB III PENUTUP", ["Hasil reviu ini menjadi dasar perubahan kebijakan pada tahun berikutnya."])]

add("k01", K, "notulen-reviu", lambda: notulen(K, "Reviu dan Evaluasi Peraturan Wali Kota Nomor 12 Tahun 2024 tentang Arsitektur SPBE",
                                               ["Sekretaris Daerah membuka rapat reviu kebijakan Arsitektur SPBE.", "Diskominfo memaparkan hasil reviu: domain arsitektur keamanan belum selaras dengan Arsitektur SPBE Nasional.",
                                                "Bagian Hukum menyampaikan perubahan Perwali dapat diproses tahun 2025."],
                                               ["Perwali Nomor 12 Tahun 2024 perlu diubah pada pasal tentang integrasi.", "Diskominfo menyusun rancangan perubahan paling lambat Maret 2025."],
                                               peserta=OPD[K][:6], title="NOTULEN RAPAT REVIU KEBIJAKAN"),
    ["rl:arial-a4", "office:word-arial-a4", "scan:s150:rl:arial-a4", "scan:blur:rl:arial-a4"],
    "Notulen Reviu Perwali Arsitektur SPBE.pdf", "notulen;reviu", "not-applicable", "kota Sukamaju (Sekretaris Daerah, Tim Koordinasi)", "Reviu Perwali Arsitektur SPBE",
    "spbe-2020/1/L4/reviu", "counts", "spbe-2020/1/L4/reviu", "ok",
    "minutes of the review meeting: the Pedoman accepts 'notulen atau BA rapat reviu' as the review record", "S19;S21", "two-kinds")
add("k02", PP, "berita-acara-reviu", lambda: berita_acara(PP, "Reviu Kebijakan Manajemen Data",
                                                         ["Peraturan Bupati Nomor 51 Tahun 2024 tentang Manajemen Data telah direviu terhadap Peraturan Presiden Nomor 39 Tahun 2019.",
                                                          "Ditemukan 3 (tiga) pasal yang perlu diselaraskan.", "Hasil reviu dituangkan dalam rekomendasi perubahan."]),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "BA Reviu Kebijakan Manajemen Data.pdf", "berita-acara;reviu", "not-applicable", "kabupaten Padang Pariaman (Diskominfo, Bagian Organisasi)", "Reviu Perbup Manajemen Data",
    "spbe-2020/3/L4/reviu", "counts", "spbe-2020/3/L4/reviu", "ok", "a berita acara of the review: the review record the Pedoman names", "S19;S21", "two-kinds",
    sign="YUDI", stampl=["DINAS KOMINFO", "PADANG PARIAMAN"])
add("k03", TS, "nota-dinas-reviu", lambda: nota_dinas(TS, "Hasil Evaluasi Peraturan Wali Kota tentang Tim Koordinasi SPBE",
                                                     ["Menindaklanjuti evaluasi kebijakan internal SPBE tahun 2024, bersama ini kami sampaikan hasil reviu dan evaluasi Peraturan Wali Kota Nomor 26 Tahun 2024 tentang Tim Koordinasi SPBE.",
                                                      "Hasil reviu menunjukkan susunan keanggotaan perlu disesuaikan dengan perubahan nomenklatur Perangkat Daerah.",
                                                      "Kami merekomendasikan perubahan Peraturan Wali Kota tersebut pada Triwulan I Tahun 2025."], to="Wali Kota Tangerang Selatan"),
    ["rl:dejavu-f4", "office:word-bookman-f4"],
    "Nota Dinas Hasil Evaluasi Perwal Tim Koordinasi.pdf", "nota-dinas;reviu", "not-applicable", "kota Tangerang Selatan (Kepala Dinas Kominfo)", "Evaluasi Perwal Tim Koordinasi SPBE",
    "spbe-2020/10/L4/reviu", "counts", "spbe-2020/10/L4/reviu", "ok", "a nota dinas reporting the review's result: 'nota dinas hasil evaluasi' is a review record", "S19;S21", "two-kinds")
add("k04", K, "laporan-reviu-dasar-perwali", lambda: laporan(K, "Laporan Reviu", "Kebijakan Internal Arsitektur SPBE", 2024,
                                                            ["Peraturan Wali Kota Sukamaju Nomor 12 Tahun 2024 tentang Arsitektur Sistem Pemerintahan Berbasis Elektronik;",
                                                             "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
                                                             "Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional."],
                                                            REVIU_BAB("Arsitektur SPBE Nasional", "Peraturan Wali Kota Nomor 12 Tahun 2024"), tanggal(9, 12, 2024), cover=False),
    ["rl:libserif-f4", "office:word-bookman-f4", "scan:s200:rl:libserif-f4"],
    "Laporan Reviu Kebijakan Arsitektur SPBE 2024.pdf", "reviu;laporan", "not-applicable", "kota Sukamaju (Kepala Dinas Kominfo)", "Reviu Kebijakan Arsitektur SPBE",
    "spbe-2020/1/L4/reviu", "counts", "spbe-2020/1/L4/reviu", "ok",
    "a review report whose first page starts with Dasar Hukum '1. Peraturan Wali Kota Sukamaju Nomor 12 …': a report about the Perwali, not the Perwali", "S19", "two-kinds;title",
    sign="Drs.", stampl=["DINAS KOMUNIKASI DAN INFORMATIKA", "SUKAMAJU"])
add("k05", PP, "perkada-peta-lampiran", lambda: perkada(PP, "peta", nomor="60", mode="regulated", lampiran=True, salinan_last=True, berita_no="60"),
    ["rl:times-a4", "scan:s200:rl:times-a4", "office:word-tahoma-f4"],
    "Peta Rencana SPBE Kabupaten Padang Pariaman 2024-2026.pdf", "perkada;peta-rencana", "yes", "kabupaten Padang Pariaman (Bupati)", "Peta Rencana SPBE 2024-2026",
    "spbe-2020/12/L2/dokumen", "counts", "spbe-2020/12/L2/dokumen;spbe-2020/2/L2/kebijakan", "ok",
    "the Peta Rencana is enacted as the Lampiran of a Perbup: both the document (12) and the policy (2)", "S1;S22", "two-kinds;proven-by",
    proven="spbe-2020/2/L3: yes", sign="SUHATRI", stampl=stamp_lines(PP))
add("k06", K, "perkada-rkpd", lambda: perkada(K, "rkpd", nomor="25", mode="plain", berita_no="25", title_override=None),
    ["rl:narrow-f4", "office:word-tnr-a4"],
    "Perwali RKPD 2025.pdf", "perkada;dokumen-perencanaan", "yes", "kota Sukamaju (Wali Kota)", "RKPD 2025",
    "spbe-2020/13/L2/rencana-anggaran", "counts", "spbe-2020/13/L2/rencana-anggaran", "ok",
    "the RKPD is enacted by Perkada: a planning document and a regulation at once", "S22", "two-kinds")
RENJA_LAMP = [("pb",), ("c", "RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025", {"bold": True}),
              ("table", [["No", "Program/Kegiatan", "Indikator", "Pagu (Rp)"], ["1", "Program Aplikasi Informatika: Pengelolaan e-Government", "Indeks SPBE 3,2", "2.450.000.000"],
                         ["2", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah", "OPD terhubung 100%", "1.120.000.000"], ["3", "Pengelolaan Pusat Data", "Ketersediaan 99,5%", "860.000.000"]],
               [0.06, 0.5, 0.24, 0.2])]
add("k07", K, "keputusan-renja", lambda: keputusan(K, "PENETAPAN RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025", issuer="kadis", nomor="050/12-Diskominfo/2024",
                                                  diktum=["Menetapkan Rencana Kerja Dinas Komunikasi dan Informatika Tahun 2025 sebagaimana tercantum dalam Lampiran.", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
                                                  extra_lampiran=RENJA_LAMP),
    ["rl:arial-a4", "scan:s150:rl:arial-a4"],
    "Renja Diskominfo 2025.pdf", "sk;dokumen-perencanaan", "yes", "kota Sukamaju (Kepala Dinas Kominfo)", "Renja Diskominfo 2025",
    "spbe-2020/13/L2/rencana-anggaran", "counts", "spbe-2020/13/L2/rencana-anggaran", "ok",
    "a Renja enacted by the Kepala Dinas's Keputusan: the Renja is in its Lampiran", "S9", "two-kinds;whose-policy")
add("k08", TS, "keputusan-sop", lambda: keputusan(TS, "STANDAR OPERASIONAL PROSEDUR LAYANAN PUSAT DATA", issuer="kadis", nomor="800/121-Diskominfo/2024",
                                                 diktum=["Menetapkan Standar Operasional Prosedur Layanan Pusat Data sebagaimana tercantum dalam Lampiran.", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
                                                 extra_lampiran=[("pb",)] + SOP_PD(TS, ["Peraturan Wali Kota Tangerang Selatan Nomor 30 Tahun 2022 tentang Pusat Data Daerah"])),
    ["rl:times-a4", "office:word-arial-a4"],
    "SK Penetapan SOP Pusat Data.pdf", "sk;sop", "yes", "kota Tangerang Selatan (Kepala Dinas Kominfo)", "SOP Layanan Pusat Data",
    "spbe-2020/16/L3/sop", "counts", "spbe-2020/16/L3/sop", "ok", "an SOP set by the Kepala Dinas's Keputusan; the SOP tables are its Lampiran", "S9;S23", "two-kinds;whose-policy")
add("k09", K, "notulen-konsultasi-opd", lambda: notulen(K, "Konsultasi Rencana dan Anggaran SPBE Tahun 2025", [f"{o} menyampaikan rencana kegiatan SPBE dan anggarannya kepada Diskominfo." for o in OPD[K]],
                                                       ["Seluruh usulan belanja TIK Perangkat Daerah telah dikonsultasikan kepada Diskominfo selaku unit pengelola TIK."], peserta=OPD[K]),
    ["rl:arial-a4", "scan:s200:rl:arial-a4"],
    "Notulen Konsultasi Renja TIK 2025.pdf", "notulen", "not-applicable", "kota Sukamaju (Diskominfo)", "Konsultasi Rencana dan Anggaran SPBE",
    "spbe-2020/13/L3/konsultasi", "counts", "spbe-2020/13/L3/konsultasi", "ok", "minutes naming every Perangkat Daerah consulting the TIK unit", "S19;S21", "two-kinds;ocr-layout",
    units=";".join(OPD[K]))
add("k10", DIY, "risalah-reviu", lambda: notulen(DIY, "Reviu Pelaksanaan Manajemen Layanan SPBE Tahun 2025",
                                                 ["Tim Koordinasi mereviu capaian SLA layanan helpdesk.", "Ditemukan 12% tiket melewati batas waktu penyelesaian."],
                                                 ["Menambah petugas helpdesk tingkat 1.", "Memperbarui katalog layanan."], title="RISALAH RAPAT REVIU"),
    ["rl:dvsans-a4"],
    "Risalah Rapat Reviu Manajemen Layanan 2025.pdf", "notulen;reviu", "not-applicable", "provinsi DIY (Diskominfo)", "Reviu Manajemen Layanan SPBE",
    "spbe-2020/28/L4/reviu", "counts", "spbe-2020/28/L4/reviu", "ok", "a risalah of the review meeting", "S19;S21", "two-kinds")

# ---------------- 6. Subject -----------------------------------------------------------
TIMK = "TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"
add("s01", K, "keputusan-signed", lambda: keputusan(K, TIMK, members=TIM_MEMBERS, nomor="100.3.3.2/Kep.88-Diskominfo/2025", year=2025),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "SK Penunjukan Petugas PDP.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Koordinasi SPBE",
    "pemdi-2026/I8/L2/penunjukan", "refused", "none", "wrong-subject",
    "named as the PDP appointment, but the Keputusan forms the Tim Koordinasi SPBE: no Pejabat/Petugas Pelindungan Data Pribadi is appointed",
    "S9;S10;S19", "subject", sign="DEDI", stampl=stamp_lines(K), eval_year=2026)
add("s02", K, "keputusan-signed", lambda: keputusan(K, TIMK, members=TIM_MEMBERS, nomor="100.3.3.2/Kep.88-Diskominfo/2025", year=2025),
    ["rl:dejavu-f4"],
    "SK Tim Auditor Internal TIK.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Koordinasi SPBE",
    "pemdi-2026/I9/L1/tim-audit", "refused", "none", "wrong-subject", "the Tim Koordinasi SK filed as the internal auditor team's SK", "S9;S19", "subject", eval_year=2026)
add("s03", K, "keputusan-pdp", lambda: keputusan(K, "PENUNJUKAN PEJABAT DAN PETUGAS PELINDUNGAN DATA PRIBADI DI LINGKUNGAN PEMERINTAH KOTA SUKAMAJU", members=PDP_MEMBERS,
                                                nomor="100.3.3.2/Kep.131-Diskominfo/2025", year=2025, lampiran_title="DAFTAR PEJABAT DAN PETUGAS PELINDUNGAN DATA PRIBADI"),
    ["rl:arial-a4", "office:word-bookman-f4", "scan:s150:rl:arial-a4", "photo:photo:rl:times-a4"],
    "SK Penunjukan Petugas PDP.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Penunjukan Pejabat dan Petugas PDP",
    "pemdi-2026/I8/L2/penunjukan", "counts", "pemdi-2026/I8/L2/penunjukan", "ok", "the Wali Kota's SK appointing the Pejabat and Petugas PDP", "S9;S19", "subject;ocr-layout",
    sign="DEDI", stampl=stamp_lines(K), eval_year=2026)
add("s04", K, "keputusan-auditor", lambda: keputusan(K, "TIM AUDITOR TEKNOLOGI INFORMASI DAN KOMUNIKASI INTERNAL", members=AUDIT_MEMBERS, nomor="100.3.3.2/Kep.140-Itda/2025", year=2025),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "SK Tim Auditor Internal TIK 2025.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Auditor TIK Internal",
    "pemdi-2026/I9/L1/tim-audit", "counts", "pemdi-2026/I9/L1/tim-audit", "ok", "the SK forming the internal TIK audit team", "S9;S19", "subject",
    sign="DEDI", stampl=stamp_lines(K), eval_year=2026)
add("s05", K, "keputusan-asesor", lambda: keputusan(K, "TIM ASESOR INTERNAL EVALUASI PEMERINTAH DIGITAL", members=ASESOR_MEMBERS, nomor="100.3.3.2/Kep.77-Org/2026", year=2026),
    ["rl:helv-a4", "office:word-arial-a4"],
    "SK Tim Audit Internal Pemdi.pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Asesor Internal Evaluasi Pemdi",
    "pemdi-2026/I9/L1/tim-audit", "refused", "none", "wrong-document",
    "the SK of the self-assessment team (Tim Asesor Internal evaluasi Pemdi) is not the SK of an audit team (assessors rejected exactly this in 2026)", "S19", "subject", eval_year=2026)
add("s06", K, "perkada-wrong-subject", lambda: perkada(K, "website", nomor="8", berita_no="8"),
    ["rl:times-a4", "office:word-bookman-f4", "scan:s200:rl:times-a4", "docx:word-bookman-f4"],
    "Perwali 8 2024 tentang Arsitektur SPBE.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Pengelolaan Laman Resmi Pemerintah Daerah",
    P1, "refused", "none", "wrong-subject", "an enacted Perwali, but TENTANG Pengelolaan Laman Resmi: the file name promises Arsitektur SPBE", "S1;S13", "subject",
    sign="DEDI", stampl=stamp_lines(K))
add("s07", K, "perkada-perubahan", lambda: perkada(K, "tim-perubahan", nomor="14", year=2025, berita_no="14"),
    ["rl:dejavu-f4", "scan:s300:rl:dejavu-f4"],
    "Perwali 14 2025 Perubahan Tim Koordinasi SPBE.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Perubahan atas Perwali Tim Koordinasi SPBE",
    "spbe-2020/10/L5/kebijakan", "counts", "spbe-2020/10/L5/kebijakan(the new one of 2);spbe-2020/10/L2/kebijakan", "ok",
    "TENTANG PERUBAHAN ATAS PERATURAN WALI KOTA … TENTANG TIM KOORDINASI: the revised policy that follows the review", "S17;S22", "subject", sign="DEDI", stampl=stamp_lines(K))
add("s08", K, "keputusan-jdih", lambda: keputusan(K, "TIM PENGELOLA JARINGAN DOKUMENTASI DAN INFORMASI HUKUM", members=JDIH_MEMBERS, nomor="100.3.3.2/Kep.52-Huk/2025", year=2025),
    ["rl:arial-a4"],
    "SK Wali Kota 2025 (kebijakan baru).pdf", "sk", "yes", "kota Sukamaju (Wali Kota)", "Tim Pengelola JDIH",
    "spbe-2020/10/L5/kebijakan", "refused", "none", "wrong-subject", "a second SK, but about the JDIH team: not a new Tim Koordinasi policy", "S9", "subject")
add("s09", PP, "keputusan-csirt", lambda: keputusan(PP, "PEMBENTUKAN TIM TANGGAP INSIDEN SIBER (COMPUTER SECURITY INCIDENT RESPONSE TEAM) KABUPATEN PADANG PARIAMAN",
                                                   members=CSIRT_MEMBERS, nomor="188.45/214/KPTS-BUP/2025", year=2025),
    ["rl:times-a4", "office:word-tnr-a4"],
    "SK TTIS CSIRT Padang Pariaman.pdf", "sk", "yes", "kabupaten Padang Pariaman (Bupati)", "Pembentukan TTIS/CSIRT",
    "pemdi-2026/I12/L2/ttis", "counts", "pemdi-2026/I12/L2/ttis", "ok", "the Bupati's SK forming the CSIRT", "S9;S19", "subject", eval_year=2026)
add("s10", PP, "keputusan-medsos", lambda: keputusan(PP, "TIM PENGELOLA MEDIA SOSIAL PEMERINTAH KABUPATEN PADANG PARIAMAN", members=MEDSOS_MEMBERS, nomor="188.45/219/KPTS-BUP/2025", year=2025),
    ["rl:narrow-f4"],
    "SK Tim Siber Kabupaten.pdf", "sk", "yes", "kabupaten Padang Pariaman (Bupati)", "Tim Pengelola Media Sosial",
    "pemdi-2026/I12/L2/ttis", "refused", "none", "wrong-subject", "an SK about the social media team filed as the CSIRT's", "S9", "subject", eval_year=2026)
add("s11", DIY, "keputusan-gubernur-tim", lambda: keputusan(DIY, "TIM KOORDINASI PEMERINTAH DIGITAL DAERAH ISTIMEWA YOGYAKARTA", members=TIM_MEMBERS, nomor="112/KEP/2025", year=2025),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "Keputusan Gubernur Tim Koordinasi Pemdi.pdf", "sk", "yes", "provinsi Daerah Istimewa Yogyakarta (Gubernur)", "Tim Koordinasi Pemerintah Digital",
    "pemdi-2026/I4/L1/sk-tim", "counts", "pemdi-2026/I4/L1/sk-tim", "ok", "the Gubernur's Keputusan forming the Tim Koordinasi Pemdi", "S9;S10", "subject;issuer",
    sign="HAMENGKU", stampl=stamp_lines(DIY), eval_year=2026)
add("s12", DIY, "keputusan-kadis", lambda: keputusan(DIY, "TIM KOORDINASI PEMERINTAH DIGITAL", issuer="kadis", nomor="000/311/Kominfo/2025", year=2025, members=TIM_MEMBERS),
    ["rl:arial-a4"],
    "SK Tim Koordinasi Pemdi Diskominfo.pdf", "sk", "yes", "provinsi DIY (Kepala Dinas Kominfo)", "Tim Koordinasi Pemerintah Digital",
    "pemdi-2026/I4/L1/sk-tim", "refused", "none", "wrong-issuer", "the requirement is an SK of the Kepala Daerah; this one is the Kepala Dinas's", "S19", "subject;whose-policy", eval_year=2026)
add("s13", K, "perkada-plain", lambda: perkada(K, "pusat-data", nomor="21", year=2023, berita_no="21", salinan_last=True),
    ["rl:libserif-f4", "office:word-bookman-f4"],
    "Perwali 21 2023 Penyelenggaraan Layanan Pusat Data.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Penyelenggaraan Layanan Pusat Data",
    "spbe-2020/5/L2/kebijakan", "counts", "spbe-2020/5/L2/kebijakan", "ok", "the Perwali on the Pusat Data, enacted, ending with a Salinan page", "S1;S22", "subject;enacted")
add("s14", LS, "perkada-plain", lambda: perkada(LS, "aplikasi", nomor="62", berita_no="62"),
    ["rl:times-a4", "scan:c200:rl:times-a4"],
    "Perbup 62 2024 Pembangunan Aplikasi SPBE.pdf", "perkada", "yes", "kabupaten Lampung Selatan (Bupati)", "Pembangunan dan Pengembangan Aplikasi SPBE",
    "spbe-2020/4/L2/kebijakan", "counts", "spbe-2020/4/L2/kebijakan", "ok", "the Perbup on application development, enacted", "S1;S22", "subject",
    sign="NANANG", stampl=stamp_lines(LS))

# ---------------- 7. Proven-by -----------------------------------------------------------
add("p01", K, "perkada-definitions-only", lambda: perkada(K, "arsitektur", nomor="30", mode="definitions", berita_no="30"),
    ["rl:times-a4", "office:word-arial-a4", "scan:s150:rl:times-a4"],
    "Perwali 30 2024 Arsitektur SPBE.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan", "ok", "enacted; the seven domains stand only in Pasal 1 definitions and one list pasal", "S1;S19", "proven-by",
    proven="spbe-2020/1/L3: no (topics only defined and listed, never regulated)")
add("p02", TS, "perkada-hyphenated", lambda: perkada(TS, "arsitektur", nomor="33", mode="hyphen", berita_no="33"),
    ["rl:dejavu-f4", "scan:s200:rl:dejavu-f4"],
    "Perwal 33 2024 Arsitektur SPBE.pdf", "perkada", "yes", "kota Tangerang Selatan (Wali Kota)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan", "ok", "enacted; each domain regulated in its own bab, topic words hyphenated across lines ('Infra-' / 'struktur')", "S1", "proven-by",
    proven="spbe-2020/1/L3: yes (after joining hyphenated words)", sign="BENYAMIN", stampl=stamp_lines(TS))
add("p03", LS, "perkada-pedoman-wording", lambda: perkada(LS, "arsitektur", nomor="41", mode="pedoman", berita_no="41"),
    ["rl:arial-a4", "office:word-tahoma-f4"],
    "Perbup 41 2024 Arsitektur SPBE.pdf", "perkada", "yes", "kabupaten Lampung Selatan (Bupati)", "Arsitektur SPBE",
    P1, "counts", "spbe-2020/1/L2/kebijakan", "ok", "enacted; written in the Pedoman's wording ('domain arsitektur layanan SPBE', 'referensi arsitektur')", "S19", "proven-by",
    proven="spbe-2020/1/L3: yes (Pedoman spellings)")
add("p04", K, "perkada-generic-spbe", lambda: perkada(K, "spbe-umum", nomor="2", year=2023, mode="definitions", berita_no="2"),
    ["rl:times-a4", "office:word-bookman-f4"],
    "Perwali 2 2023 Peta Rencana SPBE.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Penyelenggaraan SPBE",
    "spbe-2020/2/L2/kebijakan", "refused", "none", "wrong-subject",
    "TENTANG Penyelenggaraan SPBE: it names the seven generic SPBE elements, but it is no Peta Rencana", "S2;S3", "proven-by;subject",
    proven="spbe-2020/2/L3: no (not a Peta Rencana policy)")
add("p05", PP, "perkada-plain", lambda: perkada(PP, "keamanan", nomor="46", mode="regulated", berita_no="46"),
    ["rl:narrow-f4", "scan:s200:rl:narrow-f4", "twoup:twoup:rl:times-a4"],
    "Perbup 46 2024 Manajemen Keamanan Informasi.pdf", "perkada", "yes", "kabupaten Padang Pariaman (Bupati)", "Manajemen Keamanan Informasi",
    "spbe-2020/8/L2/kebijakan", "counts", "spbe-2020/8/L2/kebijakan", "ok", "enacted; each of the six processes regulated in its own bab", "S1", "proven-by",
    proven="spbe-2020/8/L3: yes", sign="SUHATRI", stampl=stamp_lines(PP))
add("p06", TS, "perkada-definitions-only", lambda: perkada(TS, "data", nomor="35", mode="definitions", berita_no="35"),
    ["rl:helv-a4", "office:word-tnr-a4"],
    "Perwal 35 2024 Manajemen Data.pdf", "perkada", "yes", "kota Tangerang Selatan (Wali Kota)", "Manajemen Data",
    "spbe-2020/3/L2/kebijakan", "counts", "spbe-2020/3/L2/kebijakan", "ok", "enacted; the six data topics only defined and listed", "S6", "proven-by",
    proven="spbe-2020/3/L3: no (definitions only)")
add("p07", DIY, "perkada-peta-lampiran", lambda: perkada(DIY, "peta", nomor="18", mode="regulated", lampiran=True, salinan_last=True, berita_no="18"),
    ["rl:times-a4", "office:word-bookman-f4"],
    "Pergub DIY 18 2024 Peta Rencana SPBE.pdf", "perkada;peta-rencana", "yes", "provinsi Daerah Istimewa Yogyakarta (Gubernur)", "Peta Rencana SPBE 2024-2026",
    "spbe-2020/2/L2/kebijakan", "counts", "spbe-2020/2/L2/kebijakan;spbe-2020/12/L2/dokumen", "ok",
    "enacted; the seven muatan regulated in the body; Lampiran and Salinan pages after the signature", "S1;S8", "proven-by;two-kinds;enacted", proven="spbe-2020/2/L3: yes")
add("p08", K, "perkada-definitions-only", lambda: perkada(K, "audit", nomor="43", mode="definitions", berita_no="43"),
    ["rl:dvsans-a4"],
    "Perwali 43 2024 Audit TIK.pdf", "perkada", "yes", "kota Sukamaju (Wali Kota)", "Audit TIK",
    "spbe-2020/9/L2/kebijakan", "counts", "spbe-2020/9/L2/kebijakan", "ok", "enacted; the three audit scopes only defined and listed", "S1", "proven-by",
    proven="spbe-2020/9/L3: no (definitions only)")

# ---------------- 8. OCR layout ----------------------------------------------------------
NAMES = ["Dra. Yuliani", "Ahmad Fauzi, S.T.", "Rina Marlina, S.Kom.", "Budi Santoso, M.M.", "Ir. Hendra Gunawan", "Siti Rahmawati, S.E.", "Dedy Irawan, S.Kom.", "Nur Aisyah, S.H."]


def attendance(key, units, jab="Kepala"):
    return [(NAMES[i % len(NAMES)], jab if i % 3 == 0 else "Sekretaris" if i % 3 == 1 else "Kepala Bidang", u) for i, u in enumerate(units)]


add("o01", K, "daftar-hadir-table", lambda: daftar_hadir(K, "Rapat Koordinasi Tim Koordinasi SPBE Triwulan III", attendance(K, OPD[K])),
    ["rl:arial-a4", "scan:s200:rl:arial-a4", "scan:s150:office:word-arial-a4", "photo:photo:rl:arial-a4", "jpg:photo:rl:arial-a4"],
    "Daftar Hadir Rakor Tim SPBE TW III.pdf", "daftar-hadir", "not-applicable", "kota Sukamaju (Diskominfo)", "Rapat Koordinasi Tim Koordinasi SPBE",
    "spbe-2020/19/L3/dokumentasi", "counts", "spbe-2020/19/L3/dokumentasi(1 of 2)", "ok",
    "an attendance table (NO | NAMA | JABATAN | INSTANSI/OPD | TANDA TANGAN): every unit named in its own column", "S21", "ocr-layout", units=";".join(OPD[K]))
add("o02", PP, "daftar-hadir-table", lambda: daftar_hadir(PP, "Forum Kolaborasi SPBE Lintas Perangkat Daerah", attendance(PP, OPD[PP][:5])),
    ["rl:times-a4", "scan:s300:rl:times-a4"],
    "Daftar Hadir Forum Kolaborasi SPBE.pdf", "daftar-hadir", "not-applicable", "kabupaten Padang Pariaman (Diskominfo)", "Forum Kolaborasi SPBE",
    "spbe-2020/20/L2/kehadiran", "counts", "spbe-2020/20/L2/kehadiran", "ok", "attendance of a cross-OPD collaboration meeting (5 of 7 units present)", "S21", "ocr-layout",
    units=";".join(OPD[PP][:5]))
add("o03", PP, "keputusan-signed", lambda: keputusan(PP, TIMK, members=TIM_MEMBERS, nomor="188.45/117/KPTS-BUP/2024"),
    ["twoup:twoup:rl:times-a4", "twoup:twoup:office:word-tahoma-f4"],
    "Kepbup 117 2024 Tim Koordinasi SPBE.pdf", "sk", "yes", "kabupaten Padang Pariaman (Bupati)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok", "two pages per scanned sheet; the Keputusan itself is complete and signed", "S9;S10", "ocr-layout",
    sign="SUHATRI", stampl=stamp_lines(PP))
add("o04", TS, "perkada-plain", lambda: perkada(TS, "arsitektur", nomor="33", mode="regulated", berita_no="33"),
    ["scan:blur:rl:times-a4"],
    "Perwal 33 2024 Arsitektur SPBE (scan HP).pdf", "perkada", "unknown", "kota Tangerang Selatan (Wali Kota)", "Arsitektur SPBE",
    P1, "refused", "none", "unreadable", "", "S1", "ocr-layout")
add("o05", K, "daftar-hadir-table", lambda: daftar_hadir(K, "Rapat Reviu Layanan Digital oleh Unit Pengelola Layanan Digital", attendance(K, OPD[K][:6]), year=2025),
    ["scan:s200:rl:dvsans-a4", "rl:dvsans-a4", "twoup:twoup:rl:dvsans-a4"],
    "Bukti Hadir Rapat Reviu Layanan Digital.pdf", "daftar-hadir", "not-applicable", "kota Sukamaju (Diskominfo)", "Rapat Reviu Layanan Digital",
    "pemdi-2026/I13/L2/bukti-hadir", "counts", "pemdi-2026/I13/L2/bukti-hadir", "ok", "attendance list of the review meeting", "S19;S21", "ocr-layout",
    units=";".join(OPD[K][:6]), eval_year=2026)
add("o06", DKI, "notulen-konsultasi-opd", lambda: notulen(DKI, "Konsultasi Rencana dan Anggaran SPBE Tahun 2025", [f"{o} menyampaikan usulan kegiatan SPBE." for o in OPD[DKI][:4]],
                                                         ["Usulan dari Perangkat Daerah lain akan dikonsultasikan pada rapat berikutnya."], peserta=OPD[DKI][:4]),
    ["rl:arial-a4", "twoup:twoup:rl:arial-a4"],
    "Notulen Konsultasi Anggaran SPBE 2025.pdf", "notulen", "not-applicable", "provinsi DKI Jakarta (Diskominfotik)", "Konsultasi Rencana dan Anggaran SPBE",
    "spbe-2020/13/L3/konsultasi", "refused", "none", "missing-units",
    "only 4 of 6 Perangkat Daerah consulted (BKD and Dinas Dukcapil missing): the criterion says every unit (with the config's opd: list)", "S19", "ocr-layout",
    units=";".join(OPD[DKI][:4]))

# ---------------- 9. Dated reports -------------------------------------------------------
AUDIT_BAB = lambda scope, d: [("BAB II PELAKSANAAN AUDIT", [f"Audit {scope} dilaksanakan pada tanggal {d} oleh tim auditor dengan berpedoman pada Peraturan BSSN dan standar ISO/IEC 27001.",
                                                            ("table", [["No", "Temuan", "Risiko", "Rekomendasi"], ["1", "Patch sistem operasi server belum mutakhir", "Tinggi", "Pembaruan berkala"], ["2", "Belum ada rencana pemulihan bencana", "Sedang", "Susun DRP"]], [0.08, 0.42, 0.15, 0.35])]),
                              ("BAB III SIMPULAN", ["Tingkat kepatuhan keamanan berada pada kategori cukup."])]
DASAR_AUDIT = ["Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;", "Peraturan Wali Kota Sukamaju Nomor 40 Tahun 2024 tentang Audit TIK;"]

add("d01", K, "laporan-audit-cover", lambda: laporan(K, "Laporan Hasil Audit", "Audit Keamanan SPBE", 2022, DASAR_AUDIT, AUDIT_BAB("Keamanan SPBE", "3 sampai dengan 14 Oktober 2022"), tanggal(28, 10, 2022)),
    ["rl:times-a4", "scan:s200:rl:times-a4", "photo:photo:rl:times-a4"],
    "Laporan Audit Keamanan SPBE.pdf", "audit", "not-applicable", "kota Sukamaju (Diskominfo)", "Audit Keamanan SPBE 2022",
    "spbe-2020/31/L2/laporan-audit", "refused", "none", "too-old",
    "the file name has no year, but the report is dated October 2022 in its text: outside the last 2 years (2024-2025)", "S19", "dated",
    sign="Drs.", stampl=["DINAS KOMUNIKASI DAN INFORMATIKA", "SUKAMAJU"])
add("d02", K, "laporan-audit-cover", lambda: laporan(K, "Laporan Hasil Audit", "Audit Aplikasi SPBE", 2024, DASAR_AUDIT, AUDIT_BAB("Aplikasi SPBE", "5 sampai dengan 16 Agustus 2024"), tanggal(30, 8, 2024)),
    ["rl:arial-a4", "office:word-arial-a4"],
    "Laporan Audit Aplikasi SPBE.pdf", "audit", "not-applicable", "kota Sukamaju (Diskominfo)", "Audit Aplikasi SPBE 2024",
    "spbe-2020/30/L2/laporan-audit", "counts", "spbe-2020/30/L2/laporan-audit", "ok", "dated August 2024 in its text: within the last 2 years", "S19", "dated")
add("d03", K, "laporan-audit-nocover", lambda: laporan(K, "Laporan Hasil Audit", "Audit Infrastruktur SPBE", 2022, DASAR_AUDIT[:1], AUDIT_BAB("Infrastruktur SPBE", "7 sampai dengan 18 Maret 2022"), tanggal(31, 3, 2022), cover=False),
    ["rl:dejavu-f4"],
    "Laporan Audit Infrastruktur SPBE 2025.pdf", "audit", "not-applicable", "kota Sukamaju (Diskominfo)", "Audit Infrastruktur SPBE 2022",
    "spbe-2020/29/L2/laporan-audit", "refused", "none", "too-old", "the name says 2025 but the report was carried out and signed in March 2022", "S19", "dated")
add("d04", PP, "laporan-kami", lambda: laporan(PP, "Laporan Hasil Penilaian", "Indeks KAMI (Keamanan Informasi) Tahun 2023", 2023,
                                               ["Peraturan Menteri Komunikasi dan Informatika Nomor 4 Tahun 2016 tentang Sistem Manajemen Pengamanan Informasi;"],
                                               [("BAB II HASIL PENILAIAN INDEKS KAMI", ["Skor Indeks KAMI: 412 dari 645 (Tingkat Kelengkapan: Cukup).", ("table", [["Area", "Skor"], ["Tata Kelola", "88"], ["Risiko", "42"], ["Kerangka Kerja", "101"], ["Aset", "120"], ["Teknologi", "61"]], [0.6, 0.4])])],
                                               tanggal(20, 11, 2023)),
    ["rl:helv-a4"],
    "IKASANDI 2025 Kabupaten Padang Pariaman.pdf", "laporan", "not-applicable", "kabupaten Padang Pariaman (Diskominfo)", "Indeks KAMI 2023",
    "pemdi-2026/I10/L1/ikasandi", "refused", "none", "wrong-document", "an Indeks KAMI self-assessment (2023) named as IKASANDI: the asesor asks for BSSN's IKASANDI result", "S19", "dated;names", eval_year=2026)
add("d05", PP, "laporan-ikasandi", lambda: [("c", "BADAN SIBER DAN SANDI NEGARA", {"bold": True}), ("c", "LAPORAN HASIL PENILAIAN", {"bold": True}),
                                           ("c", "INDEKS KEAMANAN INFORMASI DAN PERSANDIAN (IKASANDI) TAHUN 2025", {"bold": True}), ("c", "PEMERINTAH KABUPATEN PADANG PARIAMAN", {"bold": True}),
                                           ("p", "Berdasarkan hasil penilaian, nilai IKASANDI Pemerintah Kabupaten Padang Pariaman adalah 2,71 dengan kategori Cukup Baik."),
                                           ("table", [["Domain", "Nilai"], ["Tata Kelola", "2,9"], ["Identifikasi", "2,6"], ["Proteksi", "2,8"], ["Deteksi", "2,4"], ["Respon", "2,8"]], [0.6, 0.4]),
                                           ("sig", ["Jakarta, 17 Desember 2025", "Direktur Keamanan Siber dan Sandi", "Pemerintah Daerah,", "", "ttd", "", "Dr. SULISTYO, M.Si."])],
    ["rl:arial-a4", "scan:s150:rl:arial-a4"],
    "Hasil IKASANDI 2025.pdf", "ikasandi", "not-applicable", "Badan Siber dan Sandi Negara, for kabupaten Padang Pariaman", "IKASANDI 2025",
    "pemdi-2026/I10/L1/ikasandi", "counts", "pemdi-2026/I10/L1/ikasandi", "ok", "BSSN's IKASANDI result for this Kabupaten", "S19", "dated", eval_year=2026)

# ---------------- 10. Names people use -----------------------------------------------------
MAN_SIMPEG = [("Masuk ke Aplikasi", ["Buka alamat simpeg.sukamajukota.go.id.", "Masukkan NIP dan kata sandi.", "Pilih menu Beranda."]),
              ("Mengajukan Kenaikan Gaji Berkala", ["Pilih menu Layanan > KGB.", "Unggah SK pangkat terakhir.", "Klik Kirim; status dapat dipantau pada menu Riwayat."]),
              ("Persetujuan oleh Atasan", ["Atasan membuka menu Persetujuan.", "Periksa berkas dan klik Setujui atau Tolak."])]
add("n01", K, "manual-book", lambda: manual("SIMPEG Kota Sukamaju", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KOTA SUKAMAJU", MAN_SIMPEG),
    ["rl:arial-a4", "office:word-arial-a4"],
    "Manual Book SIMPEG.pdf", "daftar-fitur;dokumen-teknis", "not-applicable", "kota Sukamaju (BKPSDM)", "Panduan penggunaan SIMPEG",
    "spbe-2020/36/L3/penggunaan", "counts", "spbe-2020/36/L3/penggunaan", "ok",
    "a user manual documents the application's use and lists its features (Pedoman: 'dokumentasi penggunaan layanan/sistem aplikasi', 'daftar layanan & fitur')", "S19", "names")
add("n02", TS, "manual-book", lambda: manual("Srikandi (Naskah Dinas Elektronik)", "DINAS KOMUNIKASI DAN INFORMATIKA KOTA TANGERANG SELATAN",
                                             [("Membuat Naskah Dinas", ["Pilih Buat Naskah.", "Isi Hal, tujuan, dan isi naskah.", "Kirim untuk verifikasi."]), ("Disposisi", ["Buka Kotak Masuk.", "Pilih Disposisi dan tujuan."])],
                                             title="BUKU PANDUAN PENGGUNA", sub="Aplikasi"),
    ["rl:helv-a4"],
    "Buku Panduan Pengguna Srikandi.pdf", "daftar-fitur;dokumen-teknis", "not-applicable", "kota Tangerang Selatan (Diskominfo)", "Panduan pengguna Srikandi",
    "spbe-2020/37/L3/penggunaan", "counts", "spbe-2020/37/L3/penggunaan", "ok", "'Buku Panduan Pengguna': a user manual under its everyday name", "S19", "names")
add("n03", LS, "manual-book", lambda: manual("SIPD Perencanaan", "BAPPEDA KABUPATEN LAMPUNG SELATAN",
                                             [("Input Usulan Musrenbang", ["Pilih menu Usulan.", "Isi lokasi dan kegiatan."]), ("Verifikasi Renja", ["Pilih menu Renja.", "Klik Verifikasi."])],
                                             title="USER GUIDE", sub="Aplikasi"),
    ["rl:dvsans-a4", "office:word-tnr-a4"],
    "User Guide SIPD Perencanaan.pdf", "daftar-fitur;dokumen-teknis", "not-applicable", "kabupaten Lampung Selatan (Bappeda)", "User guide SIPD Perencanaan",
    "spbe-2020/32/L3/penggunaan", "counts", "spbe-2020/32/L3/penggunaan", "ok", "'User Guide': a user manual under its English name", "S19", "names")
add("n04", DKI, "manual-juknis", lambda: manual("e-Kinerja", "BADAN KEPEGAWAIAN DAERAH PROVINSI DKI JAKARTA",
                                                [("Menyusun SKP", ["Masuk dengan akun ASN.", "Pilih Rencana SKP.", "Isi indikator kinerja."]), ("Penilaian", ["Atasan memberi nilai pada menu Penilaian."])],
                                                title="PETUNJUK TEKNIS (JUKNIS)", sub="Penggunaan Aplikasi"),
    ["office:word-bookman-f4"],
    "Juknis e-Kinerja.pdf", "daftar-fitur;dokumen-teknis", "not-applicable", "provinsi DKI Jakarta (BKD)", "Petunjuk teknis e-Kinerja",
    "spbe-2020/41/L3/penggunaan", "counts", "spbe-2020/41/L3/penggunaan", "ok", "'Juknis' (petunjuk teknis) of an application: a user manual", "S19", "names")
LOG_ROWS = [[f"{d:02d}-10-2025", "08.1" + str(d % 10), "09.4" + str(d % 10), NAMES[d % 8], ["Diskominfo", "Vendor PDN", "BPKAD", "Disdukcapil"][d % 4],
             ["Pemeliharaan rak server", "Penggantian UPS", "Backup harian", "Pemeriksaan suhu ruang"][d % 4], "v"] for d in range(1, 19)]
add("n05", K, "logbook-table", lambda: logbook(K, "Logbook Akses Ruang Server", LOG_ROWS),
    ["rl:arial-a4", "scan:s200:rl:arial-a4"],
    "Logbook Ruang Server Oktober 2025.pdf", "laporan", "not-applicable", "kota Sukamaju (Diskominfo)", "Log akses ruang server",
    "spbe-2020/22/L2/pelaksanaan", "counts", "spbe-2020/22/L2/pelaksanaan", "ok", "a logbook of access to the server room: proof that the security controls are carried out", "S19", "names")
add("n06", TS, "kebijakan-prosedur", lambda: [kop_dinas(TS), ("c", "KEBIJAKAN & PROSEDUR", {"bold": True, "size": 14}), ("c", "PENGELOLAAN PUSAT DATA", {"bold": True, "size": 14}),
                                              ("kv", [("Nomor Dokumen", "KP-PD-01"), ("Versi", "1.2"), ("Tanggal Berlaku", tanggal(2, 1, 2025))]),
                                              ("l", "1. Kebijakan", {"bold": True}), ("ol", ["Seluruh aplikasi Perangkat Daerah ditempatkan di Pusat Data Daerah.", "Akses fisik ruang server hanya bagi petugas yang berwenang."]),
                                              ("l", "2. Prosedur Permohonan Penempatan Server", {"bold": True}), ("ol", ["Perangkat Daerah mengajukan formulir permohonan.", "Petugas memverifikasi kapasitas.", "Kepala Bidang menyetujui."]),
                                              ("l", "3. Prosedur Pencadangan", {"bold": True}), ("ol", ["Pencadangan harian pukul 01.00.", "Uji pemulihan setiap triwulan."]),
                                              ("sig", ["Disahkan oleh", "Kepala Dinas Komunikasi dan Informatika,", "", "", "", "TB. ASEP NURDIN, S.Kom., M.Si."])],
    ["rl:times-a4", "office:word-arial-a4"],
    "Kebijakan & Prosedur Pengelolaan Pusat Data.pdf", "sop;pedoman", "not-applicable", "kota Tangerang Selatan (Kepala Dinas Kominfo)", "Kebijakan dan prosedur pusat data",
    "spbe-2020/16/L3/sop", "counts", "spbe-2020/16/L3/sop", "ok", "'Kebijakan & Prosedur …': the operating procedures of the Pusat Data under another title", "S23", "names")
add("n07", PP, "kebijakan-prosedur", lambda: [kop_dinas(PP), ("c", "KEBIJAKAN DAN PROSEDUR KEAMANAN INFORMASI", {"bold": True, "size": 13}),
                                              ("l", "A. Ruang Lingkup", {"bold": True}), ("p", "Dokumen ini berlaku bagi seluruh sistem elektronik Pemerintah Kabupaten."),
                                              ("l", "B. Prosedur Pengelolaan Hak Akses", {"bold": True}), ("ol", ["Permohonan akun diajukan atasan langsung.", "Hak akses direviu setiap 6 bulan."]),
                                              ("l", "C. Prosedur Penanganan Insiden", {"bold": True}), ("ol", ["Insiden dilaporkan ke TTIS dalam 1x24 jam.", "TTIS melakukan analisis dan pemulihan."]),
                                              ("sig", ["Parit Malintang, 10 Januari 2025", "Kepala Dinas,", "", "", "", "Ir. DEDI SUHENDRA"])],
    ["rl:libserif-f4"],
    "Kebijakan dan Prosedur Keamanan Informasi.pdf", "pedoman;sop", "not-applicable", "kabupaten Padang Pariaman (Kepala Dinas Kominfo)", "Kebijakan dan prosedur keamanan informasi",
    "spbe-2020/22/L3/pedoman", "counts", "spbe-2020/22/L3/pedoman", "ok", "the Dinas's guideline for carrying out information security", "S23", "names")
add("n08", DIY, "program-kerja", lambda: [kop_dinas(DIY), ("c", "PROGRAM KERJA TIM KOORDINASI SPBE", {"bold": True, "size": 13}), ("c", "DAERAH ISTIMEWA YOGYAKARTA TAHUN 2025", {"bold": True}),
                                          ("table", [["No", "Kegiatan", "Waktu", "Penanggung Jawab"], ["1", "Rapat koordinasi triwulanan", "Maret, Juni, September, Desember", "Sekretaris Tim"],
                                                     ["2", "Reviu Arsitektur dan Peta Rencana SPBE", "Juli", "Bappeda"], ["3", "Evaluasi mandiri Indeks Pemdi", "April", "Diskominfo"]], [0.08, 0.42, 0.28, 0.22])],
    ["rl:arial-a4", "office:word-tahoma-f4"],
    "Program Kerja Tim Koordinasi SPBE 2025.pdf", "dokumen-perencanaan", "not-applicable", "provinsi DIY (Tim Koordinasi SPBE)", "Program kerja Tim Koordinasi SPBE 2025",
    "spbe-2020/19/L2/program-kerja", "counts", "spbe-2020/19/L2/program-kerja", "ok", "the Tim Koordinasi's work programme", "S19", "names")
add("n09", DIY, "laporan-pelaksanaan", lambda: laporan(DIY, "Laporan Pelaksanaan Kegiatan", "Tim Koordinasi SPBE Tahun 2024", 2024, ["Peraturan Gubernur DIY Nomor 14 Tahun 2023 tentang Tim Koordinasi SPBE;"],
                                                      [("BAB II PELAKSANAAN", ["Tim Koordinasi melaksanakan empat rapat koordinasi dan satu reviu Peta Rencana SPBE."])], tanggal(20, 12, 2024)),
    ["office:word-bookman-f4", "scan:s200:office:word-bookman-f4"],
    "Laporan Tim Koordinasi SPBE 2024.pdf", "laporan", "not-applicable", "provinsi DIY (Diskominfo)", "Laporan pelaksanaan Tim Koordinasi SPBE 2024",
    "spbe-2020/19/L2/laporan", "counts", "spbe-2020/19/L2/laporan", "ok", "the report of the Tim Koordinasi's activities; its Dasar Hukum cites the Pergub", "S19", "names;two-kinds",
    sign="Drs.", stampl=["DINAS KOMINFO", "D.I. YOGYAKARTA"])
add("n10", K, "surat-tugas", lambda: surat_tugas(K, "Melaksanakan Audit Aplikasi SPBE pada Dinas Kependudukan dan Pencatatan Sipil selama 10 (sepuluh) hari kerja.",
                                                 ["Ahmad Fauzi, S.T., Auditor Ahli Muda", "Dedy Irawan, S.Kom., Pranata Komputer Ahli Muda"]),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "Surat Tugas Tim Audit TIK.pdf", "surat-tugas", "not-applicable", "kota Sukamaju (Inspektur Daerah)", "Penugasan audit aplikasi",
    "spbe-2020/30/L3/auditor-internal", "counts", "spbe-2020/30/L3/auditor-internal", "ok", "the Inspektorat's assignment of the internal TIK auditors", "S21", "names",
    sign="Dr.", stampl=["INSPEKTORAT DAERAH", "SUKAMAJU"])

# ---------------- 11. Screenshots and photos ----------------------------------------------
SIAP_MENU = ["Beranda", "Arsitektur Pemdi", "Domain Layanan", "Domain Aplikasi", "Domain Data", "Domain Infrastruktur", "Peta Rencana", "Laporan"]


def siap(inst_name, focus="Arsitektur Pemerintah Digital", rows=None, jpeg=False):
    rows = rows or [["Domain", "Jumlah Entitas", "Status", "Diperbarui"], ["Proses Bisnis", "42", "Terverifikasi", "12-03-2026"], ["Layanan", "118", "Terverifikasi", "12-03-2026"],
                    ["Aplikasi", "76", "Draf", "10-03-2026"], ["Data dan Informasi", "230", "Terverifikasi", "09-03-2026"], ["Infrastruktur", "35", "Draf", "08-03-2026"]]
    return lambda dest, rng: shot_dashboard(dest, "SIAP Digital", "Sistem Informasi Arsitektur Pemerintah Digital", inst_name + " - " + focus, SIAP_MENU,
                                            [("Entitas Arsitektur", "501"), ("Terverifikasi", "390"), ("Kelengkapan", "78%")], rows, accent=(16, 86, 150),
                                            url="https://siapdigital.menpan.go.id/arsitektur", jpeg=jpeg)


add("x01", K, "screenshot-siap-digital", lambda: siap("Pemerintah Kota Sukamaju"), ["shot"],
    "Screenshot SIAP Digital Arsitektur.png", "screenshot", "not-applicable", "kota Sukamaju (account on the national portal)", "Arsitektur Pemdi di SIAP Digital",
    "pemdi-2026/I1/L2/siap-digital", "counts", "pemdi-2026/I1/L2/siap-digital", "ok", "the SIAP Digital dashboard with the Kota's architecture entries", "S19", "screenshot", eval_year=2026)
add("x02", TS, "screenshot-siap-digital", lambda: siap("Pemerintah Kota Tangerang Selatan", "Domain Aplikasi",
                                                       [["Nama Aplikasi", "Jenis", "Pemilik", "Status"], ["Tangsel Smart City", "Khusus", "Diskominfo", "Terverifikasi"], ["SIMPEG", "Umum", "BKPSDM", "Terverifikasi"], ["e-Retribusi", "Khusus", "Bapenda", "Draf"]]),
    ["shot"], "SS SIAP Digital domain aplikasi.png", "screenshot", "not-applicable", "kota Tangerang Selatan", "Domain aplikasi di SIAP Digital",
    "pemdi-2026/I13/L2/siap-digital", "counts", "pemdi-2026/I13/L2/siap-digital", "ok", "the application domain page in SIAP Digital", "S19", "screenshot", eval_year=2026)
add("x03", K, "screenshot-satu-data", lambda: (lambda dest, rng: shot_dashboard(dest, "Satu Data Sukamaju", "Portal Data Terbuka", "Pemerintah Kota Sukamaju - Katalog Dataset",
                                                                              ["Beranda", "Dataset", "Organisasi", "Visualisasi", "Tentang"], [("Dataset", "1.204"), ("Organisasi", "38"), ("Unduhan", "15.882")],
                                                                              [["Dataset", "Organisasi", "Format", "Diperbarui"], ["Jumlah Penduduk per Kecamatan", "Disdukcapil", "CSV", "02-2026"], ["Realisasi APBD", "BKAD", "XLSX", "01-2026"]],
                                                                              accent=(0, 120, 100))),
    ["shot"], "Screenshot SIAP Digital.png", "screenshot", "not-applicable", "kota Sukamaju", "Portal Satu Data",
    "pemdi-2026/I1/L2/siap-digital", "refused", "none", "wrong-document", "named SIAP Digital, but it shows the open-data portal: no SIAP Digital anywhere on it", "S19", "screenshot", eval_year=2026)
add("x04", K, "screenshot-whatsapp", lambda: (lambda dest, rng: shot_whatsapp(dest, "Tim Koordinasi SPBE Kota Sukamaju", [
    ("Kabid Aptika", "Assalamualaikum Bapak/Ibu, mengingatkan rapat koordinasi Tim SPBE besok Selasa 09.00 di Command Center.", "16.02", False),
    ("Sekretaris Bappeda", "Siap, Bappeda hadir. Bahan paparan Peta Rencana sudah kami kirim via email.", "16.10", False),
    ("Anda", "Terima kasih. Notulen rapat sebelumnya terlampir, mohon dicek tindak lanjutnya.", "16.15", True),
    ("Inspektur Pembantu IV", "Inspektorat hadir, sekaligus membahas jadwal audit TIK.", "16.40", False)])),
    ["shot"], "WhatsApp Image 2025-09-08 at 16.45.png", "screenshot", "not-applicable", "kota Sukamaju (Tim Koordinasi group)", "Koordinasi Tim SPBE via WhatsApp",
    "spbe-2020/19/L3/dokumentasi", "counts", "spbe-2020/19/L3/dokumentasi(1 of 2)", "ok", "a screenshot of the Tim Koordinasi's chat arranging its meeting: documentation of its activity", "S19", "screenshot")
add("x05", K, "screenshot-pdf-viewer", lambda: (lambda dest, rng: _viewer(dest, rng)),
    ["shot"], "Perwali 12 2024 Arsitektur SPBE.png", "screenshot", "not-applicable", "kota Sukamaju", "Picture of a Perwali on screen",
    P1, "refused", "none", "wrong-document", "a screenshot of a PDF viewer showing the Perwali's first page: a picture of a regulation, not the enacted document", "S19", "screenshot")
add("x06", PP, "screenshot-simpeg", lambda: (lambda dest, rng: shot_dashboard(dest, "SIMPEG", "Sistem Informasi Manajemen Kepegawaian", "BKPSDM Kabupaten Padang Pariaman - Layanan Kenaikan Pangkat",
                                                                               ["Beranda", "Data Pegawai", "Kenaikan Pangkat", "KGB", "Cuti", "Laporan"], [("Pegawai", "6.412"), ("Usulan KP", "214"), ("Disetujui", "187")],
                                                                               [["NIP", "Nama", "Usulan", "Status"], ["19850312 201001 1 004", "Rahmat Hidayat", "III/c ke III/d", "Diproses"], ["19900101 201503 2 001", "Lestari", "III/a ke III/b", "Disetujui"]],
                                                                               accent=(120, 40, 40), jpeg=False)),
    ["shot"], "Tangkapan layar SIMPEG.png", "screenshot", "not-applicable", "kabupaten Padang Pariaman (BKPSDM)", "Layanan Kepegawaian (SIMPEG)",
    "spbe-2020/36/L2/screenshot", "counts", "spbe-2020/36/L2/screenshot", "ok", "the staff-administration application in use (search, upload)", "S19", "screenshot")
add("x07", DKI, "screenshot-helpdesk", lambda: (lambda dest, rng: shot_dashboard(dest, "Helpdesk JakLayanan", "Dasbor Pemantauan SLA", "Diskominfotik Provinsi DKI Jakarta - Dasbor SLA Tiket",
                                                                                 ["Dasbor SLA", "Tiket", "Katalog Layanan", "Eskalasi", "Laporan"], [("Tiket Bulan Ini", "1.932"), ("Sesuai SLA", "94,2%"), ("Rata-rata Respons", "27 menit")],
                                                                                 [["No Tiket", "Layanan", "Prioritas", "SLA"], ["TK-26-0311", "Reset akun", "Rendah", "Terpenuhi"], ["TK-26-0312", "Gangguan jaringan", "Tinggi", "Terlampaui"]],
                                                                                 accent=(30, 60, 120))),
    ["shot"], "Dasbor Helpdesk SLA.png", "dasbor;screenshot", "not-applicable", "provinsi DKI Jakarta (Diskominfotik)", "Dasbor SLA helpdesk",
    "pemdi-2026/I19/L2/dasbor", "counts", "pemdi-2026/I19/L2/dasbor", "ok", "a ticketing dashboard that monitors SLA (not just a list of SLAs)", "S19", "screenshot", eval_year=2026)
add("x08", K, "photo-meeting", lambda: (lambda dest, rng: photo_meeting(dest, "RAPAT KOORDINASI TIM SPBE KOTA SUKAMAJU 2025", rng)),
    ["shot"], "IMG_20250909_093512.jpg", "foto", "not-applicable", "kota Sukamaju", "Foto rapat koordinasi Tim SPBE",
    "spbe-2020/19/L3/dokumentasi", "counts", "spbe-2020/19/L3/dokumentasi(1 of 2)", "ok", "a photo of the Tim Koordinasi's meeting under its banner", "S19", "screenshot;names")
add("x09", TS, "screenshot-siap-digital", lambda: siap("Pemerintah Kota Tangerang"),
    ["shot"], "Screenshot SIAP Digital Arsitektur Pemdi.png", "screenshot", "not-applicable", "kota Tangerang (its own account)", "Arsitektur Pemdi di SIAP Digital",
    "pemdi-2026/I1/L2/siap-digital", "refused", "none", "another-instansi", "SIAP Digital, but the account shown is Pemerintah Kota Tangerang, not Tangerang Selatan", "S19", "screenshot;issuer", eval_year=2026)
add("x10", DIY, "screenshot-siap-digital-jpeg", lambda: siap("Pemerintah Daerah DIY", jpeg=True),
    ["shot"], "siap digital diy.jpg", "screenshot", "not-applicable", "provinsi DIY", "Arsitektur Pemdi di SIAP Digital",
    "pemdi-2026/I1/L2/siap-digital", "counts", "pemdi-2026/I1/L2/siap-digital", "ok", "a JPEG screenshot of SIAP Digital for the province", "S19", "screenshot", eval_year=2026)
add("x11", LS, "screenshot-lapor", lambda: (lambda dest, rng: shot_dashboard(dest, "SP4N-LAPOR!", "Layanan Aspirasi dan Pengaduan Online Rakyat", "Admin Instansi Kabupaten Lampung Selatan - Tindak Lanjut Pengaduan",
                                                                               ["Dasbor", "Laporan Masuk", "Disposisi", "Tindak Lanjut", "Statistik"], [("Laporan", "311"), ("Selesai", "287"), ("Rata-rata", "4,2 hari")],
                                                                               [["Tracking ID", "Kategori", "Disposisi", "Status"], ["#8821342", "Jalan Rusak", "Dinas PUPR", "Selesai"], ["#8821977", "Administrasi Kependudukan", "Disdukcapil", "Diproses"]],
                                                                               accent=(200, 30, 40))),
    ["shot"], "SS LAPOR Lamsel.png", "screenshot", "not-applicable", "kabupaten Lampung Selatan", "Pengaduan pelayanan publik",
    "spbe-2020/42/L2/screenshot", "counts", "spbe-2020/42/L2/screenshot", "ok", "the complaint-handling application in use", "S19", "screenshot")


def _viewer(dest, rng):
    with tempfile.TemporaryDirectory() as t:
        pdf = os.path.join(t, "p.pdf")
        render_rl(perkada(K, "arsitektur", nomor="12", mode="regulated"), pdf, RL_STYLES["times-a4"])
        shot_pdf_viewer(dest, pdf, "Perwali_12_2024_Arsitektur_SPBE.pdf - Adobe Acrobat Reader (64-bit)")

# ---------------- Second batch: more of each class -------------------------------------
REGIONS["prov-dkj"] = dict(kind="provinsi", name="DAERAH KHUSUS JAKARTA", prov=None,
                           law="Undang-Undang Nomor 2 Tahun 2024 tentang Provinsi Daerah Khusus Jakarta (Lembaran Negara Republik Indonesia Tahun 2024 Nomor 70)",
                           heads=["HERU BUDI HARTONO"], sekda="MARULLAH MATALI")

add("i15", DKI, "pergub-renamed-province", lambda: perkada("prov-dkj", "keamanan", nomor="12", year=2025, mode="regulated", berita_no="71012"),
    ["rl:times-a4", "office:word-tnr-a4"],
    "Pergub 12 2025 Manajemen Keamanan Informasi.pdf", "perkada", "yes", "provinsi Daerah Khusus Jakarta (Gubernur): the same province, renamed by UU 2/2024",
    "Manajemen Keamanan Informasi", "spbe-2020/8/L2/kebijakan", "counts", "spbe-2020/8/L2/kebijakan", "ok",
    "'GUBERNUR DAERAH KHUSUS JAKARTA' (the name since UU 2/2024) is the instansi configured as Provinsi DKI Jakarta", "S4;S22", "issuer", proven="spbe-2020/8/L3: yes")
add("i16", DKI, "keputusan-pj-gubernur", lambda: keputusan(DKI, TIMK, role="Pj.", nomor="e-0112 Tahun 2024", members=TIM_MEMBERS),
    ["rl:arial-a4", "office:word-arial-a4", "scan:s200:rl:arial-a4"],
    "Kepgub Tim Koordinasi SPBE.pdf", "sk", "yes", "provinsi DKI Jakarta (Pj. Gubernur)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok", "the Pj. Gubernur's Keputusan forming the Tim Koordinasi", "S9;S10", "issuer;whose-policy",
    sign="HERU", stampl=stamp_lines(DKI))
add("i17", LS, "keputusan-title-split", lambda: keputusan(LS, TIMK, nomor="B/214/IV.02/HK/2024", members=TIM_MEMBERS, split=True),
    ["scan:s150:rl:libserif-f4", "rl:libserif-f4"],
    "Keputusan Bupati Tim SPBE.pdf", "sk", "yes", "kabupaten Lampung Selatan (Bupati)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "counts", "spbe-2020/10/L2/kebijakan", "ok", "'KEPUTUSAN BUPATI LAMPUNG' / 'SELATAN' split over two lines by the title's width", "S9;S10", "issuer",
    sign="NANANG", stampl=stamp_lines(LS))
add("d06", DKI, "laporan-audit-cover", lambda: laporan(DKI, "Laporan Hasil Audit", "Audit Infrastruktur SPBE", 2023, ["Peraturan Gubernur Nomor 9 Tahun 2025 tentang Arsitektur SPBE;"],
                                                      AUDIT_BAB("Infrastruktur SPBE", "4 sampai dengan 15 September 2023"), tanggal(29, 9, 2023), opd="DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"),
    ["rl:dejavu-f4", "scan:s200:rl:dejavu-f4"],
    "Laporan Audit Infrastruktur.pdf", "audit", "not-applicable", "provinsi DKI Jakarta (Diskominfotik)", "Audit Infrastruktur SPBE 2023",
    "spbe-2020/29/L2/laporan-audit", "refused", "none", "too-old", "dated September 2023 in its text; only 2024-2025 count in 2025", "S19", "dated")
add("d07", PP, "laporan-audit-nocover", lambda: laporan(PP, "Laporan Hasil Audit", "Audit Keamanan SPBE", 2024, ["Peraturan Bupati Nomor 46 Tahun 2024 tentang Manajemen Keamanan Informasi;"],
                                                       AUDIT_BAB("Keamanan SPBE", "8 sampai dengan 19 Januari 2024"), tanggal(26, 1, 2024), cover=False),
    ["rl:times-a4", "office:word-bookman-f4"],
    "Laporan Audit Keamanan.pdf", "audit", "not-applicable", "kabupaten Padang Pariaman (Diskominfo)", "Audit Keamanan SPBE 2024",
    "spbe-2020/31/L2/laporan-audit", "counts", "spbe-2020/31/L2/laporan-audit", "ok", "dated January 2024: the first year of the two-year window", "S19", "dated")
add("n11", K, "manual-book", lambda: manual("Layanan Pusat Data (Colocation)", "DINAS KOMUNIKASI DAN INFORMATIKA KOTA SUKAMAJU",
                                            [("Mengajukan Permohonan Hosting", ["Masuk ke portal layanan.", "Pilih Permohonan Hosting.", "Isi spesifikasi server."]), ("Memantau Status", ["Buka menu Status Permohonan."])]),
    ["rl:arial-a4"],
    "SOP Layanan Pusat Data (manual).pdf", "daftar-fitur;dokumen-teknis", "not-applicable", "kota Sukamaju (Diskominfo)", "Panduan pengguna layanan pusat data",
    "spbe-2020/16/L3/sop", "refused", "none", "wrong-document", "a user manual tells users which buttons to press; it is not the operating procedure (SOP) of the Pusat Data", "S19;S23", "names;title")
add("n12", K, "logbook-table", lambda: logbook(K, "Logbook Akses Ruang Server", LOG_ROWS),
    ["rl:helv-a4"],
    "Laporan Audit Infrastruktur 2025 (logbook).pdf", "laporan", "not-applicable", "kota Sukamaju (Diskominfo)", "Log akses ruang server",
    "spbe-2020/29/L2/laporan-audit", "refused", "none", "wrong-document", "a server-room logbook is a record of operations, not an audit report", "S19", "names")
add("t06", PP, "undangan-program-kerja", lambda: undangan(PP, "Sosialisasi Program Kerja Tim Koordinasi SPBE Tahun 2025", "Sosialisasi Program Kerja Tim Koordinasi SPBE Tahun 2025 kepada seluruh Perangkat Daerah",
                                                         year=2025, peserta=OPD[PP]),
    ["rl:times-a4", "scan:s200:rl:times-a4"],
    "Undangan Sosialisasi Program Kerja Tim SPBE.pdf", "undangan", "not-applicable", "kabupaten Padang Pariaman (Kepala Dinas Kominfo)", "Sosialisasi program kerja Tim Koordinasi SPBE",
    "spbe-2020/19/L4/komunikasi", "counts", "spbe-2020/19/L4/komunikasi", "ok", "an invitation to every Perangkat Daerah to hear the Tim Koordinasi's work programme", "S11;S21", "title",
    units=";".join(OPD[PP]), sign="Drs.", stampl=["DINAS KOMINFO", "PADANG PARIAMAN"])
add("k11", PP, "laporan-reviu-dasar-perbup", lambda: laporan(PP, "Laporan Reviu", "Rencana dan Anggaran SPBE Tahun 2025", 2025,
                                                            ["Peraturan Bupati Padang Pariaman Nomor 60 Tahun 2024 tentang Peta Rencana SPBE Tahun 2024-2026;", "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah;"],
                                                            REVIU_BAB("Peta Rencana SPBE", "Rencana Kerja dan Anggaran SPBE Tahun 2025"), tanggal(14, 3, 2025), cover=False),
    ["rl:arial-a4", "scan:s150:rl:arial-a4"],
    "Laporan Reviu Renja dan RKA SPBE 2025.pdf", "reviu;laporan", "not-applicable", "kabupaten Padang Pariaman (Diskominfo)", "Reviu rencana dan anggaran SPBE 2025",
    "spbe-2020/13/L4/reviu", "counts", "spbe-2020/13/L4/reviu", "ok", "a review report whose Dasar Hukum opens with '1. Peraturan Bupati …'", "S19", "two-kinds;title")
ARS_DOC = lambda: ([("gap", 30), ("c", "DOKUMEN", {"bold": True, "size": 18}), ("c", "ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", {"bold": True, "size": 15}),
                    ("c", "KOTA SUKAMAJU TAHUN 2023-2027", {"bold": True, "size": 15}), ("gap", 12), ("emblem",), ("gap", 25), ("c", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", {"bold": True}),
                    ("c", "KOTA SUKAMAJU", {"bold": True}), ("c", "2023", {"bold": True}), ("pb",)] + arsitektur_lampiran(K))
add("k12", K, "arsitektur-document", ARS_DOC,
    ["rl:dejavu-f4", "office:word-bookman-f4"],
    "Dokumen Arsitektur SPBE Kota Sukamaju 2023-2027.pdf", "arsitektur", "not-applicable", "kota Sukamaju (Bappeda)", "Arsitektur SPBE 2023-2027",
    "spbe-2020/11/L2/dokumen", "counts", "spbe-2020/11/L2/dokumen", "ok", "the Arsitektur SPBE document itself (referensi and six domains with tables)", "S1;S19", "two-kinds")
add("k13", K, "arsitektur-document", ARS_DOC,
    ["rl:helv-a4"],
    "Kebijakan Arsitektur SPBE Kota Sukamaju.pdf", "arsitektur", "not-applicable", "kota Sukamaju (Bappeda)", "Arsitektur SPBE 2023-2027",
    P1, "refused", "none", "wrong-document", "the Arsitektur document, not a regulation that sets it: nothing enacts it (no Perwali/SK around it)", "S19", "two-kinds;enacted")

# ---------------- Third batch ------------------------------------------------------------
add("w07", K, "keputusan-sekda", lambda: keputusan(K, TIMK, issuer="sekda", nomor="000.1.4/112/Setda/2024", members=TIM_MEMBERS),
    ["rl:times-a4", "office:word-tnr-a4"],
    "SK Tim Koordinasi SPBE (Sekda).pdf", "sk", "yes", "kota Sukamaju (Sekretaris Daerah)", "Tim Koordinasi SPBE",
    "spbe-2020/10/L2/kebijakan", "refused", "none", "wrong-issuer",
    "the Sekda chairs the Tim Koordinasi but cannot form it: the Pemda's 'Keputusan Pimpinan Instansi' is the Wali Kota's", "S9;S10;S19", "whose-policy;issuer")
add("x12", K, "screenshot-siap-login", lambda: (lambda dest, rng: shot_dashboard(dest, "SIAP Digital", "Sistem Informasi Arsitektur Pemerintah Digital", "Masuk ke SIAP Digital",
                                                                               ["Masuk", "Lupa Kata Sandi", "Panduan"], [("Nama Pengguna", "______"), ("Kata Sandi", "______"), ("", "MASUK")],
                                                                               [["Pengumuman"], ["Batas pengisian Arsitektur Pemdi: 31 Maret 2026"]], accent=(16, 86, 150),
                                                                               url="https://siapdigital.menpan.go.id/login")),
    ["shot"], "Screenshot SIAP Digital pengisian.png", "screenshot", "not-applicable", "none (the national portal's login page)", "Login page of SIAP Digital",
    "pemdi-2026/I1/L2/siap-digital", "refused", "none", "wrong-document",
    "it shows the words SIAP Digital, but only the login page: nothing of the instansi's Arsitektur Pemdi has been filled in", "S19", "screenshot;title", eval_year=2026)
add("n13", PP, "kebijakan-prosedur", lambda: [kop_dinas(PP), ("c", "KEBIJAKAN DAN PROSEDUR KEAMANAN INFORMASI", {"bold": True, "size": 13}),
                                              ("l", "A. Ruang Lingkup", {"bold": True}), ("p", "Dokumen ini berlaku bagi seluruh sistem elektronik Pemerintah Kabupaten."),
                                              ("l", "B. Prosedur Pengelolaan Hak Akses", {"bold": True}), ("ol", ["Permohonan akun diajukan atasan langsung.", "Hak akses direviu setiap 6 bulan."]),
                                              ("l", "C. Prosedur Penanganan Insiden", {"bold": True}), ("ol", ["Insiden dilaporkan ke TTIS dalam 1x24 jam.", "TTIS melakukan analisis dan pemulihan."]),
                                              ("sig", ["Parit Malintang, 10 Januari 2025", "Kepala Dinas,", "", "", "", "Ir. DEDI SUHENDRA"])],
    ["rl:libserif-f4", "office:word-arial-a4"],
    "Kebijakan Keamanan Informasi Kabupaten.pdf", "pedoman;sop", "not-applicable", "kabupaten Padang Pariaman (Kepala Dinas Kominfo)", "Kebijakan dan prosedur keamanan informasi",
    "spbe-2020/8/L2/kebijakan", "refused", "none", "wrong-document",
    "a Dinas guideline titled 'Kebijakan …' is neither a Perkada nor a Keputusan: nothing enacts it as the Pemda's policy", "S19;S22", "names;whose-policy;enacted")


# --------------------------------------------------------------------------------------
# Pipeline.
# --------------------------------------------------------------------------------------

LABEL_COLUMNS = ["file", "layout", "format", "instansi_key", "instansi", "instansi_type", "eval_year", "kinds", "enacted", "issuer",
                 "subject", "filed_for", "verdict", "may_fill", "reason", "why", "proven_by", "units_named", "classes", "source"]


def parse_render(r):
    base, _, ovr = r.partition("|")
    parts = base.split(":")
    return parts, ovr


def ext_for(parts):
    k = parts[0]
    return {"docx": ".docx", "jpg": ".jpg", "png": ".png"}.get(k, ".pdf")


def style_for(case, parts, ovr, office=False):
    st = dict((OFFICE_STYLES if office else RL_STYLES)[parts[-1]])
    if ovr:
        st.update(case.overrides.get(ovr, {}))
    return st


def pin_pdf(path):
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate\s*\(D:[^)]*\)", b"/CreationDate(D:20240101000000Z)", data)
    data = re.sub(rb"/ModDate\s*\(D:[^)]*\)", b"/ModDate(D:20240101000000Z)", data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", b"/ID [<00000000000000000000000000000000><00000000000000000000000000000000>]", data)
    # LibreOffice's checksum covers the dates just pinned; same length, fixed digits.
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(path, "wb").write(data)


def office_convert(jobs, tmp):
    """Converts every .docx in one LibreOffice run (a run per file costs seconds each)."""
    if not jobs:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install libreoffice-writer-nogui (Debian) for the Word-export layouts")
    outdir = os.path.join(tmp, "office-pdf")
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.join(tmp, "lo-profile")
    # Comments are exported as margin balloons, as Word's "Show markup" PDF export does.
    flt = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
    subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", flt, "--outdir", outdir] + jobs,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for j in jobs:
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(j))[0] + ".pdf")
        if not os.path.exists(pdf):
            sys.exit("LibreOffice did not convert " + j)
        pin_pdf(pdf)


def generate(out, only=None, jobs=2, labels_only=False):
    rng_master = random.Random(SEED)
    files_dir = os.path.join(out, "files")
    if os.path.isdir(files_dir) and not only and not labels_only:
        shutil.rmtree(files_dir)
    os.makedirs(files_dir, exist_ok=True)
    rows, tasks = [], []
    tmp = tempfile.mkdtemp(prefix="spbe-corpus-")
    office_jobs = []
    try:
        plan = []
        for case in CASES:
            for i, r in enumerate(case.renders):
                rid = f"{case.cid}-{i + 1}"
                parts, ovr = parse_render(r)
                # A row's seed depends on its id only: adding rows never changes the others.
                seed = zlib.crc32(rid.encode()) ^ SEED
                plan.append((case, rid, r, parts, ovr, seed))
        if only:
            plan = [p for p in plan if re.search(only, p[1])]
        # Stage 1: sources (reportlab PDFs, .docx for Word and LibreOffice).
        srcs = {}
        for case, rid, r, parts, ovr, seed in ([] if labels_only else plan):
            kind = parts[0]
            if kind == "shot":
                continue
            base = parts[-2:]  # e.g. ["rl","times-a4"] or ["office","word-…"] or ["docx", style]
            if kind in ("rl", "office", "docx"):
                base = [kind, parts[1]]
            els = case.build()
            key = rid
            if base[0] == "rl":
                path = os.path.join(tmp, key + ".pdf")
                render_rl(els, path, style_for(case, base, ovr))
                srcs[rid] = path
            else:
                path = os.path.join(tmp, key + ".docx")
                render_docx(els, path, style_for(case, base, ovr, office=True))
                if kind == "docx":
                    srcs[rid] = path
                else:
                    office_jobs.append(path)
                    srcs[rid] = os.path.join(tmp, "office-pdf", key + ".pdf")
        # Stage 2: Word exports.
        office_convert(office_jobs, tmp)
        # Stage 3: final files (copies, scans, photos, screenshots).
        def finish(item):
            case, rid, r, parts, ovr, seed = item
            rng = random.Random(seed)
            kind = parts[0]
            d = os.path.join(files_dir, rid)
            if not labels_only:
                os.makedirs(d, exist_ok=True)
            name = os.path.splitext(case.name)[0] + ext_for(parts)
            if kind == "shot":
                name = case.name
            dest = os.path.join(d, name)
            if labels_only:
                pass
            elif kind == "shot":
                case.build()(dest, rng)
            elif kind in ("rl", "office", "docx"):
                shutil.copyfile(srcs[rid], dest)
            else:
                preset = dict(SCANS[parts[1]])
                dpi = preset.pop("dpi")
                scan_pdf(srcs[rid], dest, rng, dpi=dpi, sign_on=case.sign, stamp_on=(case.sign, case.stampl) if case.sign and case.stampl else None,
                         out_jpg=dest if kind == "jpg" else None, pages=("reverse" if ovr == "rev" else case.overrides.get("pages")), **preset)
            return (case, rid, r, parts, ovr, os.path.relpath(dest, out))
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            done = list(ex.map(finish, plan))
        for case, rid, r, parts, ovr, rel in done:
            fmt = {"rl": "text-pdf", "office": "word-export-pdf", "docx": "docx", "scan": "scan-pdf", "twoup": "two-up-scan-pdf",
                   "photo": "phone-photo-pdf", "jpg": "phone-photo-jpg", "shot": "screenshot-" + os.path.splitext(rel)[1][1:]}[parts[0]]
            layout = case.tpl + "/" + ":".join(parts if parts[0] != "shot" else parts[:1]) + (("|" + ovr) if ovr else "")
            reason, verdict, why, enacted = case.reason, case.verdict, case.why, case.enacted
            if parts[0] != "shot" and len(parts) > 1 and parts[1] == "blur":
                verdict, reason, why = "refused", "unreadable", "scanned at 60 dpi and blurred: no person can read it either; " + why
            if reason == "draft":
                why += " (a draft stands for level 1 only, which needs no evidence)"
            if parts[0] == "docx" and case.enacted == "yes" and verdict == "counts":
                verdict, reason = "refused", "wrong-format"
                why = "the editable Word file of an enacted text is not the signed, promulgated regulation the asesor asks for; " + why
            rows.append({"file": rel, "layout": layout, "format": fmt, "instansi_key": case.inst, "instansi": INSTANSI[case.inst],
                         "instansi_type": "pemerintah-daerah", "eval_year": str(case.eval_year), "kinds": case.kinds, "enacted": enacted,
                         "issuer": case.issuer, "subject": case.subject, "filed_for": case.filed, "verdict": verdict,
                         "may_fill": case.may if verdict == "counts" else "none",
                         "reason": reason, "why": why, "proven_by": case.proven, "units_named": case.units, "classes": case.klass, "source": case.source})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows.sort(key=lambda r: r["file"])
    return rows


# Labels found wrong against the files themselves after the analyzer ran, each with the
# evidence (README, "Label corrections"). Applied when the labels are written, so a
# regeneration keeps them.
CORRECTIONS = {
    # The bilevel 200-dpi scan thresholds the light-grey DRAF watermark away: no pixel of
    # it is left (pdfimages: a 1-bit CCITT image; rendered, the page shows none), so
    # what reaches the asesor is a numbered, dated, signed Perbup.
    "e04-3": {"kinds": "perkada", "enacted": "yes", "verdict": "counts", "may_fill": "spbe-2020/8/L2/kebijakan", "reason": "ok",
              "why": "the scan (bilevel 200 dpi) lost the light-grey DRAF watermark of its source: numbered, dated and signed as it reaches the asesor (label corrected, see README)"},
}


def write_labels(out, rows):
    with open(os.path.join(out, "LABELS.tsv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=LABEL_COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writeheader()
        for r in rows:
            row_id = r["file"].split("/")[1] if r["file"].count("/") >= 2 else ""
            r = {**r, **CORRECTIONS.get(row_id, {})}
            w.writerow({k: str(v).replace("\t", " ").replace("\n", " ") for k, v in r.items()})


def check_labels(out):
    """Checks LABELS.tsv against the shipped packs: every filed_for and may_fill is a real
    requirement, every kind a pack's kind id, and a row that counts is of a kind its
    requirement accepts. Needs PyYAML; reads rules/ only for ids, never the analyzer."""
    import yaml
    reqs = {}
    for pid in ("spbe-2020", "pemdi-2026"):
        pack = yaml.safe_load(open(os.path.join(ROOT, "rules", pid + ".yaml")))
        for ind in pack["indicators"]:
            for lv, level in ind["levels"].items():
                for r in level.get("requirements") or []:
                    reqs[f"{pid}/{ind['id']}/L{lv}/{r['id']}"] = r
    vocab = {k for r in reqs.values() for k in r["kinds"]} | {"draf", "surat"}
    problems = []
    rows = list(csv.DictReader(open(os.path.join(out, "LABELS.tsv")), delimiter="\t"))
    for r in rows:
        where = r["file"]
        if r["filed_for"] not in reqs:
            problems.append(f"{where}: unknown requirement {r['filed_for']}")
        problems += [f"{where}: unknown kind {k}" for k in r["kinds"].split(";") if k not in vocab]
        if not os.path.exists(os.path.join(out, r["file"])):
            problems.append(f"{where}: missing file")
        if r["verdict"] == "counts":
            req = reqs.get(r["filed_for"], {"kinds": []})
            if not set(r["kinds"].split(";")) & set(req["kinds"]):
                problems.append(f"{where}: counts, but none of its kinds is one {r['filed_for']} accepts")
            if r["reason"] != "ok":
                problems.append(f"{where}: counts with reason {r['reason']}")
            for m in r["may_fill"].split(";"):
                if re.sub(r"\(.*\)$", "", m) not in reqs:
                    problems.append(f"{where}: unknown may_fill {m}")
            if req.get("enacted") and r["enacted"] != "yes":
                problems.append(f"{where}: counts for an enacted-only requirement but enacted={r['enacted']}")
        elif r["verdict"] == "refused":
            if r["reason"] == "ok" or r["may_fill"] != "none":
                problems.append(f"{where}: refused, yet reason={r['reason']} may_fill={r['may_fill']}")
        else:
            problems.append(f"{where}: verdict {r['verdict']}")
    for p in problems:
        print(p)
    print(f"{len(rows)} rows, {len(problems)} problems")
    return not problems


def write_instansi(out):
    with open(os.path.join(out, "INSTANSI.tsv"), "w") as f:
        f.write("instansi_key\tinstansi\tinstansi_type\topd\n")
        for k, v in INSTANSI.items():
            f.write(f"{k}\t{v}\tpemerintah-daerah\t{';'.join(OPD[k])}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", help="regenerate only the rows whose id matches this regular expression (labels untouched)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list", action="store_true", help="print the planned rows and exit")
    ap.add_argument("--labels-only", action="store_true", help="write LABELS.tsv and INSTANSI.tsv without rendering")
    ap.add_argument("--check", action="store_true", help="check LABELS.tsv against rules/*.yaml (needs PyYAML) and exit")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check_labels(a.out) else 1)
    if a.list:
        for c in CASES:
            for i, r in enumerate(c.renders):
                print(f"{c.cid}-{i + 1}\t{c.tpl}\t{r}\t{c.name}")
        return
    os.makedirs(a.out, exist_ok=True)
    rows = generate(a.out, a.only, a.jobs, labels_only=a.labels_only)
    if not a.only:
        write_labels(a.out, rows)
        write_instansi(a.out)
    print(f"{len(rows)} documents, {len(set(r['layout'] for r in rows))} layouts, {len(set(r['layout'].split('/')[0] for r in rows))} templates")


if __name__ == "__main__":
    main()
