/// One thing the report tells the user, in a shape every output format can print.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case error, warning, info

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        /// A requirement of the target level has too few files.
        case gap
        /// A level a person must confirm (content the file name cannot show).
        case manual
        /// A file of the right kind that is the wrong document (Indeks KAMI for IKASANDI).
        case wrongDocument = "wrong-document"
        /// The penilaian mandiri claims more (or less) than the evidence supports.
        case claim
        /// An externally scored indicator: missing index value, or the index limits the level.
        case external
        /// A gap covered by a waiver that has not expired: shown, never counted.
        case waived
        /// A waiver that expired or matches nothing.
        case waiver
        /// The penjelasan names a file that is not there, or is missing.
        case narrative
        /// A file of the right kind that cannot count: empty, not what its extension says,
        /// a cut-off PDF, too large, or a name that breaks uploads.
        case quality
        /// The same content under several names.
        case duplicate
        /// A baselined gap that is fixed: the baseline must shrink.
        case baseline
        /// A file that no indicator claims.
        case unassigned
        /// Something about the tree itself (unreadable folder, link outside the root, bad sidecar).
        case tree
        /// A level whose criterion about a regulation's contents its text shows (no
        /// `confirmed:` needed): said, so a person can check what was found.
        case contentProof = "content-proof"
        /// An asesor's note from the interview (`follow-up:`) that no evidence answers yet.
        case followUp = "follow-up"

        /// What a finding of this category is about: every format decides from this (where
        /// a path leads the line, which key a baseline keeps, SARIF folder locations), so
        /// no reporter keeps its own list.
        public enum Scope: Sendable {
            /// An indicator or one of its requirements; the path is the indicator's folder.
            case indicator
            /// One file (or folder) of the tree, named by the path.
            case file
            /// An entry of the config (a waiver).
            case config
        }

        public var scope: Scope {
            switch self {
            case .gap, .manual, .claim, .waived, .narrative, .external, .contentProof, .followUp: return .indicator
            case .quality, .wrongDocument, .duplicate, .unassigned, .tree, .baseline: return .file
            case .waiver: return .config
            }
        }

        /// Evidence the target level still lacks: counted as a gap in the summary.
        public var isGap: Bool {
            switch self {
            case .gap, .manual, .wrongDocument: return true
            default: return false
            }
        }

        /// Work an OPD can do about its own indicator: what an owner's checklist lists
        /// (besides every error, which is always listed).
        public var isActionable: Bool {
            switch self {
            case .claim, .gap, .manual, .wrongDocument, .quality, .narrative: return true
            default: return false
            }
        }

        /// Work only the SPBE coordinator can do (files tied to no indicator, duplicates,
        /// tree problems, a confirmation the text contradicts): checklists give it the
        /// coordinator's section, never an OPD's rows.
        public var isForCoordinator: Bool {
            switch self {
            case .unassigned, .duplicate, .tree, .contentProof: return true
            default: return false
            }
        }

        /// Shown apart from the indicator blocks (about the tree, the config or the
        /// baseline rather than one indicator's evidence).
        public var standsApart: Bool {
            switch self {
            case .unassigned, .tree, .waiver, .duplicate, .baseline: return true
            default: return false
            }
        }
    }

    /// Stable across runs, e.g. `spbe-2020/I01/L2/regulasi`.
    public var ruleID: String
    public var category: Category
    public var severity: Severity
    public var indicator: String?
    public var level: Int?
    public var requirement: String?
    /// Evidence-relative path the finding is about (a file, or the indicator's folder).
    public var path: String?
    public var message: String
    public var hint: String?
    /// Where the requirement is declared, so SARIF and editors can point at the rule.
    public var ruleLocation: SourceLocation?
}
