/// Which checks a file must pass to count as evidence. Defaults are on; a pack sets
/// its own under `quality:` and a requirement may override single keys.
public struct QualityPolicy: Sendable, Hashable {
    /// A 0-byte file is never evidence.
    public var empty = true
    /// The first bytes must fit the extension (a `.pdf` that is an HTML error page does not).
    public var magic = true
    /// A PDF must end with `%%EOF` (a cut-off download or copy does not).
    public var truncatedPDF = true
    /// Files over this size are refused (upload portals have limits; the exact one is not published).
    public var maxSizeMB: Double? = 20
    /// Names with control characters or longer than `maxNameLength` break uploads.
    public var fileNames = true
    public var maxNameLength = 150
    /// The same content under several names is reported (once per group).
    public var duplicates = true
    /// Formats to convert before uploading (archives, old Office files): reported wherever
    /// they sit in an indicator's folder, never silently counted for nothing. Heuristic: the
    /// portal's accepted types are not published (docs/sources.md §2.7); these are the
    /// formats assessors ask to be sent as PDF.
    public var convertExtensions = ["zip", "rar", "7z", "tar", "gz", "ppt", "pptx", "doc", "xls", "odt", "odp", "ods"]

    public init() {}

    static var keys: [String] { RulePackSchema.quality.keys }

    /// Reads `quality:` on top of `base`; only the keys given change.
    static func decode(_ node: YAMLNode, base: QualityPolicy, what: String, sink: DiagnosticSink) -> QualityPolicy {
        guard let map = MappingReader(node, what: what, sink: sink) else { return base }
        map.rejectUnknownKeys(allowed: keys)
        var policy = base
        if let value = map.bool("empty") { policy.empty = value }
        if let value = map.bool("magic") { policy.magic = value }
        if let value = map.bool("truncated-pdf") { policy.truncatedPDF = value }
        if map.node("max-size-mb")?.scalar == "off" {
            policy.maxSizeMB = nil
        } else if let value = map.double("max-size-mb") {
            policy.maxSizeMB = value
        }
        if let value = map.bool("file-names") { policy.fileNames = value }
        if let value = map.int("max-name-length") { policy.maxNameLength = value }
        if let value = map.bool("duplicates") { policy.duplicates = value }
        if let value = map.strings("convert-extensions") { policy.convertExtensions = value.map { $0.lowercased() } }
        return policy
    }
}
