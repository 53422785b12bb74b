#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides which evidence kinds a file name stands for. It runs once per file of a
/// tree that may hold 100,000, so everything a name is tested against is plain
/// integers in flat arrays: keyword words live in one byte pool, keywords are found
/// through an open-addressing table on a hash of their first word, extensions are
/// packed into integers. No reference is retained and nothing is allocated per name.
struct EvidenceClassifier: Sendable {
    /// A keyword: `wordCount` consecutive entries of `words`, starting at `firstWord`.
    struct Keyword: Sendable {
        var kind: Int32
        var firstWord: Int32
        var wordCount: Int32
        /// The last word may be a prefix (`screenshot*`).
        var prefixLast: Bool
    }

    /// Bytes `start..<start+count` of `pool`.
    struct Word: Sendable {
        var start: Int32
        var count: Int32
    }

    /// The keywords whose first word hashes to `hash`: `keywords[start..<start+count]`.
    struct Slot: Sendable {
        var hash: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = 0
    }

    let catalogue: KindCatalogue
    let pool: [UInt8]
    let words: [Word]
    let keywords: [Keyword]
    let slots: [Slot]
    let slotMask: Int
    /// Single-word prefix keywords (`screenshot*`), tried against every word.
    let prefixes: [Keyword]
    /// `prefixes` sorted by first byte, and per byte the range of those starting with it:
    /// a word is tried only against the prefixes that share its first letter.
    let prefixRanges: [Range<Int32>]
    /// Per kind: the kinds it yields to, as bits.
    let yields: [UInt64]
    /// Per kind: the kinds it removes whenever both are named.
    let supersedes: [UInt64]
    /// Kinds accepting an extension, the extension packed into an integer (extensions of
    /// up to 8 bytes; longer ones are compared as bytes).
    let byExtension: [(key: UInt64, kinds: UInt64)]
    let longExtensions: [(bytes: [UInt8], kinds: UInt64)]
    /// Kinds accepting any extension.
    let anyExtension: UInt64
    /// Kinds recognised by extension alone.
    let extensionOnly: UInt64
    /// Extensions (packed) that make a file a kind whatever its name: `.url`, `.webloc`.
    let aloneByExtension: [(key: UInt64, kinds: UInt64)]

    /// Buffers one worker reuses for every name: the words, and per kind the word where
    /// its keyword was first seen (Int.max: not seen).
    final class Scratch {
        let words = NameWords()
        let first = UnsafeMutablePointer<Int>.allocate(capacity: KindCatalogue.capacity)

        init() {
            first.initialize(repeating: Int.max, count: KindCatalogue.capacity)
        }

        deinit {
            first.deallocate()
        }
    }

    init(catalogue: KindCatalogue) {
        // The catalogue's bit order, so every mask means the same kinds everywhere.
        let kinds = catalogue.kinds
        self.catalogue = catalogue
        var pool: [UInt8] = []
        var words: [Word] = []
        var grouped: [(hash: UInt64, keyword: Keyword)] = []
        var prefixes: [Keyword] = []
        var byExtension: [(key: UInt64, kinds: UInt64)] = []
        var longExtensions: [(bytes: [UInt8], kinds: UInt64)] = []
        var anyExtension: UInt64 = 0
        var extensionOnly: UInt64 = 0
        var aloneByExtension: [(key: UInt64, kinds: UInt64)] = []
        for (index, kind) in kinds.enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            if kind.extensions.isEmpty { anyExtension |= bit }
            for ext in kind.extensions {
                let bytes = Array(ext.lowercased().utf8)
                if let key = bytes.withUnsafeBufferPointer(Self.packed) {
                    if let existing = byExtension.firstIndex(where: { $0.key == key }) { byExtension[existing].kinds |= bit } else { byExtension.append((key, bit)) }
                } else if let existing = longExtensions.firstIndex(where: { $0.bytes == bytes }) {
                    longExtensions[existing].kinds |= bit
                } else {
                    longExtensions.append((bytes, bit))
                }
            }
            if kind.keywords.isEmpty && !kind.extensions.isEmpty { extensionOnly |= bit }
            for ext in kind.extensionsAlone {
                guard let key = Array(ext.utf8).withUnsafeBufferPointer(Self.packed) else { continue }
                if let existing = aloneByExtension.firstIndex(where: { $0.key == key }) { aloneByExtension[existing].kinds |= bit } else { aloneByExtension.append((key, bit)) }
            }
            for keyword in kind.keywords {
                let prefix = keyword.hasSuffix("*")
                let text = prefix ? String(keyword.dropLast()) : keyword
                let split = text.split(separator: " ").map { Array($0.utf8) }
                guard let first = split.first else { continue }
                let entry = Keyword(kind: Int32(index), firstWord: Int32(words.count), wordCount: Int32(split.count), prefixLast: prefix)
                for word in split {
                    words.append(Word(start: Int32(pool.count), count: Int32(word.count)))
                    pool += word
                }
                if prefix && split.count == 1 {
                    prefixes.append(entry)
                } else {
                    grouped.append((FNV1a.hash(first), entry))
                }
            }
        }
        // Keywords sharing a first-word hash sit together; the table points at each group.
        grouped.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.keyword.firstWord < $1.keyword.firstWord) }
        var capacity = 16
        while capacity < grouped.count * 4 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var start = 0
        while start < grouped.count {
            var end = start
            while end < grouped.count && grouped[end].hash == grouped[start].hash { end += 1 }
            var slot = Int(truncatingIfNeeded: grouped[start].hash) & (capacity - 1)
            while slots[slot].count != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: grouped[start].hash, start: Int32(start), count: Int32(end - start))
            start = end
        }
        self.pool = pool
        self.words = words
        self.keywords = grouped.map(\.keyword)
        self.slots = slots
        self.slotMask = capacity - 1
        let firstByte = { (keyword: Keyword) in pool[Int(words[Int(keyword.firstWord)].start)] }
        let sortedPrefixes = prefixes.sorted { (firstByte($0), $0.firstWord) < (firstByte($1), $1.firstWord) }
        var ranges = [Range<Int32>](repeating: 0..<0, count: 256)
        var index = 0
        while index < sortedPrefixes.count {
            let byte = firstByte(sortedPrefixes[index])
            var end = index
            while end < sortedPrefixes.count && firstByte(sortedPrefixes[end]) == byte { end += 1 }
            ranges[Int(byte)] = Int32(index)..<Int32(end)
            index = end
        }
        self.prefixes = sortedPrefixes
        self.prefixRanges = ranges
        self.byExtension = byExtension
        self.longExtensions = longExtensions
        self.anyExtension = anyExtension
        self.extensionOnly = extensionOnly
        self.aloneByExtension = aloneByExtension
        self.yields = catalogue.yields
        self.supersedes = catalogue.supersedes
    }

    /// An extension of at most 8 bytes as one lower-case integer; nil when longer.
    static func packed(_ ext: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard ext.count <= 8 else { return nil }
        var value: UInt64 = 0
        for byte in ext { value = value << 8 | UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return value
    }

    /// The kinds a file name stands for, from its bytes: `kinds` where the extension
    /// fits, `near` where only the name does.
    func classify(name: UnsafeBufferPointer<UInt8>, extensionLength: Int, scratch: Scratch) -> (kinds: UInt64, near: UInt64) {
        let stemLength = extensionLength > 0 && name.count > extensionLength + 1 ? name.count - extensionLength - 1 : name.count
        let tokens = scratch.words
        let count = tokens.split(UnsafeBufferPointer(rebasing: name[0..<stemLength]))
        let first = scratch.first
        let named = pool.withUnsafeBufferPointer { pool in
            words.withUnsafeBufferPointer { words in
                keywords.withUnsafeBufferPointer { keywords in
                    slots.withUnsafeBufferPointer { slots in
                        prefixes.withUnsafeBufferPointer { prefixes in
                            var named: UInt64 = 0
                            func word(_ index: Int) -> UnsafeBufferPointer<UInt8> { tokens.word(index) }
                            func pooled(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
                                let entry = words[Int(index)]
                                return UnsafeBufferPointer(rebasing: pool[Int(entry.start)..<Int(entry.start + entry.count)])
                            }
                            func matches(_ keyword: Keyword, at position: Int) -> Bool {
                                guard position + Int(keyword.wordCount) <= count else { return false }
                                for offset in 0..<Int(keyword.wordCount) {
                                    let have = word(position + offset)
                                    let wanted = pooled(keyword.firstWord + Int32(offset))
                                    let isLast = offset == Int(keyword.wordCount) - 1
                                    if isLast && keyword.prefixLast
                                        ? !(have.count >= wanted.count && memcmp(have.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
                                        : !(have.count == wanted.count && memcmp(have.baseAddress!, wanted.baseAddress!, wanted.count) == 0) {
                                        return false
                                    }
                                }
                                return true
                            }
                            for position in 0..<count {
                                let hash = tokens.spanHash[position]
                                var slot = Int(truncatingIfNeeded: hash) & slotMask
                                while slots[slot].count != 0 {
                                    if slots[slot].hash == hash {
                                        let group = slots[slot]
                                        for index in Int(group.start)..<Int(group.start + group.count) {
                                            let keyword = keywords[index]
                                            let kind = Int(keyword.kind)
                                            if position < first[kind] && matches(keyword, at: position) {
                                                first[kind] = position
                                                named |= 1 << UInt64(kind)
                                            }
                                        }
                                        break
                                    }
                                    slot = (slot + 1) & slotMask
                                }
                                let range = prefixRanges[Int(tokens.bytes[Int(tokens.spanStart[position])])]
                                for candidate in range {
                                    let keyword = prefixes[Int(candidate)]
                                    if position < first[Int(keyword.kind)] && matches(keyword, at: position) {
                                        first[Int(keyword.kind)] = position
                                        named |= 1 << UInt64(keyword.kind)
                                    }
                                }
                            }
                            return named
                        }
                    }
                }
            }
        }
        // A kind named after a kind it yields to is not this kind ("Laporan Reviu Perwali").
        var kept: UInt64 = 0
        var remaining = named
        yields.withUnsafeBufferPointer { yields in
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
        }
        // The specific kind wins over the general one, in any order.
        var removed: UInt64 = 0
        remaining = kept
        while remaining != 0 {
            removed |= supersedes[remaining.trailingZeroBitCount]
            remaining &= remaining - 1
        }
        kept &= ~removed
        // Reset only what this name touched: the next name starts clean.
        remaining = named
        while remaining != 0 {
            first[remaining.trailingZeroBitCount] = Int.max
            remaining &= remaining - 1
        }
        var accepting = anyExtension
        var alone: UInt64 = 0
        if extensionLength > 0 {
            let ext = UnsafeBufferPointer(rebasing: name[(name.count - extensionLength)...])
            if let key = Self.packed(ext) {
                byExtension.withUnsafeBufferPointer { table in
                    for entry in table where entry.key == key { accepting |= entry.kinds }
                }
                for entry in aloneByExtension where entry.key == key { alone |= entry.kinds }
            } else {
                for long in longExtensions where long.bytes.count == ext.count
                    && zip(long.bytes, ext).allSatisfy({ $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }) {
                    accepting |= long.kinds
                }
            }
        }
        return ((kept & accepting) | (extensionOnly & accepting) | alone, kept & ~accepting)
    }

    /// The kind ids a single file name stands for (its extension accepted): for `explain`,
    /// tests and one-off questions, not for the walk, which reuses one scratch per worker.
    func kinds(ofName name: String) -> Set<String> {
        let bytes = Array(name.utf8)
        let ext = bytes.withUnsafeBufferPointer { EvidenceFile.extensionLength($0) }
        let (mask, _) = bytes.withUnsafeBufferPointer { classify(name: $0, extensionLength: ext, scratch: Scratch()) }
        return Set(catalogue.names(mask))
    }
}
