/// A requirement's `issuer:` list against the role of a regulation's issuer: the kepala
/// daerah is a Pemda's head ("Keputusan Pimpinan Instansi"), a minister a ministry's.
struct IssuerRoleCheck: RequirementCheck {
    struct Input: Sendable {
        /// The requirement's `issuer:` values (kepala-daerah, opd, instansi).
        var issuers: [String]
        var role: DocumentAnalyzer.IssuerRole
        /// The config's `instansi-type`; nil when not configured.
        var instansiType: Configuration.InstansiType?
    }

    enum Reason: Sendable, Equatable {
        case roleNotAccepted
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        let accepted: Bool
        switch input.role {
        case .kepalaDaerah: accepted = input.issuers.contains("kepala-daerah") || (input.issuers.contains("instansi") && input.instansiType != .instansiPusat)
        case .opd: accepted = input.issuers.contains("opd")
        case .pusat: accepted = input.issuers.contains("instansi") && input.instansiType == .instansiPusat
        }
        return accepted ? .met : .notMet(.roleNotAccepted)
    }

    static let examples: [CheckExample<Self>] = [
        .init(note: "Perwali where the pimpinan instansi is asked", input: .init(issuers: ["instansi"], role: .kepalaDaerah, instansiType: .pemerintahDaerah), expected: .met),
        .init(note: "Perwali, instansi type not configured", input: .init(issuers: ["instansi"], role: .kepalaDaerah, instansiType: nil), expected: .met),
        .init(note: "kepala daerah is no ministry's head", input: .init(issuers: ["instansi"], role: .kepalaDaerah, instansiType: .instansiPusat), expected: .notMet(.roleNotAccepted)),
        .init(note: "kepala-daerah named outright", input: .init(issuers: ["kepala-daerah"], role: .kepalaDaerah, instansiType: .instansiPusat), expected: .met),
        .init(note: "SK Kepala Dinas where the pimpinan is asked", input: .init(issuers: ["instansi"], role: .opd, instansiType: .pemerintahDaerah), expected: .notMet(.roleNotAccepted)),
        .init(note: "SK Kepala Dinas where an OPD may issue", input: .init(issuers: ["opd", "instansi"], role: .opd, instansiType: .pemerintahDaerah), expected: .met),
        .init(note: "Permen for a Pemda", input: .init(issuers: ["instansi"], role: .pusat, instansiType: .pemerintahDaerah), expected: .notMet(.roleNotAccepted)),
        .init(note: "Permen for the ministry itself", input: .init(issuers: ["instansi"], role: .pusat, instansiType: .instansiPusat), expected: .met),
    ]
}
