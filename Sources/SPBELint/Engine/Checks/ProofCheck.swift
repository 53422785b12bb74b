/// A level's `proven-by`: an enacted document's whole text names every topic at least
/// `times` times (once is a definition or a line of the konsiderans; regulating a topic
/// names it again). Which documents may be asked is the evaluator's (counted for the
/// level, the instansi's, enacted, a text layer); this is what their text must say.
struct ProofCheck: RequirementCheck {
    struct Input: Sendable {
        var proof: ContentProof
        var text: String
    }

    enum Reason: Sendable, Equatable {
        /// The names of the topics named too rarely.
        case missing([String])
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        let missing = input.proof.missing(in: input.text)
        return missing.isEmpty ? .met : .notMet(.missing(missing.map(\.name)))
    }

    private static let architecture = ContentProof(kinds: ["perkada"], topics: [
        .init(["Proses Bisnis", "Arsitektur Proses Bisnis"]), .init(["Data dan Informasi"]), .init(["Layanan SPBE", "Arsitektur Layanan"]),
    ], times: 2, heuristic: "examples")

    // Bab and pasal as the corpus's Perwali on Arsitektur SPBE write them.
    static let examples: [CheckExample<Self>] = [
        .init(note: "every domain regulated in its own pasal",
              input: .init(proof: architecture, text: "Pasal 5 Arsitektur Proses Bisnis ... proses bisnis\nPasal 6 Data dan Informasi ... data dan informasi\nPasal 7 Arsitektur Layanan ... layanan SPBE"), expected: .met),
        .init(note: "named once in the konsiderans only",
              input: .init(proof: architecture, text: "Menimbang: proses bisnis, data dan informasi, layanan SPBE"), expected: .notMet(.missing(["Proses Bisnis", "Data dan Informasi", "Layanan SPBE"]))),
        .init(note: "one domain left out",
              input: .init(proof: architecture, text: "proses bisnis; proses bisnis; data dan informasi; data dan informasi"), expected: .notMet(.missing(["Layanan SPBE"]))),
        .init(note: "a word that only contains a topic's word",
              input: .init(proof: architecture, text: "prosesbisnis prosesbisnis data dan informasi data dan informasi layanan spbe layanan spbe"), expected: .notMet(.missing(["Proses Bisnis"]))),
    ]
}
