/// One self-contained HTML page (no external assets): the index the evidence supports
/// beside the claimed one, a progress bar per aspect, and the list of what is missing.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let summary = "one self-contained page: progress per aspect, index, gap list"

    public init(options: ReporterOptions = ReporterOptions()) {}

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    public func report(_ report: LintReport) -> String {
        let t = report.messages
        let pack = report.pack
        let checklist = Checklist(report: report)
        let lang = t.language == .id ? "id" : "en"
        var html = """
        <!DOCTYPE html>
        <html lang="\(lang)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(t(.checklistTitle))) — \(Self.escape(report.configuration.instansi ?? pack.framework.title))</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328}
        h1{font-size:1.5rem}.muted{color:#59636e}.deadline{font-weight:600}
        .index{display:flex;gap:2rem;margin:1rem 0}.index div{border:1px solid #d1d9e0;border-radius:.5rem;padding:.75rem 1rem}
        .index strong{font-size:1.75rem;display:block}
        .bar{background:#eef1f4;border-radius:.25rem;height:1rem;position:relative;min-width:12rem}
        .bar span{display:block;height:100%;border-radius:.25rem;background:#1f883d}
        .bar span.claim{position:absolute;top:0;left:0;background:none;border-right:3px solid #bf8700}
        .legend-bar{display:inline-block;min-width:2rem;width:2rem;vertical-align:middle}
        table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #d1d9e0;padding:.4rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
        </style></head><body>
        <h1>\(Self.escape(t(.checklistTitle)))\(report.configuration.instansi.map { " — " + Self.escape($0) } ?? "")</h1>
        <p class="muted">\(Self.escape(pack.framework.title)) · \(Self.escape(pack.framework.regulation)) · \(Self.escape(t.date(report.today)))</p>
        <p class="muted">\(Self.escape(report.configuration.path.map { t(.reportConfig, ["path": $0]) } ?? t(.reportConfigNone)))</p>

        """
        if let due = report.dueLine { html += "<p class=\"deadline\">\(Self.escape(due))</p>\n" }
        html += "<p class=\"summary \(report.exitCode == 0 ? "pass" : "fail")\">\(Self.escape(report.summaryLine))</p>\n"
        // Label, then the value, then the predikat: the value is never left blank inside a sentence.
        html += "<div class=\"index\"><div>\(Self.escape(t(.htmlIndexSupported, ["index": pack.framework.indexName])))"
        html += "<strong>\(t.decimal(report.estimate.value))</strong> \(Self.escape(report.estimate.predikat))</div>"
        if let claimed = report.claimedEstimate {
            html += "<div>\(Self.escape(t(.htmlIndexClaimed, ["index": pack.framework.indexName])))<strong>\(t.decimal(claimed.value))</strong> \(Self.escape(claimed.predikat))</div>"
        }
        html += "</div>\n<table><thead><tr><th>\(Self.escape(t(.htmlColumnAspect)))</th><th></th><th class=\"num\">\(Self.escape(pack.framework.indexName))</th></tr></thead><tbody>\n"
        for (position, aspect) in report.estimate.aspects.enumerated() {
            let percent = max(0, min(100, aspect.value / 5 * 100))
            let claim = report.claimedEstimate.map { max(0, min(100, $0.aspects[position].value / 5 * 100)) }
            let claimMark = claim.map { "<span class=\"claim\" style=\"width:\(Int($0.rounded()))%\"></span>" } ?? ""
            html += "<tr><td>\(Self.escape(aspect.name))</td><td><div class=\"bar\" role=\"img\" aria-label=\"\(t.decimal(aspect.value)) / 5\"><span style=\"width:\(Int(percent.rounded()))%\"></span>\(claimMark)</div></td><td class=\"num\">\(t.decimal(aspect.value))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        html += "<p class=\"muted legend\"><span class=\"bar legend-bar\"><span style=\"width:100%\"></span></span> \(Self.escape(t(.htmlLegendBar)))"
        if report.claimedEstimate != nil {
            html += " · <span class=\"bar legend-bar\"><span class=\"claim\" style=\"width:100%\"></span></span> \(Self.escape(t(.htmlLegendClaim)))"
        }
        html += "</p>\n"
        if checklist.items.isEmpty {
            html += "<p>\(Self.escape(t(.checklistNone)))</p>\n"
        } else {
            html += "<table><thead><tr><th>\(Self.escape(t(.checklistColumnOwner)))</th><th>\(Self.escape(t(.checklistColumnIndicator)))</th><th>\(Self.escape(t(.checklistColumnLevels)))</th><th>\(Self.escape(t(.checklistColumnWhat)))</th><th>\(Self.escape(t(.checklistColumnHint)))</th></tr></thead><tbody>\n"
            for item in checklist.byOwner.flatMap(\.items) {
                html += "<tr><td>\(Self.escape(item.owner ?? t(.checklistNoOwner)))</td><td>\(Self.escape(item.indicator)) \(Self.escape(item.indicatorName))</td><td class=\"num\">\(item.supportedLevel) → \(item.targetLevel)</td><td>\(Self.escape(item.what))</td><td>\(Self.escape(item.hint ?? ""))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        html += "</body></html>\n"
        return html
    }
}
