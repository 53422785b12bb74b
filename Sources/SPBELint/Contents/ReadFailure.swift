/// Why a document's text was not (wholly) read. A value, not a sentence: the evaluator
/// decides on the case (a document that was not read never meets a requirement that
/// depends on its text), the reports say it in their language (`message(_:)`), and the
/// cache keeps only the cases the document itself causes (`isTransient`).
public enum ReadFailure: Sendable, Hashable, Codable {
    /// A zero-byte file.
    case empty
    /// Over the reader's size limit.
    case tooLarge
    /// Still being read when the per-document time limit ran out (after the retries).
    case tooSlow(seconds: Double)
    /// The reader process died on it (a crash, the memory limit, a signal).
    case readerStopped
    /// Password-protected (poppler's POPPLER_ERROR_ENCRYPTED).
    case encrypted
    /// Poppler rejects its catalog (POPPLER_ERROR_BAD_CATALOG): not a PDF it can open.
    case badCatalog
    /// Not a well-formed file of its format (a broken zip, a PDF poppler cannot open).
    case damaged
    /// A PDF with no pages.
    case noPages
    /// Pages with neither text nor an image.
    case blank
    /// Scanned pages, and no OCR to read them.
    case noTextLayer
    /// Scanned pages (or an image) whose OCR was below the confidence floor.
    case scanQuality
    /// Tesseract or its language data are not installed.
    case noOCR
    /// An image with no letters in it (a white, blank or tiny picture).
    case blankImage
    /// An image whose header declares more pixels than any reader decodes.
    case imageTooLarge(width: Int, height: Int)
    /// The run's document-reading time budget was spent before this document's turn.
    case timeBudget
    /// No reader process could be started.
    case noReader

    /// Failures the machine or the run caused, not the bytes: never cached, so a quieter
    /// run reads the document again.
    public var isTransient: Bool {
        switch self {
        case .tooSlow, .readerStopped, .timeBudget, .noReader, .noOCR: return true
        default: return false
        }
    }

    /// Failures that are a quality error of the file itself (the assessors cannot open
    /// it either), reported by the quality check rather than as a note.
    public var isDamage: Bool {
        switch self {
        case .empty, .damaged, .badCatalog, .blank, .noPages: return true
        default: return false
        }
    }

    /// A scan OCR read and could not trust (below the confidence floor): what a person
    /// cannot read either. It counts nowhere, not even where its name would decide (#23:
    /// a notulen scanned at 60 dpi and blurred is no review record).
    public var isIllegible: Bool { self == .scanQuality }

    /// A stable code, for the cache and the worker protocol: "too-slow:20", "image-too-large:100000x100000".
    public var code: String {
        switch self {
        case .empty: return "empty"
        case .tooLarge: return "too-large"
        case .tooSlow(let seconds): return "too-slow:" + TextFormat.decimal(seconds, places: 1)
        case .readerStopped: return "reader-stopped"
        case .encrypted: return "encrypted"
        case .badCatalog: return "bad-catalog"
        case .damaged: return "damaged"
        case .noPages: return "no-pages"
        case .blank: return "blank"
        case .noTextLayer: return "no-text-layer"
        case .scanQuality: return "scan-quality"
        case .noOCR: return "no-ocr"
        case .blankImage: return "blank-image"
        case .imageTooLarge(let width, let height): return "image-too-large:\(width)x\(height)"
        case .timeBudget: return "time-budget"
        case .noReader: return "no-reader"
        }
    }

    public init?(code: String) {
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return nil }
        switch (name, parts.count) {
        case ("empty", 1): self = .empty
        case ("too-large", 1): self = .tooLarge
        case ("too-slow", 2):
            guard let seconds = Double(parts[1]), seconds.isFinite, seconds >= 0 else { return nil }
            self = .tooSlow(seconds: seconds)
        case ("reader-stopped", 1): self = .readerStopped
        case ("encrypted", 1): self = .encrypted
        case ("bad-catalog", 1): self = .badCatalog
        case ("damaged", 1): self = .damaged
        case ("no-pages", 1): self = .noPages
        case ("blank", 1): self = .blank
        case ("no-text-layer", 1): self = .noTextLayer
        case ("scan-quality", 1): self = .scanQuality
        case ("no-ocr", 1): self = .noOCR
        case ("blank-image", 1): self = .blankImage
        case ("image-too-large", 2):
            let sides = parts[1].split(separator: "x").compactMap { Int($0) }
            guard sides.count == 2, sides.allSatisfy({ $0 >= 0 }) else { return nil }
            self = .imageTooLarge(width: sides[0], height: sides[1])
        case ("time-budget", 1): self = .timeBudget
        case ("no-reader", 1): self = .noReader
        default: return nil
        }
    }

    /// The reason in the report's language ("too slow: over 20 s" / "terlalu lambat: lebih dari 20 detik").
    public func message(_ messages: Messages) -> String {
        switch self {
        case .tooSlow(let seconds):
            let shown = seconds >= 1 ? String(Int(seconds)) : messages.decimal(seconds, places: 1)
            return messages(.readFailureTooSlow, ["seconds": shown])
        case .imageTooLarge(let width, let height):
            return messages(.readFailureImageTooLarge, ["width": width, "height": height])
        default:
            return messages(MessageKey(family: "read-failure", member: code))
        }
    }

    /// Every case once, for the test that renders each message.
    public static let examples: [ReadFailure] = [
        .empty, .tooLarge, .tooSlow(seconds: 20), .readerStopped, .encrypted, .badCatalog, .damaged, .noPages, .blank,
        .noTextLayer, .scanQuality, .noOCR, .blankImage, .imageTooLarge(width: 100_000, height: 100_000), .timeBudget, .noReader,
    ]
}
