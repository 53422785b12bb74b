/// Makes file names comparable the way people write them: "SK_Tim-Koordinasi.SPBE"
/// and "sk tim koordinasi spbe" are the same words. The String face of `NameWords`, the
/// one tokenizer, for the callers that are not hot (keywords at load, `reject:`, topics).
public enum NameNormalizer {
    /// Lower-case words joined by single spaces.
    public static func normalize(_ text: String) -> String {
        wordList(text).joined(separator: " ")
    }

    /// The words `normalize` joins, as a list: callers that split the normalised text
    /// again (subjects judged per file and requirement, #28) skip the join and the split.
    static func wordList(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = NameWords()
        var words: [String] = []
        var offset = 0
        // The tokenizer reads at most NameWords.capacity bytes at a time: long texts
        // (indicator names are short, but configs are not) go through in slices.
        while offset < bytes.count {
            let end = min(bytes.count, offset + NameWords.capacity)
            var cut = end
            // Never split inside a word or a UTF-8 sequence: back up to an ASCII separator.
            if end < bytes.count {
                while cut > offset, bytes[cut - 1] >= 0x80 || isWordByte(bytes[cut - 1]) { cut -= 1 }
                if cut == offset { cut = end }
            }
            let count = bytes[offset..<cut].withUnsafeBufferPointer { tokens.split($0) }
            for index in 0..<count { words.append(tokens.string(index)) }
            offset = cut
        }
        return words
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// Keywords keep a trailing `*` (word-prefix match) through normalisation.
    public static func normalizeKeyword(_ keyword: String) -> String {
        let wildcard = keyword.hasSuffix("*")
        let words = normalize(wildcard ? String(keyword.dropLast()) : keyword)
        return wildcard ? words + "*" : words
    }

    static func words(_ normalized: String) -> [Substring] {
        normalized.split(separator: " ")
    }

    /// Whole-word match of a normalised keyword against a name's words.
    static func contains(words: [Substring], keyword: [Substring], prefixLast: Bool) -> Bool {
        firstIndex(words: words, keyword: keyword, prefixLast: prefixLast) != nil
    }

    /// The word position where the keyword first appears.
    static func firstIndex(words: [Substring], keyword: [Substring], prefixLast: Bool) -> Int? {
        guard !keyword.isEmpty, keyword.count <= words.count else { return nil }
        for start in 0...(words.count - keyword.count) {
            var matched = true
            for offset in 0..<keyword.count {
                let word = words[start + offset]
                let wanted = keyword[offset]
                let isLast = offset == keyword.count - 1
                if isLast && prefixLast ? !word.hasPrefix(wanted) : word != wanted {
                    matched = false
                    break
                }
            }
            if matched { return start }
        }
        return nil
    }
}
