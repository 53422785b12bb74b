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

    /// Escapes every unsafe scalar; `keepNewlines` leaves `\n` alone (whole reports).
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        // Printable ASCII (most of a report) needs no scalar decoding: every string of a
        // large report passes through here (#28).
        if !text.utf8.contains(where: { ($0 < 0x20 && !(keepNewlines && $0 == 0x0A)) || $0 >= 0x7F }) { return text }
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepNewlines && $0 == "\n") }) else { return text }
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
