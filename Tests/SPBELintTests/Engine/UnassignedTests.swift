import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Where an unassigned file belongs")
struct UnassignedSuggestionTests {
    @Test func theBestFittingIndicatorIsNamed() throws {
        let topics = IndicatorTopics(pack: Fixtures.spbe)
        #expect(topics.suggest(for: "Notulen Forum Kolaborasi SPBE.pdf")?.id == "20")
        #expect(topics.suggest(for: "Laporan Audit Keamanan 2025.pdf")?.id == "31")
        #expect(topics.suggest(for: "Register Risiko 2025.xlsx")?.id == "21")
        #expect(topics.suggest(for: "Foto Kegiatan.jpg") == nil, "no topic word: no guess")
        #expect(topics.suggest(for: "Sistem Penghubung Layanan.pdf") == nil, "7 and 18 tie: no guess")
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("Lain/Notulen Forum Kolaborasi SPBE.pdf", QualityTests.validPDF)
        let finding = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).findings.first { $0.category == .unassigned })
        #expect(finding.hint?.contains("fits indicator 20 (Kolaborasi Penerapan SPBE)") == true)
    }
}

@Suite("The stray-file hint names the tree's own folders")
struct UnassignedOwnFolderTests {
    @Test func theFittingIndicatorsFolderIsNamedAsTheTreeNamesIt() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("Indikator 31 Audit Keamanan SPBE/Laporan Audit Keamanan 2024.pdf", QualityTests.validPDF)
        tree.file("Indikator 20 Kolaborasi/Notulen.pdf", QualityTests.validPDF)
        tree.file("Laporan Audit Keamanan 2025.pdf", QualityTests.validPDF)
        tree.file("Foto Kegiatan.jpg", QualityTests.validPDF)
        let findings = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).findings.filter { $0.category == .unassigned }
        let fitting = try #require(findings.first { $0.path == "Laporan Audit Keamanan 2025.pdf" }?.hint)
        #expect(fitting.contains("move it into 'Indikator 31 Audit Keamanan SPBE/'"), "\(fitting)")
        let unknown = try #require(findings.first { $0.path == "Foto Kegiatan.jpg" }?.hint)
        #expect(unknown.contains("'Indikator 20 Kolaborasi/', 'Indikator 31 Audit Keamanan SPBE/'"), "natural order, the tree's names: \(unknown)")
        #expect(!unknown.contains("01-…"))
    }

    @Test func aTreeWithoutIndicatorFoldersGetsTheConventions() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("Foto Kegiatan.jpg", QualityTests.validPDF)
        let finding = try #require(try Linter(options: .init(context: Fixtures.context)).run(root: tree.root).findings.first { $0.category == .unassigned })
        #expect(finding.hint?.contains("'01-…'") == true)
    }
}
