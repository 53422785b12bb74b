/// One piece of evidence a level asks for: "at least `minimum` files of one of `kinds`".
public struct Requirement: Sendable, Hashable {
    public var id: String
    public var kinds: [String]
    public var minimum: Int
    public var description: String
    /// A file name a user could copy, shown in hints.
    public var example: String?
    /// Names that look like this kind but are the wrong document, e.g. Indeks KAMI
    /// offered where IKASANDI is required. Such files do not count and are reported.
    public var reject: Rejection?
    /// Only files whose year (from the name or a sidecar) is at most this many years
    /// before the evaluation year count ("hanya audit dalam kurun 2 tahun terakhir").
    public var maxAgeYears: Int?
    /// `dated-by: text`: a read document's own signing date outranks its name's year (an
    /// audit report is as old as its signature, whatever the file is called; an RKA
    /// signed the year before its budget year is not, so this is per requirement).
    public var datedByText = false
    /// Count distinct years rather than files ("RKA 3 tahun terakhir" needs three years, not three copies).
    public var distinctYears: Bool = false
    /// Only an enacted (ditetapkan) document counts: drafts are level-1 evidence.
    public var enacted: Bool = false
    /// `covers: opd`: the criterion says "seluruh unit kerja/perangkat daerah", so the
    /// documents that meet it must, together, name every unit in the config's `opd:`.
    public var coversUnits = false
    /// `shows:`: words every counted file must show (a screenshot's app name).
    public var shows: ShownText?
    /// `issuer:`: whose documents count ("kepala-daerah", "instansi", "opd"); nil takes
    /// any of the instansi's own (never a ministry's for a Pemda).
    public var issuers: [String]?
    /// `subject:`: what a counted regulation or SK must be about (its TENTANG, else its
    /// name): an SK on the Tim Koordinasi is not the SK on the Petugas PDP.
    public var subject: RequiredSubject?
    /// The portal's butir code ("I8-L1-01"): a file named with it is this item, whatever else its name says.
    public var code: ButirCode?
    /// Why this requirement (or its minimum) is spbe-lint's judgement rather than the
    /// regulation's: shown wherever the requirement is, so nobody mistakes it for a rule.
    public var heuristic: String?
    /// The heuristic in other languages, by language code (`heuristic: {en: …, id: …}`);
    /// `heuristic` itself holds the English (or the only) text.
    public var heuristicTranslations: [String: String] = [:]
    /// Overrides of the pack's quality checks for this requirement.
    public var quality: QualityPolicy?
    public var location: SourceLocation?

    public init(id: String, kinds: [String], minimum: Int = 1, description: String, example: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.kinds = kinds
        self.minimum = minimum
        self.description = description
        self.example = example
        self.reject = nil
        self.location = location
    }
}

public struct Rejection: Sendable, Hashable {
    /// Normalised like kind keywords.
    public var keywords: [String]
    public var message: String

    public init(keywords: [String], message: String) {
        self.keywords = keywords.map(NameNormalizer.normalizeKeyword)
        self.message = message
    }

    /// Whether a file name (without its extension) names the substitute.
    func matches(stem: String) -> Bool {
        matches(words: NameNormalizer.words(NameNormalizer.normalize(stem)))
    }

    /// Whether a document's title (its first lines) names the rejected substitute and
    /// not the wanted document (`wanted`, the requirement's kinds' keywords): "INDEKS
    /// KEAMANAN INFORMASI DAN PERSANDIAN (IKASANDI)" is the real result.
    func matches(title text: String, unlessNaming wanted: [String]) -> Bool {
        let head = DocumentAnalyzer.headLines(text, count: Self.titleLines).joined(separator: " ")
        let words = NameNormalizer.words(NameNormalizer.normalize(head))
        return matches(words: words) && !Self.contains(words, any: wanted)
    }

    /// How far into the first page the title of a report stands (its cover's lines).
    static let titleLines = 6

    private func matches(words: [Substring]) -> Bool {
        Self.contains(words, any: keywords)
    }

    private static func contains(_ words: [Substring], any keywords: [String]) -> Bool {
        keywords.contains { keyword in
            let prefix = keyword.hasSuffix("*")
            let text = prefix ? String(keyword.dropLast()) : keyword
            return NameNormalizer.contains(words: words, keyword: NameNormalizer.words(text), prefixLast: prefix)
        }
    }
}

extension Requirement {
    /// Whether a file may fill this requirement by its name: it is of one of the wanted
    /// kinds (`wanted`, the kinds' bits), or its name starts with this requirement's butir
    /// code ("I13-L2-01.png" has no kind word). The read plan and the evaluator both ask
    /// this one question, so no content check is made on a file that was never read.
    /// `name` is asked for only when the bits do not decide and there is a code: the
    /// evaluator asks this of every file for every requirement, and building 100,000 names
    /// per requirement was most of a names-only run (#28).
    func mayFill(kindMask: UInt64, wanted: UInt64, name: () -> String) -> Bool {
        if kindMask & wanted != 0 { return true }
        guard let code else { return false }
        return code.names(name())
    }

    /// The heuristic in the report's language: its translation when the pack gives one,
    /// else the text as written.
    public func heuristic(in language: Messages.Language) -> String? {
        heuristicTranslations[language.rawValue] ?? heuristic
    }
}
