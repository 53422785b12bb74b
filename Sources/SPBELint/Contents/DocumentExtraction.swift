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
        /// Documents the bytes alone settled (`DocumentProbe`): never sent to a reader.
        var settled = 0

        mutating func add(_ other: Statistics) {
            documents += other.documents
            read += other.read
            cacheHits += other.cacheHits
            ocrPages += other.ocrPages
            unreadable += other.unreadable
            settled += other.settled
        }
    }

    let root: String
    let analyzer: DocumentAnalyzer
    let cache: DocumentCache?
    var limits = DocumentReader.Limits()
    /// What reads the documents: reader processes (the CLI's pool), or in process in the
    /// tests; nil: nothing can read them, and each is "not read (no reader)".
    var readers: (any DocumentTextReading)?
    /// When reading began, for the run's time budget (`Limits.runSeconds`).
    private let began = Stopwatch()
    var progress: (@Sendable (Int, Int) -> Void)?

    /// Read for its text when its facts allow: a PDF or a .docx by name, or an image a
    /// `shows:` requirement asks about.
    static func isDocument(_ position: Int, in store: EvidenceStore, images: Set<Int>) -> Bool {
        images.contains(position) || DocumentReader.reads(extension: store.ext(at: position))
    }

    /// What reading one document gave: its facts, the texts read this run (a warm run
    /// leaves them in the cache), whether it came from the cache, and the pages OCR'd.
    struct Outcome: Sendable {
        var facts: DocumentFacts
        var texts: DocumentTexts.Texts?
        var cached: Bool
        var ocrPages = 0
        var settled = false
    }

    struct Result {
        var facts: [Int: DocumentFacts] = [:]
        /// Texts read this run, by position.
        var texts: [Int: DocumentTexts.Texts] = [:]
        var statistics = Statistics()
    }

    /// What the inspector's probe hands each wanted file to (`wanted` by store position):
    /// the document read on the descriptor the probe opened, so it is opened once.
    /// `wholeBody`: the positions whose scanned pages in between are OCR'd too. Call
    /// `collect` with what the probe gathered.
    func handoff(wanted: [Bool], in store: EvidenceStore, wholeBody: Set<Int>) -> EvidenceInspector.DocumentHandoff {
        let counter = ProgressCounter(total: wanted.lazy.filter { $0 }.count, report: progress)
        // One analysis of the empty text for every answer the probe's bytes give (70,000
        // such files on the benchmark tree: looked up, never analysed again, no lock).
        var settledAnswers: [ReadFailure: Outcome] = [:]
        for failure in [ReadFailure.empty, .badCatalog, .damaged] { settledAnswers[failure] = settledOutcome(failure) }
        let answers = settledAnswers
        return EvidenceInspector.DocumentHandoff(wanted: wanted, read: { position, descriptor, facts in
            if let failure = facts.settled { return answers[failure] ?? self.settledOutcome(failure) }
            return self.readOpen(descriptor, facts: facts, path: store.path(at: position), wholeBody: wholeBody.contains(position))
        }, done: { counter.advance() })
    }

    /// Documents over the reader's limit whose bytes were never held (a blob git streamed
    /// without keeping): "too large", as a file on disk over the limit is, never unread
    /// and judged by its name.
    func tooLarge(_ positions: [Int]) -> Result {
        guard ContentsSupport.available, !positions.isEmpty else { return Result() }
        let answer = unread(.tooLarge)
        return result(positions.map { ($0, answer) }, count: positions.count)
    }

    /// The result of the documents a handoff read: statistics, and the cache saved.
    func collect(_ parts: [[(position: Int, outcome: Outcome)]]) -> Result {
        let count = parts.reduce(0) { $0 + $1.count }
        guard ContentsSupport.available, count > 0 else { return Result() }
        cache?.save()
        return result(parts.joined(), count: count)
    }

    /// Reads documents whose bytes come from elsewhere (git's objects in `--staged`,
    /// `--rev` and `--pre-push`): `bytes(offset)` gives the whole blob, or nil when it
    /// is missing or too large to read.
    func run(_ positions: [Int], in store: EvidenceStore, wholeBody: Set<Int> = [], bytes: @escaping @Sendable (Int) -> [UInt8]?) -> Result {
        let paths = positions.map { store.path(at: $0) }
        let whole = positions.map { wholeBody.contains($0) }
        return run(positions, paths: paths) { offset in
            guard let data = bytes(offset) else { return nil }
            return readBytes(data, path: paths[offset], statKey: nil, wholeBody: whole[offset])
        }
    }

    private func run(_ positions: [Int], paths: [String], read: @Sendable (Int) -> Outcome?) -> Result {
        guard ContentsSupport.available, !positions.isEmpty else { return Result() }
        var outcomes = [Outcome?](repeating: nil, count: paths.count)
        let counter = ProgressCounter(total: paths.count, report: progress)
        ParallelChunks.fill(&outcomes, chunks: max(1, ProcessInfo.processInfo.activeProcessorCount) * 4) { range, put in
            for offset in range {
                if let outcome = read(offset) { put(offset, outcome) }
                counter.advance()
            }
        }
        cache?.save()
        return result(zip(positions, outcomes).compactMap { position, outcome in outcome.map { (position, $0) } }, count: paths.count)
    }

    private func result(_ outcomes: some Sequence<(position: Int, outcome: Outcome)>, count: Int) -> Result {
        var result = Result()
        // 70,000 entries on a large tree: grown once, not by doubling and rehashing.
        result.facts.reserveCapacity(count)
        result.statistics.documents = count
        for (position, outcome) in outcomes {
            if outcome.cached { result.statistics.cacheHits += 1 } else { result.statistics.read += 1 }
            result.statistics.ocrPages += outcome.ocrPages
            if outcome.settled { result.statistics.settled += 1 }
            if outcome.facts.unreadable != nil { result.statistics.unreadable += 1 }
            result.facts[position] = outcome.facts
            if let texts = outcome.texts { result.texts[position] = texts }
        }
        return result
    }

    /// The outcome for a file whose bytes settled that no reader could read it: not
    /// cached (the next run's first read settles it again, for nothing).
    private func settledOutcome(_ failure: ReadFailure) -> Outcome {
        var result = unread(failure)
        result.settled = true
        return result
    }

    /// The outcome of a document not read for `failure` (no bytes, so no digest, never cached).
    private func unread(_ failure: ReadFailure) -> Outcome {
        var text = DocumentReader.Text()
        text.unreadable = failure
        return outcome(text, digest: nil, cached: false)
    }

    /// One document on the descriptor the inspector opened (a link was followed there as
    /// for any file: the walk let only links whose target is inside the tree through;
    /// refusing them left a linked invitation named "Perwali" unread and counted by its
    /// name): looked up by the stamp taken then, else read whole, hashed, looked up by
    /// digest, else read for its text.
    private func readOpen(_ descriptor: Int32, facts: EvidenceInspector.Facts, path: String, wholeBody: Bool) -> Outcome? {
        let key = facts.stamp.map(DocumentCache.statKey)
        if let key, let cache, let digest = cache.digest(forStatKey: key), let known = known(digest, in: cache, path: path, wholeBody: wholeBody) {
            return known
        }
        guard facts.size <= Int64(limits.maxBytes) else {
            return unread(.tooLarge)
        }
        guard let bytes = try? SafeFile.read(descriptor: descriptor, limit: limits.maxBytes) else { return nil }
        return readBytes(bytes, path: path, statKey: key, wholeBody: wholeBody)
    }

    /// One document's bytes: looked up by their SHA-256, else read for their text.
    private func readBytes(_ bytes: [UInt8], path: String, statKey: String?, wholeBody: Bool) -> Outcome {
        guard bytes.count <= limits.maxBytes else {
            return unread(.tooLarge)
        }
        // Always: besides the cache, the digest tells copies apart without opening them again.
        let digest: String? = SHA256.hex(bytes)
        if let cache, let digest, let known = known(digest, in: cache, path: path, wholeBody: wholeBody) {
            if let statKey { cache.remember(statKey: statKey, digest: digest) }
            return known
        }
        let format = Self.format(of: path)
        let settled = DocumentProbe.answer(bytes, format: format, limits: limits)
        let text = settled ?? read(bytes, format: format, wholeBody: wholeBody)
        // Only what the bytes cause is cached: a reader that could not start, a run out of
        // time, no OCR installed are read again next time. A time-out or a death that
        // survived its retries is the document's (the same bytes would cost the same
        // minute again on every commit).
        if let cache, let digest, text.unreadable?.isTransient != true { cache.store(text, digest: digest, statKey: statKey) }
        var result = outcome(text, digest: digest, cached: false, image: format == .image)
        result.settled = settled != nil
        return result
    }

    /// Reads through the readers (a time-out or a death tried again with twice the time,
    /// up to `Limits.retries` times); nothing once the run's reading time is spent, or
    /// when there is no reader.
    private func read(_ bytes: [UInt8], format: DocumentReader.Format, wholeBody: Bool) -> DocumentReader.Text {
        guard began.milliseconds < limits.runSeconds * 1000 else {
            var text = DocumentReader.Text()
            text.unreadable = .timeBudget
            return text
        }
        guard let readers else {
            var text = DocumentReader.Text()
            text.unreadable = .noReader
            return text
        }
        var text = readers.read(bytes, format: format, wholeBody: wholeBody, seconds: nil)
        var seconds = limits.documentSeconds
        for _ in 0..<limits.retries {
            switch text.unreadable {
            case .tooSlow?, .readerStopped?:
                seconds *= 2
                let again = readers.read(bytes, format: format, wholeBody: wholeBody, seconds: seconds)
                // The retry's pages, unless it got fewer than the first try.
                if again.unreadable == nil || again.first.utf8.count + again.last.utf8.count >= text.first.utf8.count + text.last.utf8.count { text = again }
                else { text.unreadable = again.unreadable }
            default:
                return text
            }
        }
        return text
    }

    static func format(of path: String) -> DocumentReader.Format {
        let name = PathName.lastComponent(path)
        guard let dot = name.lastIndex(of: ".") else { return .pdf }
        return DocumentReader.Format(extension: String(name[name.index(after: dot)...])) ?? .pdf
    }

    /// The facts of cached bytes: from the facts table, else analysed from the cached
    /// text (a new catalogue, an older table) and added to the table. A document wanted
    /// `wholeBody` whose cached text was read without its scanned pages in between is
    /// read again.
    private func known(_ digest: String, in cache: DocumentCache, path: String, wholeBody: Bool) -> Outcome? {
        var text: DocumentReader.Text?
        if wholeBody {
            if let facts = cache.facts(forDigest: digest), facts.wholeBody { return Outcome(facts: facts, cached: true) }
            text = cache.text(forDigest: digest)
            guard let text, text.bodyOCR || text.pages <= limits.firstPages + 1 || text.unreadable != nil else { return nil }
        }
        if let facts = cache.facts(forDigest: digest) { return Outcome(facts: facts, cached: true) }
        guard let text = text ?? cache.text(forDigest: digest) else { return nil }
        return outcome(text, digest: digest, cached: true, image: Self.format(of: path) == .image)
    }

    /// Analyses a text (on the worker thread that read it: string work that would
    /// otherwise run on one core afterwards) and keeps the facts in the cache. An image's
    /// text is only searched for what a requirement says it `shows`: a screenshot of a
    /// PDF viewer is not the regulation on its screen, so it states no kind or status.
    private func outcome(_ text: DocumentReader.Text, digest: String?, cached: Bool, image: Bool = false) -> Outcome {
        var facts = image ? DocumentFacts() : analyzer.analyze(first: text.first, last: text.last, body: text.body, pages: text.pages, source: text.source)
        if image {
            facts.source = text.source
            facts.pages = text.pages
        }
        facts.unreadable = text.unreadable
        facts.wholeBody = text.bodyOCR || text.pages <= limits.firstPages + 1 || text.unreadable != nil
        facts.digest = digest
        if let cache, let digest, text.unreadable?.isTransient != true { cache.store(facts, digest: digest) }
        return Outcome(facts: facts, texts: .init(head: text.head, body: text.body), cached: cached, ocrPages: cached ? 0 : text.ocrPages)
    }
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
