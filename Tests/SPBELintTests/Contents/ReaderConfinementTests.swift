import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport
@testable import SPBELintReader

/// What a confined reader cannot do, shown by a real reader process: the pool starts
/// `spbe-lint-reader __reader-self-test`, which confines itself with the reader's own code
/// (`ReaderService.confine`: limits, no_new_privs, seccomp, Landlock) and then tries each
/// forbidden operation. And, because the confinement must not change what is read, every
/// fixture (and, with SPBE_LINT_DOCUMENT_CORPUS=1, every corpus document) gives the same
/// text through a confined reader as read in this (unconfined) process.
@Suite("Confined readers", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake, "needs the Contents trait, python3 and pdftoppm"))
struct ReaderConfinementTests {
    static func selfTest(probing path: String) -> [String: String] {
        let pool = DocumentWorkerPool(command: .init(executable: CLI.readerBinary, arguments: [ReaderSelfTest.argument]),
                                      environment: ProcessInfo.processInfo.environment, limits: .init())
        defer { pool.finish() }
        let answer = pool.read(Array(path.utf8), format: .pdf)
        var outcomes: [String: String] = [:]
        for line in answer.first.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { outcomes[parts[0]] = parts[1] }
        }
        return outcomes
    }

    @Test func aConfinedReaderCannotReadWriteConnectOrSpawn() throws {
        let evidence = TempTree("bukti")
        evidence.file("01/perwali.pdf", "%PDF-1.4 the user's own file\n")
        let outcomes = Self.selfTest(probing: evidence.path("01/perwali.pdf"))
        #expect(outcomes.count == 9, "the reader answered: \(outcomes)")
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if ReaderLandlock.abi() > 0 {
            // Landlock: the evidence tree is not beneath any folder a reader may read.
            #expect(outcomes["read"] == "denied EACCES")
            #expect(outcomes["list"] == "denied EACCES")
            #expect(outcomes["fonts"] == "allowed", "the system data it needs stays readable")
            // So is the home folder, except fontconfig's cache.
            if let home = ProcessInfo.processInfo.environment["HOME"], FileManager.default.isReadableFile(atPath: home) {
                let inHome = Self.selfTest(probing: home + "/.profile")
                #expect(inHome["list"] == "denied EACCES", "\(inHome)")
            }
        } else {
            // Said, not failed: the README documents what holds without Landlock.
            print("ReaderConfinementTests: this kernel has no Landlock: a reader can read the user's files")
            #expect(outcomes["read"] == "allowed")
        }
        #expect(outcomes["write"]?.hasPrefix("denied") == true, "\(outcomes)")
        #expect(outcomes["inet"] == "denied EPERM")
        #expect(outcomes["unix"] == "denied EPERM")
        #expect(outcomes["fork"] == "denied EPERM")
        #expect(outcomes["exec"]?.hasPrefix("denied") == true, "\(outcomes)")
        #expect(FileManager.default.fileExists(atPath: evidence.path("01/written-by-reader")) == false)
        #endif
    }

    /// The self-test mode is hidden like the worker's: the argument and the variable
    /// alone (no spbe-lint parent on the socket) do nothing and exit 2.
    @Test func theSelfTestNeedsASpbeLintParent() throws {
        #expect(!ReaderSelfTest.isRequested(arguments: ["spbe-lint-reader", "bukti", ReaderSelfTest.argument], environment: [DocumentWorker.environmentKey: "1"]))
        #expect(!ReaderSelfTest.isRequested(arguments: ["spbe-lint-reader", ReaderSelfTest.argument], environment: [:]))
        let result = try Shell.run(CLI.readerBinary, [ReaderSelfTest.argument], environment: CLI.testEnvironment([DocumentWorker.environmentKey: "1"]), input: "")
        #expect(result.status == 2)
    }

    static func documents(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [String] = []
        while let entry = enumerator?.nextObject() as? String {
            if DocumentReader.Format(extension: (entry as NSString).pathExtension) != nil { found.append(folder + "/" + entry) }
        }
        return found.sorted()
    }

    /// Every document gives the same text confined as unconfined: the folders Landlock
    /// leaves readable are all poppler, fontconfig and Tesseract need. (The reads without
    /// OCR are compared byte for byte; the corpus was also compared through the CLI's
    /// cache, old reader against new, see the CHANGELOG.)
    @Test func confinementChangesNoText() throws {
        // The unconfined side reads in this process: only a build with the readers has them.
        #if Contents
        var folders = [DocumentReadingTests.fixtures]
        if ProcessInfo.processInfo.environment["SPBE_LINT_DOCUMENT_CORPUS"] != nil {
            folders.append(DocumentCorpusTests.folder + "/files")
        }
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 300
        let pool = DocumentWorkerPool(command: .init(executable: CLI.readerBinary), environment: ProcessInfo.processInfo.environment, limits: limits)
        defer { pool.finish() }
        let reader = DocumentReader(limits: limits)
        var engine: OCREngine??
        var compared = 0
        for path in folders.flatMap(Self.documents(in:)) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let format = DocumentReader.Format(extension: (path as NSString).pathExtension)!
            for wholeBody in format == .pdf ? [false, true] : [false] {
                let confined = pool.read(bytes, format: format, wholeBody: wholeBody)
                let unconfined = reader.read(bytes, format: format, wholeBody: wholeBody, ocr: {
                    if engine == nil { engine = .some(OCREngine()) }
                    return engine!
                })
                if unconfined.ocrPages == 0 && confined.ocrPages == 0 {
                    #expect(DocumentCache.encode(confined) == DocumentCache.encode(unconfined), "\(path) wholeBody \(wholeBody)")
                } else {
                    // OCR stops at a per-page time budget, so on a loaded machine two reads
                    // of a scan may differ in how far they got (measured: a scan read as
                    // "scan quality" in one and as text in the other, both ways round);
                    // what confinement could break is Tesseract itself, its language data
                    // unreadable, which is "no OCR" or a reader that stopped.
                    #expect(confined.unreadable != .noOCR && confined.unreadable != .readerStopped,
                            "\(path) wholeBody \(wholeBody): \(String(describing: confined.unreadable))")
                }
                compared += 1
            }
        }
        #expect(compared >= 10)
        print("confinementChangesNoText: \(compared) reads compared")
        #endif
    }

    /// The memory budget: no more readers exist at once than `readersMemory` holds at
    /// `workerAddressSpace` each. Six documents are read at once from six threads by
    /// readers that never answer (each killed at its limit); the reader processes alive
    /// at any moment, sampled from /proc, never exceed the two the budget holds.
    @Test func noMoreReadersThanTheMemoryBudgetHolds() throws {
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 0.5
        limits.retries = 0
        limits.readersMemory = 2 * limits.workerAddressSpace
        // A name of its own, so readers of tests running alongside are not counted.
        let bin = TempTree("budget")
        let reader = bin.path("budget-reader")
        try FileManager.default.createSymbolicLink(atPath: reader, withDestinationPath: "/bin/sleep")
        let pool = DocumentWorkerPool(command: .init(executable: reader, arguments: ["30"]), environment: [:], limits: limits)
        defer { pool.finish() }
        #expect(pool.capacity == 2)
        let done = DispatchGroup()
        for _ in 0..<6 {
            DispatchQueue.global().async(group: done) { _ = pool.read(Array("%PDF-1.4\n".utf8), format: .pdf) }
        }
        var peak = 0
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            peak = max(peak, Self.liveChildren(named: "budget-reader"))
        }
        #expect(pool.processesStarted == 6)
        #expect((1...2).contains(peak), "\(peak) readers at once")
    }

    /// Children of this process, not yet exited, whose command name is `name`.
    static func liveChildren(named name: String) -> Int {
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { entry in
            guard Int32(entry) != nil, let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")"), let open = stat.firstIndex(of: "(") else { return false }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            return stat[stat.index(after: open)..<close] == name && fields.count > 1 && fields[0] != "Z" && Int32(fields[1]) == me
        }.count
    }
}
