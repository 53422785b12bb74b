import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Every format says, per indicator, which files counted and which did not, and why; all
/// read the one account the evaluator's decisions make.
@Suite("What counted and why not")
struct EvidenceAccountTests {
    static func tree() -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 3\nindicators:\n  \"4\": {owner: Diskominfo}\n  \"32\": {owner: Bappeda}\n")
        tree.file("04 Kebijakan Pembangunan Aplikasi/Perwali No 3 Tahun 2022 tentang Pembangunan Aplikasi.pdf", QualityTests.validPDF)
        tree.file("04 Kebijakan Pembangunan Aplikasi/Draft Perwali Pembangunan Aplikasi.docx", "PK")
        tree.file("04 Kebijakan Pembangunan Aplikasi/Daftar Hadir Sosialisasi.pdf", Fixtures.textPDF(saying: "Daftar hadir"))
        for number in 1...2 { IdenticalCopyTests.png(tree, "32 Layanan Perencanaan/Screenshot SIPD \(number).png") }
        return tree
    }

    static func report(_ tree: TempTree, _ language: Messages.Language = .en) throws -> LintReport {
        try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!, language: language))).run(root: tree.root)
    }

    @Test func accountReadsTheEvaluatorsDecisions() throws {
        let tree = Self.tree()
        let report = try Self.report(tree)
        let four = try #require(report.results.first { $0.indicator.id == "4" })
        let account = report.account(of: four)
        #expect(account.counted.map(\.path) == ["04 Kebijakan Pembangunan Aplikasi/Perwali No 3 Tahun 2022 tentang Pembangunan Aplikasi.pdf"])
        #expect(account.counted.first?.requirements == ["kebijakan"])
        let reasons = Dictionary(uniqueKeysWithValues: account.notCounted.map { (PathName.lastComponent($0.path), $0.reason) })
        #expect(reasons["Draft Perwali Pembangunan Aplikasi.docx"] == .wrongFormat)
        #expect(reasons["Daftar Hadir Sosialisasi.pdf"] == .notAsked)
        let copies = report.account(of: try #require(report.results.first { $0.indicator.id == "32" }))
        #expect(copies.counted.count == 1)
        #expect(copies.notCounted.map(\.reason) == [.duplicate])
        #expect(copies.notCounted.first?.detail.contains("Screenshot SIPD 1.png") == true)
        // Every file of the indicator is in exactly one list.
        for result in report.results {
            let account = report.account(of: result)
            #expect((account.counted.map(\.path) + account.notCounted.map(\.path)).sorted() == result.files.paths.sorted())
        }
    }

    @Test func verboseTextListsTheAccountAndTheDefaultDoesNot() throws {
        let report = try Self.report(Self.tree(), .id)
        let plain = TextReporter(options: ReporterOptions()).report(report)
        let verbose = TextReporter(options: ReporterOptions(verbose: true)).report(report)
        #expect(!plain.contains("tidak dihitung: "))
        #expect(verbose.contains("dihitung: 04 Kebijakan Pembangunan Aplikasi/Perwali No 3 Tahun 2022 tentang Pembangunan Aplikasi.pdf (untuk kebijakan)"))
        #expect(verbose.contains("tidak dihitung: 04 Kebijakan Pembangunan Aplikasi/Draft Perwali Pembangunan Aplikasi.docx — format keliru"))
        #expect(verbose.contains("— duplikat: salinan persis"))
    }

    @Test func htmlFoldsTheAccountPerIndicatorAndChecklistsSayWhatIsThere() throws {
        let report = try Self.report(Self.tree(), .id)
        let html = HTMLReporter().report(report)
        #expect(html.contains("<details><summary>✗ 4 Kebijakan Internal Pembangunan Aplikasi SPBE"))
        #expect(html.contains("Berkas: 1 dihitung, 2 tidak dihitung"))
        #expect(html.contains("tidak dihitung · format keliru"))
        #expect(html.contains("<th>Sudah ada</th>"))
        let markdown = MarkdownReporter(groupByOwner: true).report(report)
        #expect(markdown.contains("| Sudah ada |"))
        #expect(markdown.contains("Perwali No 3 Tahun 2022 tentang Pembangunan Aplikasi.pdf"))
        let csv = CSVReporter(groupByOwner: true).report(report)
        #expect(csv.split(separator: "\r\n").first?.hasSuffix(",Sudah ada") == true)
    }

    @Test func jsonCarriesTheAccount() throws {
        let report = try Self.report(Self.tree())
        let data = Data(JSONReporter().report(report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let four = try #require(indicators.first { $0["id"] as? String == "4" })
        let notCounted = try #require(four["notCounted"] as? [[String: Any]])
        #expect(Set(notCounted.compactMap { $0["reason"] as? String }) == ["wrong-format", "not-asked"])
        #expect((four["counted"] as? [[String: Any]])?.count == 1)
    }
}
