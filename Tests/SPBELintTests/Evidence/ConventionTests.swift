import Testing
@testable import SPBELint
@testable import SPBELintReport

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

    /// The walk tries only the file patterns that could start with a name's first byte
    /// (`fileCandidates`): on the shipped patterns, a config's own, and names of every
    /// first byte, the answer is the one trying them all gives.
    @Test func candidatesByFirstByteChangeNoAnswer() throws {
        let own = try #require(NamePattern("butir-{n}-*"))
        let bracketed = try #require(NamePattern("-{n}-*"))
        for conventions in [Conventions.standard, Conventions(folders: [], files: [own, bracketed] + Conventions.standard.files)] {
            let candidates = try #require(conventions.fileCandidates)
            var names = ["19. SK Tim Koordinasi SPBE.pdf", "I4-L2-01 SK.pdf", "i4 l2 SK.pdf", "Indikator ke-9 SK Audit.pdf",
                         "[16] SOP Pusat Data.pdf", "(3) Notulen.pdf", "Butir 7 Laporan.pdf", "Ind 16 SOP.pdf", "İ4-L2 SK.pdf",
                         "Ünsur 5.pdf", "000135 Perwali No 551 Tahun 2023.pdf", "SK Tim.pdf", "-", "7", ""]
            // One name for every first byte, followed by a number and words.
            names += (0...255).map { String(decoding: [UInt8($0)] + Array("12 Notulen Rapat.pdf".utf8), as: UTF8.self) }
            for name in names {
                let bytes = Array(name.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    let isASCII = !buffer.contains { $0 >= 0x80 }
                    let all = conventions.matchFile(bytes: buffer, isASCII: isASCII)
                    let among = buffer.first.map { candidates[Int($0)] } ?? 0
                    let chosen = among == 0 ? nil : conventions.matchFile(bytes: buffer, isASCII: isASCII, candidates: among)
                    #expect(all?.number == chosen?.number && all?.level == chosen?.level, "\(name)")
                }
            }
            // The shipped patterns take a digit-led name on one pattern, not seven.
            #expect(candidates[Int(UInt8(ascii: "0"))].nonzeroBitCount < conventions.files.count)
        }
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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nconventions:\n  folders: [\"bukti-{n}\"]\n")
        tree.file("bukti-12/Peta Rencana SPBE 2022-2026.pdf", QualityTests.validPDF)
        tree.file("01 Arsitektur/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let extended = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(extended.results.first { $0.indicator.id == "12" }?.files.count == 1)
        #expect(extended.results.first { $0.indicator.id == "1" }?.files.count == 1, "the shipped patterns still apply")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nconventions:\n  replace: true\n  folders: [\"bukti-{n}\"]\n")
        let replaced = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(replaced.results.first { $0.indicator.id == "1" }?.files.isEmpty == true)
    }
}

@Suite("Office folders are not indicators")
struct OfficeFolderTests {
    @Test func numberedOfficeFoldersTieNothing() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
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
