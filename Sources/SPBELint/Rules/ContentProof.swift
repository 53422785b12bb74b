/// How a level whose criterion is about a regulation's contents ("telah memuat secara
/// lengkap … Proses Bisnis, Data dan Informasi, …") can be shown by the regulation's own
/// text instead of a person's `confirmed:`: an enacted document of the instansi, of one
/// of `kinds`, already counted for the indicator, whose text names every topic.
public struct ContentProof: Sendable, Hashable {
    public struct Topic: Sendable, Hashable {
        /// The ways the regulation writes it ("Proses Bisnis", "Arsitektur Proses Bisnis").
        public var spellings: [String]
        /// Normalized word sequences, for searching normalized text.
        var words: [[String]]

        public init(_ spellings: [String]) {
            self.spellings = spellings
            self.words = spellings.map { NameNormalizer.normalize($0).split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        }

        public var name: String { spellings.first ?? "" }
    }

    public var kinds: [String]
    public var topics: [Topic]
    /// How often each topic must be named: once is a definition or a list in the
    /// considerations; regulating a topic names it again.
    public var times: Int
    /// Why this check stands for the criterion (packs must say).
    public var heuristic: String
    public var location: SourceLocation?

    public init(kinds: [String], topics: [Topic], times: Int = 2, heuristic: String, location: SourceLocation? = nil) {
        self.kinds = kinds
        self.topics = topics
        self.times = times
        self.heuristic = heuristic
        self.location = location
    }

    /// This check's question for the cache of answers: its topics and times (not its
    /// kinds, which choose the documents, not what is asked of their text).
    var question: String {
        let canonical = "\(times)|" + topics.map { $0.spellings.joined(separator: "/") }.joined(separator: "|")
        return "topics-" + String(SHA256.hex(Array(canonical.utf8)).prefix(16))
    }

    /// The topics `text` names fewer than `times` times, in the pack's order. Linear in
    /// the text: one pass over its words per spelling's first word.
    public func missing(in text: String) -> [Topic] {
        missing(inWords: NameNormalizer.normalize(text).split(separator: " ").map(String.init))
    }

    /// The same for a text already normalized and split into words.
    func missing(inWords words: [String]) -> [Topic] {
        // A name or a TENTANG has a handful of words: scanning them directly is cheaper
        // than indexing them (this runs for every regulation-like file of a large tree).
        if words.count <= 32 {
            return topics.filter { topic in
                var count = 0
                for spelling in topic.words where spelling.count <= words.count {
                    for start in 0...(words.count - spelling.count) where words[start] == spelling[0] {
                        if words[start..<(start + spelling.count)].elementsEqual(spelling) { count += 1 }
                    }
                }
                return count < times
            }
        }
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { positions[word, default: []].append(index) }
        return topics.filter { topic in
            var count = 0
            for spelling in topic.words {
                for start in positions[spelling[0]] ?? [] where start + spelling.count <= words.count {
                    if Array(words[start..<(start + spelling.count)]) == spelling { count += 1 }
                }
            }
            return count < times
        }
    }
}
