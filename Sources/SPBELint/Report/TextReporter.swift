/// The terminal report: grouped by domain and aspect, gaps with criteria and a hint,
/// colour only when asked (the CLI asks when stdout is a terminal).
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "human-readable report grouped by domain and aspect (default)"

    public var options: ReporterOptions

    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    private func paint(_ text: String, _ code: String) -> String {
        options.colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func report(_ report: LintReport) -> String {
        let pack = report.pack
        var out: [String] = []
        out.append(paint("\(pack.framework.title)", "1") + " — \(pack.framework.regulation)")
        if let instansi = report.configuration.instansi { out.append("Instansi: \(instansi)") }
        out.append("Evidence: \(report.root) (\(report.fileCount) files in \(report.directoryCount) folders)")
        out.append("")

        let byAspect = Dictionary(grouping: report.results, by: { $0.indicator.aspect })
        let domainGroups: [(Domain?, [Aspect])] = pack.domains.isEmpty
            ? [(nil, pack.aspects)]
            : pack.domains.map { domain in (domain, pack.aspects.filter { $0.domain == domain.id }) }
        for (domain, aspects) in domainGroups {
            if let domain {
                out.append(paint("Domain \(domain.name)", "1") + " (bobot \(Self.number(domain.weight))%)")
            }
            for aspect in aspects {
                let indent = domain == nil ? "" : "  "
                out.append("\(indent)" + paint("Aspek \(aspect.name)", "1") + " (bobot \(Self.number(aspect.weight))%)")
                for result in byAspect[aspect.id] ?? [] {
                    out.append(contentsOf: lines(for: result, indent: indent + "  ", pack: pack, findings: report.findings))
                }
            }
            out.append("")
        }

        let others = report.findings.filter { [.unassigned, .tree].contains($0.category) }
        if !others.isEmpty {
            out.append(paint("Other findings", "1"))
            for finding in others {
                let label = finding.severity == .error ? paint("error", "31") : paint("warning", "33")
                out.append("  \(label): \(finding.path ?? "-"): \(finding.message)")
                if let hint = finding.hint { out.append("    hint: \(hint)") }
            }
            out.append("")
        }

        let estimate = report.estimate
        out.append("\(pack.framework.indexName) supported by the evidence: " + paint(Self.number(IndexEstimate.rounded(estimate.value), places: 2), "1") + " (\(estimate.predikat))")
        if let claimed = report.claimedEstimate {
            out.append("\(pack.framework.indexName) claimed (penilaian mandiri): \(Self.number(IndexEstimate.rounded(claimed.value), places: 2)) (\(claimed.predikat))")
        }
        let claimedParts = report.claimedEstimate.map { $0.domains.isEmpty ? $0.aspects : $0.domains }
        for (position, part) in (estimate.domains.isEmpty ? estimate.aspects : estimate.domains).enumerated() {
            let claim = claimedParts.map { "  (claimed \(Self.number(IndexEstimate.rounded($0[position].value), places: 2)))" } ?? ""
            out.append("  \(part.name): \(Self.number(IndexEstimate.rounded(part.value), places: 2))\(claim)")
        }
        let short = report.results.filter { !$0.meetsTarget }.count
        let summary = "\(report.gapCount) gap\(report.gapCount == 1 ? "" : "s") in \(short) of \(report.results.count) indicators, \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s"); \(report.fileCount) files checked"
        out.append(report.errorCount > 0 ? paint(summary, "31") : paint(summary, "32"))
        return out.joined(separator: "\n") + "\n"
    }

    private func lines(for result: IndicatorResult, indent: String, pack: RulePack, findings: [Finding]) -> [String] {
        let indicator = result.indicator
        let ok = result.meetsTarget
        let mark = ok ? paint("✓", "32") : paint("✗", "31")
        let levels = ok
            ? "level \(result.supportedLevel)"
            : "level \(result.supportedLevel) → target \(result.targetLevel)"
        let claim = result.claimedLevel.map { ", claimed \($0)" } ?? ""
        var lines = ["\(indent)\(mark) \(indicator.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(Self.shortName(result.displayName))  [\(levels)\(claim), \(result.files.count) file\(result.files.count == 1 ? "" : "s")]"]
        let notes = findings.filter { $0.indicator == indicator.id && [.claim, .external, .wrongDocument].contains($0.category) }
        for note in notes {
            let label = note.severity == .error ? paint(note.category == .wrongDocument ? "wrong document" : "claim", "31") : paint(note.category == .external ? "index" : "note", "33")
            let subject = note.category == .wrongDocument ? "\(note.path ?? ""): " : ""
            lines.append("\(indent)    \(label): \(subject)\(note.message)")
        }
        guard !ok else { return lines }
        if let criteria = indicator.level(result.targetLevel)?.criteria {
            lines.append("\(indent)    criteria L\(result.targetLevel): \(Self.clip(criteria, 160))")
        }
        for gap in result.gaps {
            let found = gap.count == 0 ? "none found" : "\(gap.count) of \(gap.requirement.minimum) found"
            lines.append("\(indent)    " + paint("missing", "31") + ": \(gap.requirement.description) (\(found))")
            lines.append("\(indent)      hint: \(FindingBuilder(pack: pack).hint(for: gap))")
        }
        for gate in result.manualGates {
            lines.append("\(indent)    " + paint("check", "31") + " L\(gate.level): \(gate.text)")
        }
        return lines
    }

    /// Indicator names repeat "Tingkat Kematangan"; the report drops it to stay readable.
    static func shortName(_ name: String) -> String {
        name.hasPrefix("Tingkat Kematangan ") ? String(name.dropFirst("Tingkat Kematangan ".count)) : name
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func number(_ value: Double, places: Int? = nil) -> String {
        places.map { TextFormat.decimal(value, places: $0) } ?? TextFormat.weight(value)
    }
}
