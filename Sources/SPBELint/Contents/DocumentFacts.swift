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
        /// A nomor in the title block, a filled date of enactment, and a signature block
        /// (or a Lembaran/Berita Daerah number).
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
    /// The year of the document's own date: its signing line ("Sukamaju, 31 Maret
    /// 2022", "pada tanggal 15 Februari 2024"), the last one the text shows. What an
    /// asesor reads as when a report was made, whatever its file name says.
    public var dated: Int?
    /// Read with its scanned pages in between OCR'd, or with none to OCR: the facts hold
    /// for a run that asks for the whole body (a regulation's signature before its
    /// Lampiran, an attendance list's pages) without loading the text again.
    public var wholeBody = false
    /// "WALI KOTA SUKAMAJU": who issued it, from the title block.
    public var issuer: String?
    /// What the title block says the document is about (the words after TENTANG), or nil.
    public var subject: String?
    /// What an enacted regulation shows and this text does not: nomor, tanggal, tanda-tangan.
    public var lacks: [Enactment] = []
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

    /// The three things an enacted regulation or decision shows (Permendagri 80/2015 on
    /// produk hukum daerah): a nomor, the date it was ditetapkan, and who signed it.
    public enum Enactment: String, Sendable, Codable, CaseIterable {
        /// "NOMOR 5 TAHUN 2024" under the title (not "NOMOR …. TAHUN 2024").
        case nomor
        /// "pada tanggal 12 Maret 2024" (not "pada tanggal …………").
        case tanggal
        /// The jabatan with "ttd" or a name under it, or a Lembaran/Berita Daerah number.
        case tandaTangan = "tanda-tangan"
    }
}
