/// Makes file names comparable the way people write them: "SK_Tim-Koordinasi.SPBE"
/// and "sk tim koordinasi spbe" are the same words.
public enum NameNormalizer {
    /// Lower-case letters and digits, every run of anything else folded to one space.
    public static func normalize(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
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
