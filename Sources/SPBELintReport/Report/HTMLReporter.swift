import SPBELint
/// One self-contained page (no script, no external asset) a Kepala Dinas can read and
/// print: the index the evidence supports beside the claimed one, the deadline, a chart
/// per domain and aspect, progress per OPD, what each OPD still owes, what only the
/// coordinator can do, and the waivers in force. Charts are inline SVG, so bars print
/// with the browser's default settings (CSS backgrounds do not).
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let summary = "one self-contained page to read or print: index, chart per aspect, progress per OPD, checklist"

    public init(options: ReporterOptions = ReporterOptions()) {}

    /// Entities for markup, and control, C1 and bidi characters (from names and document
    /// text) shown visibly: a bidi override would reorder what the reader sees.
    static func escape(_ raw: String) -> String {
        TerminalText.escape(raw, keepNewlines: true).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static let style = """
    :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bar:#1f883d;--claim:#bf8700;--short:#cf222e}
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:var(--ink);line-height:1.4}
    main{container-type:inline-size}
    h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
    h3{font-size:1rem;margin:1.25rem 0 .25rem}.muted{color:var(--muted)}.warn{color:#9a6700}
    .headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem;margin:1rem 0}
    .headline div{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
    .headline strong{font-size:1.9rem;display:block}.headline .late strong{color:var(--short)}
    svg.bar{width:100%;height:1.1rem;display:block}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed;font-size:.92em}
    th,td{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
    th{background:#f6f8fa;font-weight:600}.num{text-align:right}td.num{white-space:nowrap}
    details{border-bottom:1px solid var(--line);padding:.3rem 0}summary{cursor:pointer}details ul{margin:.25rem 0 .5rem;padding-left:1.25rem;font-size:.92rem}
    details li{overflow-wrap:break-word}.counted{color:#1a7f37}.rejected{color:#9a6700}
    .legend{display:flex;flex-wrap:wrap;gap:1.25rem;font-size:.9rem}.legend svg{width:3rem;height:.9rem;vertical-align:middle}
    footer{margin-top:3rem;font-size:.85rem}
    /* Narrow (a phone, or a page printed that narrow): every table becomes one card per
       row, each cell under its column's name. A container query, because print measures
       media queries against the browser window, not the page. */
    @container (max-width:40rem){
      table,tbody,tr,td{display:block;width:auto}colgroup,thead{display:none}
      tr{border-bottom:1px solid var(--line);padding:.4rem 0}td{border:0;padding:.1rem 0;text-align:left}td.num{white-space:normal}
      td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
      .headline{grid-template-columns:1fr}
    }
    @page{size:A4;margin:15mm 12mm}
    @media print{
      body{margin:0;max-width:none;font-size:10pt;padding:0}
      *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
      tr,.headline div,svg,details{break-inside:avoid}thead{display:table-header-group}
      section.opd{break-before:page}section.opd.first{break-before:auto}h2,h3{break-after:avoid}
    }
    """

    public func report(_ report: LintReport) -> String {
        let t = report.messages
        let pack = report.pack
        let checklist = Checklist(report: report)
        let title = t(.htmlTitle) + (report.configuration.instansi.map { " — " + $0 } ?? "")
        var html = """
        <!DOCTYPE html>
        <html lang="\(t.language == .id ? "id" : "en")"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.style)
        </style></head><body><main>
        <header><h1>\(Self.escape(title))</h1>
        <p class="muted">\(Self.escape(pack.framework.title)) · \(Self.escape(pack.framework.regulation)) · \(Self.escape(t.date(report.today)))<br>
        \(Self.escape(report.configuration.path.map { t(.reportConfig, ["path": $0]) } ?? t(.reportConfigNone)))</p></header>

        """
        html += headline(report, t)
        var warnings = report.calendarWarnings
        if !report.contentsChecked { warnings.append(t(.reportNamesOnly)) }
        if let reason = report.documentsSkipped { warnings.append(t(.contentNotRead, ["reason": reason])) }
        for warning in warnings { html += "<p class=\"warn\">⚠ \(Self.escape(warning))</p>\n" }
        html += FollowUpSheet.htmlSection(report, escape: Self.escape)
        html += chart(report, t)
        html += progress(report, checklist, t)
        // The sections in reading order; another section (interview follow-up, say) is
        // one more entry here.
        let sections = [
            opdSections(checklist, t), coordinatorSection(checklist, t), evidenceSection(report, t), waiverSection(report, t),
        ]
        html += sections.joined()
        html += "<footer class=\"muted\">\(Self.escape(t(.htmlFooter, ["version": SPBELintVersion.current, "date": t.date(report.today)])))</footer>\n"
        html += "</main></body></html>\n"
        return html
    }

    /// Index supported and claimed, the deadline, and the count of problems: the four
    /// numbers a head of office asks for first. Label, then value, then predikat.
    private func headline(_ report: LintReport, _ t: Messages) -> String {
        let index = report.pack.framework.indexName
        var html = "<section class=\"headline\">\n"
        html += "<div>\(Self.escape(t(.htmlIndexSupported, ["index": index])))<strong>\(t.decimal(report.estimate.value))</strong>\(Self.escape(report.estimate.predikat))</div>\n"
        if let claimed = report.claimedEstimate {
            html += "<div>\(Self.escape(t(.htmlIndexClaimed, ["index": index])))<strong>\(t.decimal(claimed.value))</strong>\(Self.escape(claimed.predikat))</div>\n"
        }
        if let deadline = report.deadline {
            let status = deadline.status(on: report.today)
            let value: String
            switch status {
            case .open: value = t(.htmlDeadlineLeft, ["left": deadline.workingDaysLeft(on: report.today)])
            case .dueToday: value = t(.htmlDeadlineToday)
            case .passed: value = t(.htmlDeadlinePassed)
            case .beforeInterview: value = t.date(deadline.due)
            }
            html += "<div class=\"\(status == .passed ? "late" : "")\">\(Self.escape(t(.htmlDeadlineTitle, ["date": t.longDate(deadline.due)])))<strong>\(Self.escape(value))</strong>\(Self.escape(t(.htmlDeadlineInterview, ["interview": t.date(deadline.interview), "window": deadline.window])))</div>\n"
        }
        let short = report.results.filter { !$0.meetsTarget }.count
        html += "<div class=\"summary \(report.exitCode == 0 ? "pass" : "fail")\">\(Self.escape(t(.htmlShortTitle)))<strong>\(short) / \(report.results.count)</strong>\(Self.escape(report.summaryLine))</div>\n"
        return html + "</section>\n"
    }

    /// One bar per aspect under its domain, on a 0–5 scale with a tick per level.
    private func chart(_ report: LintReport, _ t: Messages) -> String {
        let pack = report.pack
        var html = "<section><h2>\(Self.escape(t(pack.domains.isEmpty ? .htmlChartTitleAspects : .htmlChartTitle)))</h2>\n"
        let claimedAspects = Dictionary(report.claimedEstimate?.aspects.map { ($0.id, $0.value) } ?? [], uniquingKeysWith: { a, _ in a })
        let domains = report.estimate.domains.isEmpty
            ? [IndexEstimate.Part(id: "", name: "", weight: 0, value: report.estimate.value)]
            : report.estimate.domains
        for domain in domains {
            let aspects = report.estimate.aspects.filter { domain.id.isEmpty || pack.aspect($0.id)?.domain == domain.id }
            if !domain.id.isEmpty {
                html += "<h3>\(Self.escape(t(.reportDomain, ["name": domain.name, "weight": t.weight(domain.weight)]))) · \(t.decimal(domain.value))</h3>\n"
            }
            // Fixed columns: every domain's bars start and end at the same place.
            let columns = [Column(header: t(.htmlColumnAspect), width: 36), Column(header: t(.htmlColumnWeight), width: 11, numeric: true),
                           Column(header: "", width: 39, cellClass: "chart aspect"), Column(header: pack.framework.indexName, width: 14, numeric: true)]
            let rows = aspects.map { aspect -> [String] in
                let label = "\(t.decimal(aspect.value)) / 5" + (claimedAspects[aspect.id].map { " (" + t(.reportIndexPartClaimed, ["value": t.decimal($0)]) + ")" } ?? "")
                return [Self.cell(aspect.name), "\(t.weight(aspect.weight))%",
                        Self.bar(fraction: aspect.value / 5, claim: claimedAspects[aspect.id].map { $0 / 5 }, ticks: 5, label: label), t.decimal(aspect.value)]
            }
            html += Self.table(columns, rows, className: "aspects")
        }
        html += "<p class=\"legend muted\"><span>\(Self.bar(fraction: 1, claim: nil, ticks: 0, label: "")) \(Self.escape(t(.htmlLegendBar)))</span>"
        if report.claimedEstimate != nil {
            html += "<span>\(Self.bar(fraction: 0, claim: 0.5, ticks: 0, label: "")) \(Self.escape(t(.htmlLegendClaim)))</span>"
        }
        html += "<span>\(Self.bar(fraction: 0, claim: nil, ticks: 5, label: "")) \(Self.escape(t(.htmlLegendTicks)))</span></p>\n"
        return html + "</section>\n"
    }

    /// Per OPD: its indicators, how many meet their target, and what it still owes.
    private func progress(_ report: LintReport, _ checklist: Checklist, _ t: Messages) -> String {
        let owners = report.configuration.indicators.compactMapValues { $0.owner.map(report.configuration.canonicalOwner) }
        guard !owners.isEmpty else { return "" }
        var html = "<section><h2>\(Self.escape(t(.htmlProgressTitle)))</h2>\n"
        let open = Dictionary(grouping: checklist.items, by: \.owner)
        let rows = Set(owners.values).sorted(by: NaturalOrder.precedes).map { owner -> [String] in
            let mine = report.results.filter { owners[$0.indicator.id] == owner }
            let met = mine.filter(\.meetsTarget).count
            let fraction = mine.isEmpty ? 0 : Double(met) / Double(mine.count)
            return [Self.cell(owner), "\(mine.count)", "\(met)", "\(open[owner]?.count ?? 0)",
                    Self.bar(fraction: fraction, claim: nil, ticks: 0, label: "\(met) / \(mine.count)")]
        }
        html += Self.table([Column(header: t(.checklistColumnOwner), width: 34), Column(header: t(.htmlColumnIndicators), width: 13, numeric: true),
                            Column(header: t(.htmlColumnMet), width: 15, numeric: true), Column(header: t(.htmlColumnOpen), width: 13, numeric: true),
                            Column(header: "", width: 25, cellClass: "chart")], rows)
        return html + "</section>\n"
    }

    /// What each OPD still owes; in print each OPD starts a page, to hand out.
    private func opdSections(_ checklist: Checklist, _ t: Messages) -> String {
        guard !checklist.items.isEmpty else { return "<section><p>\(Self.escape(t(.checklistNone)))</p></section>\n" }
        var html = ""
        // In print each OPD starts a page, except the first, which follows the chart.
        for (position, group) in checklist.byOwner.enumerated() {
            let owner = group.owner ?? t(.checklistNoOwner)
            html += "<section class=\"opd\(position == 0 ? " first" : "")\"><h2>\(Self.escape(t(.checklistOwnerTitle, ["owner": owner]))) (\(Self.escape(t(.checklistItems, ["count": group.items.count]))))</h2>\n"
            // Sized so every header fits its column in both languages.
            let columns = [
                Column(header: t(.checklistColumnIndicator), width: 16), Column(header: t(.checklistColumnLevels), width: 12),
                Column(header: t(.checklistColumnType), width: 12), Column(header: t(.accountPresent), width: 14),
                Column(header: t(.checklistColumnWhat), width: 25), Column(header: t(.checklistColumnHint), width: 21),
            ]
            let rows = group.items.map { item in
                [Self.cell("\(item.indicator) \(item.indicatorName)"), "\(item.supportedLevel) → \(item.targetLevel)",
                 Self.cell(t(MessageKey(family: "checklist.type", member: item.category.rawValue))), Self.cell(Checklist.presentCell(item.present, t)),
                 Self.cell(item.what), Self.cell(item.hint ?? "")]
            }
            html += Self.table(columns, rows, className: "checklist") + "</section>\n"
        }
        return html
    }

    /// Unassigned files, duplicates, tree problems and config entries.
    private func coordinatorSection(_ checklist: Checklist, _ t: Messages) -> String {
        guard !checklist.coordinator.isEmpty else { return "" }
        var html = "<section class=\"opd\"><h2>\(Self.escape(t(.checklistCoordinatorTitle))) (\(Self.escape(t(.checklistItems, ["count": checklist.coordinator.count]))))</h2>\n"
        let rows = checklist.coordinator.map { item in
            [Self.cell(item.indicator), Self.cell(t(MessageKey(family: "checklist.type", member: item.category.rawValue))), Self.cell(item.what), Self.cell(item.hint ?? "")]
        }
        html += Self.table([Column(header: t(.checklistColumnIndicator), width: 12), Column(header: t(.checklistColumnType), width: 16),
                            Column(header: t(.checklistColumnWhat), width: 42), Column(header: t(.checklistColumnHint), width: 30)], rows)
        return html + "</section>\n"
    }

    /// Per indicator, folded: the files that counted (for which requirements) and those
    /// looked at and not counted, with the reason the evaluator gave.
    private func evidenceSection(_ report: LintReport, _ t: Messages) -> String {
        var html = "<section class=\"evidence\"><h2>\(Self.escape(t(.htmlEvidenceTitle)))</h2>\n"
        for result in report.results {
            let account = report.account(of: result)
            let empty = result.meetsTarget && result.files.isEmpty && result.external == nil
            var level = result.meetsTarget ? t(.reportLevel, ["level": result.supportedLevel]) : t(.reportLevelShort, ["level": result.supportedLevel, "target": result.targetLevel])
            if empty { level += ", " + t(.reportLevelEmpty) }
            let mark = empty ? "·" : result.meetsTarget ? "✓" : "✗"
            html += "<details><summary>\(mark) \(Self.escape(result.indicator.id)) \(Self.escape(Indicator.shortName(result.displayName))) · \(Self.escape(level)) · "
            html += "\(Self.escape(t(.accountSummary, ["counted": account.counted.count, "rejected": account.notCounted.count])))</summary>"
            guard !account.isEmpty else {
                html += "</details>\n"
                continue
            }
            html += "<ul>"
            for file in account.counted {
                let note = file.note.map { " — " + Self.escape($0) } ?? ""
                html += "<li class=\"path\"><span class=\"counted\">\(Self.escape(t(.accountCounted)))</span>: \(Self.cell(file.path)) (\(Self.escape(t(.accountFor, ["requirements": file.requirements.joined(separator: ", ")]))))\(note)</li>"
            }
            for file in account.notCounted {
                let reason = t(MessageKey(family: "account.reason", member: file.reason.rawValue))
                html += "<li class=\"path\"><span class=\"rejected\">\(Self.escape(t(.accountNotCounted))) · \(Self.escape(reason))</span>: \(Self.cell(file.path)) — \(Self.cell(file.detail))</li>"
            }
            html += "</ul></details>\n"
        }
        return html + "</section>\n"
    }

    /// Waivers in force and expired: an accepted gap must stay visible.
    private func waiverSection(_ report: LintReport, _ t: Messages) -> String {
        let waivers = report.findings.filter { $0.category == .waived || $0.category == .waiver }
        guard !waivers.isEmpty else { return "" }
        let rows = waivers.map { finding in
            [Self.cell(finding.indicator ?? "—"), Self.cell(t(MessageKey(family: "checklist.type", member: finding.category.rawValue))), Self.cell(finding.message)]
        }
        return "<section><h2>\(Self.escape(t(.htmlWaiversTitle)))</h2>\n" + Self.table(
            [Column(header: t(.checklistColumnIndicator), width: 12), Column(header: t(.checklistColumnType), width: 16), Column(header: "", width: 72)], rows
        ) + "</section>\n"
    }

    /// Cell text: escaped, with a break allowed after each "/" ("Perwali/Perbup/Pergub"
    /// would otherwise be one word a narrow column cuts anywhere).
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "/", with: "/<wbr>")
    }

    struct Column {
        var header: String
        /// Share of the table's width, in per cent.
        var width: Int
        var numeric = false
        /// Extra class of the column's cells ("chart" for a bar).
        var cellClass = ""
    }

    /// A table with fixed column widths; every cell carries its column's name, which the
    /// narrow layout shows before it. Cells are HTML (made with `cell` or `bar`).
    static func table(_ columns: [Column], _ rows: [[String]], className: String = "") -> String {
        var html = "<table\(className.isEmpty ? "" : " class=\"\(className)\"")><colgroup>" + columns.map { "<col style=\"width:\($0.width)%\">" }.joined() + "</colgroup>"
        html += "<thead><tr>" + columns.map { "<th\($0.numeric ? " class=\"num\"" : "")>\(cell($0.header))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr>"
            for (column, content) in zip(columns, row) {
                let label = column.header.isEmpty ? "" : " data-label=\"\(escape(column.header))\""
                let classes = ((column.numeric ? ["num"] : []) + (column.cellClass.isEmpty ? [] : [column.cellClass])).joined(separator: " ")
                html += "<td\(classes.isEmpty ? "" : " class=\"\(classes)\"")\(label)>\(content)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// A horizontal bar as SVG: `fraction` filled, an orange mark at `claim`, thin ticks.
    static func bar(fraction: Double, claim: Double?, ticks: Int, label: String) -> String {
        let width = 500.0
        let filled = Int((max(0, min(1, fraction)) * width).rounded())
        var svg = "<svg class=\"bar\" viewBox=\"0 0 500 20\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(escape(label))\">"
        svg += "<rect width=\"500\" height=\"20\" fill=\"#eef1f4\"/><rect width=\"\(filled)\" height=\"20\" fill=\"#1f883d\"/>"
        if ticks > 0 {
            for tick in 1..<ticks {
                let x = Int((Double(tick) / Double(ticks) * width).rounded())
                svg += "<rect x=\"\(x)\" width=\"1\" height=\"20\" fill=\"#8c959f\"/>"
            }
        }
        if let claim {
            let x = Int((max(0, min(1, claim)) * width).rounded())
            svg += "<rect class=\"claim\" x=\"\(max(0, x - 3))\" width=\"6\" height=\"20\" fill=\"#bf8700\"/>"
        }
        return svg + "</svg>"
    }
}
