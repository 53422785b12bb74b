import Foundation
import SPBELint

/// Reads documents in the calling process, without the reader processes' limits: what
/// the tests use to compare a verdict read in process with one read through a reader
/// (the program itself never does: `RunContext.inProcessReader` is nil there). Tesseract
/// handles are kept for reuse, one per reading thread at a time.
public final class InProcessReader: DocumentTextReading, @unchecked Sendable {
    private let reader: DocumentReader
    private let lock = NSLock()
    #if Contents
    private var engines: [OCREngine] = []
    #endif

    public init(limits: DocumentReader.Limits = .init()) {
        reader = DocumentReader(limits: limits)
    }

    /// A factory for `RunContext.inProcessReader`.
    public static let factory: DocumentReaderFactory = { InProcessReader(limits: $0) }

    public var processesStarted: Int { 0 }

    public func finish() {}

    public func read(_ bytes: [UInt8], format: DocumentReader.Format, wholeBody: Bool, seconds: Double?) -> DocumentReader.Text {
        #if Contents
        var engine: OCREngine??
        defer {
            if case let made?? = engine {
                lock.lock()
                engines.append(made)
                lock.unlock()
            }
        }
        return reader.read(bytes, format: format, wholeBody: wholeBody, ocr: {
            if engine == nil {
                lock.lock()
                let kept = engines.popLast()
                lock.unlock()
                engine = .some(kept ?? OCREngine())
            }
            return engine!
        })
        #else
        var text = DocumentReader.Text()
        text.unreadable = .noReader
        return text
        #endif
    }
}
