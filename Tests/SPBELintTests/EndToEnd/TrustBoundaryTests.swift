import Foundation
import Testing
@testable import SPBELint

/// Evidence folders are filled by many offices, often on shared drives: configs, sidecars
/// and names may come from someone other than the coordinator. Each test here is an
/// attack that worked on earlier code: a config planted above the tree, inputs that block
/// or fail half-way, writes that destroy another tool's file, attacker input that took
/// quadratic or exponential time. Time and memory bounds are asserted loosely.
@Suite("Trust boundary")
struct TrustBoundaryTests {
    /// Runs the CLI with a wall-clock limit; a hang is a failure, not a stuck suite.
    static func run(_ arguments: [String], within seconds: Double, in directory: String? = nil, user: String? = nil) throws -> (result: CLI.Result, seconds: Double) {
        let started = Date()
        var command = ["/usr/bin/timeout", "--signal=KILL", String(Int(seconds * 3)), CLI.binary] + arguments
        if let user { command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=nogroup", "--clear-groups"] + command }
        let result = try Shell.run(command[0], Array(command.dropFirst()), in: directory, environment: CLI.testEnvironment(["PATH": "/usr/bin:/bin"]))
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < seconds, "spbe-lint \(arguments.prefix(3)) took \(elapsed) s (limit \(seconds) s)")
        #expect(!result.signaled, "killed: \(result.stderr)")
        return (result, elapsed)
    }

    static var isRoot: Bool { getuid() == 0 }

    // MARK: Configs planted by someone else

    @Test func configInASharedParentFolderIsNotTrusted() throws {
        guard Self.isRoot else { return }  // needs a second user to own the planted file
        let tree = TempTree("shared")
        chmod(tree.root, 0o1777)
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        chown(tree.path(".spbe-lint.yaml"), 65534, 65534)
        tree.file("job/bukti/01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let (result, _) = try Self.run([tree.path("job/bukti")], within: 10)
        #expect(result.status == 1, "the planted 'target: 1' would have passed the tree: \(result.stdout)")
        #expect(result.stdout.contains("not using \(tree.path(".spbe-lint.yaml"))"))
        #expect(result.stdout.contains("Config: none found"))
    }

    @Test func discoveryStopsAtTheRepositoryTop() throws {
        let outer = TempTree("outer")
        outer.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        outer.file("repo/bukti/01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q"], in: outer.path("repo"))
        let (result, _) = try Self.run([outer.path("repo/bukti")], within: 10)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Config: none found"), "\(result.stdout)")
    }

    @Test func configLinkedOutOfItsFolderIsIgnoredAndNeverEchoed() throws {
        let secret = TempTree("secret")
        let secretFile = secret.file("shadow", "root:$6$abcdefghijklmnopqrstuvwxyz0123456789:19000:0:99999:7:::\n")
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        try FileManager.default.createSymbolicLink(atPath: tree.path(".spbe-lint.yaml"), withDestinationPath: secretFile)
        let (found, _) = try Self.run([tree.root], within: 10)
        #expect(found.stdout.contains("it is a link to a file outside its folder"), "\(found.stdout)")
        #expect(!found.stdout.contains("abcdefghijklmnopqrstuvwxyz0123456789"))
        // Named explicitly it is read, but a bad key is quoted short, never whole.
        let (given, _) = try Self.run([tree.root, "--config", secretFile], within: 10)
        #expect(given.status == 2)
        #expect(!given.stderr.contains("abcdefghijklmnopqrstuvwxyz0123456789"), "\(given.stderr)")
    }

    /// A folder deeper than PATH_MAX cannot be opened by path: the run did not see
    /// everything, so it may not pass (even as root, where permissions never fail).
    @Test func aFolderBeyondPathMaxFailsTheRun() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let name = String(repeating: "d", count: 200)
        let made = try Shell.run("/bin/bash", ["-c", "cd \"$0\" && for i in $(seq 25); do mkdir \"$1\" && cd \"$1\" || exit 1; done && : > SK.pdf", tree.root, name])
        #expect(made.status == 0, "\(made.stderr)")
        let (result, _) = try Self.run([tree.root], within: 10)
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stdout.contains("not everything was checked"))
        let (allowed, _) = try Self.run([tree.root, "--allow-partial"], within: 10)
        #expect(allowed.status == 0, "\(allowed.stdout)")
        // GNU rm walks by descriptor, so it can remove what a path cannot reach.
        _ = try? Shell.run("/bin/rm", ["-rf", tree.path(name)])
    }

    @Test func aConfigThatFailsMidReadIsAnError() throws {
        let tree = TempTree()
        let (result, _) = try Self.run([tree.root, "--config", "/proc/self/mem"], within: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read file"), "\(result.stderr)")
    }

    // MARK: Inputs that block

    @Test func fifosAndDevicesNeverBlock() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let fifo = tree.path("../pipe.yaml")
        #expect(mkfifo(fifo, 0o644) == 0)
        for arguments in [[tree.root, "--config", fifo], [tree.root, "--rules", fifo], ["rules", "check", fifo],
                          [tree.root, "--config", "/dev/stdin"], [tree.root, "--baseline", fifo]] {
            let (result, _) = try Self.run(arguments, within: 5)
            #expect(result.status == 2 && result.stderr.contains("not a regular file"), "\(arguments): \(result.stderr)")
        }
        // Found by discovery, and as a sidecar behind a link.
        let other = TempTree()
        other.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        #expect(mkfifo(other.path(".spbe-lint.yaml"), 0o600) == 0)
        let (discovered, _) = try Self.run([other.root], within: 5)
        #expect(discovered.status == 2)
        let third = TempTree()
        third.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        try FileManager.default.createSymbolicLink(atPath: third.path("01/.bukti.yaml"), withDestinationPath: "/dev/stdin")
        let (sidecar, _) = try Self.run([third.root], within: 5)
        #expect(sidecar.stdout.contains("01/.bukti.yaml: cannot read file: not a regular file"), "\(sidecar.stdout)")
    }

    // MARK: Linear time on attacker input

    @Test func aHugeSidecarIsReadInLinearTime() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        tree.file("01/.bukti.yaml", (0..<60_000).map { String(format: "%05d: {}\n", $0) }.joined())
        let (result, _) = try Self.run([tree.root], within: 4)
        #expect(result.stdout.contains("only the first 10000 are read"))
        #expect(result.stdout.components(separatedBy: "sidecar names").count < 110, "notices per sidecar are capped")
    }

    @Test func aConfigWithManyIndicatorKeysIsReadInLinearTime() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n" + (0..<100_000).map { " x\($0): {}\n" }.joined())
        let (result, _) = try Self.run([tree.root], within: 8)
        #expect(result.status == 2)
        #expect(result.stderr.contains("more problems not shown"))
        #expect(result.stderr.split(separator: "\n").count < 250)
    }

    @Test func narrativeCitationsAreLinear() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let narrative = String(repeating: "a.pdf ", count: 20_000)
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {narrative: \"\(narrative)\"}\n")
        let (result, _) = try Self.run([tree.root], within: 4)
        #expect(result.stdout.utf8.count < 200_000, "output stays small: \(result.stdout.utf8.count) bytes")
        #expect(result.stdout.contains("more cited files not in the evidence"))
        #expect(NarrativeReferences.cited(in: "lihat (Perwali 5.pdf) dan 'SK Tim.pdf'") == ["Perwali 5.pdf", "SK Tim.pdf"])
        #expect(NarrativeReferences.missing(in: "file Perwali 5.pdf", available: ["Perwali 5.pdf"]).isEmpty)
    }

    @Test func ignoreGlobsNeverBacktrackExponentially() throws {
        let tree = TempTree()
        tree.file("01/" + String(repeating: "_", count: 250))
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nignore: [\"*_*_*_*_*_*_*.tmp\", \"**/a/**/a/**/a/**/a/**/a/**/b\"]\n")
        tree.file(Array(repeating: "a", count: 60).joined(separator: "/") + "/x.pdf", QualityTests.validPDF)
        _ = try Self.run([tree.root], within: 3)
        let matcher = IgnoreMatcher(patterns: ["*_*_*.tmp", "**/b/", "/top/*.pdf", "!keep.pdf", "x[0-9].pdf"])
        #expect(matcher.isIgnored("a_b_c.tmp", isDirectory: false))
        #expect(!matcher.isIgnored("a_b.pdf", isDirectory: false))
        #expect(matcher.isIgnored("deep/er/b", isDirectory: true))
        #expect(matcher.isIgnored("top/x.pdf", isDirectory: false))
        #expect(!matcher.isIgnored("sub/top/x.pdf", isDirectory: false))
        #expect(matcher.isIgnored("x5.pdf", isDirectory: false))
    }

    // MARK: Writes that could destroy something

    @Test func installHookNeverDestroysAnotherHook() throws {
        let tree = TempTree()
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q"], in: tree.root)
        tree.folder("bukti")
        let hook = tree.path(".git/hooks/pre-commit")
        let foreign = Data("#!/bin/sh\n# Pr\u{FC}fung\n".utf8.map { $0 == 0xC3 ? 0xFC : $0 }.filter { $0 != 0xBC })
        for setup in ["latin1", "dangling", "unreadable"] {
            try? FileManager.default.removeItem(atPath: hook)
            switch setup {
            case "latin1": FileManager.default.createFile(atPath: hook, contents: foreign)
            case "dangling": try FileManager.default.createSymbolicLink(atPath: hook, withDestinationPath: tree.path("nowhere"))
            default: FileManager.default.createFile(atPath: hook, contents: Data("#!/bin/sh\necho mine\n".utf8)); chmod(hook, 0)
            }
            let (refused, _) = try Self.run(["install-hook", "bukti"], within: 10, in: tree.root)
            #expect(refused.status == 2, "\(setup): \(refused.stderr)")
            #expect(PathName.entry(hook, follow: false) != .missing, "\(setup): the other hook is still there")
        }
        // With --force the old hook is kept beside the new one.
        try? FileManager.default.removeItem(atPath: hook)
        FileManager.default.createFile(atPath: hook, contents: foreign)
        let (forced, _) = try Self.run(["install-hook", "bukti", "--force"], within: 10, in: tree.root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.contents(atPath: hook + ".bak") == foreign)
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains(HookInstaller.marker))
    }

    @Test func installHookKeepsAFolderNamedLikeAnOption() throws {
        let tree = TempTree()
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q"], in: tree.root)
        tree.folder("-x")
        let (result, _) = try Self.run(["install-hook", "--", "-x"], within: 10, in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: tree.path(".git/hooks/pre-commit"), encoding: .utf8).contains("-- '-x'"))
    }

    @Test func installHookAsksBeforeWritingIntoSharedHooks() throws {
        let tree = TempTree()
        let shared = TempTree("shared-hooks")
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q"], in: tree.root)
        _ = try Shell.run("/usr/bin/env", ["git", "config", "core.hooksPath", shared.root], in: tree.root)
        let (refused, _) = try Self.run(["install-hook"], within: 10, in: tree.root)
        #expect(refused.status == 2 && refused.stderr.contains("core.hooksPath"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.root).isEmpty)
        #expect(try Self.run(["install-hook", "--force"], within: 10, in: tree.root).result.status == 0)
    }

    @Test func writingToAFullDiskIsAnErrorNotACrash() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let result = try Shell.run("/bin/sh", ["-c", "\"$0\" \"$1\" > /dev/full", CLI.binary, tree.root], environment: CLI.testEnvironment())
        #expect(!result.signaled)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write the output"))
    }

    // MARK: Names that disguise themselves

    @Test func controlAndBidiCharactersInNamesAreFlagged() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01/Perwali \u{202E}fdp.exe.pdf", QualityTests.validPDF)
        tree.file("01/SK \u{9B}31m.pdf", QualityTests.validPDF)
        tree.file("02 \u{2066}x/Perwali Peta Rencana.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let quality = report.findings.filter { $0.ruleID.hasSuffix("file-name") }.compactMap(\.path)
        #expect(quality.contains("01/Perwali \u{202E}fdp.exe.pdf"))
        #expect(quality.contains("01/SK \u{9B}31m.pdf"))
        #expect(report.findings.contains { $0.ruleID.hasSuffix("tree/folder-name") && $0.path == "02 \u{2066}x/" })
    }
}
