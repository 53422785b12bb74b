import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content phase: reads the documents among the candidate files (PDFs) on every
/// core, through the cache, and turns their text into facts. Runs once, before the
/// verdict; the evaluation only looks the facts up.
struct DocumentExtraction {
    struct Statistics: Sendable {
        var documents = 0
        var read = 0
        var cacheHits = 0
        var ocrPages = 0
        var unreadable = 0
        /// Worker processes started (a warm run starts none).
        var workers = 0
    }

    let root: String
    let analyzer: DocumentAnalyzer
    let cache: DocumentCache?
    var reader = DocumentReader()
    /// Child processes that do the reading (the CLI's); nil reads in this process.
    var workers: DocumentWorkerPool?
    var progress: (@Sendable (Int, Int) -> Void)?

    /// The positions of `store` worth reading: PDFs whose first bytes were readable.
    static func documents(_ positions: [Int], in store: EvidenceStore, facts: [EvidenceInspector.Facts?]) -> [Int] {
        positions.filter { position in
            guard let fact = position < facts.count ? facts[position] : nil, fact.readable, fact.size > 0, !fact.lfsPointer else { return false }
            return DocumentReader.reads(extension: store.ext(at: position))
        }
    }

    /// Reads the documents at `positions` from the disk.
    func run(_ positions: [Int], in store: EvidenceStore) -> (facts: [Int: DocumentFacts], statistics: Statistics) {
        let paths = positions.map { store.path(at: $0) }
        return run(positions, paths: paths) { offset, ocr in readOne(paths[offset], ocr: ocr) }
    }

    /// Reads documents whose bytes come from elsewhere (git's objects in `--staged`,
    /// `--rev` and `--pre-push`): `bytes(offset)` gives the whole blob, or nil when it
    /// is missing or too large to read.
    func run(_ positions: [Int], in store: EvidenceStore, bytes: @escaping @Sendable (Int) -> [UInt8]?) -> (facts: [Int: DocumentFacts], statistics: Statistics) {
        let paths = positions.map { store.path(at: $0) }
        return run(positions, paths: paths) { offset, ocr in
            guard let data = bytes(offset) else { return nil }
            return readBytes(data, path: paths[offset], statKey: nil, ocr: ocr)
        }
    }

    #if Contents
    typealias OCRSource = () -> OCREngine?
    #else
    typealias OCRSource = () -> Void?
    #endif

    private func run(_ positions: [Int], paths: [String], read: @Sendable (Int, OCRSource) -> (DocumentReader.Text, Bool)?) -> (facts: [Int: DocumentFacts], statistics: Statistics) {
        guard ContentsSupport.available, !positions.isEmpty else { return ([:], Statistics()) }
        var results = [(DocumentReader.Text, Bool, DocumentFacts)?](repeating: nil, count: paths.count)
        let counter = ProgressCounter(total: paths.count, report: progress)
        ParallelChunks.fill(&results, chunks: max(1, ProcessInfo.processInfo.activeProcessorCount) * 4) { range, put in
            #if Contents
            var engine: OCREngine??
            let ocr = { () -> OCREngine? in
                if engine == nil { engine = .some(OCREngine()) }
                return engine!
            }
            #endif
            for offset in range {
                #if Contents
                // Read and analysed on the same worker: the analysis is string work that
                // would otherwise run on one core after the reading.
                if let (text, cached) = read(offset, ocr) {
                    var fact = analyzer.analyze(first: text.first, last: text.last, pages: text.pages, source: text.source)
                    fact.body = text.body
                    fact.unreadable = text.unreadable
                    put(offset, (text, cached, fact))
                }
                #endif
                counter.advance()
            }
        }
        cache?.save()
        var statistics = Statistics()
        statistics.documents = paths.count
        var facts: [Int: DocumentFacts] = [:]
        for (position, result) in zip(positions, results) {
            guard let (text, cached, fact) = result else { continue }
            if cached { statistics.cacheHits += 1 } else { statistics.read += 1 }
            statistics.ocrPages += cached ? 0 : text.ocrPages
            if text.unreadable != nil { statistics.unreadable += 1 }
            facts[position] = fact
        }
        return (facts, statistics)
    }

    #if Contents
    /// One document: opened without following links (it was a file when the walk saw it),
    /// looked up by its (device, inode, size, times), else read whole, hashed, looked up
    /// by digest, else read for its text. Returns the text and whether it was cached.
    private func readOne(_ path: String, ocr: () -> OCREngine?) -> (DocumentReader.Text, Bool)? {
        guard let fd = try? SafeFile.open(root.hasSuffix("/") ? root + path : root + "/" + path, followLinks: false) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let key = DocumentCache.statKey(info)
        if let cache, let digest = cache.digest(forStatKey: key), let text = cache.text(forDigest: digest) {
            return (text, true)
        }
        guard Int(info.st_size) <= reader.limits.maxBytes else {
            var text = DocumentReader.Text()
            text.unreadable = "too large"
            return (text, false)
        }
        guard let bytes = try? SafeFile.read(descriptor: fd, limit: reader.limits.maxBytes) else { return nil }
        return readBytes(bytes, path: path, statKey: key, ocr: ocr)
    }

    /// One document's bytes: looked up by their SHA-256, else read for their text.
    private func readBytes(_ bytes: [UInt8], path: String, statKey: String?, ocr: () -> OCREngine?) -> (DocumentReader.Text, Bool) {
        guard bytes.count <= reader.limits.maxBytes else {
            var text = DocumentReader.Text()
            text.unreadable = "too large"
            return (text, false)
        }
        let digest = cache.map { _ in SHA256.hex(bytes) }
        if let cache, let digest, let text = cache.text(forDigest: digest) {
            if let statKey { cache.store(text, digest: digest, statKey: statKey) }
            return (text, true)
        }
        // A failure in a worker (too slow, stopped) is cached too: the same bytes would
        // cost the same minute again on every commit.
        let docx = path.lowercased().hasSuffix(".docx")
        let text = workers?.read(bytes, docx: docx) ?? reader.read(bytes, docx: docx, ocr: ocr)
        if let cache, let digest { cache.store(text, digest: digest, statKey: statKey) }
        return (text, false)
    }
    #else
    private func readOne(_ path: String, ocr: OCRSource) -> (DocumentReader.Text, Bool)? { nil }
    private func readBytes(_ bytes: [UInt8], path: String, statKey: String?, ocr: OCRSource) -> (DocumentReader.Text, Bool)? { nil }
    #endif
}

/// Counts finished documents across workers and tells `report` now and then: not before
/// a second has passed (a quick run draws nothing), then at most every 200 ms.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private let started = Stopwatch()
    private var last = 0.0

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func advance() {
        guard let report else { return }
        lock.lock()
        done += 1
        let now = started.milliseconds
        let due = now > 1000 && (now - last > 200 || done == total)
        if due { last = now }
        let count = done
        lock.unlock()
        if due { report(count, total) }
    }
}
