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
    }

    public var items: [Item]

    public init(report: LintReport) {
        let results = Dictionary(uniqueKeysWithValues: report.results.map { ($0.indicator.id, $0) })
        items = report.findings.compactMap { finding in
            // Every error is on the list (it is what fails the run), and every actionable warning.
            guard finding.severity == .error || (finding.category.isActionable && finding.severity != .info) else { return nil }
            let fileLevel = finding.category.scope == .file
            let what = fileLevel && finding.path != nil ? "\(finding.path!): \(finding.message)" : finding.message
            guard let id = finding.indicator, let result = results[id] else {
                return Item(owner: nil, indicator: "—", indicatorName: "", supportedLevel: 0, targetLevel: 0,
                            category: finding.category, what: what, hint: finding.hint, severity: finding.severity)
            }
            return Item(
                owner: report.configuration.indicators[id]?.owner, indicator: id,
                indicatorName: TextReporter.shortName(result.displayName),
                supportedLevel: result.supportedLevel, targetLevel: result.targetLevel,
                category: finding.category, what: what, hint: finding.hint, severity: finding.severity
            )
        }
    }

    /// Groups by owner, named owners first in alphabetical order, the unowned last.
    public var byOwner: [(owner: String?, items: [Item])] {
        let grouped = Dictionary(grouping: items, by: \.owner)
        let named = grouped.keys.compactMap { $0 }.sorted()
        var result = named.map { (owner: Optional($0), items: grouped[$0] ?? []) }
        if let unowned = grouped[nil] { result.append((nil, unowned)) }
        return result
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
}
