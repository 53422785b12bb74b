#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Phase timings for `--stats`: monotonic clock, milliseconds.
public struct Stopwatch: Sendable {
    private var start: timespec

    public init() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        start = now
    }

    public var milliseconds: Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec - start.tv_sec) * 1000 + Double(now.tv_nsec - start.tv_nsec) / 1_000_000
    }
}

/// What `--stats` prints: where the time of one run went.
public struct RunStatistics: Sendable {
    public var loadMilliseconds = 0.0
    public var walkMilliseconds = 0.0
    public var evaluateMilliseconds = 0.0
    public var files = 0
    public var folders = 0
    /// Documents whose text was wanted, read (not from the cache), taken from the cache,
    /// pages that needed OCR, and documents that could not be read.
    public var documents = 0
    public var documentsRead = 0
    public var documentCacheHits = 0
    public var ocrPages = 0
    public var documentsUnreadable = 0
    /// Reader processes started (`DocumentWorker`).
    public var documentWorkers = 0
    /// Documents whose bytes alone said they cannot be read (`DocumentProbe`).
    public var documentsSettled = 0
    /// Each finding pass, in the order it ran.
    public var passes: [(name: String, milliseconds: Double)] = []

    public var description: String {
        func ms(_ value: Double) -> String { TextFormat.decimal(value, places: 1) + " ms" }
        let passes = self.passes.isEmpty ? "" : " (" + self.passes.map { "\($0.name) \(ms($0.milliseconds))" }.joined(separator: ", ") + ")"
        let documents = self.documents == 0 ? "" : "; documents \(self.documents): \(documentsRead) read, \(documentCacheHits) from cache, \(ocrPages) pages OCR'd, \(documentsUnreadable) unreadable" + (documentsSettled == 0 ? "" : " (\(documentsSettled) settled by their bytes, no reader asked)") + (documentWorkers == 0 ? "" : ", \(documentWorkers) reader processes")
        return "stats: config+rules \(ms(loadMilliseconds)), walk+classify \(ms(walkMilliseconds)) (\(files) files, \(folders) folders), evaluate \(ms(evaluateMilliseconds))" + passes + documents
    }
}
