import Foundation

/// User-facing text in Indonesian or English, from `rules/messages.yaml`.
/// Rule texts (criteria, requirement descriptions) are never translated: they stay
/// as the rule pack writes them.
public struct Messages: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case id, en

        /// `id_*` locales get Indonesian, everything else English (LC_ALL, LC_MESSAGES, LANG).
        /// The CLI passes its process environment; the library never reads it itself.
        public static func fromEnvironment(_ environment: [String: String]) -> Language {
            for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
                if let value = environment[key], !value.isEmpty {
                    return value.lowercased().hasPrefix("id") ? .id : .en
                }
            }
            return .en
        }
    }

    public let language: Language
    /// The catalogue is generated from rules/messages.yaml at build time (MessageKeys.swift):
    /// a key without a text in both languages, or a text of another shape, stops the build.
    var entries: [String: [Language: String]] { Self.catalogue }

    public init(language: Language) {
        self.language = language
    }

    public static let english = Messages(language: .en)

    public var keys: [String] { entries.keys.sorted() }

    /// "Senin, 28 September 2026" / "Monday, September 28, 2026".
    public func longDate(_ day: Day) -> String {
        let weekdays = self(.dateWeekdays).split(separator: ",").map(String.init)
        let months = self(.dateMonths).split(separator: ",").map(String.init)
        guard weekdays.count == 7, months.count == 12 else { return day.description }
        return self(.dateLong, ["weekday": weekdays[day.weekday], "day": day.day, "month": months[day.month - 1], "year": day.year])
    }

    /// "22 Oktober 2024" / "22 October 2024": a date in running text.
    public func date(_ day: Day) -> String {
        let months = self(.dateMonths).split(separator: ",").map(String.init)
        guard months.count == 12 else { return day.description }
        return self(.dateMedium, ["day": day.day, "month": months[day.month - 1], "year": day.year])
    }

    /// "2,07" / "2.07": an index or score as this language writes it. Machine formats
    /// (JSON, SARIF, CSV) keep `TextFormat.decimal`.
    public func decimal(_ value: Double, places: Int = 2) -> String {
        withDecimalMark(TextFormat.decimal(value, places: places))
    }

    /// A weight as written (13, 16,5): no padding, this language's decimal mark.
    public func weight(_ value: Double) -> String {
        withDecimalMark(TextFormat.weight(value))
    }

    private func withDecimalMark(_ text: String) -> String {
        let mark = self(.numberDecimalMark)
        return mark == "." ? text : text.replacingOccurrences(of: ".", with: mark)
    }

    /// `{name}` is replaced by the argument; `{name|one|many}` picks by whether it is 1.
    public func callAsFunction(_ key: MessageKey, _ arguments: [String: any CustomStringConvertible] = [:]) -> String {
        guard let template = entries[key.rawValue]?[language] ?? entries[key.rawValue]?[.en] else { return key.rawValue }
        return Self.render(template, arguments)
    }

    static func render(_ template: String, _ arguments: [String: any CustomStringConvertible]) -> String {
        // Searched as UTF-8 bytes, not Characters: a report renders a message per finding,
        // thousands on a large tree, and grapheme breaking made this a tenth of a names-only
        // run's reporting (#28). "{", "}" and "|" are ASCII, so every cut is a scalar boundary.
        let utf8 = template.utf8
        guard utf8.contains(UInt8(ascii: "{")) else { return template }
        var output = ""
        output.reserveCapacity(utf8.count + 64)
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")) {
            output += template[rest..<open]
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else {
                output += template[open...]
                return output
            }
            let inside = template[utf8.index(after: open)..<close]
            let parts = inside.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            let value = arguments[parts[0]]
            if parts.count == 3 {
                output += value.map { "\($0)" } == "1" ? parts[1] : parts[2]
            } else if let value {
                output += value.description
            } else {
                output += "{\(inside)}"
            }
            rest = utf8.index(after: close)
        }
        output += template[rest...]
        return output
    }
}
