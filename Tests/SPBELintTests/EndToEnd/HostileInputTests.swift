import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Hostile and broken input: each case must end with a clear message and the right
/// exit code, without a crash or a hang (every case is bounded in time).
@Suite("Hostile input")
struct HostileInputTests {
    /// Runs the CLI; a hang fails the test (`BoundedRun`). `seconds` is what the case takes
    /// at most on an idle machine, kept as documentation: no time is asserted.
    func run(_ arguments: [String], within seconds: Double = 20) throws -> CLI.Result {
        let result = try BoundedRun.run(arguments)
        #expect(result.status == 0 || result.status == 1 || result.status == 2, "crashed: \(result.status) \(result.stderr)")
        return result
    }

    @Test func aliasBombInRules() throws {
        let tree = TempTree()
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let result = try run(["rules", "check", tree.file("bomb.yaml", text)], within: 5)
        #expect(result.status == 2)
        #expect(result.stderr.contains("alias bomb"))
    }

    @Test func tenThousandDeepNesting() throws {
        let tree = TempTree()
        let deep = tree.file("deep.yaml", "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        let result = try run(["rules", "check", deep], within: 5)
        #expect(result.status == 2)
        #expect(result.stderr.contains("deep.yaml:1:"))
        #expect(result.stderr.contains("nesting deeper than 64 levels"))
        let config = TempTree()
        config.file(".spbe-lint.yaml", "rules: spbe-2020\nignore: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n")
        #expect(try run([config.root]).status == 2)
    }

    @Test func hundredMegabyteScalar() throws {
        let tree = TempTree()
        let path = tree.path("huge.yaml")
        FileManager.default.createFile(atPath: path, contents: Data("framework: {title: \"".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        handle.write(Data("\"}\n".utf8))
        try handle.close()
        let result = try run(["rules", "check", path], within: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("YAML files over"))
        let evidence = TempTree()
        try FileManager.default.copyItem(atPath: path, toPath: evidence.path(".spbe-lint.yaml"))
        let configRun = try run([evidence.root], within: 10)
        #expect(configRun.status == 2)
        #expect(configRun.stderr.contains("YAML files over"))
    }

    @Test func duplicateKeysInConfig() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: 2\nrules: spbe-2020\ntarget: 3\n")
        let result = try run([tree.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".spbe-lint.yaml:3:1: error: duplicate key 'target' (first defined at line 1, column 1)"))
    }

    @Test func invalidUTF8InRulesAndInFileNames() throws {
        let tree = TempTree()
        let rules = tree.path("bad.yaml")
        FileManager.default.createFile(atPath: rules, contents: Data([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]))
        let result = try run(["rules", "check", rules])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:1:4: error: invalid UTF-8"))

        let evidence = TempTree()
        evidence.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        evidence.folder("01")
        let name = Array((evidence.path("01") + "/").utf8) + [0x53, 0x4B, 0xFF, 0x2E, 0x70, 0x64, 0x66, 0]
        let fd = name.withUnsafeBufferPointer { creat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o644) }
        #expect(fd >= 0)
        close(fd)
        let scan = try run([evidence.root])
        #expect(scan.stdout.contains("name is not valid UTF-8"))
        #expect(scan.status == 0, "a warning does not fail the run")
    }

    @Test func symlinkLoopsAndEscapesTerminate() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01/Perwali Arsitektur.pdf")
        try FileManager.default.createSymbolicLink(atPath: tree.path("01/again"), withDestinationPath: tree.path("01"))
        try FileManager.default.createSymbolicLink(atPath: tree.path("01/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: tree.path("etc"), withDestinationPath: "/etc")
        let result = try run([tree.root, "--format", "json"], within: 10)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["files"] as? Int == 1)
        let codes = ((report["findings"] as? [[String: Any]]) ?? []).compactMap { $0["ruleId"] as? String }
        #expect(codes.contains("spbe-2020/tree/symlink-loop"))
        #expect(codes.contains("spbe-2020/tree/symlink-outside"))
    }

    @Test func unreadableFoldersAndFiles() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.file("01/locked/Perwali Arsitektur.pdf")
        tree.file("02/Perwali Peta Rencana.pdf")
        chmod(tree.path("01/locked"), 0)
        chmod(tree.path("02/Perwali Peta Rencana.pdf"), 0)
        defer { chmod(tree.path("01/locked"), 0o755) }
        // As root nothing is unreadable, so the check runs as an unprivileged user.
        let arguments = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", CLI.binary, tree.root]
            : [CLI.binary, tree.root]
        let result = try Shell.run(arguments[0], Array(arguments.dropFirst()), environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
        let text = result.stdout
        #expect(result.status == 2, "not everything was checked: \(text)")
        #expect(text.contains("not everything was checked: 1 folder could not be read"))
        let partial = try Shell.run(arguments[0], Array(arguments.dropFirst()) + ["--allow-partial"], environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
        #expect(partial.status == 1, "an unreadable Perwali cannot be uploaded: \(partial.stdout)")
        #expect(text.contains("01/locked/: folder cannot be read (Permission denied); its evidence is not counted"))
        #expect(text.contains("02/Perwali Peta Rencana.pdf: file cannot be read"))
    }

    @Test func fifoAndSocketAreNeverOpened() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.folder("01")
        #expect(mkfifo(tree.path("01/pipe.pdf"), 0o644) == 0)
        let socketPath = tree.path("01/socket.pdf")
        let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(server >= 0)
        defer { close(server) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(socketPath.utf8.prefix(raw.count - 1)) + [0]
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let result = try run([tree.root], within: 10)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "not a regular file").count - 1 == 2)
    }

    @Test func fiftyThousandFilesInOneFolder() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.folder("35 Pengadaan")
        let folder = tree.path("35 Pengadaan")
        for index in 0..<50_000 {
            let fd = open("\(folder)/Screenshot LPSE \(index).png", O_CREAT | O_WRONLY, 0o644)
            close(fd)
        }
        let result = try run([tree.root, "--format", "json"], within: 60)
        #expect(result.status == 1, "empty screenshots do not count")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["files"] as? Int == 50_000)
    }

    /// Scans `tree`, removing `deleting[folder]` (relative to the root) as soon as the
    /// walk has listed `folder` ("" for the root).
    func scan(_ tree: TempTree, deleting: [String: String]) throws -> EvidenceIndex {
        var scanner = EvidenceScanner(pack: Fixtures.spbe)
        let root = tree.root
        scanner.afterListing = { relative in
            if let victim = deleting[relative] { try? FileManager.default.removeItem(atPath: root + "/" + victim) }
        }
        return try scanner.scan(root: tree.root)
    }

    @Test func entriesDeletedDuringTheWalk() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur.pdf")
        tree.file("01/sub/Notulen.pdf")
        tree.file("02/Perwali Peta Rencana.pdf")
        // Once the root is listed, take a folder away before the walk reaches it.
        let index = try scan(tree, deleting: ["": "02", "01": "01/sub"])
        #expect(index.files.map(\.path) == ["01/Perwali Arsitektur.pdf"])
        #expect(Set(index.notices.map(\.code)).isSubset(of: [.vanished, .unreadable]))
        #expect(index.notices.count == 2)
    }

    /// Listed, then gone before its contents are read: the report says it vanished (not
    /// "cannot be read", which stays for locked files) and it counts for nothing.
    @Test func fileDeletedBetweenListingAndReading() throws {
        let tree = TempTree()
        tree.file("01/Perwali Arsitektur SPBE.pdf")
        tree.file("02/Perwali Peta Rencana SPBE.pdf")
        tree.file("03/Perwali Manajemen Data.pdf")
        let index = try scan(tree, deleting: ["01": "01/Perwali Arsitektur SPBE.pdf", "03": "03"])
        #expect(index.files.count == 3, "the walk listed them before they went")
        let report = try Linter(options: .init(context: Fixtures.context)).report(pack: Fixtures.spbe, configuration: Configuration(), index: index)
        let finding = try #require(report.findings.first { $0.path == "01/Perwali Arsitektur SPBE.pdf" })
        #expect(finding.ruleID.hasSuffix("/quality/vanished"), "\(finding.ruleID)")
        #expect(finding.message.contains("disappeared"), "\(finding.message)")
        let inGoneFolder = try #require(report.findings.first { $0.path == "03/Perwali Manajemen Data.pdf" })
        #expect(inGoneFolder.ruleID.hasSuffix("/quality/vanished"), "\(inGoneFolder.ruleID)")
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.supportedLevel == 1, "a vanished Perwali counts for nothing: level 1 needs no evidence, level 2 needs it")
        #expect(!report.findings.contains { $0.path == "02/Perwali Peta Rencana SPBE.pdf" && $0.ruleID.contains("/quality/") })
    }
}
