#if Contents
import CPoppler
import CTesseract
#endif
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

    #if Contents
    /// Reads a file from its bytes as `format`; `wholeBody` OCRs a PDF's scanned pages in
    /// between too.
    /// `partial` is given the pages read so far, page by page (a worker sends them on:
    /// a later page that never finishes does not unsay the first).
    public func read(_ bytes: [UInt8], format: Format, wholeBody: Bool = false, ocr: () -> OCREngine?, partial: ((Text) -> Void)? = nil) -> Text {
        switch format {
        case .pdf: return readPDF(bytes, wholeBody: wholeBody, ocr: ocr, partial: partial)
        case .docx: return DOCXText.read(bytes)
        case .image: return readImage(bytes, ocr: ocr)
        }
    }

    /// Reads a PNG or JPEG by OCR. Never throws: an image it cannot read says why.
    public func readImage(_ bytes: [UInt8], ocr: () -> OCREngine?) -> Text {
        var text = Text()
        text.pages = 1
        guard !bytes.isEmpty else { text.unreadable = .empty; return text }
        guard bytes.count <= limits.maxBytes else { text.unreadable = .tooLarge; return text }
        // The header decides before anything is decoded: a giant declared size is never
        // allocated, a few pixels hold no text, and what is neither PNG nor JPEG is damaged.
        guard let header = ImageHeader.read(bytes) else { text.unreadable = .damaged; return text }
        guard header.pixels <= limits.maxImagePixels else {
            text.unreadable = .imageTooLarge(width: header.width, height: header.height)
            return text
        }
        guard header.width >= 8, header.height >= 8 else { text.unreadable = .blankImage; return text }
        guard let engine = ocr() else { text.unreadable = .noOCR; return text }
        switch engine.read(image: bytes, limits: limits) {
        case .text(let recognised):
            text.first = recognised
            text.ocrPages = 1
            let letters = recognised.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            text.source = letters >= 3 ? .ocr : .none
            if letters < 3 { text.unreadable = .blankImage }
        case .unreadable:
            text.ocrPages = 1
            text.unreadable = .scanQuality
        }
        return text
    }

    /// Reads a PDF from its bytes. Never throws: a document it cannot read says why.
    public func readPDF(_ bytes: [UInt8], wholeBody: Bool = false, ocr: () -> OCREngine?, partial: ((Text) -> Void)? = nil) -> Text {
        var text = Text()
        guard !bytes.isEmpty else { text.unreadable = .empty; return text }
        guard bytes.count <= limits.maxBytes else { text.unreadable = .tooLarge; return text }
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            // poppler-glib's PopplerError: 1 is ENCRYPTED, 3 BAD_CATALOG (what a file that
            // only starts like a PDF gets); the rest are damage too.
            switch error?.pointee.code {
            case 1: text.unreadable = .encrypted
            case 3: text.unreadable = .badCatalog
            default: text.unreadable = .damaged
            }
            if let error { g_error_free(error) }
            return text
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        text.pages = count
        guard count > 0 else { text.unreadable = .noPages; return text }
        var wanted = Array(0..<min(count, limits.firstPages))
        if count - 1 >= limits.firstPages { wanted.append(count - 1) }
        var firstParts: [String] = []
        var usedOCR = false
        var failedOCR = false
        var blankOnly = true
        for index in wanted {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var pageText = Self.textLayer(of: page)
            if Self.isScan(page, textLayer: pageText) {
                blankOnly = false
                guard let ocr = ocr() else { continue }
                switch ocr.read(page: page, limits: limits) {
                case .text(let recognised):
                    pageText = recognised
                    usedOCR = true
                    text.ocrPages += 1
                case .unreadable:
                    failedOCR = true
                }
            } else if !pageText.isEmpty {
                blankOnly = false
            }
            if index == count - 1 && index >= limits.firstPages { text.last = pageText } else { firstParts.append(pageText) }
            if let partial {
                var sofar = text
                sofar.first = firstParts.joined(separator: "\n")
                sofar.source = usedOCR ? .ocr : .textLayer
                partial(sofar)
            }
        }
        text.first = firstParts.joined(separator: "\n")
        let middle = limits.firstPages..<max(limits.firstPages, count - 1)
        text.body = body(of: document, pages: middle, recognise: wholeBody, ocr: ocr, ocrPages: &text.ocrPages)
        text.bodyOCR = wholeBody
        let letters = (text.first + text.last).unicodeScalars.filter { $0.properties.isAlphabetic }.count
        if letters < 20 {
            text.unreadable = blankOnly ? .blank : failedOCR || usedOCR ? .scanQuality : .noTextLayer
            text.source = .none
        } else {
            text.source = usedOCR ? .ocr : .textLayer
        }
        return text
    }

    /// The pages in between, stopping at `bodyBytes`: their text layer, and with
    /// `recognise` (a read for `covers: opd`) their scanned pages OCR'd within the body's page and
    /// time budget. Without it, or past the budget, a scanned page stays unread (a content
    /// check then cannot prove anything from it: fewer units found, never a guess).
    private func body(of document: OpaquePointer, pages: Range<Int>, recognise: Bool, ocr: () -> OCREngine?, ocrPages: inout Int) -> String {
        var parts: [String] = []
        var size = 0
        var recognised = 0
        let started = Stopwatch()
        for index in pages where size < limits.bodyBytes {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var pageText = Self.textLayer(of: page)
            if recognise, recognised < limits.bodyOCRPages, started.milliseconds < limits.bodyOCRSeconds * 1000,
               Self.isScan(page, textLayer: pageText), let engine = ocr() {
                recognised += 1
                if case .text(let read) = engine.read(page: page, limits: limits) {
                    pageText = read
                    ocrPages += 1
                }
            }
            size += pageText.utf8.count
            parts.append(pageText)
        }
        let joined = parts.joined(separator: "\n")
        return joined.utf8.count <= limits.bodyBytes ? joined : String(decoding: joined.utf8.prefix(limits.bodyBytes), as: UTF8.self)
    }

    private static func textLayer(of page: OpaquePointer) -> String {
        guard let raw = poppler_page_get_text(page) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    /// A page whose text layer is (nearly) empty and that holds an image is a scan: read
    /// it as an image. A page with neither is blank; nothing to recognise.
    private static func isScan(_ page: OpaquePointer, textLayer: String) -> Bool {
        textLayer.unicodeScalars.filter({ $0.properties.isAlphabetic }).count < 20 && hasImages(page)
    }

    private static func hasImages(_ page: OpaquePointer) -> Bool {
        guard let images = poppler_page_get_image_mapping(page) else { return false }
        poppler_page_free_image_mapping(images)
        return true
    }
    #endif
}

#if Contents
/// One Tesseract handle (Indonesian and English), used by one thread at a time: each
/// worker makes its own and ends it when done.
public final class OCREngine {
    enum Result {
        case text(String)
        case unreadable
    }

    private let handle: OpaquePointer

    /// Nil when Tesseract or its Indonesian data are not installed.
    public init?() {
        guard let handle = TessBaseAPICreate() else { return nil }
        // "ind" first: the documents are Indonesian; "eng" for the English that slips in.
        if TessBaseAPIInit3(handle, nil, "ind+eng") != 0 && TessBaseAPIInit3(handle, nil, "eng") != 0 {
            TessBaseAPIDelete(handle)
            return nil
        }
        // The API's default reads the page as one block of text, across columns: an
        // attendance table or a two-up scan came out as lines mixing both sides (#23).
        // Automatic layout analysis reads columns and table cells as blocks.
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Recognises an image file (PNG, JPEG) within the time budget; one larger than the
    /// pixel cap is scaled down first, one leptonica cannot decode is unreadable.
    func read(image bytes: [UInt8], limits: DocumentReader.Limits) -> Result {
        var pix = bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        defer { pixDestroy(&pix) }
        guard let decoded = pix else { return .unreadable }
        let width = Double(pixGetWidth(decoded)), height = Double(pixGetHeight(decoded))
        guard width >= 8, height >= 8 else { return .unreadable }
        if width * height > Double(limits.maxPixels) {
            let factor = Float((Double(limits.maxPixels) / (width * height)).squareRoot())
            let scaled = pixScale(decoded, factor, factor)
            pixDestroy(&pix)
            pix = scaled
            guard pix != nil else { return .unreadable }
        }
        TessBaseAPISetImage2(handle, pix)
        return recognise(limits: limits)
    }

    /// Renders `page` on white at the reader's resolution and recognises it within the
    /// time budget; text below the confidence floor is not returned. A page read with low
    /// confidence (small print, a 150 dpi phone scan) is rendered again at twice the
    /// resolution, within the pixel cap, and the better reading is kept.
    func read(page: OpaquePointer, limits: DocumentReader.Limits) -> Result {
        let started = Stopwatch()
        let first = read(page: page, dpi: limits.dpi, limits: limits)
        // Only when the first reading left time for a second within the page's budget.
        guard first.confidence < Self.secondPassBelow, started.milliseconds * 2 < Double(limits.ocrMilliseconds) else { return first.result }
        let second = read(page: page, dpi: limits.dpi * 2, limits: limits)
        return second.confidence > first.confidence ? second.result : first.result
    }

    /// Below this mean confidence a page is read a second time at a higher resolution.
    static let secondPassBelow: Int32 = 70

    private func read(page: OpaquePointer, dpi: Double, limits: DocumentReader.Limits) -> (result: Result, confidence: Int32) {
        var widthPoints = 0.0, heightPoints = 0.0
        poppler_page_get_size(page, &widthPoints, &heightPoints)
        guard widthPoints > 1, heightPoints > 1, widthPoints.isFinite, heightPoints.isFinite else { return (.unreadable, 100) }
        var scale = dpi / 72
        let pixels = widthPoints * heightPoints * scale * scale
        if pixels > Double(limits.maxPixels) { scale *= (Double(limits.maxPixels) / pixels).squareRoot() }
        let width = Int32(max(1, (widthPoints * scale).rounded()))
        let height = Int32(max(1, (heightPoints * scale).rounded()))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else { return (.unreadable, 100) }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return (.unreadable, 100) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return (.unreadable, 100) }
        TessBaseAPISetImage(handle, data, width, height, 4, cairo_image_surface_get_stride(surface))
        TessBaseAPISetSourceResolution(handle, Int32((72 * scale).rounded()))
        return recognised(limits: limits)
    }

    /// Recognises the image set on the handle within the time budget; text below the
    /// confidence floor is not returned.
    private func recognise(limits: DocumentReader.Limits) -> Result {
        recognised(limits: limits).result
    }

    /// The reading and its mean confidence (0 when it failed or ran out of time).
    private func recognised(limits: DocumentReader.Limits) -> (result: Result, confidence: Int32) {
        let monitor = TessMonitorCreate()
        defer { TessMonitorDelete(monitor) }
        TessMonitorSetDeadlineMSecs(monitor, Int32(limits.ocrMilliseconds))
        guard TessBaseAPIRecognize(handle, monitor) == 0 else {
            TessBaseAPIClear(handle)
            return (.unreadable, 0)
        }
        defer { TessBaseAPIClear(handle) }
        let confidence = TessBaseAPIMeanTextConf(handle)
        guard confidence >= limits.minConfidence, let raw = TessBaseAPIGetUTF8Text(handle) else { return (.unreadable, confidence) }
        defer { TessDeleteText(raw) }
        return (.text(String(cString: raw)), confidence)
    }
}
#endif
