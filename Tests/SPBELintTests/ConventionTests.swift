import Testing
@testable import SPBELint

@Suite("Folder and file-name conventions")
struct ConventionTests {
    let conventions = Conventions.standard

    @Test(arguments: [
        ("01-Kebijakan Arsitektur", 1, nil),
        ("01", 1, nil),
        ("19. Tim Koordinasi SPBE", 19, nil),
        ("I01", 1, nil),
        ("I-04 Kolaborasi", 4, nil),
        ("Indikator 1", 1, nil),
        ("indikator_12 Peta Rencana", 12, nil),
        ("I4-L2", 4, 2),
    ] as [(String, Int, Int?)])
    func indicatorFolders(name: String, number: Int, level: Int?) throws {
        let match = try #require(conventions.matchFolder(name))
        #expect(match.number == number)
        #expect(match.level == level)
    }

    @Test(arguments: [("L2", 2), ("level-2", 2), ("Level 3", 3), ("tingkat 2", 2), ("Tingkat_5 Optimum", 5)])
    func levelFolders(name: String, level: Int) throws {
        let match = try #require(conventions.matchFolder(name))
        #expect(match.level == level)
        #expect(match.number == nil)
    }

    @Test(arguments: ["2023", "Domain Kebijakan", "Lampiran", "L12", "level 7", "Inovasi"])
    func foldersThatAreNotConventions(name: String) {
        #expect(conventions.matchFolder(name) == nil)
    }

    @Test func fileNames() throws {
        let sk = try #require(conventions.matchFile("19. SK Tim Koordinasi SPBE.pdf"))
        #expect(sk.number == 19 && sk.level == nil)
        let pemdi = try #require(conventions.matchFile("I4-L2-01 SK Tim Koordinasi Pemdi.pdf"))
        #expect(pemdi.number == 4 && pemdi.level == 2)
        let prefixed = try #require(conventions.matchFile("I08 Perwali Keamanan Informasi.pdf"))
        #expect(prefixed.number == 8)
        #expect(conventions.matchFile("Perwali No 12 Tahun 2021.pdf") == nil)
        #expect(conventions.matchFile("2023 Laporan.pdf") == nil)
    }

    @Test func patternLanguage() throws {
        let pattern = try #require(NamePattern("bukti~{n}-*"))
        #expect(pattern.match("Bukti_07 foto.jpg")?.number == 7)
        #expect(pattern.match("Bukti07")?.number == nil)
        #expect(NamePattern("{broken") == nil)
    }
}

@Suite("gitignore-style ignore")
struct IgnoreMatcherTests {
    @Test func basics() {
        let matcher = IgnoreMatcher(patterns: ["# comment", "*.tmp", "drafts/", "/arsip", "docs/**/old", "!keep.tmp", "[Tt]humbs*"])
        #expect(matcher.isIgnored("a/b/x.tmp", isDirectory: false))
        #expect(!matcher.isIgnored("a/keep.tmp", isDirectory: false))
        #expect(matcher.isIgnored("x/drafts", isDirectory: true))
        #expect(!matcher.isIgnored("x/drafts", isDirectory: false))
        #expect(matcher.isIgnored("arsip", isDirectory: true))
        #expect(!matcher.isIgnored("sub/arsip", isDirectory: true))
        #expect(matcher.isIgnored("docs/old", isDirectory: true))
        #expect(matcher.isIgnored("docs/a/b/old", isDirectory: false))
        #expect(matcher.isIgnored("thumbs.db", isDirectory: false))
        #expect(!matcher.isIgnored("report.pdf", isDirectory: false))
    }

    @Test func doubleStarPrefix() {
        let matcher = IgnoreMatcher(patterns: ["**/node_modules", "**/cache/*.bin"])
        #expect(matcher.isIgnored("a/b/node_modules", isDirectory: true))
        #expect(matcher.isIgnored("node_modules", isDirectory: true))
        #expect(matcher.isIgnored("x/cache/y.bin", isDirectory: false))
    }
}

/// Dates and outline numbers at the start of a name are not indicator numbers.
@Suite("Leading numbers that are not indicators")
struct LeadingNumberTests {
    @Test(arguments: [
        ("12-03-2026 Notulen Rapat Tim Koordinasi.pdf", true), ("15 Maret 2024 Notulen Rapat.pdf", true),
        ("15-Mar-2024 Undangan.pdf", true), ("1.2 Peta Rencana", true), ("12.03.2026 Daftar Hadir.pdf", true),
        ("03_12_25 Foto Rapat.jpg", true), ("19. SK Tim Koordinasi SPBE.pdf", false), ("01-Arsitektur", false),
        ("14 Proses Bisnis 2018-2023.pdf", false), ("12 Peta Rencana", false), ("7 Mei", true), ("19 Tim Koordinasi SPBE", false),
    ])
    func classifies(name: String, isDate: Bool) {
        #expect(LeadingNumber.isDateOrOutline(name) == isDate, "\(name)")
    }

    @Test func datedFilesAndOutlineFoldersAreNotFiledByTheirNumber() throws {
        let tree = TempTree()
        tree.file("Rapat/12-03-2026 Notulen Rapat Tim Koordinasi.pdf", QualityTests.validPDF)
        tree.file("Rapat/15 Maret 2024 Notulen Rapat.pdf", QualityTests.validPDF)
        tree.file("1.2 Peta Rencana/Peta Rencana SPBE 2022-2026.pdf", QualityTests.validPDF)
        tree.file("19 Tim Koordinasi/12-03-2026 Notulen Rapat.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        for id in ["1", "12", "15"] {
            #expect(report.results.first { $0.indicator.id == id }?.files.isEmpty == true, "nothing is filed under \(id)")
        }
        #expect(report.results.first { $0.indicator.id == "19" }?.files.count == 1)
        #expect(!report.findings.contains { $0.ruleID.hasSuffix("name-conflict") }, "a date inside 19/ is no conflict")
    }
}

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

/// Folder and file forms staff use, each tied to the right indicator and level.
@Suite("More folder forms")
struct FolderFormTests {
    @Test(arguments: [
        ("[10] Tim Koordinasi", 10, nil), ("(11) Arsitektur", 11, nil), ("Indikator ke-7", 7, nil),
        ("No. 8 Kebijakan Keamanan", 8, nil), ("D2.I13 Keterpaduan Rencana", 13, nil), ("D4-I45 Layanan Sektor 1", 45, nil),
        ("Level II", nil, 2), ("Lv 3", nil, 3), ("Tingkat IV", nil, 4), ("Level V", nil, 5), ("L2", nil, 2),
        ("Lampiran", nil, nil), ("Level Informasi", nil, nil), ("Lvl 4", nil, 4),
    ] as [(String, Int?, Int?)])
    func folders(name: String, number: Int?, level: Int?) {
        let match = Conventions.standard.matchFolder(name)
        #expect(match?.number == number && match?.level == level, "\(name): \(String(describing: match))")
    }

    @Test(arguments: [("Ind 16 SOP Pusat Data.pdf", 16), ("[16] SOP Pusat Data.pdf", 16), ("Indikator ke-9 SK Audit.pdf", 9)])
    func files(name: String, number: Int) {
        #expect(Conventions.standard.matchFile(name)?.number == number, "\(name)")
    }
}

@Suite("Config conventions extend the defaults")
struct ConventionMergeTests {
    @Test func extendUnlessReplaced() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "conventions:\n  folders: [\"bukti-{n}\"]\n")
        tree.file("bukti-12/Peta Rencana SPBE 2022-2026.pdf", QualityTests.validPDF)
        tree.file("01 Arsitektur/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let extended = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(extended.results.first { $0.indicator.id == "12" }?.files.count == 1)
        #expect(extended.results.first { $0.indicator.id == "1" }?.files.count == 1, "the shipped patterns still apply")
        tree.file(".spbe-lint.yaml", "conventions:\n  replace: true\n  folders: [\"bukti-{n}\"]\n")
        let replaced = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(replaced.results.first { $0.indicator.id == "1" }?.files.isEmpty == true)
    }
}

@Suite("Office folders are not indicators")
struct OfficeFolderTests {
    @Test func numberedOfficeFoldersTieNothing() throws {
        let tree = TempTree()
        tree.file("01. Bappeda/Renja Bappeda 2025.pdf", QualityTests.validPDF)
        tree.file("02 Dinas Kesehatan/SK Kadis.pdf", QualityTests.validPDF)
        tree.file("19 Tim Koordinasi/Notulen Rapat.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(report.results.first { $0.indicator.id == "1" }?.files.isEmpty == true)
        #expect(report.results.first { $0.indicator.id == "2" }?.files.isEmpty == true)
        #expect(report.results.first { $0.indicator.id == "19" }?.files.count == 1)
        let notices = report.findings.filter { $0.ruleID.hasSuffix("tree/office-folder") }.compactMap(\.path)
        #expect(notices == ["01. Bappeda/", "02 Dinas Kesehatan/"])
        #expect(!Conventions.standard.isOfficeFolder("19 Tim Koordinasi"))
        #expect(!Conventions.standard.isOfficeFolder("12 Peta Rencana"))
    }
}

@Suite("Checking one indicator folder")
struct IndicatorRootTests {
    /// `spbe-lint "19 Tim Koordinasi"` counts the folder's files for 19; its numbered items
    /// ("1. Rencana Kerja …") stay items of 19, not indicator 1.
    @Test func theRootFolderNameTiesItsFiles() throws {
        let tree = TempTree("19 Tim Koordinasi")
        tree.file("1. Rencana Kerja Tim Koordinasi SPBE 2025.pdf", QualityTests.validPDF)
        tree.file("2. Laporan Pelaksanaan Tim Koordinasi 2025.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(report.results.first { $0.indicator.id == "19" }?.files.count == 2)
        #expect(report.results.first { $0.indicator.id == "1" }?.files.isEmpty == true)
        #expect(report.results.first { $0.indicator.id == "19" }?.supportedLevel == 2)
    }
}

@Suite("Numbers whose words belong to another indicator")
struct NumberTopicTests {
    @Test func aMisnumberedFolderIsNamed() throws {
        let tree = TempTree()
        tree.file("01 Peta Rencana SPBE/Perwali Peta Rencana SPBE.pdf", QualityTests.validPDF)
        tree.file("19 Tim Koordinasi SPBE/Notulen Rapat.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let warnings = report.findings.filter { $0.ruleID.hasSuffix("tree/number-topic") }
        #expect(warnings.map(\.path) == ["01 Peta Rencana SPBE/"])
        #expect(warnings.first?.message.contains("indicator 2/12") == true)
        // Folders init writes, named after their indicators, never draw it.
        let scaffold = TempTree("scaffold")
        _ = try CLI.run(["init", scaffold.root])
        #expect(try !Linter(options: .init(context: Fixtures.context)).run(root: scaffold.root).findings.contains { $0.ruleID.hasSuffix("tree/number-topic") })
    }
}
