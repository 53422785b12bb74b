import SPBELint
/// A checklist in Markdown: attachable to a nota dinas, and short enough for
/// `$GITHUB_STEP_SUMMARY`. With `groupByOwner`, one section per OPD.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "checklist of what is missing (per OPD with --group-by owner)"

    public var groupByOwner: Bool

    public init(options: ReporterOptions) {
        self.init(groupByOwner: options.groupByOwner)
    }

    public init(groupByOwner: Bool = false) {
        self.groupByOwner = groupByOwner
    }

    /// Names in a cell come from uploads: nothing in them may become Markdown.
    static func cell(_ text: String) -> String {
        MarkdownText.escape(text)
    }

    public func report(_ report: LintReport) -> String {
        let t = report.messages
        let checklist = Checklist(report: report)
        var out: [String] = []
        let title = t(.checklistTitle) + (report.configuration.instansi.map { " — \($0)" } ?? "")
        out.append("# \(Self.cell(title))")
        out.append("")
        // The attachment's header block (nomor and tanggal are filled in by the office).
        out.append("| | |")
        out.append("|-----|---------------|")
        for row in report.letterHeader { out.append("| \(Self.cell(row.label)) | \(Self.cell(row.value)) |") }
        out.append("")
        out.append("\(Self.cell(report.pack.framework.title)) · \(Self.cell(report.pack.framework.regulation))  ")
        if let due = report.dueLine { out.append("**\(Self.cell(due))**  ") }
        for warning in report.calendarWarnings { out.append("⚠ \(Self.cell(warning))  ") }
        if !report.contentsChecked { out.append("⚠ \(report.messages(.reportNamesOnly))  ") }
        if let reason = report.documentsSkipped { out.append("⚠ \(Self.cell(report.messages(.contentNotRead, ["reason": reason])))  ") }
        out.append(t(.reportIndexSupported, ["index": report.pack.framework.indexName, "value": t.decimal(report.estimate.value), "predikat": report.estimate.predikat]) + "  ")
        if let claimed = report.claimedEstimate {
            out.append(t(.reportIndexClaimed, ["index": report.pack.framework.indexName, "value": t.decimal(claimed.value), "predikat": claimed.predikat]) + "  ")
        }
        out.append("**\(Self.cell(report.summaryLine))**  ")
        out.append("")
        if let followUp = report.followUp { out += FollowUpSheet(followUp, messages: t).markdown(level: 2) }
        if checklist.items.isEmpty && checklist.coordinator.isEmpty {
            out.append(t(.checklistNone))
            return out.joined(separator: "\n") + "\n"
        }
        if checklist.items.isEmpty {
            out.append(t(.checklistNone))
            out.append("")
        } else if groupByOwner {
            for group in checklist.byOwner {
                let owner = group.owner ?? t(.checklistNoOwner)
                out.append("## \(Self.cell(t(.checklistOwnerTitle, ["owner": owner]))) (\(t(.checklistItems, ["count": group.items.count])))")
                out.append("")
                out += table(group.items, withOwner: false, t)
                out.append("")
            }
        } else {
            out += table(checklist.items, withOwner: true, t)
            out.append("")
        }
        if !checklist.coordinator.isEmpty {
            out.append("## \(Self.cell(t(.checklistCoordinatorTitle))) (\(t(.checklistItems, ["count": checklist.coordinator.count])))")
            out.append("")
            let columns = [t(.checklistColumnIndicator), t(.checklistColumnType), t(.checklistColumnWhat), t(.checklistColumnHint)]
            out.append("| " + columns.map(Self.cell).joined(separator: " | ") + " |")
            out.append("|-------|--------|-------------------------|---------------|")
            for item in checklist.coordinator {
                let cells = [item.indicator, t(MessageKey(family: "checklist.type", member: item.category.rawValue)), item.what, item.hint ?? ""]
                out.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private func table(_ items: [Checklist.Item], withOwner: Bool, _ t: Messages) -> [String] {
        var columns = [t(.checklistColumnIndicator), t(.checklistColumnLevels), t(.checklistColumnType), t(.accountPresent), t(.checklistColumnWhat), t(.checklistColumnHint)]
        if withOwner { columns.insert(t(.checklistColumnOwner), at: 0) }
        // pandoc sizes a wide table's columns by the dashes under each header: the
        // description and hint get most of an A4 page, the level column little.
        let widths = (withOwner ? [10] : []) + [16, 7, 9, 16, 30, 20]
        var lines = ["| " + columns.joined(separator: " | ") + " |", "|" + widths.map { String(repeating: "-", count: $0) + "|" }.joined()]
        for item in items {
            var cells = [
                "\(item.indicator) \(item.indicatorName)", "\(item.supportedLevel) → \(item.targetLevel)",
                t(MessageKey(family: "checklist.type", member: item.category.rawValue)), Checklist.presentCell(item.present, t), item.what, item.hint ?? "",
            ]
            if withOwner { cells.insert(item.owner ?? t(.checklistNoOwner), at: 0) }
            lines.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
        }
        return lines
    }
}
