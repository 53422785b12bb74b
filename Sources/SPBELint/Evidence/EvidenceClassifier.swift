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
        var kinds: [String] = []
        var near: [String] = []
        for compiled in self.kinds {
            let extensionFits = compiled.kind.accepts(extension: file.ext)
            if compiled.keywords.isEmpty {
                if extensionFits { kinds.append(compiled.kind.id) }
                continue
            }
            let named = compiled.keywords.contains { NameNormalizer.contains(words: words, keyword: $0.words, prefixLast: $0.prefix) }
            if named {
                if extensionFits { kinds.append(compiled.kind.id) } else { near.append(compiled.kind.id) }
            }
        }
        file.kinds = kinds
        file.nearKinds = near
    }
}
