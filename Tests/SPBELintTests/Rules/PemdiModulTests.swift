import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Levels 3–5 of the Indeks Pemdi come from the Modul Indikator (issue #24): every level
/// has the modul's criteria and something that judges it, every butir code is the modul's.
@Suite("Indeks Pemdi levels 1–5 and butir codes from the modul")
struct PemdiModulTests {
    static let pack = PemdiTests.pemdi

    @Test func everyLevelHasModulCriteriaAndAJudge() {
        for indicator in Self.pack.indicators {
            for level in indicator.levels {
                let name = "\(indicator.id) L\(level.level)"
                #expect(level.criteria.count > 40, "\(name): criteria text from the modul")
                #expect(!level.criteria.contains("belum tersedia"), "\(name) is still a placeholder")
                let manual = level.manual.map { $0.contains("tidak terlihat dari nama berkas") && $0.contains("confirmed: \(level.level)") } ?? false
                let band = indicator.external.map { external in
                    external.bands.contains { $0.level == level.level } || (external.bands.isEmpty && external.scale != nil)
                } ?? false
                #expect(!level.requirements.isEmpty || manual || band, "\(name): no requirement, manual gate or index band")
                if let text = level.manual { #expect(manual, "\(name): a manual gate says what to check and how to confirm: \(text)") }
            }
        }
    }

    @Test func everyCodeIsTheModulsNumbering() throws {
        var coded: [String: (indicator: Indicator, level: Int, requirement: Requirement)] = [:]
        for indicator in Self.pack.indicators {
            for level in indicator.levels {
                for requirement in level.requirements {
                    guard let code = requirement.code else { continue }
                    #expect(coded[code.description] == nil, "\(code) is used twice")
                    coded[code.description] = (indicator, level.level, requirement)
                }
            }
        }
        #expect(Set(coded.keys) == Set(PemdiModulTable.items.map(\.code)), "the table transcribes every code the pack uses, and no other")
        for item in PemdiModulTable.items {
            guard let entry = coded[item.code] else { continue }
            let code = try #require(ButirCode(item.code))
            #expect(entry.indicator.number == code.indicator && entry.level == code.level, "\(item.code) sits at \(entry.indicator.id) L\(entry.level)")
            #expect(entry.requirement.id == item.requirement, "\(item.code) is '\(item.words)', not \(entry.requirement.id)")
            switch item.source {
            case .numbered:
                if item.reference.hasPrefix("GT.") {
                    #expect(item.reference == "GT.I\(code.indicator)_L\(code.level)_\(code.item)", "\(item.code) vs \(item.reference)")
                }
            case .modul:
                #expect(item.reference == "L\(code.level)#\(code.item)", "\(item.code) is the modul's item \(item.reference)")
            case .heuristic:
                #expect(entry.requirement.heuristic != nil, "\(item.code): the sources do not number it, so the pack must mark its reading")
            }
        }
    }

    /// The issue's examples: the SIAP Digital screenshot is I1's item 2 at level 2, the
    /// notulensi I4's item 2; MoU/PKS is level-4 evidence.
    @Test func theCodesTheIssueNamed() throws {
        func requirement(_ code: String) -> Requirement? {
            Self.pack.indicators.flatMap(\.levels).flatMap(\.requirements).first { $0.code?.description == code }
        }
        #expect(requirement("I1-L2-02")?.id == "siap-digital")
        #expect(requirement("I4-L2-02")?.kinds.contains("notulen") == true)
        let i4 = try #require(Self.pack.indicator("I4"))
        #expect(i4.requirements(for: 3).allSatisfy { !$0.requirement.kinds.contains("kerja-sama") })
        #expect(i4.levels[3].requirements.contains { $0.kinds == ["kerja-sama"] })
        #expect(requirement("I2-L2-02") == nil, "no SOP item at level 2 of I2")
        #expect(Self.pack.indicator("I9")?.requirements(for: 2).contains { $0.requirement.kinds.contains("tindak-lanjut") } == false)
    }

    func report(_ tree: TempTree) throws -> LintReport {
        try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
    }

    /// A distinct one-page PDF per file (identical bytes count once); an SK or Perwali
    /// carries its nomor and "ditetapkan di", as an enacted one does.
    static func doc(_ name: String) -> String {
        let enacted = name.contains(" SK ") || name.contains("Perwali")
        return String(decoding: DocumentFixtures.textPDF(lines: enacted
            ? ["KEPUTUSAN WALI KOTA SUKAMAJU", "NOMOR 5 TAHUN 2026", "TENTANG " + name, "Ditetapkan di Sukamaju",
               "pada tanggal 5 Januari 2026", "WALI KOTA SUKAMAJU,", "ttd", "BUDI SANTOSO"]
            : ["Bukti dukung: " + name]), as: UTF8.self)
    }

    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")!

    @Test func collaborationReachesLevelTwoWithoutAnMoU() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nyear: 2026\n")
        tree.file("I4 Kolaborasi/I4-L1-01 SK Wali Kota tentang Tim Koordinasi Pemdi.pdf", Self.doc("I4-L1-01 SK Wali Kota tentang Tim Koordinasi Pemdi.pdf"))
        tree.file("I4 Kolaborasi/I4-L1-02 Undangan Rapat Koordinasi Lintas OPD.pdf", Self.doc("I4-L1-02 Undangan Rapat Koordinasi Lintas OPD.pdf"))
        tree.file("I4 Kolaborasi/I4-L2-01 Renja Diskominfo 2026 memuat Rencana Kolaborasi.pdf", Self.doc("I4-L2-01 Renja Diskominfo 2026 memuat Rencana Kolaborasi.pdf"))
        tree.file("I4 Kolaborasi/I4-L2-02 Notulensi Kolaborasi Integrasi Layanan 2026.pdf", Self.doc("I4-L2-02 Notulensi Kolaborasi Integrasi Layanan 2026.pdf"))
        let report = try report(tree)
        let i4 = try #require(report.results.first { $0.indicator.id == "I4" })
        #expect(i4.supportedLevel == 2)
        #expect(!report.findings.contains { $0.indicator == "I4" && ($0.message.contains("MoU") || $0.hint?.contains("MoU") == true) },
                "level 3 is the next target; nothing asks for an MoU yet")
        #expect(!report.findings.contains { $0.path?.hasSuffix("I4-L2-02 Notulensi Kolaborasi Integrasi Layanan 2026.pdf") == true && $0.severity != .info })
    }

    @Test func aCorrectlyCodedSIAPDigitalScreenshotFillsItsItem() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nyear: 2026\n")
        tree.file("I1 Tata Kelola/I1-L1-01 Rancangan Renstra memuat RAN Pemdi.pdf", Self.doc("I1-L1-01 Rancangan Renstra memuat RAN Pemdi.pdf"))
        tree.file("I1 Tata Kelola/I1-L2-01 Renstra Diskominfo 2025-2029 memuat RAN Pemdi.pdf", Self.doc("I1-L2-01 Renstra Diskominfo 2025-2029 memuat RAN Pemdi.pdf"))
        // A screenshot the reader can read (a `shows:` requirement fails closed on one it
        // cannot); names only, any PNG is judged by its name.
        let screenshot = tree.path("I1 Tata Kelola/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png")
        if ContentsSupport.available && DocumentFixtures.canMake {
            try FileManager.default.copyItem(atPath: DocumentFixtures.make() + "/screens/I1 Tata Kelola Pemdi/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png", toPath: screenshot)
        } else {
            try Self.png.write(to: URL(fileURLWithPath: screenshot))
        }
        tree.file("I1 Tata Kelola/I1-L2-03 Laporan Pelaksanaan Tata Kelola Pemdi 2026.pdf", Self.doc("I1-L2-03 Laporan Pelaksanaan Tata Kelola Pemdi 2026.pdf"))
        let i1 = try #require(try report(tree).results.first { $0.indicator.id == "I1" })
        let siap = try #require(i1.requirements.first { $0.requirement.id == "siap-digital" })
        #expect(siap.matched == ["I1 Tata Kelola/I1-L2-02 Screenshot SIAP Digital Arsitektur Layanan.png"])
        let plan = try #require(i1.requirements.first { $0.requirement.id == "perencanaan" })
        #expect(plan.matched == ["I1 Tata Kelola/I1-L2-01 Renstra Diskominfo 2025-2029 memuat RAN Pemdi.pdf"])
        #expect(i1.supportedLevel == 2)
    }

    /// Three indicators at level 3 from their files alone (I10 with its IKASANDI value), no confirmation.
    @Test func levelThreeFromEvidenceAlone() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nyear: 2026\nindicators:\n  I10: {index: 3.0}\n")
        for name in [
            "I4-L1-01 SK Wali Kota tentang Tim Koordinasi Pemdi.pdf", "I4-L1-02 Undangan Rapat Koordinasi Lintas OPD.pdf",
            "I4-L2-01 Renja Diskominfo 2026 memuat Rencana Kolaborasi.pdf", "I4-L2-02 Notulensi Kolaborasi Integrasi Layanan 2026.pdf",
            "I4-L3-01 Laporan Reviu Pelaksanaan Kolaborasi Pemdi 2026.pdf", "I4-L3-02 Notulen Forum Koordinasi Pemdi Maret 2026.pdf",
            "I4-L3-02 Notulen Forum Koordinasi Pemdi Agustus 2026.pdf", "I4-L3-03 Laporan Implementasi Hasil Kolaborasi Layanan 2026.pdf",
        ] { tree.file("I4 Kolaborasi/" + name, Self.doc(name)) }
        for name in [
            "I9-L1-01 SK Tim Auditor Internal Keamanan Pemdi.pdf", "I9-L1-02 Rencana Audit Keamanan Pemdi 2026.pdf",
            "I9-L2-01 Laporan Hasil Audit Internal Keamanan Pemdi 2026.pdf", "I9-L3-01 Laporan Hasil Audit Eksternal Keamanan Pemdi 2026.pdf",
        ] { tree.file("I9 Audit/" + name, Self.doc(name)) }
        for name in ["I10-L1-01 Hasil Penilaian IKASANDI 2026.pdf", "I10-L2-01 Laporan Identifikasi IIV 2026.pdf"] {
            tree.file("I10 Keamanan/" + name, Self.doc(name))
        }
        let report = try report(tree)
        for id in ["I4", "I9", "I10"] {
            let result = try #require(report.results.first { $0.indicator.id == id })
            #expect(result.supportedLevel == 3, "\(id): \(report.findings.filter { $0.indicator == id }.map(\.message))")
            #expect(result.manualGates.allSatisfy { $0.level > 3 })
        }
    }

    /// One external audit report is not also the internal one (level 2 then 3).
    @Test func anExternalAuditIsNotTheInternalOne() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nyear: 2026\n")
        tree.file("I9 Audit/I9-L1-01 SK Tim Auditor Internal Keamanan Pemdi.pdf", Self.doc("I9-L1-01 SK Tim Auditor Internal Keamanan Pemdi.pdf"))
        tree.file("I9 Audit/I9-L1-02 Rencana Audit Keamanan Pemdi 2026.pdf", Self.doc("I9-L1-02 Rencana Audit Keamanan Pemdi 2026.pdf"))
        tree.file("I9 Audit/Laporan Hasil Audit Eksternal Keamanan Pemdi 2026.pdf", Self.doc("Laporan Hasil Audit Eksternal Keamanan Pemdi 2026.pdf"))
        let i9 = try #require(try report(tree).results.first { $0.indicator.id == "I9" })
        #expect(i9.supportedLevel == 1)
    }

    /// "Kami" the pronoun is not Indeks KAMI: only the index's name is refused.
    @Test func thePronounKamiIsNotTheIndex() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nyear: 2026\n")
        tree.file("I12 Insiden/I12-L1-01 Laporan Insiden yang Kami Tangani 2026.pdf", Self.doc("I12-L1-01 Laporan Insiden yang Kami Tangani 2026.pdf"))
        tree.file("I10 Keamanan/Laporan Insiden yang Kami Tangani 2026.pdf", Self.doc("Laporan Insiden yang Kami Tangani 2026.pdf"))
        tree.file("I11 Kriptografi/Hasil Indeks Keamanan Informasi 2023.pdf", Self.doc("Hasil Indeks Keamanan Informasi 2023.pdf"))
        let report = try report(tree)
        let wrong = report.findings.filter { $0.category == .wrongDocument }.compactMap(\.path)
        #expect(wrong == ["I11 Kriptografi/Hasil Indeks Keamanan Informasi 2023.pdf"] || wrong.isEmpty, "\(wrong)")
        #expect(!wrong.contains { $0.contains("Kami Tangani") })
        let i12 = try #require(report.results.first { $0.indicator.id == "I12" })
        #expect(i12.requirements.first { $0.requirement.id == "penanganan-insiden" }?.isMet == true)
    }
}

/// With no `rules:`, the framework in force for the evaluation year (PermenPANRB 8/2026
/// Pasal 12 revokes 59/2020): pemdi-2026 from 2026, spbe-2020 before.
@Suite("The framework in force by default")
struct FrameworkDefaultTests {
    func report(_ tree: TempTree, today: Day = Fixtures.today) throws -> LintReport {
        try Linter(options: .init(context: RunContext.testing(today: today))).run(root: tree.root)
    }

    @Test func theYearChoosesTheFramework() throws {
        let tree = TempTree()
        #expect(try report(tree).pack.framework.id == "pemdi-2026", "2026 without a config")
        #expect(try report(tree, today: Day(year: 2025, month: 9, day: 1)!).pack.framework.id == "spbe-2020")
        tree.file(".spbe-lint.yaml", "year: 2025\n")
        #expect(try report(tree).pack.framework.id == "spbe-2020", "the config's year, not the clock's")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\n")
        #expect(try report(tree).pack.framework.id == "pemdi-2026")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        #expect(try report(tree).pack.framework.id == "spbe-2020", "a named pack is kept")
    }

    @Test func aSupersededFrameworkIsWarnedAtTheTop() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        let text = try CLI.run(["--today", "2026-09-23", "--format", "text", tree.root]).stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8)
        #expect(lines.contains { $0.contains("warning") && $0.contains("spbe-2020") && $0.contains("PermenPANRB Nomor 8 Tahun 2026") }, "\(lines)")
        let pemdi = TempTree()
        #expect(!(try CLI.run(["--today", "2026-09-23", pemdi.root]).stdout.contains("was replaced")))
    }

    @Test func initAndExplainFollowTheYear() throws {
        let empty = TempTree()
        let made = try CLI.run(["init", "bukti", "--year", "2026"], in: empty.root)
        #expect(made.status == 0)
        #expect(try String(contentsOfFile: empty.path("bukti/.spbe-lint.yaml"), encoding: .utf8).contains("rules: \"pemdi-2026\""))
        _ = try CLI.run(["init", "lama", "--year", "2025"], in: empty.root)
        #expect(try String(contentsOfFile: empty.path("lama/.spbe-lint.yaml"), encoding: .utf8).contains("rules: \"spbe-2020\""))
        let configured = TempTree()
        configured.file(".spbe-lint.yaml", "year: 2026\n")
        let explained = try CLI.run(["explain", "I4"], in: configured.root)
        #expect(explained.stdout.contains("Kolaborasi Pemdi") && explained.stdout.contains("I4-L4-01"))
    }
}
