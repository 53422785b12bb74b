/// Reads the asesor's notes as they were pasted from the portal or a spreadsheet and
/// writes the `follow-up:` block to add to the config. Three shapes: a CSV with an
/// indicator column and a note column (comma, semicolon or tab); lines such as
/// "Indikator 19: lengkapi …"; lines such as "I13 - unggah …". It never edits the
/// config, and every line it cannot read is listed, never dropped.
public struct FollowUpImport: Sendable {
    public struct Unread: Sendable, Hashable {
        public var line: Int
        public var text: String
        /// Why, in the user's language.
        public var reason: String
    }

    public var notes: [FollowUpNote] = []
    public var unread: [Unread] = []

    /// A pasted list is a page or two; a bigger file is not a list of notes.
    public static let maxBytes = 1 << 20

    public init(bytes: [UInt8], pack: RulePack, messages: Messages) {
        var text = String(decoding: bytes.prefix(Self.maxBytes), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is one Character in Swift: a spreadsheet's line ends would never split.
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lookup = RulePack.IndicatorLookup(pack)
        let records = Self.records(text)
        if let header = records.first(where: { !$0.isBlank }), let csv = Self.columns(header) {
            for record in records where record.line != header.line && !record.isBlank {
                let fields = Self.fields(record.text, separator: csv.separator)
                let cell = { (index: Int?) -> String? in
                    index.flatMap { $0 < fields.count ? fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) : nil }.flatMap { $0.isEmpty ? nil : $0 }
                }
                guard let reference = cell(csv.indicator), let note = cell(csv.note) else {
                    unread.append(Unread(line: record.line, text: record.text, reason: messages(.followUpImportUnmatched, ["text": Self.clip(record.text)])))
                    continue
                }
                add(reference: reference, note: note, owner: cell(csv.owner), requirement: cell(csv.requirement), record: record, lookup: lookup, pack: pack, messages: messages)
            }
            return
        }
        for record in records where !record.isBlank {
            guard let (reference, note) = Self.line(record.text) else {
                unread.append(Unread(line: record.line, text: record.text, reason: messages(.followUpImportUnmatched, ["text": Self.clip(record.text)])))
                continue
            }
            add(reference: reference, note: note, owner: nil, requirement: nil, record: record, lookup: lookup, pack: pack, messages: messages)
        }
    }

    private mutating func add(reference: String, note: String, owner: String?, requirement: String?, record: Record, lookup: RulePack.IndicatorLookup, pack: RulePack, messages: Messages) {
        guard let indicator = lookup.indicator(reference) else {
            let hint = Suggestion.closest(to: reference, in: pack.indicators.map(\.id)).map { messages(.hintDidYouMean, ["name": $0]) } ?? ""
            unread.append(Unread(line: record.line, text: record.text, reason: messages(.followUpImportUnknownIndicator, ["id": reference, "pack": pack.framework.id, "hint": hint, "text": Self.clip(record.text)])))
            return
        }
        notes.append(FollowUpNote(indicator: indicator.id, note: note, owner: owner, requirement: requirement))
    }

    /// The block to paste: `follow-up:` and one entry per note, every value double-quoted
    /// so no pasted text can become YAML structure.
    public func yaml(source: String, messages: Messages) -> String {
        var lines = [TerminalText.escape(messages(.followUpImportHeader, ["count": notes.count, "path": source])), "follow-up:"]
        for note in notes {
            lines.append("  - indicator: \(DoubleQuoted.quote(note.indicator))")
            lines.append("    note: \(DoubleQuoted.quote(note.note))")
            if let owner = note.owner { lines.append("    owner: \(DoubleQuoted.quote(owner))") }
            if let requirement = note.requirement { lines.append("    requirement: \(DoubleQuoted.quote(requirement))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Reading

    struct Record {
        var line: Int
        var text: String
        var isBlank: Bool { text.allSatisfy { $0.isWhitespace || $0 == "," || $0 == ";" } }
    }

    /// Lines, joined where a CSV quote spans a line break (a note pasted with a newline).
    static func records(_ text: String) -> [Record] {
        var records: [Record] = []
        var current = ""
        var start = 1
        var number = 0
        var quoted = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let piece = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if current.isEmpty && !quoted { start = number }
            current += (quoted ? "\n" : "") + piece
            for character in piece where character == "\"" { quoted.toggle() }
            if !quoted {
                records.append(Record(line: start, text: current))
                current = ""
            }
        }
        if !current.isEmpty { records.append(Record(line: start, text: current)) }
        return records
    }

    struct Columns {
        var separator: Character
        var indicator: Int
        var note: Int
        var owner: Int?
        var requirement: Int?
    }

    /// A header row names an indicator column and a note column, in either language.
    static func columns(_ header: Record) -> Columns? {
        let separators: [Character] = [",", ";", "\t"]
        guard let separator = separators.max(by: { a, b in header.text.filter { $0 == a }.count < header.text.filter { $0 == b }.count }),
              header.text.contains(separator) else { return nil }
        let names = fields(header.text, separator: separator).map { NameNormalizer.normalize($0) }
        func find(_ words: [String]) -> Int? {
            names.firstIndex { name in words.contains { name == $0 || name.hasPrefix($0 + " ") || name.hasSuffix(" " + $0) } }
        }
        guard let indicator = find(["indikator", "indicator", "no indikator", "kode indikator", "kode"]),
              let note = find(["catatan", "catatan asesor", "note", "notes", "rekomendasi", "keterangan", "tindak lanjut", "permintaan"]),
              indicator != note else { return nil }
        return Columns(separator: separator, indicator: indicator, note: note,
                       owner: find(["opd", "owner", "penanggung jawab", "unit", "unit kerja", "perangkat daerah"]),
                       requirement: find(["requirement", "persyaratan"]))
    }

    /// RFC 4180 fields of one record.
    static func fields(_ text: String, separator: Character) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.allSatisfy(\.isWhitespace) {
                field = ""
                quoted = true
            } else if character == separator {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }

    /// "Indikator 19: lengkapi …", "- Indikator I13 – unggah …", "I13 - unggah …",
    /// "19. Lengkapi …": the indicator reference and the note after it.
    static func line(_ raw: String) -> (String, String)? {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        // A bullet, or an enumerator in front of a named indicator ("3. Indikator 19: …").
        if let first = text.first, "-*•·".contains(first) { text = text.dropFirst().drop { $0 == " " } }
        let lower = { (s: Substring) in s.lowercased() }
        if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }), text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty {
            let rest = text[text.index(after: dot)...].drop { $0 == " " }
            let word = lower(rest)
            if word.hasPrefix("indikator") || word.hasPrefix("indicator") || word.first == "i" && rest.dropFirst().first?.isNumber == true { text = rest }
        }
        var named = false
        for word in ["indikator", "indicator", "ind."] where lower(text).hasPrefix(word) {
            text = text.dropFirst(word.count).drop { $0 == " " }
            named = true
            break
        }
        // The reference: digits, or I / I- then digits.
        var reference = ""
        var rest = text
        if let first = rest.first, first == "I" || first == "i" {
            let after = rest.dropFirst().drop { $0 == "-" }
            guard after.first?.isNumber == true else { return nil }
            reference = "I"
            rest = after
        }
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        reference += digits
        rest = rest.dropFirst(digits.count).drop { $0 == " " }
        // Then a separator, unless the indicator was named ("Indikator 19 lengkapi …").
        if let separator = rest.first, ":-–—.)=".contains(separator) {
            rest = rest.dropFirst().drop { $0 == " " || $0 == "-" }
        } else if !named {
            return nil
        }
        let note = rest.trimmingCharacters(in: .whitespaces)
        return note.isEmpty ? nil : (reference, note)
    }

    static func clip(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count <= 120 ? line : String(line.prefix(119)) + "…"
    }
}
