/// What a document says about itself, read from its text: the facts an asesor checks
/// first (what kind of document, its nomor and tahun, who issued it, whether it was
/// ditetapkan or is still a draft). Values only, so they can be cached and compared.
public struct DocumentFacts: Sendable, Hashable, Codable {
    /// Where the text came from.
    public enum Source: String, Sendable, Codable {
        /// The PDF's text layer.
        case textLayer = "text"
        /// Recognised from a rendered page (a scan).
        case ocr
        /// Nothing could be read: `unreadable` says why.
        case none
    }

    /// Whether the document shows it was enacted.
    public enum Status: String, Sendable, Codable {
        /// A nomor and "ditetapkan di …" (or "diundangkan di …").
        case enacted
        /// Marked DRAFT/RANCANGAN/KONSEP, or a regulation with neither a nomor nor a place
        /// of enactment.
        case draft
        /// The text does not say either way.
        case unknown
    }

    public var source: Source = .none
    public var pages = 0
    /// The kind the text states (a kind id from the catalogue), and the title line that says so.
    public var kind: String?
    public var title: String?
    public var nomor: String?
    public var tahun: Int?
    /// "WALI KOTA SUKAMAJU": who issued it, from the title line.
    public var issuer: String?
    public var status: Status = .unknown
    /// The words that decided the status ("ditetapkan di Sukamaju", "DRAFT").
    public var statusEvidence: String?
    /// The SHA-256 of the file's bytes, when the cache holds its texts: the key under
    /// which its texts (kept out of the facts: `DocumentTexts`) and the answers of
    /// content checks are found.
    public var digest: String?
    /// Why the text was not (wholly) read; what was read before it failed is above.
    public var unreadable: ReadFailure?

    public init() {}
}
