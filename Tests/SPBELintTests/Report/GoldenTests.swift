import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

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
    /// Goldens pin the reporters, not the document reader (Contents/ tests that): the build
    /// with and without the Contents trait must give the same golden.
    static let linter: Linter = {
        var options = Linter.Options(context: RunContext.testing(today: Day("2026-09-23")!))
        options.readsDocuments = false
        return Linter(options: options)
    }()

    @Test func textReport() throws {
        let tree = Self.fixture()
        let report = try Self.linter.run(root: tree.root)
        let text = Fixtures.withoutBuildNotice(Self.normalized(TextReporter().report(report), root: tree.root))
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
