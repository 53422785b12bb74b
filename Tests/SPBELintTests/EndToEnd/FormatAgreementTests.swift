import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// A CI dashboard reads the format, not the exit code: every format must say "failed"
/// exactly when the run exits 1. The scenarios cover a clean pass, missing evidence, and
/// the case that used to slip through: a run that fails only on over-claims and
/// narratives (`--target 1` on the SPBE sample), where JUnit was green and SARIF's
/// summary read "0 gaps".
@Suite("Formats agree with the exit code")
struct FormatAgreementTests {
    static func scenarios() throws -> [(name: String, arguments: [String], tree: TempTree?)] {
        let clean = TempTree("clean")
        clean.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        clean.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let gaps = TempTree("gaps")
        gaps.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        gaps.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let sample = Fixtures.packageRoot.appendingPathComponent("sample-evidence/spbe-2020").path
        return [
            ("clean", [clean.root], clean),
            ("gaps", [gaps.root], gaps),
            ("claims-only", [sample, "--target", "1", "--today", "2026-09-23"], nil),
        ]
    }

    /// What each format says about the run, read the way its consumer reads it.
    static func saysFailure(_ format: String, _ output: String) throws -> Bool {
        switch format {
        case "text", "markdown":
            let line = try #require(output.split(separator: "\n").first { $0.contains("problems to fix") || $0.contains("problem to fix") })
            let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
            return Int(digits) ?? -1 > 0
        case "json":
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let summary = try #require(document["summary"] as? [String: Any])
            #expect((summary["errors"] as? Int ?? 0 > 0) == (summary["exitCode"] as? Int == 1))
            return summary["exitCode"] as? Int == 1
        case "sarif":
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let results = ((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
            return results.contains { $0["level"] as? String == "error" }
        case "junit":
            let header = try #require(output.split(separator: "\n").first { $0.contains("<testsuites") })
            let failures = header.split(separator: " ").first { $0.hasPrefix("failures=") }?.dropFirst(10).prefix { $0.isNumber }
            return Int(failures ?? "") ?? -1 > 0
        case "github":
            return output.split(separator: "\n").contains { $0.hasPrefix("::error") }
        case "csv":
            // The severity cell, wherever it sits ("Already there" comes after it).
            let rows = output.split(separator: "\r\n").dropFirst()
            return rows.contains { $0.hasSuffix(",blocks") || $0.contains(",blocks,") }
        case "html":
            return output.contains("class=\"summary fail\"")
        case "docx":
            // The entries are stored: the summary paragraph is readable in the zip's bytes.
            let line = try #require(output.components(separatedBy: "<w:t xml:space=\"preserve\">").first { $0.contains("problems to fix") || $0.contains("problem to fix") })
            let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
            return Int(digits) ?? -1 > 0
        default:
            Issue.record("no reading for format \(format)")
            return false
        }
    }

    @Test(arguments: Reporters.identifiers)
    func failureIsSaidExactlyWhenTheRunFails(format: String) throws {
        let scenarios = try Self.scenarios()
        for scenario in scenarios {
            let result = try CLI.run(scenario.arguments + ["--format", format])
            #expect([0, 1].contains(result.status), "\(scenario.name): \(result.stderr)")
            let failed = try Self.saysFailure(format, result.stdout)
            #expect(failed == (result.status == 1), "\(format) on \(scenario.name): says failed = \(failed), exit \(result.status)")
        }
        // The scenarios cover both outcomes, and the claims-only run really fails.
        #expect(try CLI.run(scenarios[0].arguments).status == 0)
        #expect(try CLI.run(scenarios[2].arguments).status == 1)
    }
}
