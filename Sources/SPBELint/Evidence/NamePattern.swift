/// A folder or file-name convention such as `i~{n}-l~{level}-*`, in a small
/// language that staff-written names need and regular expressions make hard to read:
/// - `{n}`: the indicator number (1–3 digits, leading zeros allowed);
/// - `{level}`: a level 1–5, as a digit or a roman numeral (I–V);
/// - `*`: anything, possibly nothing;
/// - `-`: one or more separators (space, `_`, `-`, `.`, `,`, brackets);
/// - `~`: zero or more separators;
/// - anything else: that character, ignoring case.
public struct NamePattern: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal(UInt8)
        case number
        case level
        case anything
        case separators(atLeastOne: Bool)
    }

    public struct Match: Sendable, Hashable {
        public var number: Int?
        public var level: Int?
    }

    public let source: String
    let tokens: [Token]

    public var description: String { source }

    public init?(_ source: String) {
        self.source = source
        var tokens: [Token] = []
        var bytes = Array(source.lowercased().utf8)[...]
        while let byte = bytes.first {
            if bytes.starts(with: Array("{n}".utf8)) {
                tokens.append(.number)
                bytes = bytes.dropFirst(3)
                continue
            }
            if bytes.starts(with: Array("{level}".utf8)) {
                tokens.append(.level)
                bytes = bytes.dropFirst(7)
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "}"): return nil
            case UInt8(ascii: "*"): tokens.append(.anything)
            case UInt8(ascii: "-"): tokens.append(.separators(atLeastOne: true))
            case UInt8(ascii: "~"): tokens.append(.separators(atLeastOne: false))
            default: tokens.append(.literal(byte))
            }
            bytes = bytes.dropFirst()
        }
        guard !tokens.isEmpty else { return nil }
        self.tokens = tokens
    }

    /// Longest first, so "iii" is not read as "i" followed by "ii".
    static let romanLevels: [([UInt8], Int)] = [(Array("iii".utf8), 3), (Array("ii".utf8), 2), (Array("iv".utf8), 4), (Array("v".utf8), 5), (Array("i".utf8), 1)]

    static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\t"):
            return true
        default:
            return false
        }
    }

    /// Whether a name starting with this byte could match: checked before any work,
    /// because most file names match no file pattern at all.
    func couldStart(with byte: UInt8) -> Bool {
        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
        switch tokens.first {
        case .literal(let wanted): return lower == wanted
        case .number: return byte >= 48 && byte <= 57
        case .level: return (byte >= 49 && byte <= 53) || "iIvV".utf8.contains(byte)
        case .separators(true): return Self.isSeparator(byte)
        default: return true
        }
    }

    public func match(_ name: String) -> Match? {
        guard let first = name.utf8.first, couldStart(with: first) else { return nil }
        let bytes = Array(name.lowercased().utf8)
        var result = Match()
        return bytes.withUnsafeBufferPointer { input in tokens.withUnsafeBufferPointer { match(0, $0, input, 0, &result) } } ? result : nil
    }

    /// The same match on raw name bytes, lowering ASCII as it goes; names with other
    /// bytes take the `String` path, whose Unicode lower-casing they may need.
    /// `isASCII`, when the caller knows it, spares the scan for other bytes (a convention
    /// list tries several patterns on every name of the tree).
    func match(bytes name: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> Match? {
        guard let first = name.first, couldStart(with: first) else { return nil }
        if !(isASCII ?? !name.contains { $0 >= 0x80 }) { return match(String(decoding: name, as: UTF8.self)) }
        var result = Match()
        return tokens.withUnsafeBufferPointer { match(0, $0, name, 0, &result) } ? result : nil
    }

    /// Does `input[from...]` match `tokens[token...]`?
    /// Literal tokens are lower-case; input bytes are lowered as they are compared.
    private func match(_ token: Int, _ tokens: UnsafeBufferPointer<Token>, _ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ result: inout Match) -> Bool {
        guard token < tokens.count else { return from == input.count }
        let next = token + 1
        switch tokens[token] {
        case .literal(let byte):
            guard from < input.count else { return false }
            let have = input[from] >= 65 && input[from] <= 90 ? input[from] + 32 : input[from]
            return have == byte && match(next, tokens, input, from + 1, &result)
        case .anything:
            // A trailing `*` takes the rest as it is ("{n}-*"): no walk to the end.
            if next == tokens.count { return true }
            var tail = from
            while true {
                if match(next, tokens, input, tail, &result) { return true }
                if tail == input.count { return false }
                tail += 1
            }
        case .separators(let atLeastOne):
            var end = from
            while end < input.count && Self.isSeparator(input[end]) { end += 1 }
            if atLeastOne && end == from { return false }
            // Separators are greedy: names never need a separator matched by a later token.
            return match(next, tokens, input, end, &result)
        case .number:
            var end = from
            var value = 0
            while end < input.count && input[end] >= 48 && input[end] <= 57 && end - from < 4 {
                value = value * 10 + Int(input[end] - 48)
                end += 1
            }
            // Stop at four digits: a run longer than three is not an indicator number.
            while end < input.count && input[end] >= 48 && input[end] <= 57 { end += 1 }
            guard (1...3).contains(end - from) else { return false }
            let saved = result.number
            result.number = value
            if match(next, tokens, input, end, &result) { return true }
            result.number = saved
            return false
        case .level:
            guard from < input.count else { return false }
            let saved = result.level
            if input[from] >= 49, input[from] <= 53 {
                // A level is one digit: "L12" is not level 1.
                if from + 1 < input.count, input[from + 1] >= 48, input[from + 1] <= 57 { return false }
                result.level = Int(input[from] - 48)
                if match(next, tokens, input, from + 1, &result) { return true }
                result.level = saved
                return false
            }
            // Roman numerals as the regulation writes levels: "Level II", "Tingkat IV".
            for (numeral, level) in Self.romanLevels {
                let end = from + numeral.count
                guard end <= input.count, zip(numeral, input[from..<end]).allSatisfy({ $0 == ($1 | 0x20) }) else { continue }
                if end < input.count, (input[end] | 0x20) >= 97, (input[end] | 0x20) <= 122 { continue }
                result.level = level
                if match(next, tokens, input, end, &result) { return true }
                result.level = saved
            }
            return false
        }
    }
}
