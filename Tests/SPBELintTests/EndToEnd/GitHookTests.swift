import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// A throw-away git repository with an evidence tree that needs one Perwali (indicator 1, level 2).
final class EvidenceRepository {
    let tree = TempTree("repo")
    var root: String { tree.root }

    init() throws {
        try git("init", "-q")
        try git("config", "user.email", "tim-spbe@example.go.id")
        try git("config", "user.name", "Tim SPBE")
        try git("config", "commit.gpgsign", "false")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\nindicators:\n  \"1\": {target: 2}\n")
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
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\nignore: [\"_draft/\"]\n")
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

    /// `--lang id` at install time: the hook speaks Indonesian whatever the committer's LANG.
    @Test func installHookKeepsItsLanguage() throws {
        let repo = try EvidenceRepository()
        #expect(try CLI.run(["install-hook", "--lang", "id"], in: repo.root).status == 0)
        try repo.git("add", "-A")
        let blocked = try repo.git("commit", "-q", "-m", "evidence", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("masalah harus diperbaiki"), "\(blocked.output)")
    }

    /// A baseline that is not there would fail every commit: refused at install time.
    @Test func installHookRefusesAMissingBaseline() throws {
        let repo = try EvidenceRepository()
        let refused = try CLI.run(["install-hook", "--baseline", "missing.json"], in: repo.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("missing.json") && refused.stderr.contains("--write-baseline"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.tree.path(".git/hooks/pre-commit")))
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

    /// The environment git runs the framework's hooks in: its Python packages, a private
    /// cache, and the spbe-lint under test first on PATH.
    static func environment(home: TempTree) -> [String: String] {
        let binaries = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path
        return [
            "PYTHONPATH": directory!, "PRE_COMMIT_HOME": home.root,
            "PATH": "\(binaries):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")",
        ]
    }

    /// A `.pre-commit-config.yaml` using this checkout's hooks at HEAD.
    static func config(hooks: [String]) -> String {
        "repos:\n  - repo: \(Fixtures.packageRoot.path)\n    rev: \(head!)\n    hooks:\n"
            + hooks.map { "      - id: \($0)\n" }.joined()
    }

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
        let environment = PreCommit.environment(home: home)
        repo.tree.file(".pre-commit-config.yaml", PreCommit.config(hooks: ["spbe-lint-system"]))
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

    /// The framework's pre-push stage checks the commit being pushed (PRE_COMMIT_TO_REF),
    /// not the index: a staged fix must not let a broken commit reach the remote.
    @Test(.enabled(if: PreCommit.directory != nil, "pip could not install pre-commit (no PyPI?)"),
          .enabled(if: PreCommit.head != nil, "this checkout is not a git repository"))
    func prePushStageJudgesThePushedCommit() throws {
        let repo = try EvidenceRepository()
        let home = TempTree("pre-commit-home")
        let remote = TempTree("remote.git")
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q", "--bare", remote.root])
        let environment = PreCommit.environment(home: home)
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        repo.tree.file("02/Perwali Peta Rencana SPBE.pdf", QualityTests.validPDF)
        repo.tree.file(".pre-commit-config.yaml", PreCommit.config(hooks: ["spbe-lint-system", "spbe-lint-push-system"]))
        for hookType in ["pre-commit", "pre-push"] {
            let install = try Shell.run("/usr/bin/env", ["python3", "-m", "pre_commit", "install", "--hook-type", hookType], in: repo.root, environment: CLI.testEnvironment(environment))
            #expect(install.status == 0, "\(install.stderr)")
        }
        try repo.git("remote", "add", "origin", remote.root)
        try repo.git("add", "-A")
        #expect(try repo.git("commit", "-q", "-m", "start", environment: environment).status == 0)
        #expect(try repo.git("push", "-q", "origin", "HEAD:main", environment: environment).status == 0)
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", "")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "--no-verify", "-m", "empty SK", environment: environment)
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", QualityTests.validPDF)
        try repo.git("add", "-A")
        let push = try repo.git("push", "origin", "HEAD:main", environment: environment)
        #expect(push.status != 0, "\(push.output)")
        #expect(push.output.contains("empty file"), "\(push.output)")
    }
}

/// The gate judges exactly what is committed or pushed: blobs from git's objects, never
/// the working tree. Each scenario let a broken commit through before.
@Suite("git: the gate judges what is committed")
struct GateTests {
    static let good = QualityTests.validPDF

    static func repository() throws -> EvidenceRepository {
        let repo = try EvidenceRepository()
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        repo.tree.file("02/Perwali Peta Rencana SPBE.pdf", good)
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "start")
        return repo
    }

    @Test func aStagedEmptyFileBlocksThoughAGoodCopyIsOnDisk() throws {
        let repo = try Self.repository()
        let audit = "31 Audit Keamanan/Laporan Hasil Audit Keamanan 2026.pdf"
        repo.tree.file(audit, "")
        try repo.git("add", "-A")
        repo.tree.file(audit, Self.good)
        let staged = try CLI.run([repo.root, "--staged", "--quiet"])
        #expect(staged.status == 1, "\(staged.stdout)")
        #expect(staged.stdout.contains("empty file"))
        #expect(try CLI.run([repo.root]).status == 0, "the working tree alone would pass")
        // The plain hook blocks the commit.
        #expect(try CLI.run(["install-hook"], in: repo.root).status == 0)
        let commit = try repo.git("commit", "-m", "audit")
        #expect(commit.status != 0, "\(commit.output)")
        #expect(commit.output.contains("empty file"))
    }

    @Test func unstagedEditsHaveNoEffectEitherWay() throws {
        let repo = try Self.repository()
        // An unstaged config that would fail everything is not the commit's config.
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 5\n")
        #expect(try CLI.run([repo.root, "--staged"]).status == 0)
        // An unstaged config that would pass everything is not either.
        try repo.git("checkout", "-q", "--", ".")
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 5\n")
        try repo.git("add", ".spbe-lint.yaml")
        repo.tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        #expect(try CLI.run([repo.root, "--staged"]).status == 1)
        try repo.git("reset", "-q", "--hard")
        // An unstaged deletion of a committed file neither blocks nor "vanishes".
        try FileManager.default.removeItem(atPath: repo.tree.path("02/Perwali Peta Rencana SPBE.pdf"))
        let deleted = try CLI.run([repo.root, "--staged"])
        #expect(deleted.status == 0, "\(deleted.stdout)")
        #expect(!deleted.stdout.contains("disappeared"))
        // A sidecar edited on disk only does not count.
        repo.tree.file("02/.bukti.yaml", "\"Perwali Peta Rencana SPBE.pdf\": {kind: foto}\n")
        #expect(try CLI.run([repo.root, "--staged"]).status == 0)
    }

    @Test func revJudgesTheCommitNotTheDisk() throws {
        let repo = try Self.repository()
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", "")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "--no-verify", "-m", "empty SK")
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", Self.good)
        #expect(try CLI.run([repo.root, "--rev", "HEAD"]).status == 1)
        #expect(try CLI.run([repo.root, "--rev", "HEAD~1"]).status == 0)
        let bad = try CLI.run([repo.root, "--rev", "no-such-branch"])
        #expect(bad.status == 2 && bad.stderr.contains("cannot read the git snapshot"), "\(bad.stderr)")
        #expect(try CLI.run([repo.root, "--rev", "HEAD", "--staged"]).status == 2)
    }

    @Test func thePrePushHookBlocksABrokenCommit() throws {
        let repo = try Self.repository()
        let remote = TempTree("remote.git")
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q", "--bare", remote.root])
        try repo.git("remote", "add", "origin", remote.root)
        #expect(try CLI.run(["install-hook", "--stage", "pre-push"], in: repo.root).status == 0)
        #expect(try repo.git("push", "-q", "origin", "HEAD:main").status == 0, "a good commit pushes")
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", "")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "--no-verify", "-m", "empty SK")
        repo.tree.file("10/SK Tim Koordinasi SPBE.pdf", Self.good)
        try repo.git("add", "-A")
        let push = try repo.git("push", "origin", "HEAD:main")
        #expect(push.status != 0, "a staged fix must not let the broken commit through: \(push.output)")
        let remoteLog = try Shell.run("/usr/bin/env", ["git", "log", "--oneline", "main"], in: remote.root).stdout
        #expect(!remoteLog.contains("empty SK"))
    }

    @Test func installHookFromInsideTheEvidenceFolder() throws {
        let repo = try EvidenceRepository()
        repo.tree.file("bukti/.spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        repo.tree.file("bukti/02/Perwali Peta Rencana SPBE.pdf", Self.good)
        let installed = try CLI.run(["install-hook", "."], in: repo.tree.path("bukti"))
        #expect(installed.status == 0, "\(installed.stderr)")
        let hook = try String(contentsOfFile: repo.tree.path(".git/hooks/pre-commit"), encoding: .utf8)
        #expect(hook.contains("-- 'bukti'"), "hooks run from the top: the folder is named from there")
        #expect(hook.contains("'\(PathName.real(CLI.binary) ?? CLI.binary)'"), "the real binary, not argv[0]")
        try repo.git("add", "bukti")
        #expect(try repo.git("commit", "-q", "-m", "bukti").status == 0)
        let missing = try CLI.run(["install-hook", "nonexist", "--force"], in: repo.root)
        #expect(missing.stderr.contains("does not exist"), "\(missing.stderr)")
    }

    @Test func aGitLFSPointerIsMissingContent() throws {
        let repo = try Self.repository()
        repo.tree.file("01/Perwali Arsitektur SPBE.pdf", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")
        let result = try CLI.run([repo.root, "--target", "2", "--format", "json"])
        #expect(result.stdout.contains("quality/lfs-pointer"), "\(result.stdout.prefix(400))")
        #expect(result.stdout.contains("git lfs pull"))
        try repo.git("add", "-A")
        #expect(try CLI.run([repo.root, "--staged", "--format", "json"]).stdout.contains("quality/lfs-pointer"))
    }

    /// git inside the evidence folder (#25): the baseline lives in the repository, so in
    /// the evidence folder. Under its own name it is written without --force, never
    /// reported as a stray evidence file, and the hook that reads it passes.
    @Test func aBaselineKeptInsideTheEvidenceRepository() throws {
        let repo = try EvidenceRepository()
        let refused = try CLI.run(["check", ".", "--write-baseline", "known.json"], in: repo.root)
        #expect(refused.status == 2 && refused.stderr.contains("spbe-lint-baseline.json"), "\(refused.stderr)")
        for name in ["spbe-lint-baseline.json", "dinas.spbe-lint-baseline.json"] {
            let written = try CLI.run(["check", ".", "--write-baseline", name], in: repo.root)
            #expect(written.status == 0, "\(name): \(written.stderr)")
        }
        let report = try CLI.run([repo.root, "--format", "json"])
        #expect(!report.stdout.contains("spbe-lint-baseline.json"), "a baseline is never evidence: \(report.stdout.prefix(600))")
        // A name that only ends alike is evidence like any other file.
        #expect(EvidenceScanner.isNeverEvidence("spbe-lint-baseline.json") && EvidenceScanner.isNeverEvidence("x.spbe-lint-baseline.json"))
        #expect(!EvidenceScanner.isNeverEvidence("myspbe-lint-baseline.json"))
        #expect(try CLI.run(["install-hook", ".", "--baseline", "spbe-lint-baseline.json"], in: repo.root).status == 0)
        try repo.git("add", "-A")
        let commit = try repo.git("commit", "-q", "-m", "start")
        #expect(commit.status == 0, "\(commit.output)")
    }

    @Test func aFreshRepositoryStartsGreenWithABaseline() throws {
        let repo = try EvidenceRepository()
        try FileManager.default.removeItem(atPath: repo.tree.path(".spbe-lint.yaml"))
        try FileManager.default.removeItem(atPath: repo.tree.path("02"))
        let initialised = try CLI.run(["init", "bukti", "--write-baseline", "baseline.json"], in: repo.root)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(try CLI.run(["install-hook", "bukti", "--baseline", "baseline.json"], in: repo.root).status == 0)
        try repo.git("add", "-A")
        let first = try repo.git("commit", "-q", "-m", "start")
        #expect(first.status == 0, "only new gaps block: \(first.output)")
        #expect(first.output.split(separator: "\n").count <= 2, "a passing hook prints one line: \(first.output)")
    }
}
