#if Contents
import CPoppler
import CTesseract
#endif
import Foundation
import SPBELint

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
        guard let leptonica = Leptonica.loaded else { return .unreadable }
        var pix = bytes.withUnsafeBufferPointer { leptonica.readMemory($0.baseAddress, $0.count) }
        defer { leptonica.destroy(&pix) }
        guard let decoded = pix else { return .unreadable }
        let width = Double(leptonica.width(decoded)), height = Double(leptonica.height(decoded))
        guard width >= 8, height >= 8 else { return .unreadable }
        if width * height > Double(limits.maxPixels) {
            let factor = Float((Double(limits.maxPixels) / (width * height)).squareRoot())
            let scaled = leptonica.scale(decoded, factor, factor)
            leptonica.destroy(&pix)
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
        // Tesseract reads a 4-byte pixel as RGBA, and cairo's RGB24 leaves that fourth
        // byte unset: a page drawn over a photo (a phone picture of a printed SK) then
        // came back with no text at confidence 0, where the same page as grey reads at
        // 94 (#23). One byte of luminance per pixel is what Tesseract binarises anyway.
        let stride = Int(cairo_image_surface_get_stride(surface))
        let columns = Int(width), rows = Int(height)
        var grey = [UInt8](repeating: 255, count: columns * rows)
        grey.withUnsafeMutableBufferPointer { out in
            for row in 0..<rows {
                let line = data + row * stride
                for column in 0..<columns {
                    // Little-endian xRGB: blue, green, red, unused.
                    let pixel = line + column * 4
                    let red = Int(pixel[2]) * 299, green = Int(pixel[1]) * 587, blue = Int(pixel[0]) * 114
                    out[row * columns + column] = UInt8((red + green + blue) / 1000)
                }
            }
        }
        return grey.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, width, height, 1, width)
            TessBaseAPISetSourceResolution(handle, Int32((72 * scale).rounded()))
            return recognised(limits: limits)
        }
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
