import SPBELint
/// What each OPD must still deliver: the actionable findings of a report
/// (missing evidence, manual checks, wrong documents, narrative problems, over-claims),
/// with the indicator's owner from the config. Markdown and CSV both print it.
public struct Checklist: Sendable {
    public struct Item: Sendable, Hashable {
        public var owner: String?
        public var indicator: String
        public var indicatorName: String
        public var supportedLevel: Int
        public var targetLevel: Int
        public var category: Finding.Category
        public var what: String
        public var hint: String?
        /// An error blocks the run; a warning does not.
        public var severity: Finding.Severity = .warning
        /// "Sudah ada": the files that already count, for the item's requirement when it
        /// names one, else for the indicator (what a person checking a level looks at).
        public var present: [String] = []
    }

    /// How many present files a cell names before "… and N more".
    public static let presentShown = 3

    /// The present files as one cell: the first few, then how many more; a word when none.
    public static func presentCell(_ paths: [String], _ t: Messages) -> String {
        guard !paths.isEmpty else { return t(.accountPresentNone) }
        var shown = paths.prefix(presentShown).map { PathName.lastComponent($0) }
        if paths.count > presentShown { shown.append(t(.accountMore, ["count": paths.count - presentShown])) }
        return shown.joined(separator: "; ")
    }

    /// What the OPDs deliver: one row per missing or unusable piece of evidence.
    public var items: [Item]
    /// What only the SPBE coordinator can do: files tied to no indicator, duplicates,
    /// tree problems, and the config entries (confirmed:, claims) that follow a check.
    /// An OPD cannot act on these, so they never sit in an OPD's rows.
    public var coordinator: [Item]

    public init(report: LintReport) {
        let results = Dictionary(uniqueKeysWithValues: report.results.map { ($0.indicator.id, $0) })
        let t = report.messages
        var items: [Item] = [], coordinator: [Item] = []
        // The evaluator's account of each indicator, made once, when an item needs it.
        var accounts: [String: EvidenceAccount] = [:]
        func present(_ id: String, _ result: IndicatorResult, requirement: String?) -> [String] {
            let account = accounts[id] ?? report.account(of: result)
            accounts[id] = account
            // A gap names its requirement: what counts for that one. A level to confirm, a
            // claim or a narrative is about the indicator: everything that counts.
            guard let requirement, result.requirements.contains(where: { $0.requirement.id == requirement }) else { return account.counted.map(\.path) }
            return account.counted.filter { $0.requirements.contains(requirement) }.map(\.path)
        }
        // The asesor's notes are listed from the follow-up itself, under the note's owner.
        items += report.followUp.map { FollowUpSheet.checklistItems($0, results: results) } ?? []
        for finding in report.findings where finding.category != .followUp {
            let forCoordinator = finding.category.isForCoordinator
            // Every error is on the list (it is what fails the run), every actionable
            // warning, and the coordinator's tree warnings.
            guard finding.severity == .error || (finding.severity != .info && (finding.category.isActionable || forCoordinator)) else { continue }
            let fileLevel = finding.category.scope == .file
            let what = fileLevel && finding.path != nil ? "\(finding.path!): \(finding.message)" : finding.message
            guard let id = finding.indicator, let result = results[id], !forCoordinator else {
                coordinator.append(Item(owner: nil, indicator: finding.indicator ?? "—", indicatorName: "", supportedLevel: 0, targetLevel: 0,
                                        category: finding.category, what: what, hint: finding.hint, severity: finding.severity))
                continue
            }
            var item = Item(
                owner: report.configuration.indicators[id]?.owner.map(report.configuration.canonicalOwner), indicator: id,
                indicatorName: Indicator.shortName(result.displayName),
                supportedLevel: result.supportedLevel, targetLevel: result.targetLevel,
                category: finding.category, what: what, hint: finding.hint, severity: finding.severity,
                present: present(id, result, requirement: finding.requirement)
            )
            // A hint that edits the config is the coordinator's step; the OPD row says
            // who takes it.
            if let hint = finding.hint, Configuration.fileNames.contains(where: hint.contains) {
                coordinator.append(item)
                switch finding.category {
                case .manual: item.hint = t(.checklistHintCoordinatorManual)
                case .narrative: item.hint = t(.checklistHintCoordinatorNarrative)
                default: item.hint = t(.checklistHintCoordinator)
                }
            }
            items.append(item)
        }
        self.items = items
        self.coordinator = coordinator
    }

    /// Groups by owner, named owners first in alphabetical order whatever their case
    /// ("bappeda" beside "Bappeda", not after "Inspektorat"), the unowned last.
    public var byOwner: [(owner: String?, items: [Item])] {
        NaturalOrder.byOwner(items, owner: \.owner)
    }
}

extension LintReport {
    /// "2026-09-28 (Senin, 28 September 2026)" with what is left, for checklists.
    var dueLine: String? {
        guard let deadline else { return nil }
        let key: MessageKey
        switch deadline.status(on: today) {
        case .beforeInterview: key = MessageKey.deadlineStatusBefore
        case .passed: key = MessageKey.deadlineStatusPassed
        case .dueToday: key = MessageKey.deadlineStatusToday
        case .open: key = MessageKey.deadlineStatusLeft
        }
        let status = messages(key, deadline.arguments(on: today, messages: messages))
        return messages(.checklistDue, ["date": "\(deadline.due) (\(messages.longDate(deadline.due)))", "status": status])
    }

    /// The block a nota dinas attachment opens with: instansi, perihal, nomor and
    /// tanggal left for the office to fill, and the deadline as a letter writes it.
    var letterHeader: [(label: String, value: String)] {
        let t = messages
        let year = configuration.year ?? today.year
        var rows: [(String, String)] = [
            (t(.checklistHeaderInstansi), configuration.instansi ?? "……………………"),
            (t(.checklistHeaderPerihal), t(.checklistHeaderPerihalValue, ["index": pack.framework.indexName, "year": year])),
            (t(.checklistHeaderNomor), "……………………"),
            (t(.checklistHeaderTanggal), "……………………"),
        ]
        if let deadline {
            let status = messages(.deadlineStatusLeft, deadline.arguments(on: today, messages: messages))
            let open = deadline.status(on: today) == .open
            rows.append((t(.checklistHeaderDue), t.longDate(deadline.due) + (open ? " (\(status))" : "")))
        }
        return rows
    }
}
