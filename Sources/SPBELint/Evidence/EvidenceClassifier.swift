/// Decides which evidence kinds a file name stands for. Everything a name is tested
/// against is precomputed into plain integers: keywords are indexed by a hash of
/// their first word, extensions map to kind bitmasks, and a name is lowered into one
/// byte buffer whose words are spans, so classifying a file allocates almost nothing.
struct EvidenceClassifier: Sendable {
    struct Keyword: Sendable {
        var kind: Int
        var first: [UInt8]
        /// Words after the first one.
        var rest: [[UInt8]]
        /// The last word may be a prefix (`screenshot*`).
        var prefixLast: Bool
    }

    let ids: [String]
    let byFirstWord: [UInt64: [Keyword]]
    /// Single-word prefix keywords (`screenshot*`), tried against every word.
    let prefixes: [(kind: Int, prefix: [UInt8])]
    /// Per kind: the kinds it yields to, as bits.
    let yields: [UInt64]
    /// Kinds accepting an extension, and kinds accepting any.
    let byExtension: [String: UInt64]
    let anyExtension: UInt64
    /// Kinds recognised by extension alone.
    let extensionOnly: UInt64

    init(kinds catalogue: [String: EvidenceKind]) {
        // Same order as RulePack.kindOrder, so the masks mean the same bits.
        let kinds = catalogue.keys.sorted().compactMap { catalogue[$0] }.prefix(64)
        ids = kinds.map(\.id)
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var byFirstWord: [UInt64: [Keyword]] = [:]
        var prefixes: [(kind: Int, prefix: [UInt8])] = []
        var byExtension: [String: UInt64] = [:]
        var anyExtension: UInt64 = 0
        var extensionOnly: UInt64 = 0
        for (index, kind) in kinds.enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            if kind.extensions.isEmpty { anyExtension |= bit }
            for ext in kind.extensions { byExtension[ext, default: 0] |= bit }
            if kind.keywords.isEmpty && !kind.extensions.isEmpty { extensionOnly |= bit }
            for keyword in kind.keywords {
                let prefix = keyword.hasSuffix("*")
                let text = prefix ? String(keyword.dropLast()) : keyword
                let words = text.split(separator: " ").map { Array($0.utf8) }
                guard let first = words.first else { continue }
                if prefix && words.count == 1 {
                    prefixes.append((index, first))
                } else {
                    byFirstWord[Self.hash(first[...]), default: []].append(Keyword(kind: index, first: first, rest: Array(words.dropFirst()), prefixLast: prefix))
                }
            }
        }
        self.byFirstWord = byFirstWord
        self.prefixes = prefixes
        self.byExtension = byExtension
        self.anyExtension = anyExtension
        self.extensionOnly = extensionOnly
        self.yields = kinds.map { kind in
            kind.yieldsTo.reduce(UInt64(0)) { mask, id in position[id].map { mask | (1 << UInt64($0)) } ?? mask }
        }
    }

    /// FNV-1a of a word.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// Lower-case ASCII letters and digits (bytes ≥ 0x80 kept as letters); the spans of
    /// the words between everything else: "SK_Tim-Koordinasi.SPBE" → sk, tim, koordinasi, spbe.
    static func words(_ text: Substring.UTF8View) -> (bytes: [UInt8], spans: [Range<Int>]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var spans: [Range<Int>] = []
        var start = -1
        for byte in text {
            let lowered: UInt8
            switch byte {
            case 65...90: lowered = byte + 32
            case 97...122, 48...57, 128...255: lowered = byte
            default:
                if start >= 0 { spans.append(start..<bytes.count); start = -1 }
                continue
            }
            if start < 0 { start = bytes.count }
            bytes.append(lowered)
        }
        if start >= 0 { spans.append(start..<bytes.count) }
        return (bytes, spans)
    }

    func classify(_ file: inout EvidenceFile) {
        let stem = !file.ext.isEmpty && file.name.utf8.count > file.ext.utf8.count + 1
            ? file.name.dropLast(file.ext.count + 1) : Substring(file.name)
        let (bytes, spans) = Self.words(stem.utf8)
        var first = [Int](repeating: Int.max, count: ids.count)
        var named: UInt64 = 0
        for (position, span) in spans.enumerated() {
            let word = bytes[span]
            if let candidates = byFirstWord[Self.hash(word)] {
                for keyword in candidates where position < first[keyword.kind] && word.elementsEqual(keyword.first)
                    && matches(keyword, bytes, spans, after: position) {
                    first[keyword.kind] = position
                    named |= 1 << UInt64(keyword.kind)
                }
            }
            for (kind, prefix) in prefixes where position < first[kind] && word.starts(with: prefix) {
                first[kind] = position
                named |= 1 << UInt64(kind)
            }
        }
        // A kind named after a kind it yields to is not this kind ("Laporan Reviu Perwali").
        var kept: UInt64 = 0
        var remaining = named
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            var others = yields[index] & named
            var yielded = false
            while others != 0 {
                let other = others.trailingZeroBitCount
                others &= others - 1
                if first[other] < first[index] { yielded = true; break }
            }
            if !yielded { kept |= 1 << UInt64(index) }
        }
        let accepting = (byExtension[file.ext] ?? 0) | anyExtension
        file.kindMask = (kept & accepting) | (extensionOnly & accepting)
        file.nearKindMask = kept & ~accepting
        file.kinds = Self.names(file.kindMask, ids)
        file.nearKinds = Self.names(file.nearKindMask, ids)
    }

    static func names(_ mask: UInt64, _ ids: [String]) -> [String] {
        guard mask != 0 else { return [] }
        var result: [String] = []
        var remaining = mask
        while remaining != 0 {
            result.append(ids[remaining.trailingZeroBitCount])
            remaining &= remaining - 1
        }
        return result
    }

    private func matches(_ keyword: Keyword, _ bytes: [UInt8], _ spans: [Range<Int>], after position: Int) -> Bool {
        guard position + keyword.rest.count < spans.count else { return false }
        for (offset, wanted) in keyword.rest.enumerated() {
            let word = bytes[spans[position + 1 + offset]]
            let isLast = offset == keyword.rest.count - 1
            if isLast && keyword.prefixLast ? !word.starts(with: wanted) : !word.elementsEqual(wanted) { return false }
        }
        return true
    }
}
