/// `enacted: true`: a regulation or decision counts only when its text shows it was
/// enacted (a filled nomor, a date, the signature block or a Berita Daerah number). A
/// draft marked as one says so by its mark; an unsigned one by what it lacks. A text that
/// said nothing either way under a name that says "draft" is the draft its name says (the
/// name's check speaks); a text that was not read has said nothing (the fail-closed check
/// speaks for it).
struct EnactmentCheck: RequirementCheck {
    struct Input: Sendable {
        /// The requirement asks for an enacted document.
        var required: Bool
        /// The file counts for it only as a regulation or decision (no other wanted kind).
        var asRegulation: Bool
        var status: DocumentFacts.Status
        /// Its name marks it a draft.
        var draftByName: Bool
        /// Its text was read.
        var read: Bool
        /// The draft mark the text shows ("DRAFT", "RANCANGAN").
        var statusEvidence: String? = nil
        /// What an enactment has that the text lacks.
        var lacks: [DocumentFacts.Enactment] = []
    }

    enum Reason: Sendable, Equatable {
        case draftMarked(String)
        case draftUnsigned([DocumentFacts.Enactment])
        case notEnacted([DocumentFacts.Enactment])
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        guard input.required, input.asRegulation, input.status != .enacted, input.read else { return .met }
        if input.status == .unknown && input.draftByName { return .met }
        if input.status == .draft {
            return .notMet(input.statusEvidence.map { .draftMarked($0) } ?? .draftUnsigned(input.lacks))
        }
        return .notMet(.notEnacted(input.lacks))
    }

    private static func perwali(_ status: DocumentFacts.Status, mark: String? = nil, lacks: [DocumentFacts.Enactment] = [],
                                draftByName: Bool = false, read: Bool = true, asRegulation: Bool = true, required: Bool = true) -> Input {
        Input(required: required, asRegulation: asRegulation, status: status, draftByName: draftByName, read: read, statusEvidence: mark, lacks: lacks)
    }

    // As the labelled corpus's Perwali, SK and their drafts read.
    static let examples: [CheckExample<Self>] = [
        .init(note: "a signed Perwali with its Berita Daerah number", input: perwali(.enacted), expected: .met),
        .init(note: "a Perwali marked DRAFT on its cover", input: perwali(.draft, mark: "DRAFT"), expected: .notMet(.draftMarked("DRAFT"))),
        .init(note: "a Perwali with NOMOR …. and an empty date", input: perwali(.draft, lacks: [.nomor, .tanggal]), expected: .notMet(.draftUnsigned([.nomor, .tanggal]))),
        .init(note: "a text that shows no enactment at all", input: perwali(.unknown, lacks: [.tandaTangan]), expected: .notMet(.notEnacted([.tandaTangan]))),
        .init(note: "named Draft, its text silent: the name's draft check speaks", input: perwali(.unknown, draftByName: true), expected: .met),
        .init(note: "a text not read: the fail-closed check speaks", input: perwali(.unknown, read: false), expected: .met),
        .init(note: "counted as a report that cites a Perwali", input: perwali(.unknown, asRegulation: false), expected: .met),
        .init(note: "a requirement that does not ask for enactment", input: perwali(.draft, mark: "RANCANGAN", required: false), expected: .met),
    ]
}
