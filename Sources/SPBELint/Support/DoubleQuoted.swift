/// A double-quoted string that JSON and YAML both read back exactly: quote and backslash
/// escaped, every control character (C0, DEL, C1) and the line separators libyaml breaks
/// lines at (U+2028, U+2029) written as `\uXXXX`. The one writer for the starter config
/// and the JSON Schemas: whatever a user typed stays one value.
public enum DoubleQuoted {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 {
                    let hex = String(value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
