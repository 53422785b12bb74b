import Foundation
import Testing
@testable import SPBELint

/// Documents read in child processes (`DocumentWorker`), as the CLI reads them: the same
/// verdicts as reading in-process, no process at all on a warm run, and a reader that
/// hangs or dies costs one document, not the run.
@Suite("Reading documents in worker processes", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake, "needs the Contents trait, python3 and pdftoppm"))
struct DocumentWorkerTests {
    static func run(_ tree: TempTree, cache: String, worker: DocumentWorker.Command?) throws -> LintReport {
        var context = RunContext(today: Fixtures.today, environment: ["XDG_CACHE_HOME": cache])
        context.documentWorker = worker
        return try Linter(options: .init(context: context)).run(root: tree.root)
    }

    static let spbeLint = DocumentWorker.Command(executable: CLI.binary)

    static func verdicts(_ report: LintReport) -> [String] {
        report.results.map { "\($0.indicator.id): \($0.supportedLevel)" } + report.findings.map { "\($0.path ?? "-") \($0.ruleID) \($0.message)" }
    }

    @Test func workersGiveTheVerdictsOfTheReaderInProcess() throws {
        let tree = try DocumentReadingTests.tree()
        let inProcess = try Self.run(tree, cache: TempTree("cache").root, worker: nil)
        let cache = TempTree("cache").root
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
        let first = try #require(pool.read(Array("%PDF-1.4\n".utf8), format: .pdf))
        #expect(first.unreadable == "too slow: over 0.5 s")
        #expect(Date().timeIntervalSince(started) < 5)
        _ = pool.read(Array("%PDF-1.4\n".utf8), format: .pdf)
        #expect(pool.processesStarted == 2)
        pool.finish()
    }

    /// A reader that dies (a crash, the address-space limit) answers "reader stopped".
    @Test func aReaderThatDiesCostsOneDocument() throws {
        let pool = DocumentWorkerPool(command: .init(executable: "/bin/false", arguments: []), environment: [:], limits: .init())
        let text = try #require(pool.read(Array(repeating: 0x41, count: 1 << 20), format: .pdf))
        #expect(text.unreadable == "reader stopped")
        // A program that cannot be started: the caller reads in-process instead.
        let missing = DocumentWorkerPool(command: .init(executable: "/nonexistent/spbe-lint"), environment: [:], limits: .init())
        #expect(missing.read(Array("%PDF".utf8), format: .pdf) == nil)
    }

    /// Through the linter: with readers that die, every document is judged by its name
    /// and says why; the run finishes.
    @Test func aRunWithDeadReadersFinishesAndSaysSo() throws {
        let tree = try DocumentReadingTests.tree()
        let report = try Self.run(tree, cache: TempTree("cache").root, worker: .init(executable: "/bin/false", arguments: []))
        let notes = report.findings.filter { $0.ruleID.hasSuffix("/content/unreadable") }
        #expect(notes.count == report.statistics.documents && !notes.isEmpty)
        #expect(notes.allSatisfy { $0.message.contains("reader stopped") })
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
        let report = try Self.run(tree, cache: TempTree("cache").root, worker: Self.spbeLint)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(report.statistics.documents == 4 && report.statistics.documentWorkers >= 1)
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.requirements.allSatisfy { $0.matched.isEmpty || $0.requirement.enacted == false }, "\(first.requirements.map(\.matched))")
    }
}
