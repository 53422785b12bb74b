import SPBELint
/// The follow-up as a document, independent of format: a title, the deadline line, one
/// table per owner. Every format renders this one value (text, Markdown, CSV, HTML here;
/// a DOCX or PDF writer only needs `groups` and the column names), so the nota dinas to
/// each OPD says the same thing in every format.
public struct FollowUpSheet: Sendable {
    public struct Row: Sendable, Hashable {
        /// "19 Tim Koordinasi SPBE".
        public var indicator: String
        public var note: String
        /// The requirement's description, `manual`, or "the whole indicator".
        public var requirement: String
        /// The requirement id, `manual`, or "the whole indicator": how the note was read.
        public var requirementID: String
        public var status: FollowUp.Status
        public var statusText: String
        /// "path (2026-09-22)", as a letter lists them.
        public var files: [String]
        public var reason: String
        /// Still work to do, and whether it is late: how a format marks the row.
        public var unanswered: Bool
    }

    public struct Group: Sendable {
        public var owner: String
        public var rows: [Row]
    }

    public var title: String
    /// "Penilaian interviu …; batas unggah …: sisa N hari kerja" (the report's deadline line).
    public var deadlineLine: String
    public var summary: String
    /// File times or commit times.
    public var source: String
    public var late: Bool
    public var groups: [Group]
    /// Column names, in the order of `Row`'s fields.
    public var columns: (indicator: String, note: String, requirement: String, status: String, files: String, reason: String)
    public var ownerColumn: String

    public init(_ followUp: FollowUp, messages t: Messages) {
        title = t(.followUpTitle)
        deadlineLine = followUp.deadline.line(on: followUp.today, messages: t)
        summary = t(.followUpSummary, [
            "total": followUp.items.count, "open": followUp.count(.open), "insufficient": followUp.count(.insufficient),
            "supplied": followUp.count(.supplied), "present": followUp.count(.presentBefore), "done": followUp.count(.done),
        ])
        source = t(followUp.timeSource == .disk ? .followUpSourceDisk : .followUpSourceGit)
        late = followUp.isLate
        columns = (t(.followUpColumnIndicator), t(.followUpColumnNote), t(.followUpColumnRequirement), t(.followUpColumnStatus), t(.followUpColumnFiles), t(.followUpColumnReason))
        ownerColumn = t(.followUpColumnOwner)
        groups = followUp.byOwner.map { group in
            Group(owner: group.owner ?? t(.checklistNoOwner), rows: group.items.map { item in
                Row(
                    indicator: "\(item.note.indicator) \(item.indicatorName)", note: item.note.note,
                    requirement: item.manual ? FollowUpNote.manual : item.requirementDescription.map { "\(item.requirement ?? ""): \($0)" } ?? t(.followUpWholeIndicator),
                    requirementID: item.requirement ?? t(.followUpWholeIndicator),
                    status: item.status, statusText: t(MessageKey(family: "follow-up.status", member: item.status.rawValue)),
                    files: item.files.map { file in file.changed.map { "\(file.path) (\($0))" } ?? file.path },
                    reason: item.reasons.joined(separator: "; "), unanswered: item.status.isUnanswered
                )
            })
        }
    }

    /// For the terminal: `paint` adds colour (or nothing), applied after the caller escaped the texts.
    public func text(paint: (String, String) -> String = { text, _ in text }) -> [String] {
        var lines = [paint(title, "1") + " — " + (late ? paint(deadlineLine, "1;31") : deadlineLine)]
        for group in groups {
            lines.append("  " + paint(group.owner, "1"))
            for row in group.rows {
                let mark = row.unanswered ? paint("✗", late ? "31" : "33") : paint("✓", "32")
                lines.append("    \(mark) \(row.indicator) — \(row.statusText): \(row.note) [\(row.requirementID)]")
                for file in row.files { lines.append("        \(file)") }
                if !row.reason.isEmpty { lines.append("        \(columns.reason): \(row.reason)") }
            }
        }
        lines.append("  " + summary)
        return lines
    }

    /// A Markdown section (`level` #s for its heading, one more for each owner).
    public func markdown(level: Int = 2) -> [String] {
        let cell = MarkdownText.escape
        let heading = String(repeating: "#", count: level)
        var lines = ["\(heading) \(cell(title))", "", "**\(cell(deadlineLine))**  ", cell(summary) + "  ", cell(source), ""]
        for group in groups {
            lines.append("\(heading)# \(cell(group.owner))")
            lines.append("")
            lines.append("| " + [columns.indicator, columns.note, columns.status, columns.files, columns.reason].map(cell).joined(separator: " | ") + " |")
            lines.append("|----------|------------------|--------|----------------|----------------|")
            for row in group.rows {
                let status = row.unanswered ? "**\(cell(row.statusText))**" : cell(row.statusText)
                let files = row.files.map(cell).joined(separator: "<br>")
                lines.append("| " + [cell(row.indicator), cell(row.note) + " (" + cell(row.requirementID) + ")", status, files, cell(row.reason)].joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        return lines
    }

    /// CSV rows (header first): one per note, the owner in the first column so a filter
    /// by OPD gives its nota dinas.
    public func csvRows(due: String) -> [[String]] {
        var rows = [[ownerColumn, columns.indicator, columns.note, columns.requirement, columns.status, "status", columns.files, columns.reason, "due"]]
        for group in groups {
            for row in group.rows {
                rows.append([group.owner, row.indicator, row.note, row.requirement, row.statusText, row.status.rawValue, row.files.joined(separator: "; "), row.reason, due])
            }
        }
        return rows
    }

    /// An HTML section with one table: owner, indicator, note, status, files, why.
    public func html(escape: (String) -> String) -> String {
        var html = "<section class=\"follow-up\"><h2>\(escape(title))</h2>\n"
        html += "<p class=\"\(late ? "late" : "")\"><strong>\(escape(deadlineLine))</strong><br>\(escape(summary)) <span class=\"muted\">\(escape(source))</span></p>\n"
        html += "<table><thead><tr><th>\(escape(ownerColumn))</th><th>\(escape(columns.indicator))</th><th>\(escape(columns.note))</th><th>\(escape(columns.status))</th><th>\(escape(columns.files))</th><th>\(escape(columns.reason))</th></tr></thead><tbody>\n"
        for group in groups {
            for row in group.rows {
                // The report's `.late strong` colours what is still open after the deadline.
                let status = row.unanswered ? "<td class=\"\(late ? "late" : "")\"><strong>\(escape(row.statusText))</strong></td>" : "<td>\(escape(row.statusText))</td>"
                html += "<tr><td>\(escape(group.owner))</td><td>\(escape(row.indicator))</td><td>\(escape(row.note))</td>\(status)"
                html += "<td>\(row.files.map(escape).joined(separator: "<br>"))</td><td>\(escape(row.reason))</td></tr>\n"
            }
        }
        return html + "</tbody></table></section>\n"
    }
}

extension FollowUpSheet {
    /// The HTML report's follow-up table, at the top once the interview date is known;
    /// without notes it says how to add them.
    static func htmlSection(_ report: LintReport, escape: (String) -> String) -> String {
        if let followUp = report.followUp { return FollowUpSheet(followUp, messages: report.messages).html(escape: escape) }
        guard report.deadline != nil else { return "" }
        return "<section class=\"follow-up\"><h2>\(escape(report.messages(.followUpTitle)))</h2><p class=\"muted\">\(escape(report.messages(.followUpNone)))</p></section>\n"
    }

    /// The unanswered notes as checklist rows, under the note's owner.
    static func checklistItems(_ followUp: FollowUp, results: [String: IndicatorResult]) -> [Checklist.Item] {
        followUp.unanswered.map { item in
            let result = results[item.note.indicator]
            return Checklist.Item(
                owner: item.owner, indicator: item.note.indicator, indicatorName: item.indicatorName,
                supportedLevel: result?.supportedLevel ?? 0, targetLevel: result?.targetLevel ?? 0,
                category: .followUp, what: item.note.note, hint: item.reasons.isEmpty ? nil : item.reasons.joined(separator: "; "),
                severity: followUp.severity
            )
        }
    }
}
