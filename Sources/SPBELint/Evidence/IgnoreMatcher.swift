/// gitignore-syntax patterns, compiled once and tested as the walker visits each
/// path (never expanded into file lists up front: that is ls-lint's 47-second trap).
/// Supported: `#` comments, `!` negation, trailing `/` for folders only, a leading
/// or inner `/` anchoring to the base, `*`, `?`, `[...]` and `**`.
public struct IgnoreMatcher: Sendable {
    struct Rule: Sendable {
        var glob: [UInt8]
        var negated: Bool
        var directoryOnly: Bool
        /// Anchored rules match the whole relative path; others match any trailing part.
        var anchored: Bool
        var source: String
    }

    private var rules: [Rule] = []

    public init(patterns: [String]) {
        for line in patterns {
            var text = line
            while text.hasSuffix(" ") && !text.hasSuffix("\\ ") { text.removeLast() }
            if text.isEmpty || text.hasPrefix("#") { continue }
            var negated = false
            if text.hasPrefix("!") {
                negated = true
                text.removeFirst()
            } else if text.hasPrefix("\\!") || text.hasPrefix("\\#") {
                text.removeFirst()
            }
            var directoryOnly = false
            if text.hasSuffix("/") {
                directoryOnly = true
                text.removeLast()
            }
            var anchored = text.contains("/")
            if text.hasPrefix("/") { text.removeFirst() }
            if text.hasPrefix("**/") {
                // `**/x/y` matches x/y at any depth, which is what an unanchored rule does.
                text.removeFirst(3)
                anchored = false
            }
            if text.isEmpty { continue }
            rules.append(Rule(glob: Array(text.utf8), negated: negated, directoryOnly: directoryOnly, anchored: anchored, source: line))
        }
    }

    public var isEmpty: Bool { rules.isEmpty }

    /// `path` is relative to the base, `/`-separated, without a leading slash.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        let bytes = Array(path.utf8)
        var ignored = false
        for rule in rules {
            if rule.directoryOnly && !isDirectory { continue }
            if ignored == rule.negated && Self.matches(rule, bytes) {
                ignored = !rule.negated
            }
        }
        return ignored
    }

    static func matches(_ rule: Rule, _ path: [UInt8]) -> Bool {
        // Every attempt below shares one memo: a (pattern, text) position is decided once,
        // so `*_*_*_*_*.tmp` against 250 underscores, or `**/a/**/a/**/b` on a deep path,
        // costs at most pattern × path steps instead of an exponential search.
        var memo = Memo(patternCount: rule.glob.count, textCount: path.count)
        if rule.anchored { return glob(rule.glob, 0, path, 0, &memo) }
        // Unanchored: try the path and every suffix that starts after a '/'.
        if glob(rule.glob, 0, path, 0, &memo) { return true }
        for (index, byte) in path.enumerated() where byte == UInt8(ascii: "/") {
            if glob(rule.glob, 0, path, index + 1, &memo) { return true }
        }
        return false
    }

    /// Outcomes by (pattern position, text position): 0 unknown, 1 no, 2 yes.
    struct Memo {
        var cells: [UInt8]
        let width: Int

        init(patternCount: Int, textCount: Int) {
            width = textCount + 1
            cells = [UInt8](repeating: 0, count: (patternCount + 1) * width)
        }
    }

    static let slash = UInt8(ascii: "/")
    static let star = UInt8(ascii: "*")

    static func glob(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int, _ memo: inout Memo) -> Bool {
        let cell = p * memo.width + t
        if memo.cells[cell] != 0 { return memo.cells[cell] == 2 }
        let result = decide(pattern, p, text, t, &memo)
        memo.cells[cell] = result ? 2 : 1
        return result
    }

    private static func decide(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int, _ memo: inout Memo) -> Bool {
        guard p < pattern.count else { return t == text.count }
        let first = pattern[p]
        if first == star, p + 1 < pattern.count, pattern[p + 1] == star {
            // `**`: any number of path segments, including none.
            var rest = p + 2
            if rest < pattern.count, pattern[rest] == slash { rest += 1 }
            if rest == pattern.count { return true }
            var tail = t
            while true {
                if glob(pattern, rest, text, tail, &memo) { return true }
                guard let next = text[tail...].firstIndex(of: slash) else { return false }
                tail = next + 1
            }
        }
        switch first {
        case star:
            var tail = t
            while true {
                if glob(pattern, p + 1, text, tail, &memo) { return true }
                guard tail < text.count, text[tail] != slash else { return false }
                tail += 1
            }
        case UInt8(ascii: "?"):
            guard t < text.count, text[t] != slash else { return false }
            return glob(pattern, p + 1, text, t + 1, &memo)
        case UInt8(ascii: "["):
            guard t < text.count, text[t] != slash,
                  let (matched, rest) = characterClass(pattern[(p + 1)...], text[t]) else {
                return t < text.count && text[t] == first && glob(pattern, p + 1, text, t + 1, &memo)
            }
            return matched && glob(pattern, rest.startIndex, text, t + 1, &memo)
        case UInt8(ascii: "\\"):
            guard p + 1 < pattern.count else { return false }
            return t < text.count && text[t] == pattern[p + 1] && glob(pattern, p + 2, text, t + 1, &memo)
        default:
            return t < text.count && text[t] == first && glob(pattern, p + 1, text, t + 1, &memo)
        }
    }

    /// Returns whether `byte` is in the class and the pattern after `]`, or nil if unterminated.
    static func characterClass(_ pattern: ArraySlice<UInt8>, _ byte: UInt8) -> (Bool, ArraySlice<UInt8>)? {
        var rest = pattern
        var negate = false
        if let first = rest.first, first == UInt8(ascii: "!") || first == UInt8(ascii: "^") {
            negate = true
            rest = rest.dropFirst()
        }
        var matched = false
        var firstItem = true
        while let current = rest.first {
            if current == UInt8(ascii: "]") && !firstItem {
                return (matched != negate, rest.dropFirst())
            }
            firstItem = false
            let afterCurrent = rest.dropFirst()
            if afterCurrent.first == UInt8(ascii: "-"), let upper = afterCurrent.dropFirst().first, upper != UInt8(ascii: "]") {
                if byte >= current && byte <= upper { matched = true }
                rest = afterCurrent.dropFirst(2)
            } else {
                if byte == current { matched = true }
                rest = afterCurrent
            }
        }
        return nil
    }
}
