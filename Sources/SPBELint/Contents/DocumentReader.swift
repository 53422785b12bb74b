import Foundation

/// Gets the text of a document: a PDF's text layer through poppler, and for a page with
/// no text (a scan) the page rendered and read by Tesseract. Only what an asesor looks
/// at first is read: the first pages and the last (where the signature block is).
/// Every limit is explicit: a document that would take longer, or that cannot be read,
/// says so ("could not read (scan quality)") rather than being guessed at.
public struct DocumentReader: Sendable {
    public struct Limits: Sendable {
        /// Larger files are not read for their text (the quality check reports size).
        public var maxBytes = 64 << 20
        /// Pages read from the start; the last page is read too.
        public var firstPages = 2
        /// Rendering resolution for OCR.
        public var dpi = 150.0
        /// A rendered page is capped at this many pixels (a page sized like a billboard
        /// would otherwise allocate gigabytes).
        public var maxPixels = 4_000_000
        /// An image whose header declares more pixels than this is not decoded at all
        /// (a 7000×7000 screenshot is read; scaled down to `maxPixels` first).
        public var maxImagePixels = 50_000_000
        /// A time-out or a reader death is tried again this many times (with twice the
        /// time) before it is taken as the document's: a loaded machine is not a verdict.
        public var retries = 1
        /// The time all documents of one run may take to read; past it the rest are "not
        /// read (time budget)" (and read on a later run: such a failure is not cached).
        public var runSeconds = 300.0
        /// What the reader processes together may map: each gets `workerAddressSpace`,
        /// and no more of them run at once than fit.
        public var readersMemory = 8 << 30
        /// Tesseract's time budget per page (a page takes 0.3-0.5 s on one core).
        public var ocrMilliseconds = 5_000
        /// Below this mean confidence OCR text is not trusted.
        public var minConfidence: Int32 = 40
        /// The pages in between are read from the text layer only (never OCR'd), up to
        /// this many bytes: what a criterion about a regulation's contents is checked on.
        public var bodyBytes = 1 << 20
        /// For an attendance list or notulen a `covers: opd` requirement may count, scanned
        /// pages in between are OCR'd too (the units sign on every page), up to this many
        /// pages and this much time, so the document stays inside `documentSeconds`.
        public var bodyOCRPages = 8
        public var bodyOCRSeconds = 10.0
        /// A document still being read after this long is given up ("too slow"): the
        /// worker reading it is killed. OCR's own budget (3 pages of 5 s) fits inside; a
        /// 4 MB PDF whose page inflates to 4 GB of spaces kept poppler busy for 50 s.
        public var documentSeconds = 20.0
        /// The address space of a worker process: a decompression bomb ends there.
        public var workerAddressSpace = 3 << 30
        public init() {}
    }

    /// What one read gave.
    public struct Text: Sendable, Codable {
        public var first = ""
        public var last = ""
        /// The text layer of the pages between the first ones and the last, capped.
        public var body = ""
        public var pages = 0
        public var source: DocumentFacts.Source = .none
        public var unreadable: ReadFailure?
        /// Pages that went through OCR (for `--stats`).
        public var ocrPages = 0
        /// The scanned pages in between were OCR'd too (a read for `covers: opd`).
        public var bodyOCR = false

        public init() {}

        /// The first pages and the last (where the signature block is), capped: what a
        /// unit's name is looked for in (`covers: opd`).
        public var head: String {
            String((last.isEmpty ? first : first + "\n" + last).prefix(16_384))
        }
    }

    /// What a file is read as.
    public enum Format: UInt8, Sendable {
        case pdf = 0
        case docx = 1
        /// A screenshot or photo: read by OCR, and only for a requirement's `shows:`.
        case image = 2

        public init?(extension ext: String) {
            switch ext.lowercased() {
            case "pdf": self = .pdf
            case "docx": self = .docx
            case "png", "jpg", "jpeg": self = .image
            default: return nil
            }
        }
    }

    public var limits = Limits()

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether `ext` is a document format this reader takes for every file (images are
    /// read only where a requirement asks what they show).
    public static func reads(extension ext: String) -> Bool {
        guard ContentsSupport.available, let format = Format(extension: ext) else { return false }
        return format != .image
    }

    /// Whether `ext` is an image format OCR reads.
    public static func readsImage(extension ext: String) -> Bool {
        ContentsSupport.available && Format(extension: ext) == .image
    }
}
