import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Evidence quality")
struct QualityTests {
    static let validPDF = Fixtures.textPDF

    func findings(_ tree: TempTree) throws -> [Finding] {
        try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!))).run(root: tree.root).findings
    }

    func tree(_ files: [String: String]) -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        for (path, content) in files { tree.file(path, content) }
        return tree
    }

    @Test func emptyFileDoesNotCount() throws {
        let tree = tree(["01/Perwali Arsitektur.pdf": ""])
        let found = try findings(tree)
        #expect(found.contains { $0.category == .quality && $0.ruleID.hasSuffix("/quality/empty") && $0.path == "01/Perwali Arsitektur.pdf" })
        #expect(found.contains { $0.category == .gap && $0.indicator == "1" })
    }

    @Test func namesOnlyOpensNothingAndSaysSo() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.file("01/Perwali Arsitektur.pdf", "")
        tree.file("02/Perwali Peta Rencana.pdf", Self.validPDF)
        tree.file("02/Salinan Perwali Peta Rencana.pdf", Self.validPDF)
        let full = try CLI.run([tree.root, "--today", "2026-09-23", "--lang", "en"])
        #expect(full.status == 1, "an empty Perwali does not count: \(full.stdout)")
        #expect(full.stdout.contains("empty file (0 bytes)"), "\(full.stdout)")
        #expect(full.stdout.contains("same content"), "the control run sees the duplicate: \(full.stdout)")
        #expect(!full.stdout.contains("--names-only"))

        let quick = try CLI.run([tree.root, "--today", "2026-09-23", "--lang", "en", "--names-only"])
        #expect(quick.stdout.contains("Names only (--names-only): no file was opened"), "\(quick.stdout)")
        #expect(quick.status == 0, "by name the Perwali is there: \(quick.stdout)")
        #expect(!quick.stdout.contains("empty file"), "no content check may run: \(quick.stdout)")
        #expect(!quick.stdout.contains("same content"), "duplicates need contents: \(quick.stdout)")

        let json = try CLI.run([tree.root, "--today", "2026-09-23", "--format", "json", "--names-only"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["contentsChecked"] as? Bool == false)
    }

    @Test func htmlPageSavedAsPDF() throws {
        let found = try findings(tree(["01/Perwali Arsitektur.pdf": "<!DOCTYPE html><html><body>404</body></html>"]))
        #expect(found.contains { $0.category == .quality && $0.message.contains("HTML page") })
    }

    @Test func textSavedAsPNG() throws {
        let found = try findings(tree(["42/Screenshot LAPOR.png": "just text", "42/URL LAPOR.url": "URL=https://lapor.go.id"]))
        #expect(found.contains { $0.category == .quality && $0.message.contains("content is not PNG") })
    }

    @Test func truncatedPDF() throws {
        let found = try findings(tree(["01/Perwali Arsitektur.pdf": "%PDF-1.4\n1 0 obj <<>> endobj\n"]))
        #expect(found.contains { $0.ruleID.hasSuffix("/quality/truncated-pdf") })
        let whole = try findings(tree(["01/Perwali Arsitektur.pdf": Self.validPDF]))
        #expect(!whole.contains { $0.category == .quality })
    }

    @Test func oversizedFileAgainstAPackLimit() throws {
        let tree = tree(["01/Perwali Arsitektur.pdf": "%PDF-1.4\n" + String(repeating: "x", count: 300_000) + "\n%%EOF\n"])
        tree.file("pack.yaml", "extends: spbe-2020\nquality: {max-size-mb: 0.25}\n")
        tree.file(".spbe-lint.yaml", "rules: pack.yaml\ntarget: 2\n")
        let found = try findings(tree)
        #expect(found.contains { $0.ruleID.hasSuffix("/quality/too-large") && $0.message.contains("over the 0.25 MB limit") })
    }

    /// A file over the upload limit that the reader also refuses for its size is one
    /// finding (the quality error), not that and a "could not read (too large)" note (#22).
    @Test func anOversizedDocumentIsReportedOnce() throws {
        let tree = tree(["01/Perwali Arsitektur.pdf": "%PDF-1.4\n1 0 obj <<>> endobj\n" + String(repeating: "x", count: 300_000) + "\n%%EOF\n"])
        tree.file("pack.yaml", "extends: spbe-2020\nquality: {max-size-mb: 0.25}\n")
        tree.file(".spbe-lint.yaml", "rules: pack.yaml\ntarget: 2\n")
        var context = RunContext.testing(today: Day("2026-09-23")!)
        context.documentLimits.maxBytes = 200_000
        let found = try Linter(options: .init(context: context)).run(root: tree.root).findings.filter { $0.path == "01/Perwali Arsitektur.pdf" }
        #expect(found.contains { $0.ruleID.hasSuffix("/quality/too-large") }, "\(found.map(\.message))")
        #expect(!found.contains { $0.ruleID.hasSuffix("/content/unreadable") }, "\(found.map(\.message))")
        // Without the upload limit the reader's refusal is still said, once.
        tree.file("pack.yaml", "extends: spbe-2020\nquality: {max-size-mb: off}\n")
        let alone = try Linter(options: .init(context: context)).run(root: tree.root).findings.filter { $0.path == "01/Perwali Arsitektur.pdf" }
        if ContentsSupport.available {
            #expect(alone.filter { $0.ruleID.hasSuffix("/content/unreadable") }.count == 1, "\(alone.map(\.message))")
        }
        #expect(!alone.contains { $0.ruleID.hasSuffix("/quality/too-large") })
        // The git modes say the same of the committed file: its blob is never held whole,
        // and it is not judged by its name instead.
        try SourceParityTests.commit(tree)
        for source in [GitObjects.Source.index, .revision("HEAD")] {
            var options = Linter.Options(context: context)
            options.git = source
            let committed = try Linter(options: options).run(root: tree.root).findings.filter { $0.path == "01/Perwali Arsitektur.pdf" }
            #expect(committed.map(\.ruleID) == alone.map(\.ruleID), "\(source): \(committed.map(\.message))")
        }
    }

    @Test func requirementCanSwitchACheckOff() throws {
        let tree = tree(["01/Perwali Arsitektur.pdf": ""])
        tree.file("pack.yaml", """
        extends: spbe-2020
        indicators:
          - id: "1"
            levels:
              2:
                requirements:
                  - {id: kebijakan, quality: {empty: false}}
        """)
        tree.file(".spbe-lint.yaml", "rules: pack.yaml\ntarget: 2\n")
        let found = try findings(tree)
        #expect(!found.contains { $0.category == .quality && $0.indicator == "1" })
        #expect(!found.contains { $0.category == .gap && $0.indicator == "1" })
    }

    @Test func fileNamesThatBreakUploads() throws {
        let long = String(repeating: "Perwali Arsitektur ", count: 10) + ".pdf"
        let found = try findings(tree(["01/\(long)": Self.validPDF, "02/Perwali\u{7}Peta.pdf": Self.validPDF]))
        #expect(found.contains { $0.ruleID.hasSuffix("/quality/file-name") && $0.message.contains("characters long") })
        #expect(found.contains { $0.ruleID.hasSuffix("/quality/file-name") && $0.message.contains("control or bidi characters") })
    }

    @Test func duplicatesAreReportedOncePerGroup() throws {
        let content = Fixtures.textPDF(saying: "same")
        // Copies within one indicator are reported once; the same file under another
        // indicator is how the portal wants it and is not.
        let found = try findings(tree(["01/Perwali Arsitektur.pdf": content, "01/Perwali Arsitektur (1).pdf": content,
                                       "01/Perwali Arsitektur final.pdf": content, "02/Perwali Peta Rencana.pdf": content,
                                       "04/Perwali Aplikasi.pdf": Self.validPDF]))
        let duplicates = found.filter { $0.category == .duplicate }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.path == "01/Perwali Arsitektur (1).pdf")
        #expect(duplicates.first?.message.contains("01/Perwali Arsitektur.pdf") == true)
        #expect(duplicates.first?.message.contains("01/Perwali Arsitektur final.pdf") == true)
        #expect(duplicates.first?.message.contains("02/") == false)
    }

    @Test func wrongSubstituteAndStaleEvidenceAreAlreadyCovered() throws {
        // Deny-keywords (reject:) and freshness (max-age-years) have their own suites;
        // this pins that they surface through the same finding list.
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  I10: {index: 1.8}\n")
        tree.file("I10/I10-L1-01 Hasil Indeks KAMI 2023.pdf", Self.validPDF)
        let found = try findings(tree)
        #expect(found.contains { $0.category == .wrongDocument })
    }
}

@Suite("Formats the portal does not take")
struct ConvertFormatTests {
    @Test func archivesAndOldOfficeFilesAreReported() throws {
        let tree = TempTree()
        tree.file("19 Tim Koordinasi/Dokumentasi Rapat.ZIP", "PK\u{3}\u{4}zip")
        tree.file("01 Arsitektur/Perwali Arsitektur SPBE.doc", "doc")
        tree.file("01 Arsitektur/Paparan Arsitektur.pptx", "PK\u{3}\u{4}pptx")
        tree.file("Lain/catatan.zip", "PK\u{3}\u{4}")
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let convert = report.findings.filter { $0.ruleID.hasSuffix("/quality/convert") }
        #expect(Set(convert.compactMap(\.path)) == ["19 Tim Koordinasi/Dokumentasi Rapat.ZIP", "01 Arsitektur/Perwali Arsitektur SPBE.doc", "01 Arsitektur/Paparan Arsitektur.pptx"])
        #expect(convert.allSatisfy { $0.message.contains("convert to PDF") })
    }
}
