/// The wording findings share, in the user's language: why a document was refused, what
/// a file's problem is, what to add (which kind, how many, an example file name), rule
/// ids. Each pass owns its own findings (Passes/); the follow-up judge and the evidence
/// account word theirs with the same sentences.
struct FindingBuilder {
    let pack: RulePack
    let configuration: Configuration
    let messages: Messages
    /// Decides whether a waiver is still in force.
    let today: Day
    /// `--allow-partial`: a folder that could not be read is a warning, not an error.
    var allowsPartial = false

    init(pack: RulePack, configuration: Configuration = Configuration(), context: RunContext) {
        self.pack = pack
        self.configuration = configuration
        self.messages = context.messages
        self.today = context.today
    }

    /// What to write once a person has checked a level. With no config, the whole block;
    /// with one, the indicator's own line under its `indicators:` key, keeping what the
    /// line already says (owner, claim): pasting a second `indicators:` key would break it.
    func confirmationHint(_ id: String, level: Int) -> String {
        guard configuration.path != nil else {
            return messages(.manualHint, ["snippet": "indicators: {\(DoubleQuoted.quote(id)): {confirmed: \(level)}}"])
        }
        let settings = configuration.indicators[id]
        var fields: [String] = []
        if let owner = settings?.owner { fields.append("owner: " + DoubleQuoted.quote(owner)) }
        if let claim = settings?.claim { fields.append("claim: \(claim)") }
        if let target = settings?.target { fields.append("target: \(target)") }
        if let index = settings?.index { fields.append("index: \(index)") }
        if let service = settings?.service { fields.append("service: " + DoubleQuoted.quote(service)) }
        if let narrative = settings?.narrative { fields.append("narrative: " + DoubleQuoted.quote(narrative)) }
        fields.append("confirmed: \(level)")
        return messages(.manualHintEntry, ["snippet": "  \(DoubleQuoted.quote(id)): {\(fields.joined(separator: ", "))}"])
    }

    /// What an unenacted text lacks, in the user's language.
    func lacking(_ lacks: [DocumentFacts.Enactment]) -> String {
        lacks.map { messages(MessageKey(family: "content", member: "lacks." + $0.rawValue)) }.joined(separator: ", ")
    }

    /// "'Proses Bisnis', 'Data dan Informasi' and 'Layanan SPBE'" as a plain list.
    static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    static func code(_ problem: EvidenceInspector.Problem) -> String {
        switch problem {
        case .empty: return "empty"
        case .htmlPage, .wrongContent: return "content"
        case .truncatedPDF: return "truncated-pdf"
        case .tooLarge: return "too-large"
        case .controlCharacters, .nameTooLong: return "file-name"
        case .unreadable: return "unreadable"
        case .vanished: return "vanished"
        case .lfsPointer: return "lfs-pointer"
        case .damagedPDF: return "damaged-pdf"
        case .blankPDF: return "blank-pdf"
        }
    }

    /// Why a document's text refutes its name, as the report words it.
    func describe(_ reason: ContentRejection.Reason) -> String {
        switch reason {
        case .otherKind(let named, let stated, let title):
            return messages(.contentOtherKind, ["named": pack.kinds[named]?.name ?? named, "stated": pack.kinds[stated]?.name ?? stated, "title": String(title.prefix(80))])
        case .draftMarked(let marker):
            return messages(.contentDraftMarked, ["marker": marker])
        case .draftUnsigned(let lacks):
            return messages(.contentDraftUnsigned, ["missing": lacking(lacks)])
        case .notEnacted(let lacks):
            return messages(.contentNotEnacted, ["missing": lacking(lacks)])
        case .otherRole(let issuer, let role, let accepted):
            return messages(.contentOtherRole, ["issuer": issuer, "role": messages(MessageKey(family: "content", member: "role." + role)),
                                                "accepted": accepted.map { messages(MessageKey(family: "content", member: "role." + $0)) }.joined(separator: messages(.hintOr))])
        case .otherSubject(let stated, let wanted):
            return messages(.contentOtherSubject, ["stated": stated, "wanted": wanted])
        case .otherIssuer(let issuer):
            return messages(.contentOtherIssuer, ["issuer": issuer, "instansi": configuration.instansi ?? ""])
        case .notShown(let words):
            return messages(.contentNotShown, ["words": words])
        case .signInPage(let words):
            return messages(.contentSignInPage, ["words": words])
        case .textDated(let dated, let years):
            return messages(.contentTextDated, ["year": dated, "years": years])
        case .notRead(.encrypted):
            return messages(.contentEncrypted)
        case .notRead(let failure):
            return messages(.contentUnread, ["reason": failure.message(messages)])
        }
    }

    func describe(_ problem: EvidenceInspector.Problem) -> String {
        switch problem {
        case .empty: return messages(.qualityEmpty)
        case .htmlPage: return messages(.qualityHtml)
        case .wrongContent(let expected): return messages(.qualityContent, ["expected": expected])
        case .truncatedPDF: return messages(.qualityTruncated)
        case .tooLarge(let bytes, let limit): return messages(.qualityTooLarge, ["size": messages.decimal(Double(bytes) / 1_048_576, places: 1), "limit": messages.weight(limit)])
        case .controlCharacters: return messages(.qualityNameControl)
        case .nameTooLong(let length, let limit): return messages(.qualityNameLong, ["length": length, "limit": limit])
        case .unreadable: return messages(.qualityUnreadable)
        case .vanished: return messages(.qualityVanished)
        case .lfsPointer: return messages(.qualityLfsPointer)
        case .damagedPDF: return messages(.qualityDamagedPdf)
        case .blankPDF: return messages(.qualityBlankPdf)
        }
    }

    func ruleID(indicator: Indicator, level: Int, requirement: String) -> String {
        "\(pack.framework.id)/\(indicator.id)/L\(level)/\(requirement)"
    }

    /// What to add; `namingFiles` appends the files that looked right but do not count
    /// (callers that list those files themselves leave it off).
    func hint(for gap: RequirementStatus, namingFiles: Bool = true) -> String {
        let requirement = gap.requirement
        if !gap.missingUnits.isEmpty, gap.count >= requirement.minimum {
            return messages(.gapUnitsHint, ["missing": gap.missingUnits.joined(separator: ", ")])
        }
        let kinds = requirement.kinds.compactMap { pack.kinds[$0] }
        var extensions: [String] = []
        for ext in kinds.flatMap(\.extensions) where !extensions.contains(ext) { extensions.append(ext) }
        let names = kinds.map(\.name)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + messages(.hintOr) + names.last! : names.joined()
        let formats = extensions.isEmpty ? "" : "; " + extensions.map { "." + $0 }.joined(separator: " ")
        var text = messages(requirement.distinctYears ? .hintAddYears : .hintAddFiles, ["missing": gap.missing, "kinds": list + formats])
        if let example = requirement.example { text += messages(.hintExample, ["example": example]) }
        guard namingFiles else { return text }
        if let near = gap.nearMissFiles.firstPath { text += messages(.hintNear, ["path": near]) }
        if let wrong = gap.rejectedFiles.firstPath { text += messages(.hintWrong, ["path": wrong]) }
        if let draft = gap.draftFiles.firstPath { text += messages(.hintDraft, ["path": draft]) }
        if let bad = gap.unusableFiles.firstPath { text += messages(.hintUnusable, ["path": bad]) }
        if let old = gap.staleFiles.firstPath {
            text += requirement.maxAgeYears.map { messages(.hintStaleAge, ["path": old, "years": $0]) } ?? messages(.hintStaleDated, ["path": old])
        }
        return text
    }
}
