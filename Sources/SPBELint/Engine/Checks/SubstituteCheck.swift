/// `reject:`: the substitute the assessors refuse in place of the real document ("Hasil
/// Indeks KAMI 2023.pdf" where the IKASANDI result is asked for). Its name decides, and a
/// read document's title too: "IKASANDI 2025.pdf" whose cover reads "INDEKS KAMI" is the
/// substitute named as the real thing, unless the title also names the real one (#23).
struct SubstituteCheck: RequirementCheck {
    struct Input: Sendable {
        var reject: Rejection
        /// The file's name without its extension.
        var stem: String
        /// The document's first page as read; nil when it was not read (or not asked).
        var title: String?
        /// The wanted kinds' keywords: a title that names one is the real document.
        var wanted: [String]
    }

    enum Reason: Sendable, Equatable {
        case namedSubstitute
        case titledSubstitute
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        if let title = input.title, input.reject.matches(title: title, unlessNaming: input.wanted) { return .notMet(.titledSubstitute) }
        if input.reject.matches(stem: input.stem) { return .notMet(.namedSubstitute) }
        return .met
    }

    private static let kami = Rejection(keywords: ["indeks kami", "kami"], message: "examples")
    private static let ikasandi = ["ikasandi", "indeks keamanan informasi dan persandian"]
    private static func file(_ stem: String, title: String? = nil) -> Input {
        Input(reject: kami, stem: stem, title: title, wanted: ikasandi.map(NameNormalizer.normalizeKeyword))
    }

    // Names and covers as the labelled corpus's IKASANDI and Indeks KAMI reports have them.
    static let examples: [CheckExample<Self>] = [
        .init(note: "the real result, by name", input: file("Hasil IKASANDI 2025"), expected: .met),
        .init(note: "the substitute, by name", input: file("Hasil Indeks KAMI 2023"), expected: .notMet(.namedSubstitute)),
        .init(note: "named as the real thing, its cover the substitute",
              input: file("IKASANDI 2025", title: "LAPORAN HASIL PENILAIAN\nINDEKS KAMI\nVERSI 5.0\nDINAS KOMUNIKASI DAN INFORMATIKA"), expected: .notMet(.titledSubstitute)),
        .init(note: "a cover naming both: the IKASANDI result that mentions Indeks KAMI",
              input: file("IKASANDI 2025", title: "INDEKS KEAMANAN INFORMASI DAN PERSANDIAN (IKASANDI)\nmemuat domain Indeks KAMI"), expected: .met),
        .init(note: "the real result with its real cover", input: file("IKASANDI 2025", title: "LAPORAN IKASANDI TAHUN 2025\nPEMERINTAH KOTA SUKAMAJU"), expected: .met),
        .init(note: "a word that only contains the keyword", input: file("Laporan Kamis Rapat 2025"), expected: .met),
    ]
}
