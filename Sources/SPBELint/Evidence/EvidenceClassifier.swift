/// Decides which evidence kinds a file name stands for. Works on UTF-8 bytes with a
/// first-word index: each word of a name looks up only the keywords that start with
/// it, so the cost per file does not grow with the size of the kind catalogue.
struct EvidenceClassifier: Sendable {
    struct Keyword: Sendable {
        var kind: Int
        /// Words after the first one.
        var rest: [[UInt8]]
        /// The last word may be a prefix (`screenshot*`).
        var prefixLast: Bool
    }

    let kinds: [EvidenceKind]
    /// Keywords by their first word, exact.
    let byFirstWord: [[UInt8]: [Keyword]]
    /// Single-word prefix keywords (`screenshot*`), tried against every word.
    let prefixes: [(kind: Int, prefix: [UInt8])]
    /// Per kind: the kinds it yields to, as indices.
    let yields: [[Int]]
    let extensionOnly: [Int]

    init(kinds catalogue: [String: EvidenceKind]) {
        let kinds = catalogue.keys.sorted().compactMap { catalogue[$0] }
        self.kinds = kinds
        let position = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1.id, $0) })
        var byFirstWord: [[UInt8]: [Keyword]] = [:]
        var prefixes: [(kind: Int, prefix: [UInt8])] = []
        for (index, kind) in kinds.enumerated() {
            for keyword in kind.keywords {
                let prefix = keyword.hasSuffix("*")
                let text = prefix ? String(keyword.dropLast()) : keyword
                let words = text.split(separator: " ").map { Array($0.utf8) }
                guard let first = words.first else { continue }
                if prefix && words.count == 1 {
                    prefixes.append((index, first))
                } else {
                    byFirstWord[first, default: []].append(Keyword(kind: index, rest: Array(words.dropFirst()), prefixLast: prefix))
                }
            }
        }
        self.byFirstWord = byFirstWord
        self.prefixes = prefixes
        self.yields = kinds.map { kind in kind.yieldsTo.compactMap { position[$0] } }
        self.extensionOnly = kinds.indices.filter { kinds[$0].keywords.isEmpty }
    }

    /// Lower-case ASCII letters and digits (other bytes ≥ 0x80 kept as letters), split
    /// at everything else: "SK_Tim-Koordinasi.SPBE" → [sk, tim, koordinasi, spbe].
    static func words(_ text: Substring.UTF8View) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in text {
            switch byte {
            case 65...90: current.append(byte + 32)
            case 97...122, 48...57, 128...255: current.append(byte)
            default:
                if !current.isEmpty { words.append(current); current = [] }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    func classify(_ file: inout EvidenceFile) {
        let stem = file.name.utf8.count > file.ext.utf8.count + 1 && !file.ext.isEmpty
            ? file.name.dropLast(file.ext.count + 1) : Substring(file.name)
        let words = Self.words(stem.utf8)
        // First word position per kind (Int.max: not named).
        var first = [Int](repeating: Int.max, count: kinds.count)
        for (position, word) in words.enumerated() {
            if let candidates = byFirstWord[word] {
                for keyword in candidates where position < first[keyword.kind] && matches(keyword, words, after: position) {
                    first[keyword.kind] = position
                }
            }
            for (kind, prefix) in prefixes where position < first[kind] && word.starts(with: prefix) {
                first[kind] = position
            }
        }
        var named: [String] = []
        var near: [String] = []
        var mask: UInt64 = 0
        var nearMask: UInt64 = 0
        for (index, kind) in kinds.enumerated() {
            let position = first[index]
            if position == Int.max {
                if kind.keywords.isEmpty && !kind.extensions.isEmpty && kind.accepts(extension: file.ext) {
                    named.append(kind.id)
                    if index < 64 { mask |= 1 << UInt64(index) }
                }
                continue
            }
            if yields[index].contains(where: { first[$0] < position }) { continue }
            if kind.accepts(extension: file.ext) {
                named.append(kind.id)
                if index < 64 { mask |= 1 << UInt64(index) }
            } else {
                near.append(kind.id)
                if index < 64 { nearMask |= 1 << UInt64(index) }
            }
        }
        file.kinds = named
        file.nearKinds = near
        file.kindMask = mask
        file.nearKindMask = nearMask
    }

    private func matches(_ keyword: Keyword, _ words: [[UInt8]], after position: Int) -> Bool {
        guard position + keyword.rest.count < words.count else { return false }
        for (offset, wanted) in keyword.rest.enumerated() {
            let word = words[position + 1 + offset]
            let isLast = offset == keyword.rest.count - 1
            if isLast && keyword.prefixLast ? !word.starts(with: wanted) : word != wanted { return false }
        }
        return true
    }
}
