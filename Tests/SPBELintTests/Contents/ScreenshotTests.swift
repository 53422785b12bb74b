import Foundation
import Testing
@testable import SPBELint

/// `shows:` requirements read their screenshots by OCR (SCREENS.tsv holds the verdicts,
/// written with the fixtures before anything read them); no other image is ever read.
@Suite("Screenshots read for what they show", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
struct ScreenshotTests {
    static let config = "instansi: Pemerintah Kota Sukamaju\nrules: pemdi-2026\nyear: 2026\n"

    static func tree() throws -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", config)
        let screens = DocumentFixtures.make() + "/screens"
        for folder in try FileManager.default.contentsOfDirectory(atPath: screens) {
            try FileManager.default.copyItem(atPath: screens + "/" + folder, toPath: tree.path(folder))
        }
        return tree
    }

    @Test func everyScreenshotGetsItsVerdict() throws {
        let tree = try Self.tree()
        let report = try DocumentReadingTests.run(tree, cache: TempTree("cache").root)
        let manifest = try String(contentsOfFile: DocumentFixtures.make() + "/SCREENS.tsv", encoding: .utf8)
        var checked = 0
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let (path, verdict) = (fields[0], fields[1])
            let about = report.findings.filter { $0.path == path && $0.ruleID.hasSuffix("/content") }
            let matched = report.results.contains { $0.requirements.contains { $0.matched.contains(path) } }
            if verdict.hasPrefix("counts") {
                #expect(about.isEmpty && matched, "\(path): \(about.map(\.message))")
            } else if verdict.hasPrefix("does not show") {
                #expect(!matched)
                #expect(about.contains { $0.message.contains("does not show 'SIAP Digital'") }, "\(path): \(about.map(\.message))")
            } else {
                Issue.record("unknown verdict \(verdict)")
            }
            checked += 1
        }
        #expect(checked == 2)
        #expect(report.statistics.ocrPages == 2)
    }

    /// Only images a `shows:` requirement could count are read: a photo beside them and a
    /// screenshot in an indicator without such a requirement stay unread; a screenshot
    /// OCR cannot read (a 1x1 pixel) is judged by its name, with a note.
    @Test func noOtherImageIsRead() throws {
        let tree = try Self.tree()
        let screen = DocumentFixtures.make() + "/screens/I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png"
        try FileManager.default.copyItem(atPath: screen, toPath: tree.path("I1 Tata Kelola Pemdi/IMG-20260312-WA0004.png"))
        tree.folder("I17 Portal Layanan")
        try FileManager.default.copyItem(atPath: screen, toPath: tree.path("I17 Portal Layanan/I17-L1-02 Tampilan Portal Layanan.png"))
        let tiny = "I1 Tata Kelola Pemdi/Screenshot SIAP Digital kecil.png"
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")!
            .write(to: URL(fileURLWithPath: tree.path(tiny)))
        let report = try DocumentReadingTests.run(tree, cache: TempTree("cache").root)
        #expect(report.statistics.documents == 3, "the two screens and the tiny one, not the photo nor I17's")
        #expect(report.findings.contains { $0.path == tiny && $0.ruleID.hasSuffix("/content/unreadable") })
        #expect(report.results.contains { $0.requirements.contains { $0.matched.contains(tiny) } }, "judged by its name")
        var options = Linter.Options(context: Fixtures.context)
        options.namesOnly = true
        let names = try Linter(options: options).run(root: tree.root)
        #expect(names.statistics.documents == 0)
    }

    /// A chat screenshot named by its butir code alone has no kind word: the read plan asks
    /// the evaluator's own question (`Requirement.mayFill`), so it is read and refused like
    /// the same image under a descriptive name. It counted unread before.
    @Test func aScreenshotNamedOnlyByItsCodeIsRead() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", Self.config)
        tree.folder("I13 Aplikasi Pemdi")
        let chat = DocumentFixtures.make() + "/screens/I13 Aplikasi Pemdi/I13-L2-01 Screenshot SIAP Digital Domain Aplikasi.png"
        let path = "I13 Aplikasi Pemdi/I13-L2-01.png"
        try FileManager.default.copyItem(atPath: chat, toPath: tree.path(path))
        let report = try DocumentReadingTests.run(tree, cache: TempTree("cache").root)
        #expect(report.statistics.documents == 1, "the coded screenshot is read")
        #expect(!report.results.contains { $0.requirements.contains { $0.matched.contains(path) } }, "a chat does not count")
        #expect(report.findings.contains { $0.path == path && $0.message.contains("does not show 'SIAP Digital'") },
                "\(report.findings.filter { $0.path == path }.map(\.message))")
    }

    /// A pack must say why the words stand for the criterion, and list at least one.
    @Test func aPackMustSayWhyWordsShowTheCriterion() {
        let tests = RulePackTests()
        func withShows(_ shows: String) -> String {
            RulePackTests.minimal.replacingOccurrences(of: "- {id: sk, kinds: [sk], description: SK}", with: "- {id: sk, kinds: [sk], description: SK, shows: \(shows)}")
        }
        #expect(tests.diagnostics(withShows("{any: [SIAP Digital], heuristic: the app shows its name}")).isEmpty)
        #expect(tests.diagnostics(withShows("{any: [SIAP Digital]}")).contains { $0.contains("heuristic") })
        #expect(tests.diagnostics(withShows("{heuristic: why}")).contains { $0.contains("any") })
        #expect(tests.diagnostics(withShows("{any: [x], heuristic: why, spelling: y}")).contains { $0.contains("spelling") })
    }
}
