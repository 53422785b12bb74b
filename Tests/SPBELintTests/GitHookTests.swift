import Foundation
import Testing
@testable import SPBELint

/// A throw-away git repository with an evidence tree that needs one Perwali (indicator 1, level 2).
final class EvidenceRepository {
    let tree = TempTree("repo")
    var root: String { tree.root }

    init() throws {
        try git("init", "-q")
        try git("config", "user.email", "tim-spbe@example.go.id")
        try git("config", "user.name", "Tim SPBE")
        try git("config", "commit.gpgsign", "false")
        tree.file(".spbe-lint.yaml", "target: 1\nindicators:\n  \"1\": {target: 2}\n")
        tree.file("02/Perwali Peta Rencana SPBE.pdf")
    }

    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let result = try Shell.run("/usr/bin/env", ["git"] + arguments, in: root, environment: CLI.testEnvironment(environment), mergeOutput: true)
        return (result.status, result.stdout)
    }
}

@Suite("git: staged mode and hooks")
struct GitHookTests {
    @Test func stagedModeReadsTheIndexNotTheWorkingTree() throws {
        let repo = try EvidenceRepository()
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "start")
        repo.tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")

        // Untracked: the working tree has it, the commit would not.
        #expect(try CLI.run([repo.root]).status == 0)
        let untracked = try CLI.run(["check", "--staged", repo.root])
        #expect(untracked.status == 1, "an untracked file must not make the check pass")

        try repo.git("add", "01")
        #expect(try CLI.run(["check", "--staged", repo.root]).status == 0)

        // Deleted in the index (still on disk): gone for the commit.
        try repo.git("rm", "-q", "--cached", "01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        #expect(try CLI.run(["check", "--staged", repo.root]).status == 1)
    }

    @Test func stagedModeKeepsTheWalksRules() throws {
        let repo = try EvidenceRepository()
        repo.tree.file(".spbe-lint.yaml", "target: 1\nignore: [\"_draft/\"]\n")
        repo.tree.file("_draft/01 Perwali.pdf")
        repo.tree.file("01/README.spbe-lint.md", "guide")
        repo.tree.file("Lampiran/catatan.pdf")
        try repo.git("add", "-A")
        let result = try CLI.run(["check", "--staged", repo.root, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = ((report["indicators"] as? [[String: Any]]) ?? []).flatMap { ($0["files"] as? [[String: Any]]) ?? [] }.compactMap { $0["path"] as? String }
        #expect(files == ["02/Perwali Peta Rencana SPBE.pdf"])
        #expect(result.stdout.contains("Lampiran/catatan.pdf"), "unassigned files are still reported")
    }

    @Test func stagedOutsideARepositoryIsAClearError() throws {
        let tree = TempTree()
        let result = try CLI.run(["check", "--staged", tree.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read the git snapshot") && result.stderr.contains("not a git repository"), "\(result.stderr)")
    }

    @Test func installHookBlocksThenAllowsACommit() throws {
        let repo = try EvidenceRepository()
        let installed = try CLI.run(["install-hook"], in: repo.root)
        #expect(installed.status == 0, "\(installed.stderr)")
        try repo.git("add", "-A")
        let blocked = try repo.git("commit", "-q", "-m", "evidence")
        #expect(blocked.status != 0, "the hook must block a commit with a gap: \(blocked.output)")
        repo.tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        let stillBlocked = try repo.git("commit", "-q", "-m", "evidence")
        #expect(stillBlocked.status != 0, "an untracked file must not let the commit through")
        try repo.git("add", "01")
        let allowed = try repo.git("commit", "-q", "-m", "evidence")
        #expect(allowed.status == 0, "\(allowed.output)")
    }

    @Test func installHookRefusesAForeignHookUnlessForced() throws {
        let repo = try EvidenceRepository()
        let hook = repo.tree.file(".git/hooks/pre-commit", "#!/bin/sh\necho team hook\n")
        let refused = try CLI.run(["install-hook"], in: repo.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("was not written by spbe-lint; use --force"))
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == "#!/bin/sh\necho team hook\n")
        #expect(try CLI.run(["install-hook"], in: repo.root).status == 2)
        #expect(try CLI.run(["install-hook", "--force"], in: repo.root).status == 0)
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains(HookInstaller.marker))
        #expect(try CLI.run(["install-hook"], in: repo.root).status == 0, "its own hook may be rewritten")
        let outside = TempTree()
        #expect(try CLI.run(["install-hook"], in: outside.root).status == 2)
    }
}

/// The real pre-commit framework, from PyPI, with this repository as the hook repository.
enum PreCommit {
    static let directory: String? = PyPI.install(["pre-commit"], as: "precommit")

    /// This repository's HEAD: pre-commit clones the hook repository at a revision.
    static var head: String? {
        guard let result = try? Shell.run("/usr/bin/env", ["git", "rev-parse", "HEAD"], in: Fixtures.packageRoot.path),
              result.status == 0 else { return nil }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@Suite("pre-commit framework")
struct PreCommitTests {
    @Test(.enabled(if: PreCommit.directory != nil, "pip could not install pre-commit (no PyPI?)"),
          .enabled(if: PreCommit.head != nil, "this checkout is not a git repository"))
    func preCommitBlocksAGapAndAllowsTheFix() throws {
        let repo = try EvidenceRepository()
        let home = TempTree("pre-commit-home")
        let binaries = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path
        let environment = [
            "PYTHONPATH": PreCommit.directory!, "PRE_COMMIT_HOME": home.root,
            "PATH": "\(binaries):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")",
        ]
        repo.tree.file(".pre-commit-config.yaml", """
        repos:
          - repo: \(Fixtures.packageRoot.path)
            rev: \(PreCommit.head!)
            hooks:
              - id: spbe-lint-system
        """)
        let install = try Shell.run("/usr/bin/env", ["python3", "-m", "pre_commit", "install"], in: repo.root, environment: CLI.testEnvironment(environment))
        #expect(install.status == 0, "\(install.stderr)")

        try repo.git("add", "-A")
        let blocked = try repo.git("commit", "-m", "evidence", environment: environment)
        #expect(blocked.status != 0, "a gap must block the commit: \(blocked.output)")
        #expect(blocked.output.contains("spbe-lint"))

        repo.tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        let untracked = try repo.git("commit", "-m", "evidence", environment: environment)
        #expect(untracked.status != 0, "pre-commit does not stash untracked files; --staged must not count them")

        try repo.git("add", "01")
        let allowed = try repo.git("commit", "-m", "evidence", environment: environment)
        #expect(allowed.status == 0, "\(allowed.output)")
    }
}

@Suite("Baseline")
struct BaselineTests {
    @Test func writeThenCompareShowsOnlyNewFindingsAndShrinks() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "target: 2\n")
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
        tree.file("02/Perwali Peta Rencana SPBE.pdf", "%PDF-1.4\npeta\n%%EOF\n")
        let better = try CLI.run([tree.root, "--baseline", baseline])
        #expect(better.status == 1)
        #expect(better.stdout.contains("spbe-2020/2/L2/kebijakan: fixed, but still in the baseline\n"), "the rule id is the subject, said once")
        #expect(try CLI.run([tree.root, "--write-baseline", baseline]).status == 0)
        #expect(try CLI.run([tree.root, "--baseline", baseline]).status == 0)
    }

    @Test func unusableBaselinesAreErrors() throws {
        let tree = TempTree()
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
