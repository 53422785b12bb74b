#if Contents
import CPoppler
import CTesseract
#endif
import Foundation
import SPBELint

/// The reading itself, which only a reader process links (poppler, cairo, Tesseract,
/// leptonica): the main program never loads these libraries (#28), and an upload is
/// never parsed where nothing limits it (#27).
extension DocumentReader {
    #if Contents
    /// Reads a file from its bytes as `format`; `wholeBody` OCRs a PDF's scanned pages in
    /// between too.
    /// `partial` is given the pages read so far, page by page (a worker sends them on:
    /// a later page that never finishes does not unsay the first).
    public func read(_ bytes: [UInt8], format: Format, wholeBody: Bool = false, ocr: () -> OCREngine?, partial: ((Text) -> Void)? = nil) -> Text {
        // The same answer the main process gives before sending (one decision).
        if let settled = DocumentProbe.answer(bytes, format: format, limits: limits) { return settled }
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
        // The header decides before anything is decoded (`DocumentProbe`): a giant declared
        // size is never allocated, a few pixels hold no text, neither PNG nor JPEG is damaged.
        if let failure = DocumentProbe.settle(bytes, format: .image, limits: limits) { text.unreadable = failure; return text }
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
        return String(cString: raw) + comments(on: page)
    }

    /// The page's comment notes, as Word writes its balloons into the text when changes
    /// are shown ("Komentar [PDF]: mohon dicek kembali nomor …"): a PDF exported with its
    /// comments keeps them as annotations, outside the text layer, and a reviewed working
    /// file then read as the signed regulation (#23).
    private static func comments(on page: OpaquePointer) -> String {
        guard let mapping = poppler_page_get_annot_mapping(page) else { return "" }
        defer { poppler_page_free_annot_mapping(mapping) }
        var notes = ""
        var node: UnsafeMutablePointer<GList>? = mapping
        var seen = 0
        while let current = node, seen < 64 {
            seen += 1
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let entry = data.assumingMemoryBound(to: PopplerAnnotMapping.self)
            guard let annot = entry.pointee.annot, poppler_annot_get_annot_type(annot) == POPPLER_ANNOT_TEXT,
                  let contents = poppler_annot_get_contents(annot) else { continue }
            defer { g_free(contents) }
            let words = String(cString: contents).split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            if !words.isEmpty { notes += "\nKomentar [PDF]: " + String(words.prefix(200)) }
        }
        return notes
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
