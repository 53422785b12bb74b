/// Makes untrusted text (file and folder names, sidecar values, config strings) safe to
/// print on a terminal: anyone who can upload to the evidence drive chooses the names,
/// and an ESC sequence, a carriage return or a bidi override in one could clear the
/// screen, recolour the verdict or reorder what the reader sees. Every such character
/// is shown visibly instead: `\x1b`, `\r`, `<U+202E>`.
public enum TerminalText {
    /// Whether a scalar must never reach a terminal raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        // Bidi embeddings, overrides and isolates; the implicit marks; line and paragraph separators.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `text` holds a scalar `isUnsafe` refuses (`\n` allowed with `keepNewlines`),
    /// read as UTF-8 bytes: every string of a large report passes through here, and
    /// nearly all of them hold a "✗" or a "—" that sent the old check into decoding
    /// scalars (#28). Each unsafe scalar has one encoding, and a lead byte never occurs
    /// inside another character, so the answer is exact (`TerminalTextTests` compares
    /// it with `isUnsafe` scalar by scalar).
    public static func holdsUnsafe(_ text: String, keepNewlines: Bool = false) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            var index = 0
            while index < count {
                switch bytes[index] {
                case 0x0A:
                    if !keepNewlines { return true }
                case 0x00...0x1F, 0x7F:
                    return true
                case 0xC2:  // U+0080–U+009F
                    if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xD8:  // U+061C
                    if index + 1 < count, bytes[index + 1] == 0x9C { return true }
                case 0xE2:  // U+200E, U+200F, U+2028–U+202E; U+2066–U+2069
                    if index + 2 < count {
                        let second = bytes[index + 1], third = bytes[index + 2]
                        if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return true }
                        if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { isUnsafe($0) && !(keepNewlines && $0 == "\n") }
    }

    /// Escapes every unsafe scalar; `keepNewlines` leaves `\n` alone (whole reports).
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        guard holdsUnsafe(text, keepNewlines: keepNewlines) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar), !(keepNewlines && scalar == "\n") else {
                out.append(scalar)
                continue
            }
            let visible: String
            switch scalar {
            case "\n": visible = "\\n"
            case "\r": visible = "\\r"
            case "\t": visible = "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: scalar.value > 0xFF)
                visible = scalar.value <= 0xFF
                    ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    : "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            }
            out.append(contentsOf: visible.unicodeScalars)
        }
        return String(out)
    }

    /// Encoded JSON with every unsafe scalar left raw by the encoder (DEL, C1, bidi, the
    /// line separators) written as a `\\uXXXX` escape: the same string to a parser, nothing
    /// a terminal acts on when the JSON is printed. Such scalars occur only inside strings.
    public static func escapeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { isUnsafe($0) && $0.value >= 0x7F }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard isUnsafe(scalar), scalar.value >= 0x7F else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }
}
