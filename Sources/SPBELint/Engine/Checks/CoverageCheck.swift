/// `covers: opd` ("seluruh unit kerja/perangkat daerah"): the documents counted for the
/// requirement must, together, name every unit of the config's `opd:` list, by any of its
/// names, as whole words. Unread or unreadable texts name none.
struct CoverageCheck: RequirementCheck {
    struct Input: Sendable {
        /// The counted documents' texts (head and body).
        var texts: [String]
        /// Each unit's names, its display name first.
        var units: [[String]]
    }

    enum Reason: Sendable, Equatable {
        /// The display names of the units no text names.
        case missing([String])
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        let text = " " + input.texts.map(NameNormalizer.normalize).joined(separator: " ") + " "
        let missing = input.units.filter { names in !names.contains { text.contains(" " + NameNormalizer.normalize($0) + " ") } }.compactMap(\.first)
        return missing.isEmpty ? .met : .notMet(.missing(missing))
    }

    private static let units = [["Dinas Komunikasi dan Informatika", "Diskominfo"], ["Badan Kepegawaian Daerah", "BKD"], ["Dinas Kesehatan"]]

    // Attendance lists and reports as the corpus's coverage documents lay them out.
    static let examples: [CheckExample<Self>] = [
        .init(note: "every unit, by its short names too", input: .init(texts: ["DAFTAR HADIR\n1. Diskominfo\n2. BKD", "3. Dinas Kesehatan"], units: units), expected: .met),
        .init(note: "one unit missing", input: .init(texts: ["DAFTAR HADIR\n1. Diskominfo\n2. Badan Kepegawaian Daerah"], units: units), expected: .notMet(.missing(["Dinas Kesehatan"]))),
        .init(note: "a name inside a longer word is not the unit", input: .init(texts: ["BKDX Diskominfo Dinas Kesehatan"], units: units), expected: .notMet(.missing(["Badan Kepegawaian Daerah"]))),
        .init(note: "no text read names none", input: .init(texts: [], units: units), expected: .notMet(.missing(units.map { $0[0] }))),
        .init(note: "names across a line break", input: .init(texts: ["Dinas Komunikasi\ndan Informatika; BKD; Dinas\nKesehatan"], units: units), expected: .met),
    ]
}
