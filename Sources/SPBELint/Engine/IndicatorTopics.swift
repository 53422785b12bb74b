/// Suggests where an unassigned file belongs: the indicator whose name shares the most
/// topic words with the file's name ("Notulen Forum Kolaborasi.pdf" → 20, Kolaborasi
/// Penerapan SPBE). A heuristic for a hint, never an assignment: words every indicator
/// name carries ("Tingkat Kematangan", "Kebijakan Internal", "Instansi Pusat") are
/// ignored, and a tie suggests nothing.
struct IndicatorTopics {
    static let common: Set<Substring> = [
        "tingkat", "kematangan", "kebijakan", "internal", "instansi", "pusat", "pemerintah", "daerah",
        "spbe", "pemdi", "dan", "penerapan", "pelaksanaan", "terkait", "layanan", "digital", "untuk",
        "berbasis", "elektronik", "sektor", "lintas", "unit",
    ]

    let indicators: [(indicator: Indicator, words: Set<Substring>)]

    init(pack: RulePack) {
        indicators = pack.indicators.map { indicator in
            let words = NameNormalizer.words(NameNormalizer.normalize(indicator.name)).filter { $0.count >= 4 && !Self.common.contains($0) }
            return (indicator, Set(words))
        }
    }

    /// Whether a name shares any topic word with an indicator.
    func fits(_ name: String, _ indicator: Indicator) -> Bool {
        let words = Set(NameNormalizer.words(NameNormalizer.normalize(name)))
        return indicators.first { $0.indicator.id == indicator.id }.map { !$0.words.isDisjoint(with: words) } ?? false
    }

    /// Every indicator sharing the most topic words with the name (empty when none shares any).
    func candidates(for name: String) -> [Indicator] {
        let words = Set(NameNormalizer.words(NameNormalizer.normalize(name)))
        let scored = indicators.map { ($0.indicator, $0.words.intersection(words).count) }
        let best = scored.map(\.1).max() ?? 0
        return best == 0 ? [] : scored.filter { $0.1 == best }.map(\.0)
    }

    func suggest(for fileName: String) -> Indicator? {
        let words = Set(NameNormalizer.words(NameNormalizer.normalize(fileName)))
        var best: (indicator: Indicator, score: Int)?
        var tied = false
        for entry in indicators {
            let score = entry.words.intersection(words).count
            guard score > 0 else { continue }
            if let current = best, score == current.score { tied = true } else if score > best?.score ?? 0 { best = (entry.indicator, score); tied = false }
        }
        return tied ? nil : best?.indicator
    }
}
