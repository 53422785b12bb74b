import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Evidence folders are filled by many offices, often on shared drives: configs, sidecars
/// and names may come from someone other than the coordinator. Each test here is an
/// attack that worked on earlier code: a config planted above the tree, inputs that block
/// or fail half-way, writes that destroy another tool's file, attacker input that took
/// quadratic or exponential time. Hangs fail the test; complexity is compared at 1x and 4x input.
@Suite("Trust boundary")
struct TrustBoundaryTests {
    /// Runs the CLI; a hang fails the test (`BoundedRun`), no time is asserted. `seconds`
    /// is what the run is expected to take at most on an idle machine, kept as documentation.
    static func run(_ arguments: [String], within seconds: Double, in directory: String? = nil, user: String? = nil) throws -> (result: CLI.Result, seconds: Double) {
        (try BoundedRun.run(arguments, in: directory, user: user), seconds)
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

    static func sidecarTree(entries: Int) -> TempTree {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        tree.file("01/.bukti.yaml", (0..<entries).map { String(format: "%06d: {}\n", $0) }.joined())
        return tree
    }

    @Test func aHugeSidecarIsReadInLinearTime() throws {
        let tree = Self.sidecarTree(entries: 60_000)
        let (result, _) = try Self.run([tree.root], within: 4)
        #expect(result.stdout.contains("only the first 10000 are read"))
        #expect(result.stdout.components(separatedBy: "sidecar names").count < 110, "notices per sidecar are capped")
        var trees: [TempTree] = []
        try BoundedRun.expectLinear(base: 15_000) { entries in
            trees.append(Self.sidecarTree(entries: entries))
            return [trees.last!.root, "--names-only"]
        }
    }

    static func configTree(keys: Int) -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n" + (0..<keys).map { " x\($0): {}\n" }.joined())
        return tree
    }

    @Test func aConfigWithManyIndicatorKeysIsReadInLinearTime() throws {
        let tree = Self.configTree(keys: 100_000)
        let (result, _) = try Self.run([tree.root], within: 8)
        #expect(result.status == 2)
        #expect(result.stderr.contains("more problems not shown"))
        #expect(result.stderr.split(separator: "\n").count < 250)
        var trees: [TempTree] = []
        try BoundedRun.expectLinear(base: 25_000) { keys in
            trees.append(Self.configTree(keys: keys))
            return [trees.last!.root]
        }
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

    // MARK: The document cache (#27)

    /// A tree whose invitation is named like a Perwali, read once into `cache`; the
    /// digest of the invitation and of the real Perwali.
    static func cachedTree(_ cache: String) throws -> (tree: TempTree, invitation: String, perwali: String) {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        let invitation = DocumentFixtures.textPDF(lines: DocumentFixtures.invitation)
        let perwali = DocumentFixtures.textPDF(lines: DocumentFixtures.perwaliTitle + ["Ditetapkan di Sukamaju", "pada tanggal 12 Maret 2024", "WALI KOTA SUKAMAJU,"])
        tree.folder("01")
        tree.folder("02")
        try Data(invitation).write(to: URL(fileURLWithPath: tree.path("01/Perwali Arsitektur SPBE.pdf")))
        try Data(perwali).write(to: URL(fileURLWithPath: tree.path("02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf")))
        _ = try DocumentReadingTests.run(tree, cache: cache)
        return (tree, SHA256.hex(invitation), SHA256.hex(perwali))
    }

    /// Writes a facts table in which the invitation's digest carries the Perwali's facts:
    /// what a second user with write access to the cache would plant.
    static func forge(_ folder: String, invitation: String, perwali: String) throws -> String {
        let tables = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("facts-") && $0.hasSuffix(".bin") }
        let table = try #require(tables.first)
        var facts = DocumentCache.decodeFacts(try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + table))))
        var forged = try #require(facts[perwali])
        forged.digest = invitation
        facts[invitation] = forged
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder) where entry.hasSuffix(".txt") {
            try FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
        try Data(DocumentCache.encodeFacts(facts)).write(to: URL(fileURLWithPath: folder + "/" + table))
        return folder + "/" + table
    }

    static func invitationCounts(_ tree: TempTree, cache: String) throws -> Bool {
        let report = try DocumentReadingTests.run(tree, cache: cache)
        return !report.findings.contains { $0.path == "01/Perwali Arsitektur SPBE.pdf" && $0.message.contains("its first page is Undangan") }
    }

    /// A cache others may write is not used at all, and an entry others may write (or
    /// that another user owns) is not believed: the forged facts never make the
    /// invitation an enacted Perwali, and never reach a table of ours.
    @Test(.enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
    func aCacheOthersCanWriteIsNotBelieved() throws {
        let cache = TestScratch.folder("cache")
        let (tree, invitation, perwali) = try Self.cachedTree(cache)
        let folder = cache + "/spbe-lint/documents-v\(DocumentCache.version)"
        let table = try Self.forge(folder, invitation: invitation, perwali: perwali)
        #expect(try Self.invitationCounts(tree, cache: cache), "control: the forged table is what this user's own cache would say")
        _ = try Self.forge(folder, invitation: invitation, perwali: perwali)
        chmod(folder, 0o777)
        #expect(DocumentCache(environment: ["XDG_CACHE_HOME": cache], evidenceRoot: tree.root) == nil)
        #expect(try !Self.invitationCounts(tree, cache: cache), "a world-writable cache folder is not used")
        chmod(folder, 0o700)
        chmod(table, 0o666)
        #expect(try !Self.invitationCounts(tree, cache: cache), "a world-writable entry is not believed")
        let again = try [UInt8](Data(contentsOf: URL(fileURLWithPath: table)))
        #expect(DocumentCache.decodeFacts(again)[invitation]?.kind == nil || (try? FileManager.default.attributesOfItem(atPath: table)[.posixPermissions] as? Int) == 0o600,
                "the forged entry was not copied into a table of ours")
    }

    /// As root: the forged table belongs to another user (nobody), mode 0644.
    @Test(.enabled(if: ContentsSupport.available && DocumentFixtures.canMake && getuid() == 0, "needs root to give a file to a second user"))
    func aCacheEntryOfAnotherUserIsNotBelieved() throws {
        let cache = TestScratch.folder("cache")
        let (tree, invitation, perwali) = try Self.cachedTree(cache)
        let folder = cache + "/spbe-lint/documents-v\(DocumentCache.version)"
        let table = try Self.forge(folder, invitation: invitation, perwali: perwali)
        chmod(table, 0o644)
        #expect(chown(table, 65534, 65534) == 0)
        #expect(try !Self.invitationCounts(tree, cache: cache))
        chown(folder, 65534, 65534)
        #expect(DocumentCache(environment: ["XDG_CACHE_HOME": cache], evidenceRoot: tree.root) == nil, "a cache folder of another user")
    }

    /// The cache is bounded: past its entries the oldest texts go, with their index lines.
    @Test func theCacheIsBounded() throws {
        let home = TestScratch.folder("cache")
        let cache = try #require(DocumentCache(environment: ["XDG_CACHE_HOME": home], evidenceRoot: "/nonexistent"))
        cache.maxEntries = 8
        for number in 0..<20 {
            var text = DocumentReader.Text()
            text.first = "teks \(number)"
            cache.store(text, digest: SHA256.hex(Array("\(number)".utf8)), statKey: "key-\(number)")
        }
        cache.save()
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.folder).filter { $0.hasSuffix(".txt") }
        #expect(entries.count <= 8 && entries.count >= 4, "\(entries.count)")
        let index = try String(contentsOfFile: cache.folder + "/index.tsv", encoding: .utf8).split(separator: "\n")
        #expect(index.count == entries.count)
    }

    /// `spbe-lint cache clear` empties this user's cache and says where it is.
    @Test func cacheClearEmptiesTheCache() throws {
        let home = TestScratch.folder("cache")
        let cache = try #require(DocumentCache(environment: ["XDG_CACHE_HOME": home], evidenceRoot: "/nonexistent"))
        var text = DocumentReader.Text()
        text.first = "teks"
        cache.store(text, digest: SHA256.hex(Array("x".utf8)), statKey: "key")
        cache.save()
        let result = try CLI.run(["cache", "clear"], environment: ["XDG_CACHE_HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("removed 2 cached entries from \(home)/spbe-lint"), "\(result.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home + "/spbe-lint").isEmpty)
        chmod(home + "/spbe-lint", 0o777)
        #expect(try CLI.run(["cache", "clear"], environment: ["XDG_CACHE_HOME": home]).status == 2)
    }

    // MARK: git (#27)

    /// An unpacked zip brought its own `.git` whose `core.fsmonitor` runs a program. git
    /// would run it for `ls-files` (the control proves it); spbe-lint started in the outer
    /// repository refuses the inner one and says why, and even when the user names it,
    /// the program never runs.
    @Test func aRepositoryThatCameWithTheEvidenceRunsNothing() throws {
        let outer = try EvidenceRepository()
        let inner = outer.root + "/bukti-dari-wa"
        try FileManager.default.createDirectory(atPath: inner + "/01", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: inner + "/01/Perwali Arsitektur SPBE.pdf", contents: Data(QualityTests.validPDF.utf8))
        let scratch = TempTree("scratch")
        let marker = scratch.path("ran")
        let hook = scratch.path("fsmonitor.sh")
        try Executable.write(script: "#!/bin/sh\ntouch '\(marker)'\nexit 1\n", to: hook)
        func git(_ arguments: [String], in folder: String) throws -> CLI.Result {
            try Shell.run("/usr/bin/env", ["git"] + arguments, in: folder, environment: CLI.testEnvironment(), mergeOutput: true)
        }
        _ = try git(["init", "-q"], in: inner)
        _ = try git(["add", "-A"], in: inner)
        _ = try git(["config", "core.fsmonitor", hook], in: inner)
        _ = try git(["ls-files"], in: inner)
        try #require(FileManager.default.fileExists(atPath: marker), "control: git itself runs the repository's fsmonitor")
        try FileManager.default.removeItem(atPath: marker)

        let refused = try CLI.run(["check", "--staged", inner], in: outer.root)
        #expect(refused.status == 2, "\(refused.stdout) \(refused.stderr)")
        #expect(refused.stderr.contains("a .git that came with the evidence is not used; name it with --git-repository"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: marker))
        let named = try CLI.run(["check", "--staged", inner, "--git-repository", inner], in: outer.root)
        #expect(named.status == 0 || named.status == 1, "\(named.stderr)")
        #expect(!FileManager.default.fileExists(atPath: marker), "core.fsmonitor ran")
        let head = try CLI.run(["check", "--rev", "HEAD", inner, "--git-repository", outer.root], in: outer.root)
        #expect(head.status == 2 && head.stderr.contains("not in \(PathName.real(outer.root) ?? outer.root) given by --git-repository"), "\(head.stderr)")
        // The usual case: a hook at the top of the evidence repository is unaffected.
        try outer.git("add", "02")
        #expect(try CLI.run(["check", "--staged", outer.root], in: outer.root).status != 2)
    }

    /// In git modes a submodule is reported as a submodule and a symlink blob as a link.
    @Test func submodulesAndLinksInGitAreCalledWhatTheyAre() throws {
        let repo = try EvidenceRepository()
        try FileManager.default.createDirectory(atPath: repo.root + "/01", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.root + "/01/Perwali Arsitektur SPBE.pdf", withDestinationPath: "/etc/passwd")
        try repo.git("add", "-A")
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(String(repeating: "a", count: 40)),03/modul")
        let result = try CLI.run(["check", "--staged", repo.root, "--format", "json"], in: repo.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let findings = (report["findings"] as? [[String: Any]]) ?? []
        func rule(_ path: String) -> String? { findings.first { $0["path"] as? String == path }?["ruleId"] as? String }
        #expect(rule("01/Perwali Arsitektur SPBE.pdf") == "spbe-2020/tree/git-symlink", "\(findings)")
        #expect(rule("03/modul") == "spbe-2020/tree/submodule", "\(findings)")
    }
}
