import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// A run that could not read part of the tree is no pass, whatever a baseline says.
/// Root reads every folder, so under root the binary runs as `nobody` (setpriv): the test
/// runs in CI (as root) instead of skipping.
@Suite("Partial runs never pass")
struct PartialRunTests {
    /// Runs the CLI as a user for whom a chmod 000 folder is unreadable.
    static func runUnprivileged(_ arguments: [String]) throws -> CLI.Result {
        let environment = CLI.testEnvironment()
        if getuid() != 0 { return try Shell.run(CLI.binary, arguments, environment: environment) }
        return try Shell.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary] + arguments, environment: environment)
    }

    static let canDropPrivileges = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// A tree with one readable indicator folder and one locked folder, and a folder the
    /// unprivileged user may write the baseline into.
    static func lockedTree() -> (tree: TempTree, baseline: String) {
        let tree = TempTree()
        tree.file("01 Kebijakan Internal Arsitektur SPBE/Perwali Nomor 5 Tahun 2024 tentang Arsitektur SPBE.pdf")
        tree.file("02 Peta Rencana/locked/Perwali Nomor 6 Tahun 2024 tentang Peta Rencana SPBE.pdf")
        let out = PathName.join(PathName.parent(tree.root), "out")
        try! FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        chmod(out, 0o777)
        chmod(tree.path("02 Peta Rencana/locked"), 0)
        return (tree, PathName.join(out, "baseline.json"))
    }

    @Test(.enabled(if: canDropPrivileges, "needs setpriv to drop root"))
    func aBaselineNeitherRecordsNorHidesAnUnreadFolder() throws {
        let (tree, baseline) = Self.lockedTree()
        defer { chmod(tree.path("02 Peta Rencana/locked"), 0o755) }
        let base = ["--rules", "spbe-2020", "--names-only", "--today", "2026-09-23"]

        let plain = try Self.runUnprivileged([tree.root] + base)
        #expect(plain.status == 2, "a partial run exits 2: \(plain.stderr)")

        // Recording a partial run is refused: it would make the unchecked part "known".
        let refused = try Self.runUnprivileged([tree.root, "--write-baseline", baseline] + base)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("baseline not written: 1 folder could not be read"))
        #expect(!FileManager.default.fileExists(atPath: baseline))

        // Recorded anyway (--allow-partial), the baseline still cannot turn the run into a pass.
        let recorded = try Self.runUnprivileged([tree.root, "--write-baseline", baseline, "--allow-partial"] + base)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let written = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(!written.contains("tree/unreadable"), "the coverage finding is never recorded")

        let judged = try Self.runUnprivileged([tree.root, "--baseline", baseline] + base)
        #expect(judged.status == 2, "exit comes from coverage, not from findings: \(judged.stdout)")
        #expect(judged.stdout.contains("not everything was checked: 1 folder could not be read"))
        #expect(judged.stdout.contains("locked"))
    }

    @Test func coverageIsSetFromTheWalkNotFromFindings() throws {
        let tree = TempTree()
        tree.file("01/Perwali.pdf")
        let linter = Linter(options: Linter.Options(rules: "spbe-2020", context: Fixtures.context))
        var report = try linter.run(root: tree.root)
        #expect(report.coverage.isComplete && report.exitCode == 1)
        // Removing every finding (as a baseline or a pass might) cannot hide coverage.
        report.coverage = RunCoverage(unreadFolders: ["02/locked"])
        report.findings.removeAll()
        #expect(report.exitCode == 2)
        report.allowsPartial = true
        #expect(report.exitCode == 0)
    }
}
