import Testing
@testable import SPBELint
@testable import SPBELintReport

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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
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
