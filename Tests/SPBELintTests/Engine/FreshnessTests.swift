import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Freshness of dated evidence")
struct FreshnessTests {
    @Test func auditReportsOlderThanTwoYearsDoNotCount() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nyear: 2026\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2026.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2022.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2022))
        let old = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        let audit = try #require(old.gaps.first { $0.requirement.id == "laporan-audit" })
        if ContentsSupport.available {
            // Its text is signed in 2022 too: refused for the date its text shows.
            #expect(audit.contentRejections.map(\.path) == ["29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2022.pdf"])
            #expect(audit.contentRejections.first?.reason == .textDated(2022, 2))
        } else {
            // Without the reader only the name dates it.
            #expect(audit.stale == ["29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2022.pdf"])
        }
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2025.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2025))
        let fresh = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        #expect(fresh.supportedLevel == 2)
    }

    /// The name claims 2025; the report is signed in 2022: the signature dates it (#23).
    /// An undated name whose text is signed inside the window counts.
    @Test(.enabled(if: ContentsSupport.available, "needs the Contents trait: the text is read"))
    func anAuditReportIsAsOldAsItsSignature() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nyear: 2025\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2025.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2025.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2022))
        let old = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        #expect(old.supportedLevel == 1)
        let rejection = try #require(old.gaps.first { $0.requirement.id == "laporan-audit" }?.contentRejections.first)
        #expect(rejection.reason == .textDated(2022, 2))
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2025.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2024))
        try FileManager.default.moveItem(atPath: tree.path("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2025.pdf"), toPath: tree.path("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur.pdf"))
        #expect(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" }?.supportedLevel == 2)
    }

    /// "Dalam kurun 2 (dua) tahun terakhir" in 2025 is 2024 and 2025: a 2023 audit is too
    /// old (the window was one year too wide before).
    @Test func theWindowHoldsExactlyNYears() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nyear: 2025\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2025.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2023.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2023))
        let old = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" })
        #expect(old.supportedLevel == 1, "2023 is outside 2024–2025")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2024.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2024))
        #expect(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).results.first { $0.indicator.id == "29" }?.supportedLevel == 2)
    }

    /// "RKA 3 tahun terakhir" in 2025 means 2023, 2024 and 2025: 2022 + 2023 + 2025 leaves a hole.
    @Test func threeYearsMeansThreeConsecutiveYearsUpToTheEvaluation() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nyear: 2025\ntarget: 4\nindicators:\n  \"12\": {confirmed: 3}\n")
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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        tree.file("29 Audit Infrastruktur/Rencana Audit Infrastruktur 2023.pdf")
        tree.file("29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur 2023.pdf", Fixtures.textPDF(saying: "Laporan Hasil Audit Infrastruktur", year: 2023))
        let in2024 = try Linter(options: .init(context: RunContext.testing(today: Day("2024-09-23")!))).run(root: tree.root)
        #expect(in2024.results.first { $0.indicator.id == "29" }?.supportedLevel == 2)
        let in2026 = try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!))).run(root: tree.root)
        #expect(in2026.results.first { $0.indicator.id == "29" }?.supportedLevel == 1)
    }

    @Test func rkaNeedsThreeDistinctRecentYears() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nyear: 2026\ntarget: 4\nindicators:\n  \"12\": {confirmed: 3}\n")
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
