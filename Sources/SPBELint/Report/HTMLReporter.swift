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
    h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
    h3{font-size:1rem;margin:1.25rem 0 .25rem}.muted{color:var(--muted)}.warn{color:#9a6700}
    .headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem;margin:1rem 0}
    .headline div{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
    .headline strong{font-size:1.9rem;display:block}.headline .late strong{color:var(--short)}
    svg.bar{width:100%;height:1.1rem;display:block}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top}
    th{background:#f6f8fa;font-weight:600}table.aspects{table-layout:fixed}td{overflow-wrap:anywhere}td.num,th.num{text-align:right;white-space:nowrap}td.chart{width:40%}
    .legend{display:flex;flex-wrap:wrap;gap:1.25rem;font-size:.9rem}.legend svg{width:3rem;height:.9rem;vertical-align:middle}
    footer{margin-top:3rem;font-size:.85rem}
    @page{size:A4;margin:15mm 12mm}
    @media print{
      body{margin:0;max-width:none;font-size:10pt}
      *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
      tr,.headline div,svg{break-inside:avoid}thead{display:table-header-group}
      section.opd{break-before:page}h2,h3{break-after:avoid}
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
        </style></head><body>
        <header><h1>\(Self.escape(title))</h1>
        <p class="muted">\(Self.escape(pack.framework.title)) · \(Self.escape(pack.framework.regulation)) · \(Self.escape(t.date(report.today)))<br>
        \(Self.escape(report.configuration.path.map { t(.reportConfig, ["path": $0]) } ?? t(.reportConfigNone)))</p></header>

        """
        html += headline(report, t)
        var warnings = report.calendarWarnings
        if !report.contentsChecked { warnings.append(t(.reportNamesOnly)) }
        if let reason = report.documentsSkipped { warnings.append(t(.contentNotRead, ["reason": reason])) }
        for warning in warnings { html += "<p class=\"warn\">⚠ \(Self.escape(warning))</p>\n" }
        html += chart(report, t)
        html += progress(report, checklist, t)
        html += opdSections(checklist, t)
        html += coordinatorSection(checklist, t)
        html += waiverSection(report, t)
        html += "<footer class=\"muted\">\(Self.escape(t(.htmlFooter, ["version": SPBELintVersion.current, "date": t.date(report.today)])))</footer>\n"
        html += "</body></html>\n"
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
        var html = "<section><h2>\(Self.escape(t(.htmlChartTitle)))</h2>\n"
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
            html += "<table class=\"aspects\"><colgroup><col style=\"width:38%\"><col style=\"width:9%\"><col style=\"width:41%\"><col style=\"width:12%\"></colgroup>"
            html += "<thead><tr><th>\(Self.escape(t(.htmlColumnAspect)))</th><th class=\"num\">\(Self.escape(t(.htmlColumnWeight)))</th><th></th><th class=\"num\">\(Self.escape(pack.framework.indexName))</th></tr></thead><tbody>\n"
            for aspect in aspects {
                let label = "\(t.decimal(aspect.value)) / 5" + (claimedAspects[aspect.id].map { " (" + t(.reportIndexPartClaimed, ["value": t.decimal($0)]) + ")" } ?? "")
                html += "<tr><td>\(Self.escape(aspect.name))</td><td class=\"num\">\(t.weight(aspect.weight))%</td>"
                html += "<td class=\"chart aspect\">\(Self.bar(fraction: aspect.value / 5, claim: claimedAspects[aspect.id].map { $0 / 5 }, ticks: 5, label: label))</td>"
                html += "<td class=\"num\">\(t.decimal(aspect.value))</td></tr>\n"
            }
            html += "</tbody></table>\n"
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
        let owners = report.configuration.indicators.compactMapValues(\.owner)
        guard !owners.isEmpty else { return "" }
        var html = "<section><h2>\(Self.escape(t(.htmlProgressTitle)))</h2>\n"
        html += "<table><thead><tr><th>\(Self.escape(t(.checklistColumnOwner)))</th><th class=\"num\">\(Self.escape(t(.htmlColumnIndicators)))</th><th class=\"num\">\(Self.escape(t(.htmlColumnMet)))</th><th class=\"num\">\(Self.escape(t(.htmlColumnOpen)))</th><th></th></tr></thead><tbody>\n"
        let open = Dictionary(grouping: checklist.items, by: \.owner)
        for owner in Set(owners.values).sorted(by: Checklist.ownerOrder) {
            let mine = report.results.filter { owners[$0.indicator.id] == owner }
            let met = mine.filter(\.meetsTarget).count
            let fraction = mine.isEmpty ? 0 : Double(met) / Double(mine.count)
            html += "<tr><td>\(Self.escape(owner))</td><td class=\"num\">\(mine.count)</td><td class=\"num\">\(met)</td><td class=\"num\">\(open[owner]?.count ?? 0)</td>"
            html += "<td class=\"chart\">\(Self.bar(fraction: fraction, claim: nil, ticks: 0, label: "\(met) / \(mine.count)"))</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    /// What each OPD still owes; in print each OPD starts a page, to hand out.
    private func opdSections(_ checklist: Checklist, _ t: Messages) -> String {
        guard !checklist.items.isEmpty else { return "<section><p>\(Self.escape(t(.checklistNone)))</p></section>\n" }
        var html = ""
        for group in checklist.byOwner {
            let owner = group.owner ?? t(.checklistNoOwner)
            html += "<section class=\"opd\"><h2>\(Self.escape(t(.checklistOwnerTitle, ["owner": owner]))) (\(Self.escape(t(.checklistItems, ["count": group.items.count]))))</h2>\n"
            html += "<table class=\"aspects\"><colgroup><col style=\"width:20%\"><col style=\"width:9%\"><col style=\"width:11%\"><col style=\"width:34%\"><col style=\"width:26%\"></colgroup>"
            html += "<thead><tr><th>\(Self.escape(t(.checklistColumnIndicator)))</th><th class=\"num\">\(Self.escape(t(.checklistColumnLevels)))</th><th>\(Self.escape(t(.checklistColumnType)))</th><th>\(Self.escape(t(.checklistColumnWhat)))</th><th>\(Self.escape(t(.checklistColumnHint)))</th></tr></thead><tbody>\n"
            for item in group.items {
                html += "<tr><td>\(Self.escape(item.indicator)) \(Self.escape(item.indicatorName))</td><td class=\"num\">\(item.supportedLevel) → \(item.targetLevel)</td>"
                html += "<td>\(Self.escape(t(MessageKey(family: "checklist.type", member: item.category.rawValue))))</td><td>\(Self.escape(item.what))</td><td>\(Self.escape(item.hint ?? ""))</td></tr>\n"
            }
            html += "</tbody></table></section>\n"
        }
        return html
    }

    /// Unassigned files, duplicates, tree problems and config entries.
    private func coordinatorSection(_ checklist: Checklist, _ t: Messages) -> String {
        guard !checklist.coordinator.isEmpty else { return "" }
        var html = "<section class=\"opd\"><h2>\(Self.escape(t(.checklistCoordinatorTitle))) (\(Self.escape(t(.checklistItems, ["count": checklist.coordinator.count]))))</h2>\n"
        html += "<table><thead><tr><th>\(Self.escape(t(.checklistColumnIndicator)))</th><th>\(Self.escape(t(.checklistColumnType)))</th><th>\(Self.escape(t(.checklistColumnWhat)))</th><th>\(Self.escape(t(.checklistColumnHint)))</th></tr></thead><tbody>\n"
        for item in checklist.coordinator {
            html += "<tr><td>\(Self.escape(item.indicator))</td><td>\(Self.escape(t(MessageKey(family: "checklist.type", member: item.category.rawValue))))</td><td>\(Self.escape(item.what))</td><td>\(Self.escape(item.hint ?? ""))</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    /// Waivers in force and expired: an accepted gap must stay visible.
    private func waiverSection(_ report: LintReport, _ t: Messages) -> String {
        let waivers = report.findings.filter { $0.category == .waived || $0.category == .waiver }
        guard !waivers.isEmpty else { return "" }
        var html = "<section><h2>\(Self.escape(t(.htmlWaiversTitle)))</h2>\n<table><tbody>\n"
        for finding in waivers {
            html += "<tr><td>\(Self.escape(finding.indicator ?? "—"))</td><td>\(Self.escape(t(MessageKey(family: "checklist.type", member: finding.category.rawValue))))</td><td>\(Self.escape(finding.message))</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
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
