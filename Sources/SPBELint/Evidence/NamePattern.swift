/// A folder or file-name convention such as `i~{n}-l~{level}-*`, in a small
/// language that staff-written names need and regular expressions make hard to read:
/// - `{n}`: the indicator number (1–3 digits, leading zeros allowed);
/// - `{level}`: a level digit 1–5;
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
        case .level: return byte >= 49 && byte <= 53
        case .separators(true): return Self.isSeparator(byte)
        default: return true
        }
    }

    public func match(_ name: String) -> Match? {
        guard let first = name.utf8.first, couldStart(with: first) else { return nil }
        let bytes = Array(name.lowercased().utf8)
        var result = Match()
        return match(tokens[...], bytes[...], &result) ? result : nil
    }

    private func match(_ tokens: ArraySlice<Token>, _ input: ArraySlice<UInt8>, _ result: inout Match) -> Bool {
        guard let token = tokens.first else { return input.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let byte):
            return input.first == byte && match(rest, input.dropFirst(), &result)
        case .anything:
            var tail = input
            while true {
                if match(rest, tail, &result) { return true }
                if tail.isEmpty { return false }
                tail = tail.dropFirst()
            }
        case .separators(let atLeastOne):
            let run = input.prefix { Self.isSeparator($0) }.count
            if atLeastOne && run == 0 { return false }
            // Separators are greedy: names never need a separator matched by a later token.
            return match(rest, input.dropFirst(run), &result)
        case .number:
            let digits = input.prefix { $0 >= 48 && $0 <= 57 }
            guard (1...3).contains(digits.count), let value = Int(String(decoding: digits, as: UTF8.self)) else { return false }
            let saved = result.number
            result.number = value
            if match(rest, input.dropFirst(digits.count), &result) { return true }
            result.number = saved
            return false
        case .level:
            guard let digit = input.first, digit >= 49, digit <= 53 else { return false }
            // A level is one digit: "L12" is not level 1.
            if let next = input.dropFirst().first, next >= 48, next <= 57 { return false }
            let saved = result.level
            result.level = Int(digit - 48)
            if match(rest, input.dropFirst(), &result) { return true }
            result.level = saved
            return false
        }
    }
}
