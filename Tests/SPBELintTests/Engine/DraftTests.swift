import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        tree.file("04 Kebijakan Pembangunan Aplikasi/" + name, Fixtures.unsignedPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let result = try #require(report.results.first { $0.indicator.id == "4" })
        #expect(result.supportedLevel == 1, "\(name) is a draft")
        let draft = report.findings.first { $0.ruleID.hasSuffix("/draft") }
        #expect(draft?.message.contains("counts for level 1 only") == true, "\(report.findings.map(\.message))")
        #expect(draft?.severity == .error)
    }

    @Test func theEnactedVersionCounts() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        tree.file("04 Kebijakan Pembangunan Aplikasi/Draft Perbup Pembangunan Aplikasi.pdf", Fixtures.unsignedPDF)
        tree.file("04 Kebijakan Pembangunan Aplikasi/Perbup No 5 Tahun 2024 tentang Pembangunan Aplikasi.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(report.results.first { $0.indicator.id == "4" }?.supportedLevel == 2)
        #expect(report.findings.first { $0.ruleID.hasSuffix("/draft") }?.severity == .warning, "the draft is still pointed out")
    }
}
