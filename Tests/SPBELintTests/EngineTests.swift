import Foundation
import Testing
@testable import SPBELint

@Suite("Evaluation")
struct EngineTests {
    func run(_ tree: TempTree, options: Linter.Options = .init(context: Fixtures.context)) throws -> LintReport {
        try Linter(options: options).run(root: tree.root)
    }

    @Test func supportedLevelClimbsWhileRequirementsAreMet() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "indicators:\n  \"1\": {confirmed: 3}\n")
        tree.file("01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("01-Arsitektur/Laporan Reviu Kebijakan Arsitektur 2024.pdf")
        tree.file("02-Peta Rencana/Laporan Reviu Peta Rencana 2024.pdf") // reviu without the regulation
        let report = try run(tree)
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.supportedLevel == 4)
        #expect(first.targetLevel == 5)
        #expect(first.gaps.map(\.requirement.id) == ["kebijakan"])
        #expect(first.gaps.first?.matched.count == 1)
        let second = try #require(report.results.first { $0.indicator.id == "2" })
        #expect(second.supportedLevel == 1, "level 4 evidence cannot lift an indicator past a missing level 2")
        #expect(report.exitCode == 1)
    }

    @Test func targetComesFromFlagThenConfigThenNextLevel() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\nindicators:\n  \"1\": {target: 4}\n")
        tree.file("01/Perwali Arsitektur.pdf")
        let configured = try run(tree)
        #expect(configured.results.first { $0.indicator.id == "1" }?.targetLevel == 4)
        #expect(configured.results.first { $0.indicator.id == "2" }?.targetLevel == 2)
        let flagged = try run(tree, options: .init(target: 3, context: Fixtures.context))
        #expect(flagged.results.allSatisfy { $0.targetLevel == 3 })
    }

    @Test func meetingEveryTargetExitsZero() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 1\n")
        let report = try run(tree)
        #expect(report.gapCount == 0)
        #expect(report.exitCode == 0)
    }

    @Test func unknownIndicatorInConfigIsAnError() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "indicators:\n  \"48\": {target: 2}\n")
        #expect(throws: ConfigError.self) { try run(tree) }
    }

    @Test func configUnknownKeySuggests() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "ignore: []\ntagret: 3\n")
        do {
            _ = try run(tree)
            Issue.record("accepted a bad config")
        } catch let error as ConfigError {
            #expect(error.description.contains(".spbe-lint.yaml:2:1: error: unknown key 'tagret' in the config; did you mean 'target'?"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func indexArithmetic() throws {
        let pack = Fixtures.spbe
        let floor = IndexEstimate(pack: pack, values: [:])
        #expect(floor.value == 1)
        #expect(floor.predikat == "Kurang")
        // Indicators 1–10 (13 % in all) at level 2, the rest at 1: (13·2 + 87·1)/100 = 1.13.
        var values: [String: Double] = [:]
        for number in 1...10 { values["\(number)"] = 2 }
        let policy = IndexEstimate(pack: pack, values: values)
        #expect(abs(policy.value - 1.13) < 1e-9)
        #expect(policy.domains.first { $0.id == "D1" }?.value == 2)
        // Everything at 3 except the Layanan domain (45.5 %) at 4: 3 + 0.455 = 3.455 → "Baik".
        var mixed: [String: Double] = [:]
        for indicator in pack.indicators { mixed[indicator.id] = indicator.number >= 32 ? 4 : 3 }
        let estimate = IndexEstimate(pack: pack, values: mixed)
        #expect(abs(estimate.value - 3.455) < 1e-9)
        #expect(estimate.predikat == "Baik")
        #expect(pack.framework.predikat(for: 4.2) == "Memuaskan")
        #expect(pack.framework.predikat(for: 3.5) == "Sangat Baik")
        #expect(pack.framework.predikat(for: 1.79) == "Kurang")
    }
}

@Suite("Golden output")
struct GoldenTests {
    static func fixture() -> TempTree {
        let tree = TempTree("evidence")
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        instansi: Pemerintah Kota Contoh
        ignore: ["arsip/"]
        indicators:
          "1": {target: 4}
        """)
        tree.file("01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("01-Arsitektur/SK Arsitektur.docx", "not a pdf")
        tree.file("19. SK Tim Koordinasi SPBE.pdf")
        tree.file("42-Pengaduan/Screenshot Dashboard LAPOR.png", "png")
        tree.file("42-Pengaduan/URL LAPOR.url", "[InternetShortcut]\nURL=https://lapor.go.id\n")
        tree.file("arsip/01 Perwali lama.pdf")
        tree.file("Lampiran/catatan rapat.pdf")
        return tree
    }

    static func normalized(_ text: String, root: String) -> String {
        text.replacingOccurrences(of: root, with: "<root>")
    }

    /// A fixed "today", so nothing in the goldens depends on when the tests run.
    static let linter = Linter(options: .init(context: RunContext(today: Day("2026-09-23")!)))

    @Test func textReport() throws {
        let tree = Self.fixture()
        let report = try Self.linter.run(root: tree.root)
        let text = Self.normalized(TextReporter().report(report), root: tree.root)
        #expect(text == Fixtures.golden("report.txt", text))
    }

    @Test func jsonReport() throws {
        let tree = Self.fixture()
        let report = try Self.linter.run(root: tree.root)
        let json = Self.normalized(JSONReporter().report(report), root: tree.root)
        #expect(json == Fixtures.golden("report.json", json))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["schema"] as? Int == 1)
        #expect((decoded?["indicators"] as? [Any])?.count == 47)
    }
}

@Suite("Freshness of dated evidence")
struct FreshnessTests {
    @Test func auditReportsOlderThanTwoYearsDoNotCount() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "year: 2026\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2026.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2022.pdf")
        let old = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        let audit = try #require(old.gaps.first { $0.requirement.id == "laporan-audit" })
        #expect(audit.stale == ["29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2022.pdf"])
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2025.pdf")
        let fresh = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        #expect(fresh.supportedLevel == 2)
    }

    /// "Dalam kurun 2 (dua) tahun terakhir" in 2025 is 2024 and 2025: a 2023 audit is too
    /// old (the window was one year too wide before).
    @Test func theWindowHoldsExactlyNYears() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "year: 2025\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2025.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2023.pdf")
        let old = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        #expect(old.supportedLevel == 1, "2023 is outside 2024–2025")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2024.pdf")
        #expect(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" }?.supportedLevel == 2)
    }

    /// "RKA 3 tahun terakhir" in 2025 means 2023, 2024 and 2025: 2022 + 2023 + 2025 leaves a hole.
    @Test func threeYearsMeansThreeConsecutiveYearsUpToTheEvaluation() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "year: 2025\ntarget: 4\nindicators:\n  \"12\": {confirmed: 3}\n")
        tree.file("12/Peta Rencana SPBE 2022-2026.pdf")
        tree.file("12/Laporan Reviu Peta Rencana SPBE 2025.pdf")
        for year in [2022, 2023] { tree.file("12/RKA Diskominfo \(year).pdf") }
        tree.file("12/DPA Diskominfo 2025.pdf")
        let gap = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "12" })
        #expect(gap.supportedLevel < 4)
        tree.file("12/RKA Diskominfo 2024.pdf")
        #expect(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "12" }?.supportedLevel == 4)
    }

    /// With no `year:` in the config, `--today` decides the evaluation year.
    @Test func todaySetsTheEvaluationYear() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2023.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2023.pdf")
        let in2024 = try Linter(options: .init(context: RunContext(today: Day("2024-09-23")!))).run(root: tree.root)
        #expect(in2024.results.first { $0.indicator.id == "29" }?.supportedLevel == 2)
        let in2026 = try Linter(options: .init(context: RunContext(today: Day("2026-09-23")!))).run(root: tree.root)
        #expect(in2026.results.first { $0.indicator.id == "29" }?.supportedLevel == 1)
    }

    @Test func rkaNeedsThreeDistinctRecentYears() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "year: 2026\ntarget: 4\nindicators:\n  \"12\": {confirmed: 3}\n")
        tree.file("12/Peta Rencana SPBE 2022-2026.pdf")
        tree.file("12/Laporan Reviu Peta Rencana SPBE 2025.pdf")
        tree.file("12/RKA Diskominfo 2025.pdf")
        tree.file("12/RKA Diskominfo 2025 revisi.pdf")
        tree.file("12/RKA Diskominfo 2019.pdf")
        tree.file("12/RKA Diskominfo.pdf")
        let result = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "12" })
        let rka = try #require(result.requirements.first { $0.requirement.id == "rka-tiga-tahun" })
        #expect(rka.count == 1, "two copies of 2025 are one year; 2019 is too old; no year cannot count")
        #expect(rka.stale.count == 2)
        tree.file("12/RKA Diskominfo 2024.pdf")
        tree.file("12/RKA Diskominfo 2026.pdf")
        let done = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "12" })
        #expect(done.supportedLevel == 4)
    }

    @Test(arguments: [("Laporan Audit 2024.pdf", 2024), ("Notulen 14-06-2023.pdf", 2023), ("Peta Rencana 2022-2026.pdf", 2026), ("SK 188.45-120.pdf", nil), ("Scan 12345.pdf", nil)] as [(String, Int?)])
    func yearFromName(name: String, year: Int?) {
        #expect(EvidenceFile.year(in: name) == year)
    }
}

/// A draft is level-1 evidence ("konsep … belum ditetapkan"): it never meets a requirement
/// that asks for an enacted (ditetapkan) regulation or SK. Each name below reached level 2
/// of indicator 4 before.
@Suite("Drafts count for level 1 only")
struct DraftTests {
    @Test(arguments: [
        "Draft Perbup Pembangunan Aplikasi.pdf",
        "Rancangan Peraturan Bupati tentang Pembangunan Aplikasi SPBE.pdf",
        "Ranperwali Pembangunan Aplikasi 2025.pdf",
        "Konsep SK Pembangunan Aplikasi.pdf",
        "Perwali Pembangunan Aplikasi (belum ditetapkan).pdf",
        "DRAF Peraturan Wali Kota Pembangunan Aplikasi.pdf",
    ])
    func draftsDoNotReachLevelTwo(name: String) throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\n")
        tree.file("04 Kebijakan Pembangunan Aplikasi/" + name, QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let result = try #require(report.results.first { $0.indicator.id == "4" })
        #expect(result.supportedLevel == 1, "\(name) is a draft")
        let draft = report.findings.first { $0.ruleID.hasSuffix("/draft") }
        #expect(draft?.message.contains("counts for level 1 only") == true, "\(report.findings.map(\.message))")
        #expect(draft?.severity == .error)
    }

    @Test func theEnactedVersionCounts() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\n")
        tree.file("04 Kebijakan Pembangunan Aplikasi/Draft Perbup Pembangunan Aplikasi.pdf", QualityTests.validPDF)
        tree.file("04 Kebijakan Pembangunan Aplikasi/Perbup No 5 Tahun 2024 tentang Pembangunan Aplikasi.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(report.results.first { $0.indicator.id == "4" }?.supportedLevel == 2)
        #expect(report.findings.first { $0.ruleID.hasSuffix("/draft") }?.severity == .warning, "the draft is still pointed out")
    }
}

/// Three byte-identical screenshots are one screenshot; one Perbup filed under two
/// indicators is normal and not reported.
@Suite("Identical copies")
struct IdenticalCopyTests {
    static func png(_ tree: TempTree, _ path: String, _ extra: String = "") {
        tree.folder(PathName.parent(path))
        FileManager.default.createFile(atPath: tree.path(path), contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data((String(repeating: "x", count: 100) + extra).utf8))
    }

    @Test func copiesCountOnceTowardAMinimum() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 3\nindicators:\n  \"32\": {target: 3}\n")
        for number in 1...3 { Self.png(tree, "32 Layanan Perencanaan/Screenshot SIPD \(number).png") }
        tree.file("32 Layanan Perencanaan/URL SIPD.url", "[InternetShortcut]\nURL=https://sipd.example.go.id\n")
        tree.file("32 Layanan Perencanaan/Video Penggunaan SIPD.mp4", "\0\0\0\u{18}ftypmp42" + String(repeating: "v", count: 50))
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let result = try #require(report.results.first { $0.indicator.id == "32" })
        // Level 2 and level 3 each need their own screenshot: three copies of one are one.
        #expect(result.supportedLevel == 2, "three copies of one screenshot are one")
        #expect(report.findings.contains { $0.category == .duplicate && $0.message.contains("count as one file") })
        Self.png(tree, "32 Layanan Perencanaan/Screenshot SIPD 2.png", "2")
        Self.png(tree, "32 Layanan Perencanaan/Screenshot SIPD 3.png", "3")
        #expect(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "32" }?.supportedLevel == 3)
    }

    @Test func oneRegulationFiledUnderTwoIndicatorsIsNotADuplicate() throws {
        let tree = TempTree()
        tree.file("01 Arsitektur/Perbup No 5 Tahun 2024 tentang SPBE.pdf", QualityTests.validPDF)
        tree.file("02 Peta Rencana/Perbup No 5 Tahun 2024 tentang SPBE.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(!report.findings.contains { $0.category == .duplicate })
        #expect(report.results.first { $0.indicator.id == "1" }?.supportedLevel == 2)
        #expect(report.results.first { $0.indicator.id == "2" }?.supportedLevel == 2)
    }
}

/// One file fills one slot per kind it is, across all requirements of a level: Pemdi I17
/// asks for a portal screenshot at level 1 and two life-event screenshots at level 2, so
/// two screenshots are not three. A file of two kinds may fill one slot of each.
@Suite("Files matched to requirement slots")
struct SlotMatchingTests {
    static func png(_ tree: TempTree, _ path: String) { IdenticalCopyTests.png(tree, path, path) }

    @Test func aFileFillsOneSlotPerKind() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\ntarget: 2\n")
        tree.file("I17 Portal/I17-L1-01 URL Portal Layanan.url", "[InternetShortcut]\nURL=https://portal.example.go.id\n")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Beranda.png")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Kelahiran.png")
        let before = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(before.results.first { $0.indicator.id == "I17" }?.supportedLevel == 1, "two screenshots cannot fill three slots")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Pindah Domisili.png")
        let after = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(after.results.first { $0.indicator.id == "I17" }?.supportedLevel == 2)
    }

    @Test func flowAssignsTheBestWay() {
        // Requirement A takes kind 1 or 2, B only kind 1. File 0 is both kinds, file 1 only kind 2:
        // the best assignment gives file 1 to A and file 0 (as kind 1) to B.
        let demands = [
            SlotMatching.Demand(minimum: 1, wanted: 0b110, candidates: [(0, 0b110), (1, 0b100)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b010, candidates: [(0, 0b110)]),
        ]
        #expect(SlotMatching.assign(demands) == [1, 1])
        // One single-kind file cannot fill two demands.
        #expect(SlotMatching.assign([
            SlotMatching.Demand(minimum: 1, wanted: 0b1, candidates: [(7, 0b1)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b1, candidates: [(7, 0b1)]),
        ]).reduce(0, +) == 1)
        // A combined file of two kinds fills one slot of each.
        #expect(SlotMatching.assign([
            SlotMatching.Demand(minimum: 1, wanted: 0b01, candidates: [(3, 0b11)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b10, candidates: [(3, 0b11)]),
        ]) == [1, 1])
    }
}

@Suite("Predikat bands")
struct PredikatTests {
    /// Computed by hand: every indicator at 2.5951 gives an index of 2.5951, shown as 2.60 but
    /// below the Baik band (2.6 – < 3.5, Lampiran I Tabel 13).
    @Test func bandsUseTheUnroundedIndex() throws {
        let pack = Fixtures.spbe
        let below = IndexEstimate(pack: pack, values: Dictionary(uniqueKeysWithValues: pack.indicators.map { ($0.id, 2.5951) }))
        #expect(TextFormat.decimal(below.value) == "2.60")
        #expect(below.predikat == "Cukup")
        let at = IndexEstimate(pack: pack, values: Dictionary(uniqueKeysWithValues: pack.indicators.map { ($0.id, 2.6) }))
        #expect(at.predikat == "Baik")
    }
}
