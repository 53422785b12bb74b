#if Contents
import CPoppler
import CTesseract
#endif

/// Whether this build reads document contents (the `Contents` package trait).
public enum ContentsSupport {
    #if Contents
    public static let available = true
    #else
    public static let available = false
    #endif

    /// The libraries behind it, for `--version`-like output and the report.
    public static var libraries: String {
        #if Contents
        let poppler = String(cString: poppler_get_version())
        let tesseract = String(cString: TessVersion())
        return "poppler \(poppler), tesseract \(tesseract)"
        #else
        return "none (built without the Contents trait)"
        #endif
    }
}
