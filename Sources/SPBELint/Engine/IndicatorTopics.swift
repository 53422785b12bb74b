/// Suggests where an unassigned file belongs: the indicator whose name shares the most
/// topic words with the file's name ("Notulen Forum Kolaborasi.pdf" → 20, Kolaborasi
/// Penerapan SPBE). A heuristic for a hint, never an assignment: words every indicator
/// name carries ("Tingkat Kematangan", "Kebijakan Internal", "Instansi Pusat") are
/// ignored, and a tie suggests nothing.
struct IndicatorTopics {
    static let common: Set<String> = [
        "tingkat", "kematangan", "kebijakan", "internal", "instansi", "pusat", "pemerintah", "daerah",
        "spbe", "pemdi", "dan", "penerapan", "pelaksanaan", "terkait", "layanan", "digital", "untuk",
        "berbasis", "elektronik", "sektor", "lintas", "unit",
    ]

    let indicators: [(indicator: Indicator, words: Set<String>)]
    /// Which indicators (positions in `indicators`) carry each topic word: a name's few
    /// words are looked up once each, instead of each indicator's set being asked for
    /// every word (each lookup hashes a word, Unicode-aware; 47 × 5 per unassigned file
    /// were most of the tree pass, #28).
    private let holders: [String: [Int]]

    init(pack: RulePack) {
        indicators = pack.indicators.map { indicator in
            let words = NameNormalizer.wordList(indicator.name).filter { $0.count >= 4 && !Self.common.contains($0) }
            return (indicator, Set(words))
        }
        var holders: [String: [Int]] = [:]
        for (position, entry) in indicators.enumerated() {
            for word in entry.words { holders[word, default: []].append(position) }
        }
        self.holders = holders
    }

    /// Whether a name shares any topic word with an indicator.
    func fits(_ name: String, _ indicator: Indicator) -> Bool {
        let words = Set(NameNormalizer.wordList(name))
        return indicators.first { $0.indicator.id == indicator.id }.map { !$0.words.isDisjoint(with: words) } ?? false
    }

    /// How many topic words each indicator shares with the name, by position.
    private func scores(_ name: String) -> [Int] {
        var scores = [Int](repeating: 0, count: indicators.count)
        // The words straight from the tokenizer: no joined text split again (#28).
        for word in Set(NameNormalizer.wordList(name)) {
            for position in holders[word] ?? [] { scores[position] += 1 }
        }
        return scores
    }

    /// Every indicator sharing the most topic words with the name (empty when none shares any).
    func candidates(for name: String) -> [Indicator] {
        let scored = scores(name)
        let best = scored.max() ?? 0
        return best == 0 ? [] : scored.indices.filter { scored[$0] == best }.map { indicators[$0].indicator }
    }

    /// The one indicator sharing the most topic words with the name; nil when none shares
    /// any or several share the most.
    func suggest(for fileName: String) -> Indicator? {
        let scored = scores(fileName)
        guard let best = scored.max(), best > 0, scored.lazy.filter({ $0 == best }).count == 1,
              let position = scored.firstIndex(of: best) else { return nil }
        return indicators[position].indicator
    }
}
