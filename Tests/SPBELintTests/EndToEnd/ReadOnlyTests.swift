import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Nothing but `init` ever writes into the user's evidence tree: every other command
/// (a baseline written beside the tree included) leaves names, contents, sizes, modes
/// and modification times exactly as they were.
@Suite("Read-only guarantee")
struct ReadOnlyTests {
    /// Every entry (hidden ones too): path, type, mode, size, mtime to the nanosecond, content hash.
    static func fingerprint(_ root: String) throws -> [String] {
        var lines: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        for case let relative as String in enumerator {
            let path = root + "/" + relative
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            var line = "\(relative) mode=\(status.st_mode) size=\(status.st_size) mtime=\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            if (status.st_mode & S_IFMT) == S_IFREG, let data = FileManager.default.contents(atPath: path) {
                line += " fnv=\(String(FNV1a.hash(data), radix: 16))"
            }
            lines.append(line)
        }
        var rootStatus = stat()
        lstat(root, &rootStatus)
        lines.append(". mode=\(rootStatus.st_mode) mtime=\(rootStatus.st_mtim.tv_sec).\(rootStatus.st_mtim.tv_nsec)")
        return lines.sorted()
    }

    @Test func everyReadingCommandLeavesTheTreeUntouched() throws {
        let tree = TempTree("bukti")
        let sample = Fixtures.packageRoot.appendingPathComponent("sample-evidence/spbe-2020").path
        for entry in try FileManager.default.contentsOfDirectory(atPath: sample) {
            try FileManager.default.copyItem(atPath: sample + "/" + entry, toPath: tree.path(entry))
        }
        tree.file("Lampiran/.bukti.yaml", "Foto Kegiatan Bimtek SPBE.jpg: {kind: foto, indicator: \"19\"}\n")
        // A real repository, so the git modes judge a snapshot rather than failing outside one.
        for command in [["init", "-q"], ["add", "-A"], ["-c", "user.email=t@example.go.id", "-c", "user.name=T", "commit", "-qm", "evidence"]] {
            _ = try Shell.run("/usr/bin/env", ["git"] + command, in: tree.root, environment: CLI.testEnvironment())
        }
        let head = try Shell.run("/usr/bin/env", ["git", "rev-parse", "HEAD"], in: tree.root).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for stage in ["pre-commit", "pre-push"] {
            #expect(try CLI.run(["install-hook", "--stage", stage], in: tree.root).status == 0)
        }
        let before = try Self.fingerprint(tree.root)
        #expect(before.count > 30)
        // Beside the tree, not in it: the one place a baseline may be written.
        let baseline = PathName.parent(tree.root) + "/baseline.json"

        let runs: [[String]] = [
            [tree.root], ["check", tree.root, "--stats"], [tree.root, "--format", "json"],
            [tree.root, "--format", "markdown", "--group-by", "owner", "--lang", "id"],
            [tree.root, "--format", "csv", "--group-by", "owner", "--bom", "--csv-separator", ";"],
            [tree.root, "--target", "5", "--today", "2026-09-23"], ["explain", "8"], ["explain", "I10", "--level", "3"],
            ["deadline"], ["deadline", "--interview", "2026-03-17"], ["rules", "check", "spbe-2020", "pemdi-2026"],
            ["rules", "list"], ["formats"], ["."],
            [tree.root, "--format", "sarif"], [tree.root, "--format", "junit"], [tree.root, "--format", "html"],
            [tree.root, "--format", "github"], [tree.root, "--names-only"], [tree.root, "--staged"],
            [tree.root, "--write-baseline", baseline], [tree.root, "--baseline", baseline],
            [tree.root, "--rev", "HEAD"], [tree.root, "--rev", "HEAD", "--format", "sarif"], [tree.root, "--pre-push", "--quiet"],
        ]
        for arguments in runs {
            let result = try CLI.run(arguments, in: tree.root, input: "refs/heads/main \(head) refs/heads/main \(String(repeating: "0", count: 40))\n")
            #expect(result.status <= 1, "\(arguments): \(result.stderr)")
            #expect(try Self.fingerprint(tree.root) == before, "\(arguments) changed the evidence tree")
        }
        #expect(FileManager.default.fileExists(atPath: baseline), "the baseline run wrote nothing, so it proved nothing")
        // The hooks themselves, as git runs them.
        for stage in ["pre-commit", "pre-push"] {
            let hook = try Shell.run("/bin/sh", [tree.path(".git/hooks/\(stage)")], in: tree.root, environment: CLI.testEnvironment(),
                                     input: "refs/heads/main \(head) refs/heads/main \(String(repeating: "0", count: 40))\n")
            #expect(hook.status <= 1 && hook.stdout.contains("problems to fix"), "\(stage): \(hook.stdout)\(hook.stderr)")
            #expect(try Self.fingerprint(tree.root) == before, "the \(stage) hook changed the evidence tree")
        }
        // Control: the fingerprint does see a command that writes.
        _ = try CLI.run(["init", tree.root])
        #expect(try Self.fingerprint(tree.root) != before)
    }
}
