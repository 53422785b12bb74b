/// `subject:` on a requirement: what a counted regulation or SK must be about, read from
/// its TENTANG (else its file name). An SK on the Tim Koordinasi is not the SK on the
/// Petugas PDP; a Perwali on website management filed as "… tentang Arsitektur SPBE"
/// is not the Arsitektur policy (#23).
///
/// A spelling may stand anywhere in the subject ("arsitektur"); one written with a
/// leading "=" must be the whole subject, apart from words that only frame it
/// ("=sistem pemerintahan berbasis elektronik" takes "Penyelenggaraan Sistem
/// Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Sukamaju", the
/// umbrella SPBE regulation, but not "Arsitektur Sistem Pemerintahan Berbasis Elektronik"
/// for the Peta Rencana).
public struct RequiredSubject: Sendable, Hashable {
    public var anywhere: ContentProof.Topic
    public var whole: [[String]]
    /// Why these words stand for the criterion's subject (packs must say).
    public var heuristic: String
    public var location: SourceLocation?

    public init(_ spellings: [String], heuristic: String, location: SourceLocation? = nil) {
        anywhere = ContentProof.Topic(spellings.filter { !$0.hasPrefix("=") })
        whole = spellings.filter { $0.hasPrefix("=") }.map { NameNormalizer.normalize(String($0.dropFirst())).split(separator: " ").map(String.init) }
        self.heuristic = heuristic
        self.location = location
    }

    /// The first spelling, for messages.
    public var name: String {
        anywhere.spellings.first ?? whole.first?.joined(separator: " ") ?? ""
    }

    /// Words that frame a subject without changing it.
    static let framing: Set<String> = ["penyelenggaraan", "penerapan", "pelaksanaan", "tata", "kelola", "kebijakan", "pedoman", "perubahan", "atas", "kedua", "ketiga", "pertama"]

    /// Whether `subject` (a TENTANG, or a file name) is about this.
    public func fits(_ subject: String) -> Bool {
        fits(words: Self.words(subject))
    }

    /// Whether a file name says it is about this: any spelling anywhere in it (a name
    /// carries its kind and year besides its subject).
    public func named(_ name: String) -> Bool {
        named(words: Self.words(name))
    }

    /// `named(_:)` over words already normalised and split (`words(_:)`).
    func named(words: [String]) -> Bool {
        if fits(words: words) { return true }
        return whole.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
    }

    /// Whether `subject` is this only as the umbrella SPBE regulation (a `=` spelling),
    /// not by naming the topic itself.
    public func fitsOnlyAsUmbrella(_ subject: String) -> Bool {
        let words = Self.words(subject)
        return !whole.isEmpty && !(anywhere.spellings.isEmpty ? false : proof.missing(inWords: words).isEmpty) && fits(words: words)
    }

    /// Whether a text regulates the topic under a heading of its own ("BAB V / TIM
    /// KOORDINASI SPBE", "Bagian Kedua Peta Rencana SPBE"): an umbrella SPBE regulation
    /// counts for a specific policy only so, not for naming the topic in its definitions
    /// or in a list of SPBE elements (#23).
    public func headsASection(in text: String) -> Bool {
        guard !anywhere.spellings.isEmpty else { return false }
        // "BAB V" / "Bagian Kedua" / "Paragraf 3" on a line of its own titles the next line.
        var titlesNext = false
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) {
            let marker = titlesNext
            titlesNext = false
            guard raw.count < 120 else { continue }
            let line = raw.trimmingCharacters(in: .whitespaces)
            let words = Self.words(line)
            guard !words.isEmpty, words.count <= 10, !words.contains("adalah") else { continue }
            let opens = ["bab", "bagian", "paragraf"].contains(words[0])
            if opens, words.count <= 2 { titlesNext = true; continue }
            let letters = line.unicodeScalars.filter { $0.properties.isAlphabetic }
            let heading = marker || opens || (letters.count >= 6 && letters.allSatisfy { $0.properties.isUppercase })
            if heading, proof.missing(inWords: words).isEmpty { return true }
        }
        return false
    }

    static func words(_ text: String) -> [String] {
        NameNormalizer.wordList(text)
    }

    private func fits(words all: [String]) -> Bool {
        if !anywhere.spellings.isEmpty, proof.missing(inWords: all).isEmpty { return true }
        guard !whole.isEmpty else { return false }
        var words = all
        // "… di Lingkungan Pemerintah Kota Sukamaju", "… pada Pemerintah …": where, not what.
        if let at = words.firstIndex(where: { $0 == "di" || $0 == "pada" }) { words = Array(words[..<at]) }
        words = words.filter { !Self.framing.contains($0) && Int($0) == nil }
        return whole.contains { $0 == words }
    }

    private var proof: ContentProof { ContentProof(kinds: [], topics: [anywhere], times: 1, heuristic: heuristic) }
}
