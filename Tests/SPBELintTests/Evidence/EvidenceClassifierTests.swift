import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Names the issue found misread, with the kinds they really are (written down from the
/// regulation's document types, not from the keywords).
@Suite("Kind precedence and narrow keywords")
struct KindPrecedenceTests {
    static let classifier = EvidenceClassifier(catalogue: Fixtures.spbe.catalogue)

    static func kinds(_ name: String) -> Set<String> { classifier.kinds(ofName: name) }

    @Test(arguments: [
        ("Laporan Pelaksanaan Manajemen Perubahan 2025.pdf", ["laporan"]),
        ("Undangan Entry Meeting Audit Infrastruktur 2025.pdf", ["undangan"]),
        ("ST Tim Audit Infrastruktur 2025.pdf", ["surat-tugas"]),
        ("Screenshot Aplikasi Presensi Online.png", ["screenshot"]),
        ("Notulensi Rapat Pembahasan SOP Helpdesk.pdf", ["notulen"]),
        ("Standar Pelayanan Helpdesk.pdf", []),
        ("Peta Rencana SPBE Kota Sukamaju 2022-2026.pdf", ["peta-rencana"]),
        ("Laporan Tindak Lanjut Evaluasi Tim Koordinasi 2024.pdf", ["tindak-lanjut"]),
        ("Rencana Manajemen Risiko 2026.pdf", ["dokumen-perencanaan"]),
        ("Register Risiko SPBE 2025.xlsx", ["register-risiko"]),
        ("Dokumentasi Siklus Pembangunan Aplikasi.pdf", ["dokumen-teknis"]),
        ("Dok Arsitektur SPBE.pdf", ["arsitektur"]),
        ("ND Konsultasi Anggaran TIK.pdf", ["nota-dinas"]),
        ("Laporan Hasil Audit Keamanan SPBE 2025.pdf", ["audit"]),
        ("Laporan Pentest Aplikasi Perizinan 2025.pdf", ["audit"]),
        ("Daftar Hadir Rapat Tim Koordinasi.pdf", ["daftar-hadir"]),
        ("Draft Perbup Pembangunan Aplikasi.pdf", ["draf", "perkada"]),
        // Named as phones, cameras and PCs name them.
        ("WhatsApp Image 2026-03-12 at 09.30.12.jpeg", ["foto"]),
        ("IMG-20240312-WA0004.jpg", ["foto"]),
        ("IMG20250501_093012.jpg", ["foto"]),
        ("PXL_20250101_010203.jpg", ["foto"]),
        ("DSC_0042.JPG", ["foto"]),
        ("Screenshot_2024-05-01-10-20-30.png", ["screenshot"]),
        ("Screen Shot 2024-05-01 at 10.20.30.png", ["screenshot"]),
        ("Tangkap Layar Aplikasi SIPD.png", ["screenshot"]),
        ("Printscreen SIMPEG.png", ["screenshot"]),
        ("PrtSc LPSE.png", ["screenshot"]),
        ("Snapshot Aplikasi LPSE.png", ["screenshot"]),
        ("srikandi.url", ["url"]),
        ("portal layanan.webloc", ["url"]),
        ("Rekaman Penggunaan.wmv", ["video"]),
        ("rekaman.3gp", ["video"]),
        // Abbreviations and document types staff use.
        ("Perwako No 3 Tahun 2024 tentang SPBE.pdf", ["perkada"]),
        ("Kepwako Tim Koordinasi SPBE.pdf", ["sk"]),
        ("Kep. Bupati Tim Koordinasi.pdf", ["sk"]),
        ("SE Sekda tentang Penggunaan Srikandi.pdf", ["surat-edaran"]),
        ("Instruksi Bupati tentang SPBE.pdf", ["sk"]),
        ("Protap Helpdesk.pdf", ["sop"]),
        ("ND Permohonan Data.pdf", ["nota-dinas"]),
        ("Sprint Tim Audit Internal.pdf", ["surat-tugas"]),
        ("DH Rapat Koordinasi.pdf", ["daftar-hadir"]),
        ("Resume Rapat Forum SPBE.pdf", ["notulen"]),
        ("Rekapitulasi Pengaduan 2025.pdf", ["laporan"]),
        ("LHP Inspektorat 2025.pdf", ["audit"]),
        ("LHE SAKIP 2025.pdf", ["reviu"]),
        ("LKjIP Diskominfo 2025.pdf", ["laporan"]),
        ("DPPA Diskominfo 2025.pdf", ["rka-dpa"]),
        ("RAB Pengembangan Aplikasi.pdf", ["rka-dpa"]),
        ("BAST Perangkat Jaringan.pdf", ["berita-acara"]),
        ("Und Rapat Tim Koordinasi.pdf", ["undangan"]),
        ("Kesepakatan Bersama Diskominfo dan BPS.pdf", ["kerja-sama"]),
        ("PermenPANRB 59 Tahun 2020.pdf", ["peraturan-pusat"]),
        ("Permenkominfo 4 Tahun 2016.pdf", ["peraturan-pusat"]),
        // Separators typed without knowing: a no-break space, an en dash, curly quotes.
        ("Perwali\u{00A0}No 13 Tahun 2021.pdf", ["perkada"]),
        ("Perwali\u{2013}Arsitektur SPBE.pdf", ["perkada"]),
        ("\u{201C}SK\u{201D} Tim Koordinasi.pdf", ["sk"]),
    ])
    func readsTheDocumentType(name: String, expected: [String]) {
        #expect(Self.kinds(name) == Set(expected), "\(name)")
    }
}
