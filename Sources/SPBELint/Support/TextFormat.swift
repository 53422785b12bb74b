/// Number formatting shared by every report: indices are published with two decimals.
public enum TextFormat {
    public static func decimal(_ value: Double, places: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if text.contains("e") { return text }
        if !text.contains(".") { text += "." }
        let decimals = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        return text + String(repeating: "0", count: max(0, places - decimals))
    }

    /// Weights print as written: 13, 1.3, 16.5.
    public static func weight(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
