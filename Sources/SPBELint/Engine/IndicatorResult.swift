/// How one requirement fares against the evidence.
public struct RequirementStatus: Sendable, Hashable {
    public var requirement: Requirement
    /// The level that declares it (it may be inherited by higher levels).
    public var declaredAt: Int
    /// Files that count for it.
    public var matchedFiles: EvidenceFiles
    /// Files whose names fit but whose format does not.
    public var nearMissFiles: EvidenceFiles
    /// Files of the right kind that are the wrong document (the requirement's `reject`).
    public var rejectedFiles: EvidenceFiles
    /// Files of the right kind that are too old, or show no year where one is required.
    public var staleFiles: EvidenceFiles
    /// Files of the right kind that fail a quality check (empty, not what the extension says, …).
    public var unusableFiles: EvidenceFiles
    /// Drafts offered where an enacted document is required: level-1 evidence only.
    public var draftFiles: EvidenceFiles
    /// Files the name offers but the text refutes (another document type, a draft, another
    /// instansi's regulation), each with what the text showed.
    public var contentRejections: [ContentRejection] = []

    // Paths are built when asked for: a requirement met by 20,000 files must not cost
    // 20,000 strings unless a report lists them.
    public var matched: [String] { matchedFiles.paths }
    public var nearMisses: [String] { nearMissFiles.paths }
    public var rejected: [String] { rejectedFiles.paths }
    public var stale: [String] { staleFiles.paths }
    public var unusable: [String] { unusableFiles.paths }
    public var drafts: [String] { draftFiles.paths }
    /// What counts toward `minimum`: files, or distinct years for `distinct-years`.
    public var count: Int

    /// `covers: opd`: the configured units no matched document names (their first names).
    public var missingUnits: [String] = []

    public var isMet: Bool { count >= requirement.minimum && missingUnits.isEmpty }
    public var missing: Int { max(0, requirement.minimum - count) }
}

/// A file whose text contradicts its name: why it does not count.
public struct ContentRejection: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// The first page states another kind ("named Perwali, but it is an Undangan").
        case otherKind(named: String, stated: String, title: String)
        /// The first page is marked DRAFT, RANCANGAN, KONSEP.
        case draftMarked(String)
        /// A regulation with neither a nomor nor a filled date: what else it lacks.
        case draftUnsigned([DocumentFacts.Enactment])
        /// Not shown enacted (`enacted: true` takes no "unknown"): what the text lacks.
        case notEnacted([DocumentFacts.Enactment])
        /// Issued by someone whose documents this requirement does not take (`issuer:`).
        case otherRole(issuer: String, role: String, accepted: [String])
        /// About another subject than the requirement's (`subject:`): its TENTANG.
        case otherSubject(stated: String, wanted: String)
        /// Issued by another Pemda.
        case otherIssuer(String)
        /// Does not show what the requirement's `shows:` names (its first spelling).
        case notShown(String)
        /// A screenshot of the application's sign-in form: nothing of the work is shown.
        case signInPage(String)
        /// Its text is dated a year outside the requirement's window (`max-age-years`).
        case textDated(Int, Int)
        /// Its text was not (wholly) read, and the requirement depends on it.
        case notRead(ReadFailure)
    }

    public var path: String
    public var reason: Reason
}

/// A level whose criteria a person must confirm, not yet confirmed in the config.
public struct ManualGate: Sendable, Hashable {
    public var level: Int
    public var text: String
    /// Where the level has a `proven-by` check: the counted document whose text came
    /// closest, and the topics it does not name (enough times).
    public var closest: ContentCheck?
}

/// One document's text held against a level's `proven-by` topics.
public struct ContentCheck: Sendable, Hashable {
    public var level: Int
    public var path: String
    public var missing: [String]
    public var named: [String]
    public var times: Int
    public var proves: Bool { missing.isEmpty }
}

/// The external index behind an indicator, as configured.
public struct ExternalStatus: Sendable, Hashable {
    public var index: String
    public var indexValue: Double?
    /// The level the index value gives (floor when no value is configured).
    public var level: Int
    /// The value lies past the highest band the pack knows; the level may be understated.
    public var aboveKnownBands: Bool
}

/// The verdict for one indicator: the level the files support and what the target still needs.
public struct IndicatorResult: Sendable, Hashable {
    public var indicator: Indicator
    public var files: EvidenceFiles
    public var supportedLevel: Int
    /// What the index uses: the supported level, or an external index's value.
    public var value: Double
    public var targetLevel: Int
    public var claimedLevel: Int?
    /// Every requirement of the target level, met or not, in declaration order.
    public var requirements: [RequirementStatus]
    /// Unconfirmed manual checks at or below the target level.
    public var manualGates: [ManualGate]
    public var external: ExternalStatus?
    /// The folder holding this indicator's evidence, when there is one.
    public var folder: String?
    /// The service named in the config for a sector indicator.
    public var service: String?
    /// Why each unusable file failed, by path.
    public var problems: [String: [EvidenceInspector.Problem]] = [:]
    /// Levels up to the target whose manual criterion a document's text showed.
    public var provenByContent: [ContentCheck] = []
    /// Levels the config confirms although the counted document's text lacks topics of
    /// the criterion: the person's word stands, but the report asks them to look again.
    public var confirmedAgainstText: [ContentCheck] = []
    /// Byte-identical copies among this indicator's files: the copy's path → the path of
    /// the file that stands for the group (the evaluator counts them once).
    public var duplicateOf: [String: String] = [:]

    public var gaps: [RequirementStatus] { requirements.filter { !$0.isMet } }
    public var meetsTarget: Bool { supportedLevel >= targetLevel }

    public var displayName: String {
        service.map { "\(indicator.name): \($0)" } ?? indicator.name
    }
}
