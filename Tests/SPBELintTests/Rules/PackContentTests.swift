import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// A requirement without a regulatory basis says so wherever it appears.
@Suite("Heuristic requirements and notes")
struct HeuristicMarkerTests {
    @Test func heuristicsAreShownAsSuch() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 3\n")
        tree.file("19 Tim Koordinasi/Rencana Kerja Tim Koordinasi SPBE 2025.pdf", QualityTests.validPDF)
        tree.file("19 Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2025.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let gap = try #require(report.findings.first { $0.indicator == "19" && $0.requirement == "dokumentasi" })
        #expect(gap.message.contains("[heuristic, not the regulation:"), "\(gap.message)")
        let explain = try CLI.run(["explain", "19", "--level", "3"])
        #expect(explain.stdout.contains("heuristic (not the regulation)"))
        #expect(try CLI.run(["explain", "2"]).stdout.contains("note: Teks Level 5 di sumber terpotong"))
    }

    /// Every unsourced minimum the issue listed carries its reason.
    @Test func unsourcedMinimumsAreMarked() throws {
        let spbe = try RulePackLoader().load(reference: "spbe-2020")
        let pemdi = try RulePackLoader().load(reference: "pemdi-2026")
        func requirement(_ pack: RulePack, _ indicator: String, _ id: String) -> Requirement? {
            pack.indicator(indicator)?.levels.flatMap(\.requirements).first { $0.id == id }
        }
        #expect(requirement(spbe, "19", "dokumentasi")?.heuristic != nil)
        #expect(requirement(pemdi, "I15", "to-be")?.heuristic != nil)
        #expect(requirement(pemdi, "I17", "life-event")?.heuristic != nil)
        #expect(requirement(pemdi, "I3", "laporan-ai")?.heuristic != nil)
    }
}

@Suite("Level names per domain")
struct DomainLevelNameTests {
    @Test func layananUsesTheTechnicalScale() throws {
        #expect(try CLI.run(["explain", "35"]).stdout.contains("Level 3 — Transaksi"))
        #expect(try CLI.run(["explain", "21"]).stdout.contains("Level 3 — Terdefinisi"))
    }
}
