/// "Dalam kurun N tahun terakhir" and "per tahun": a file's year must fall in the window
/// that ends with the evaluation year, and a requirement counting distinct years needs a
/// dated file.
struct YearWindowCheck: RequirementCheck {
    struct Input: Sendable {
        /// The file's year (its name's, else the year its text states); nil if undated.
        var year: Int?
        var maxAgeYears: Int?
        var distinctYears: Bool
        var evaluationYear: Int
    }

    enum Reason: Sendable, Equatable {
        /// Dated before the window or after the evaluation year (an undated file with a window too).
        case outsideWindow
        /// Undated, where each year counts separately.
        case undated
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        // "Dalam kurun 2 tahun terakhir" in 2025 means 2024 and 2025: N calendar years up
        // to and including the evaluation year, never N+1, and nothing dated after it.
        if let age = input.maxAgeYears {
            let oldest = input.evaluationYear - age + 1
            let year = input.year ?? Int.min
            if year < oldest || year > input.evaluationYear { return .notMet(.outsideWindow) }
        }
        if input.distinctYears && input.year == nil { return .notMet(.undated) }
        return .met
    }

    static let examples: [CheckExample<Self>] = [
        .init(note: "no window, undated", input: .init(year: nil, maxAgeYears: nil, distinctYears: false, evaluationYear: 2025), expected: .met),
        .init(note: "2 years in 2025 takes 2024", input: .init(year: 2024, maxAgeYears: 2, distinctYears: false, evaluationYear: 2025), expected: .met),
        .init(note: "2 years in 2025 takes 2025", input: .init(year: 2025, maxAgeYears: 2, distinctYears: false, evaluationYear: 2025), expected: .met),
        .init(note: "2 years in 2025 is not 3 (2023)", input: .init(year: 2023, maxAgeYears: 2, distinctYears: false, evaluationYear: 2025), expected: .notMet(.outsideWindow)),
        .init(note: "dated after the evaluation year", input: .init(year: 2026, maxAgeYears: 2, distinctYears: false, evaluationYear: 2025), expected: .notMet(.outsideWindow)),
        .init(note: "undated file under a window", input: .init(year: nil, maxAgeYears: 2, distinctYears: false, evaluationYear: 2025), expected: .notMet(.outsideWindow)),
        .init(note: "per year needs a date", input: .init(year: nil, maxAgeYears: nil, distinctYears: true, evaluationYear: 2025), expected: .notMet(.undated)),
        .init(note: "per year, dated", input: .init(year: 2019, maxAgeYears: nil, distinctYears: true, evaluationYear: 2025), expected: .met),
    ]
}
