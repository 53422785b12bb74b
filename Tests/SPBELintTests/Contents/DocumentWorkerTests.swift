import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport
import SPBELintReader

/// Documents read in child processes (`DocumentWorker`), as the CLI reads them: the same
/// verdicts as reading in-process, no process at all on a warm run, and a reader that
/// hangs or dies costs one document, not the run.
@Suite("Reading documents in worker processes", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake, "needs the Contents trait, python3 and pdftoppm"))
struct DocumentWorkerTests {
    static func run(_ tree: TempTree, cache: String, worker: DocumentWorker.Command?, limits: DocumentReader.Limits = .init()) throws -> LintReport {
        var context = RunContext.testing(today: Fixtures.today, environment: ["XDG_CACHE_HOME": cache])
        context.documentWorker = worker
        context.documentLimits = limits
        return try Linter(options: .init(context: context)).run(root: tree.root)
    }

    static let spbeLint = DocumentWorker.Command(executable: CLI.readerBinary)

    static func verdicts(_ report: LintReport) -> [String] {
        report.results.map { "\($0.indicator.id): \($0.supportedLevel)" } + report.findings.map { "\($0.path ?? "-") \($0.ruleID) \($0.message)" }
    }

    @Test func workersGiveTheVerdictsOfTheReaderInProcess() throws {
        let tree = try DocumentReadingTests.tree()
        let inProcess = try Self.run(tree, cache: TestScratch.folder("cache"), worker: nil)
        let cache = TestScratch.folder("cache")
        let workers = try Self.run(tree, cache: cache, worker: Self.spbeLint)
        #expect(Self.verdicts(workers) == Self.verdicts(inProcess))
        #expect(inProcess.statistics.documentWorkers == 0)
        #expect((1...ProcessInfo.processInfo.activeProcessorCount).contains(workers.statistics.documentWorkers), "\(workers.statistics.documentWorkers)")
        #expect(workers.statistics.ocrPages >= 2, "the scans went through OCR in the workers")
        // Warm: every text is in the cache, so no process is started.
        let warm = try Self.run(tree, cache: cache, worker: Self.spbeLint)
        #expect(warm.statistics.documentWorkers == 0 && warm.statistics.documentsRead == 0)
        #expect(Self.verdicts(warm) == Self.verdicts(inProcess))
    }

    /// A reader that never answers is killed at the document's time limit; the next
    /// document gets a new process.
    @Test func aReaderThatHangsIsKilledAtTheLimit() throws {
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 0.5
        let pool = DocumentWorkerPool(command: .init(executable: "/bin/sleep", arguments: ["30"]), environment: [:], limits: limits)
        let started = Date()
        let first = pool.read(Array("%PDF-1.4\n".utf8), format: .pdf)
        #expect(first.unreadable == .tooSlow(seconds: 0.5))
        #expect(first.unreadable?.message(Messages(language: .en)) == "too slow: over 0.5 s")
        #expect(first.unreadable?.message(Messages(language: .id)) == "terlalu lambat: lebih dari 0,5 detik")
        #expect(Date().timeIntervalSince(started) < 5)
        _ = pool.read(Array("%PDF-1.4\n".utf8), format: .pdf)
        #expect(pool.processesStarted == 2)
        pool.finish()
    }

    /// A reader that dies (a crash, the address-space limit) answers "reader stopped".
    @Test func aReaderThatDiesCostsOneDocument() throws {
        let pool = DocumentWorkerPool(command: .init(executable: "/bin/false", arguments: []), environment: [:], limits: .init())
        let text = pool.read(Array(repeating: 0x41, count: 1 << 20), format: .pdf)
        #expect(text.unreadable == .readerStopped)
        // A program that cannot be started: the document is not read (never in-process).
        let missing = DocumentWorkerPool(command: .init(executable: "/nonexistent/spbe-lint"), environment: [:], limits: .init())
        #expect(missing.read(Array("%PDF".utf8), format: .pdf).unreadable == .noReader)
        // The program made non-executable mid-run: the same.
        let bin = TempTree("bin")
        let copy = bin.path(DocumentWorker.readerName)
        try Executable.copy(CLI.readerBinary, to: copy)
        let changed = DocumentWorkerPool(command: .init(executable: copy), environment: [:], limits: .init())
        chmod(copy, 0o644)
        #expect(changed.read(DocumentFixtures.textPDF(lines: DocumentFixtures.invitation), format: .pdf).unreadable == .noReader)
    }

    /// Through the linter: with readers that die, the run finishes, every document says
    /// why, and none that a requirement needed the text of counts by its name: each is an
    /// error in the owner's checklist. A reader that cannot start is not the document's
    /// doing: nothing is cached, and the next run with readers counts the documents.
    @Test func aRunWithDeadReadersFailsClosed() throws {
        let tree = try DocumentReadingTests.tree()
        let cache = TestScratch.folder("cache")
        let report = try Self.run(tree, cache: cache, worker: .init(executable: "/bin/false", arguments: []))
        let notes = report.findings.filter { $0.ruleID.hasSuffix("/content/unreadable") }
        #expect(notes.count == report.statistics.documents && !notes.isEmpty)
        #expect(notes.allSatisfy { $0.message.contains("the reader stopped") })
        let enacted = report.results.flatMap(\.requirements).filter(\.requirement.enacted)
        #expect(!enacted.isEmpty && enacted.allSatisfy { $0.matched.isEmpty }, "\(enacted.map(\.matched))")
        let errors = report.findings.filter { $0.ruleID.hasSuffix("/content") && $0.message.hasPrefix("not read (the reader stopped): upload a readable copy") }
        #expect(errors.contains { $0.path == "01/Perwali 5 Tahun 2024 SPBE.pdf" }, "\(report.findings.map(\.message))")
        // No reader at all: not read, not cached; a later run with readers counts them.
        let fresh = TestScratch.folder("cache")
        let none = try Self.run(tree, cache: fresh, worker: .init(executable: "/nonexistent/spbe-lint"))
        #expect(none.findings.contains { $0.path == "01/Perwali 5 Tahun 2024 SPBE.pdf" && $0.message.hasPrefix("not read (no reader process could be started)") })
        let later = try Self.run(tree, cache: fresh, worker: Self.spbeLint)
        #expect(later.results.flatMap(\.requirements).contains { $0.matched.contains("01/Perwali 5 Tahun 2024 SPBE.pdf") })
    }

    @Test func onlyTheArgumentAndTheKeyTogetherMakeAWorker() {
        #expect(DocumentWorker.isRequested(arguments: ["spbe-lint", DocumentWorker.argument], environment: [DocumentWorker.environmentKey: "1"]))
        #expect(!DocumentWorker.isRequested(arguments: ["spbe-lint", DocumentWorker.argument], environment: [:]))
        #expect(!DocumentWorker.isRequested(arguments: ["spbe-lint", "bukti", DocumentWorker.argument], environment: [DocumentWorker.environmentKey: "1"]))
    }

    /// The hostile documents through real workers under their address-space limit.
    @Test func hostileDocumentsInWorkers() throws {
        let tree = try DocumentFixtures.hostileTree()
        let started = Date()
        let report = try Self.run(tree, cache: TestScratch.folder("cache"), worker: Self.spbeLint)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(report.statistics.documents == 4 && report.statistics.documentWorkers >= 1)
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.requirements.allSatisfy { $0.matched.isEmpty || $0.requirement.enacted == false }, "\(first.requirements.map(\.matched))")
    }

    /// Page 1 is read, page 2 never finishes: the document is "too slow" after its retry,
    /// yet what page 1 says still counts against it (an invitation named Perwali stays an
    /// invitation), and a Perwali whose end was never read is not taken as enacted.
    @Test func aSlowSecondPageKeepsThePagesReadAndFailsClosed() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        try DocumentFixtures.writeSlowSecondPage(tree.path("01/Perwali Arsitektur SPBE.pdf"), firstPage: DocumentFixtures.invitation)
        try DocumentFixtures.writeSlowSecondPage(tree.path("02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf"), firstPage: DocumentFixtures.perwaliTitle)
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 1
        let report = try Self.run(tree, cache: TestScratch.folder("cache"), worker: Self.spbeLint, limits: limits)
        let invitation = report.findings.filter { $0.path == "01/Perwali Arsitektur SPBE.pdf" && $0.ruleID.hasSuffix("/content") }
        #expect(invitation.contains { $0.message.contains("its first page is Undangan") }, "\(invitation.map(\.message))")
        let perwali = report.findings.filter { $0.path == "02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf" && $0.ruleID.hasSuffix("/content") }
        #expect(perwali.contains { $0.message.hasPrefix("not read (too slow: over 2 s): upload a readable copy") && $0.severity == .error }, "\(perwali.map(\.message))")
        #expect(!report.results.flatMap(\.requirements).contains { !$0.matched.isEmpty && $0.requirement.enacted })
        // In Indonesian, the reason too.
        var context = RunContext.testing(today: Fixtures.today, language: .id, environment: ["XDG_CACHE_HOME": TestScratch.folder("cache")])
        context.documentWorker = Self.spbeLint
        context.documentLimits = limits
        let indonesian = try Linter(options: .init(context: context)).run(root: tree.root)
        #expect(indonesian.findings.contains { $0.message.hasPrefix("tidak terbaca (terlalu lambat: lebih dari 2 detik): unggah salinan yang dapat dibaca") })
    }

    /// A reader that stops itself (SIGSTOP: it never answers, never exits) is killed at the
    /// limit and leaves no process behind.
    @Test func aStoppedReaderIsKilledAtTheLimit() throws {
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 0.5
        let pool = DocumentWorkerPool(command: .init(executable: "/bin/sh", arguments: ["-c", "kill -STOP $$"]), environment: [:], limits: limits)
        let text = pool.read(Array("%PDF-1.4\n".utf8), format: .pdf)
        #expect(text.unreadable == .tooSlow(seconds: 0.5))
        #expect(pool.childProcessIDs.isEmpty)
    }

    /// The hidden reader mode needs the socket a spbe-lint parent gives it: an argument
    /// and a variable typed at a prompt (or put in a hook) get exit 2 at once.
    @Test func theReaderModeNeedsItsParentsSocket() throws {
        let result = try CLI.run([DocumentWorker.argument], environment: [DocumentWorker.environmentKey: "1"], input: "")
        #expect(result.status == 2, "\(result.status) \(result.stdout)")
    }

    /// A reader runs with no_new_privs and a seccomp filter, and its limits are set.
    @Test func readersAreConfined() throws {
        let pool = DocumentWorkerPool(command: Self.spbeLint, environment: [:], limits: .init())
        defer { pool.finish() }
        let text = pool.read(DocumentFixtures.textPDF(lines: DocumentFixtures.invitation), format: .pdf)
        #expect(text.unreadable == nil && text.first.contains("Undangan"), "\(String(describing: text.unreadable))")
        let pid = try #require(pool.childProcessIDs.first)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        #expect(status.contains("NoNewPrivs:\t1"), "\(status)")
        #expect(status.contains("Seccomp:\t2"), "\(status)")
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        #expect(limits.contains { _ in true } && limits.split(separator: "\n").contains { $0.hasPrefix("Max file size") && $0.contains(" 0 ") }, "\(limits)")
    }

    /// Poppler's codes told apart: a file that only starts like a PDF has a bad catalog (a
    /// damaged PDF), a really encrypted one asks for an unprotected copy; scans whose one
    /// image is a broken JBIG2 or JPEG 2000 stream are not read. None counts as a Perwali.
    @Test func encryptedDamagedAndBrokenScansFailClosed() throws {
        #if Contents
        let garbage = Array(("%PDF-1.4\n" + String(repeating: "garbage ", count: 500) + "\n%%EOF\n").utf8)
        #expect(DocumentReader().readPDF(garbage, ocr: { nil }).unreadable?.isDamage == true)
        let noCatalog = DocumentFixtures.pdf([Array("(not a catalog)".utf8)])
        #expect(DocumentReader().readPDF(noCatalog, ocr: { nil }).unreadable == .badCatalog)
        #expect(DocumentReader().readPDF(noCatalog, ocr: { nil }).unreadable != .encrypted, "code 3 is a bad catalog, not encryption")
        #expect(DocumentReader().readPDF(DocumentFixtures.encryptedPDF(), ocr: { nil }).unreadable == .encrypted)
        #endif
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        tree.folder("01")
        tree.folder("02")
        tree.folder("03")
        try Data(DocumentFixtures.encryptedPDF()).write(to: URL(fileURLWithPath: tree.path("01/Perwali 5 Tahun 2024 Arsitektur SPBE.pdf")))
        try Data(DocumentFixtures.brokenScan(filter: "JBIG2Decode")).write(to: URL(fileURLWithPath: tree.path("02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf")))
        try Data(DocumentFixtures.brokenScan(filter: "JPXDecode")).write(to: URL(fileURLWithPath: tree.path("03/Perwali 5 Tahun 2024 Manajemen Data.pdf")))
        let report = try Self.run(tree, cache: TestScratch.folder("cache"), worker: Self.spbeLint)
        #expect(!report.results.flatMap(\.requirements).contains { !$0.matched.isEmpty && $0.requirement.enacted }, "\(report.results.flatMap(\.requirements).map(\.matched))")
        func content(_ path: String) -> [String] { report.findings.filter { $0.path == path && $0.ruleID.hasSuffix("/content") }.map(\.message) }
        #expect(content("01/Perwali 5 Tahun 2024 Arsitektur SPBE.pdf").contains { $0.hasPrefix("password-protected: upload an unprotected copy") })
        #expect(content("02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf").contains { $0.hasPrefix("not read (") }, "\(content("02/Perwali 5 Tahun 2024 Peta Rencana SPBE.pdf"))")
        #expect(content("03/Perwali 5 Tahun 2024 Manajemen Data.pdf").contains { $0.hasPrefix("not read (") }, "\(content("03/Perwali 5 Tahun 2024 Manajemen Data.pdf"))")
    }

    /// No reader outlives the run: Ctrl-C to the run's process group, SIGTERM or SIGKILL to
    /// the spbe-lint process alone, while its readers are busy on slow pages: every reader
    /// is gone soon after (they die with their parent; their signal mask is not the
    /// parent's blocked one).
    @Test(arguments: ["SIGINT to the group", "SIGTERM", "SIGKILL"])
    func noReaderOutlivesTheRun(signal: String) throws {
        let tree = Self.slowTree
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = [tree.root]
        process.environment = CLI.testEnvironment(["XDG_CACHE_HOME": TestScratch.folder("cache")])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        defer { if process.isRunning { kill(pid, SIGKILL) } }
        var readers: [pid_t] = []
        for _ in 0..<600 where readers.isEmpty {
            readers = Self.processes().filter { $0.parent == pid && $0.command.contains(DocumentWorker.argument) }.map(\.pid)
            if readers.isEmpty { usleep(50_000) }
        }
        try #require(!readers.isEmpty, "no reader started")
        switch signal {
        case "SIGINT to the group":
            // Foundation starts the run as a group leader, as a shell does a foreground job.
            try #require(getpgid(pid) == pid, "the run is not in a group of its own")
            kill(-pid, SIGINT)
        case "SIGTERM": kill(pid, SIGTERM)
        default: kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        var alive = readers
        // A reader dies with its parent at once; its slow page alone would keep it for many seconds.
        for _ in 0..<40 where !alive.isEmpty {
            alive = alive.filter(Self.isAlive)
            if !alive.isEmpty { usleep(50_000) }
        }
        #expect(alive.isEmpty, "\(signal): readers \(alive) still running")
        for reader in alive { kill(reader, SIGKILL) }
    }

    /// Two PDFs whose second page takes many seconds (made once for the three signals).
    nonisolated(unsafe) static let slowTree: TempTree = {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        for folder in ["01", "02"] {
            try? DocumentFixtures.writeSlowSecondPage(tree.path("\(folder)/Perwali \(folder) SPBE.pdf"), firstPage: DocumentFixtures.perwaliTitle, inflatedBytes: 512 << 20)
        }
        return tree
    }()

    /// Every process: its id, its parent's and its command line.
    static func processes() -> [(pid: pid_t, parent: pid_t, command: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let parent = pid_t(fields[1]) else { return nil }
            let command = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))).map { String(decoding: $0.map { $0 == 0 ? 32 : $0 }, as: UTF8.self) } ?? ""
            return (pid, parent, command)
        }
    }

    /// Running (a zombie waiting for a reaper is not).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// Past the run's reading budget the rest are "not read (time budget)", fail closed,
    /// and are not cached: the next run reads them and counts them.
    @Test func pastTheRunsBudgetDocumentsAreNotReadNorCached() throws {
        let tree = try DocumentReadingTests.tree()
        let cache = TestScratch.folder("cache")
        var limits = DocumentReader.Limits()
        limits.runSeconds = 0
        let spent = try Self.run(tree, cache: cache, worker: nil, limits: limits)
        let path = "01/Perwali 5 Tahun 2024 SPBE.pdf"
        #expect(spent.findings.contains { $0.path == path && $0.message.hasPrefix("not read (the run's time for reading documents was spent)") })
        #expect(!spent.results.flatMap(\.requirements).contains { $0.matched.contains(path) })
        let next = try Self.run(tree, cache: cache, worker: nil)
        #expect(next.results.flatMap(\.requirements).contains { $0.matched.contains(path) })
        #expect(next.statistics.documentCacheHits == 0)
    }
}
