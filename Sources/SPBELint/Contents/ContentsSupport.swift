/// Whether this build reads document contents (the `Contents` package trait).
public enum ContentsSupport {
    #if Contents
    public static let available = true
    #else
    public static let available = false
    #endif
}
