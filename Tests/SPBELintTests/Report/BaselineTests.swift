import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Baseline")
struct BaselineTests {
    @Test func writeThenCompareShowsOnlyNewFindingsAndShrinks() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let files = TempTree("baseline")
        let baseline = files.path("baseline.json")

        let written = try CLI.run([tree.root, "--write-baseline", baseline])
        #expect(written.status == 0, "writing a baseline is not a failure")
        #expect(written.stderr.contains("baseline written to"))
        let recorded = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: baseline))) as? [String: Any]
        #expect(recorded?["version"] as? Int == 1)
        #expect(((recorded?["entries"] as? [Any])?.count ?? 0) > 40)

        let same = try CLI.run([tree.root, "--baseline", baseline])
        #expect(same.status == 0, "\(same.stdout)")
        #expect(same.stdout.contains("known findings hidden by the baseline"))

        // A new gap: the only thing reported.
        try FileManager.default.removeItem(atPath: tree.path("01/Perwali Arsitektur SPBE.pdf"))
        let worse = try CLI.run([tree.root, "--baseline", baseline, "--format", "json"])
        #expect(worse.status == 1)
        let findings = ((try JSONSerialization.jsonObject(with: Data(worse.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]]) ?? []
        #expect(findings.map { $0["ruleId"] as? String } == ["spbe-2020/1/L2/kebijakan"])

        // A fixed gap still in the baseline fails the run until the baseline is rewritten.
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        tree.file("02/Perwali Peta Rencana SPBE.pdf", Fixtures.textPDF(saying: "Bukti dukung peta rencana SPBE"))
        let better = try CLI.run([tree.root, "--baseline", baseline])
        #expect(better.status == 1)
        #expect(better.stdout.contains("spbe-2020/2/L2/kebijakan: fixed, but still in the baseline\n"), "the rule id is the subject, said once")
        // The hint is the command that refreshes it, with this run's file and folder.
        #expect(better.stdout.contains("spbe-lint check --write-baseline \(Baseline.shellWord(baseline)) \(Baseline.shellWord(tree.root))"), "\(better.stdout.suffix(400))")
        #expect(try CLI.run([tree.root, "--write-baseline", baseline]).status == 0)
        #expect(try CLI.run([tree.root, "--baseline", baseline]).status == 0)
    }

    @Test func unusableBaselinesAreErrors() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        let files = TempTree("baseline")
        #expect(try CLI.run([tree.root, "--baseline", files.path("missing.json")]).status == 2)
        let garbage = files.file("garbage.json", "{not json")
        #expect(try CLI.run([tree.root, "--baseline", garbage]).stderr.contains("is not a usable baseline"))
        let pemdi = files.file("pemdi.json", "{\"version\": 1, \"framework\": \"pemdi-2026\", \"entries\": []}")
        let other = try CLI.run([tree.root, "--baseline", pemdi])
        #expect(other.status == 2)
        #expect(other.stderr.contains("was written for 'pemdi-2026'"))
        #expect(try CLI.run([tree.root, "--baseline", pemdi, "--write-baseline", files.path("x.json")]).status == 2)
    }
}
