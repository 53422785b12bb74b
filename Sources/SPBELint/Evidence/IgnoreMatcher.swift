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
        if rule.anchored { return glob(rule.glob[...], path[...]) }
        // Unanchored: try the path and every suffix that starts after a '/'.
        if glob(rule.glob[...], path[...]) { return true }
        for (index, byte) in path.enumerated() where byte == UInt8(ascii: "/") {
            if glob(rule.glob[...], path[(index + 1)...]) { return true }
        }
        return false
    }

    static let slash = UInt8(ascii: "/")
    static let star = UInt8(ascii: "*")

    static func glob(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == star, pattern.dropFirst().first == star {
            // `**`: any number of path segments, including none.
            var rest = pattern.dropFirst(2)
            if rest.first == slash { rest = rest.dropFirst() }
            if rest.isEmpty { return true }
            var tail = text
            while true {
                if glob(rest, tail) { return true }
                guard let next = tail.firstIndex(of: slash) else { return false }
                tail = tail[(next + 1)...]
            }
        }
        switch first {
        case star:
            var tail = text
            while true {
                if glob(pattern.dropFirst(), tail) { return true }
                guard let byte = tail.first, byte != slash else { return false }
                tail = tail.dropFirst()
            }
        case UInt8(ascii: "?"):
            guard let byte = text.first, byte != slash else { return false }
            return glob(pattern.dropFirst(), text.dropFirst())
        case UInt8(ascii: "["):
            guard let byte = text.first, byte != slash,
                  let (matched, rest) = characterClass(pattern.dropFirst(), byte) else {
                return text.first == first && glob(pattern.dropFirst(), text.dropFirst())
            }
            return matched && glob(rest, text.dropFirst())
        case UInt8(ascii: "\\"):
            let escaped = pattern.dropFirst()
            guard let literal = escaped.first else { return false }
            return text.first == literal && glob(escaped.dropFirst(), text.dropFirst())
        default:
            return text.first == first && glob(pattern.dropFirst(), text.dropFirst())
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
