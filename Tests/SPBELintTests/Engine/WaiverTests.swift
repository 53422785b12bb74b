import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Waivers and narratives")
struct WaiverNarrativeTests {
    func run(_ tree: TempTree, today: String) throws -> LintReport {
        try Linter(options: .init(context: RunContext.testing(today: try #require(Day(today))))).run(root: tree.root)
    }

    static func tree(expires: String) -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        target: 2
        waivers:
          - {indicator: "2", requirement: kebijakan, reason: "Perwali sedang diundangkan", expires: \(expires)}
          - {indicator: "3", reason: "seluruh kekurangan dibahas saat interviu", expires: \(expires)}
          - {indicator: "1", reason: "tidak ada kekurangan", expires: \(expires)}
        """)
        tree.file("01/Perwali Arsitektur SPBE.pdf")
        return tree
    }

    @Test func activeWaiverIsReportedAsWaivedNotCounted() throws {
        let report = try run(Self.tree(expires: "2026-12-31"), today: "2026-09-23")
        let waived = report.findings.filter { $0.category == .waived }
        #expect(Set(waived.compactMap(\.indicator)) == ["2", "3"])
        // Every waived gap is a note (never counted) and quotes its waiver's reason.
        #expect(waived.allSatisfy { $0.severity == .info })
        #expect(waived.allSatisfy { $0.message.contains("Perwali sedang diundangkan") || $0.message.contains("interviu") })
        #expect(!report.findings.contains { $0.indicator == "2" && $0.category == .gap })
        #expect(report.findings.contains { $0.category == .waiver && $0.indicator == "1" }, "a waiver that matches nothing is reported")
    }

    @Test func expiredWaiverMakesTheGapCountAgain() throws {
        let report = try run(Self.tree(expires: "2026-09-01"), today: "2026-09-23")
        #expect(report.findings.contains { $0.indicator == "2" && $0.category == .gap && $0.severity == .error })
        #expect(report.findings.contains { $0.indicator == "2" && $0.category == .waiver && $0.message.contains("expired on 1 September 2026") })
        #expect(!report.findings.contains { $0.category == .waived })
    }

    @Test func waiverForUnknownRequirementIsAConfigError() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nwaivers:\n  - {indicator: \"2\", requirement: kebijkan, reason: x, expires: 2026-12-31}\n")
        do {
            _ = try run(tree, today: "2026-09-23")
            Issue.record("accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains("did you mean 'kebijakan'?"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func narrativeReferencesAreChecked() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        indicators:
          "1":
            narrative: 'Perwali No 12 Tahun 2021 pasal 3 halaman 2 (file "Perwali No 12 Tahun 2021.pdf"); reviu: Laporan Reviu 2024.pdf'
          "2": {narrative: "Belum ada berkas."}
        """)
        tree.file("01/Perwali No 12 Tahun 2021.pdf")
        tree.file("03/Perwali Manajemen Data.pdf")
        let findings = try run(tree, today: "2026-09-23").findings.filter { $0.category == .narrative }
        #expect(findings.filter { $0.indicator == "1" }.map(\.message) == ["narrative names 'Laporan Reviu 2024.pdf', which is not among this indicator's files"])
        #expect(findings.contains { $0.indicator == "2" && $0.message.contains("no evidence file") })
        #expect(findings.contains { $0.indicator == "3" && $0.message.contains("no narrative") })
    }

    @Test func citationParsing() {
        let text = "Lihat pasal 5 (file PERDA-NO.-9-THN-2023.pdf) dan \"Notulen Rapat 14-06-2023.pdf\"; lampiran: Foto 1.jpg. Versi 2.0 tidak dihitung."
        #expect(NarrativeReferences.cited(in: text) == ["PERDA-NO.-9-THN-2023.pdf", "Notulen Rapat 14-06-2023.pdf", "Foto 1.jpg"])
    }
}
