import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 3\nindicators:\n  \"32\": {target: 3}\n")
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
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01 Arsitektur/Perbup No 5 Tahun 2024 tentang SPBE.pdf", QualityTests.validPDF)
        tree.file("02 Peta Rencana/Perbup No 5 Tahun 2024 tentang SPBE.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(!report.findings.contains { $0.category == .duplicate })
        #expect(report.results.first { $0.indicator.id == "1" }?.supportedLevel == 2)
        #expect(report.results.first { $0.indicator.id == "2" }?.supportedLevel == 2)
    }
}
