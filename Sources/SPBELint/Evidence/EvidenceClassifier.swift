/// Decides which evidence kinds a file name stands for, with keywords split once.
struct EvidenceClassifier: Sendable {
    struct CompiledKind: Sendable {
        var kind: EvidenceKind
        var keywords: [(words: [Substring], prefix: Bool)]
    }

    let kinds: [CompiledKind]

    init(kinds: [String: EvidenceKind]) {
        self.kinds = kinds.keys.sorted().compactMap { id in
            guard let kind = kinds[id] else { return nil }
            let keywords = kind.keywords.map { keyword -> (words: [Substring], prefix: Bool) in
                let prefix = keyword.hasSuffix("*")
                let text = prefix ? String(keyword.dropLast()) : keyword
                return (NameNormalizer.words(text).map { Substring($0) }, prefix)
            }
            return CompiledKind(kind: kind, keywords: keywords)
        }
    }

    func classify(_ file: inout EvidenceFile) {
        let words = NameNormalizer.words(NameNormalizer.normalize(file.stem))
        // Where each kind's first keyword sits in the name (nil: not named; -1: by extension only).
        var positions: [String: Int] = [:]
        var fits: [String: Bool] = [:]
        for compiled in kinds {
            let extensionFits = compiled.kind.accepts(extension: file.ext)
            if compiled.keywords.isEmpty {
                if extensionFits { positions[compiled.kind.id] = -1; fits[compiled.kind.id] = true }
                continue
            }
            let first = compiled.keywords.compactMap { NameNormalizer.firstIndex(words: words, keyword: $0.words, prefixLast: $0.prefix) }.min()
            if let first {
                positions[compiled.kind.id] = first
                fits[compiled.kind.id] = extensionFits
            }
        }
        var kinds: [String] = []
        var near: [String] = []
        for compiled in self.kinds {
            let id = compiled.kind.id
            guard let position = positions[id] else { continue }
            let yields = compiled.kind.yieldsTo.contains { other in positions[other].map { $0 >= 0 && $0 < position } ?? false }
            if yields { continue }
            if fits[id] == true { kinds.append(id) } else { near.append(id) }
        }
        file.kinds = kinds
        file.nearKinds = near
    }
}
