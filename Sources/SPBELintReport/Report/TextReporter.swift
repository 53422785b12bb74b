import SPBELint
import Foundation

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

    public func report(_ original: LintReport) -> String {
        // Names come from whoever uploaded: escaped before any colour is added, so
        // only this reporter's own escape sequences reach the terminal.
        let report = original.mappingText { TerminalText.escape($0) }
        let text = options.quiet ? renderQuiet(report) : render(report)
        return options.colored ? text : TerminalText.escape(text, keepNewlines: true)
    }

    /// For hooks: a passing run is one line; a failing one lists only the findings that
    /// fail it, grouped by indicator, then the summary.
    private func renderQuiet(_ report: LintReport) -> String {
        var out: [String] = []
        let failing = report.findings.filter { $0.severity == .error }
        let names = Dictionary(uniqueKeysWithValues: report.results.map { ($0.indicator.id, Indicator.shortName($0.displayName)) })
        for (indicator, findings) in Dictionary(grouping: failing.filter { $0.indicator != nil }, by: { $0.indicator! })
            .sorted(by: { (report.pack.indicator($0.key)?.number ?? 0) < (report.pack.indicator($1.key)?.number ?? 0) }) {
            out.append(paint("✗", "31") + " \(indicator) \(names[indicator] ?? "")")
            for finding in findings {
                // Folder-level findings are about the indicator named above; file-level ones name their file.
                let subject = finding.category.scope == .file ? finding.path.map { "\($0): " } ?? "" : ""
                out.append("    " + subject + finding.message)
            }
        }
        for finding in failing where finding.indicator == nil {
            out.append(paint("✗", "31") + " " + (finding.path ?? finding.ruleID) + ": " + finding.message)
        }
        out.append(summaryLine(report))
        return out.joined(separator: "\n") + "\n"
    }

    private func summaryLine(_ report: LintReport) -> String {
        report.exitCode != 0 ? paint(report.summaryLine, "31") : paint(report.summaryLine, "32")
    }

    private func render(_ report: LintReport) -> String {
        let pack = report.pack
        let t = report.messages
        var out: [String] = []
        out.append(paint("\(pack.framework.title)", "1") + " — \(pack.framework.regulation)")
        if let instansi = report.configuration.instansi { out.append(t(.reportInstansi, ["name": instansi])) }
        out.append(t(.reportEvidence, ["root": report.root, "files": report.fileCount, "folders": report.directoryCount]))
        out.append(report.configuration.path.map { t(.reportConfig, ["path": TerminalText.escape($0)]) } ?? t(.reportConfigNone))
        if let scoped = report.scopedTo { out.append(paint(t(.reportScoped, ["count": scoped]), "33")) }
        if let deadline = report.deadlineLine {
            let late = report.deadline.map { report.today > $0.due || report.today == $0.due } ?? false
            out.append(late ? paint(deadline, "1;31") : paint(deadline, "1"))
        }
        for warning in report.calendarWarnings { out.append(paint("\(t(.reportWarning)): \(warning)", "33")) }
        // A revoked framework is the first thing to know, not a line at the end of the report.
        if let from = pack.framework.supersededFrom, let year = report.configuration.year, year >= from {
            out.append(paint("\(t(.reportWarning)): " + t(.frameworkSuperseded, ["framework": pack.framework.id, "year": year, "by": pack.framework.supersededBy ?? ""]), "1;33"))
        }
        if let followUp = report.followUp { out += [""] + FollowUpSheet(followUp, messages: t).text(paint: paint) }
        out.append("")

        let byAspect = Dictionary(grouping: report.results, by: { $0.indicator.aspect })
        // Each indicator's findings gathered once: filtering every finding per indicator
        // copied 60,000 findings on a 100k-file tree (#28).
        let findingsOf = Dictionary(grouping: report.findings.filter { $0.indicator != nil }, by: { $0.indicator! })
        let domainGroups: [(Domain?, [Aspect])] = pack.domains.isEmpty
            ? [(nil, pack.aspects)]
            : pack.domains.map { domain in (domain, pack.aspects.filter { $0.domain == domain.id }) }
        for (domain, aspects) in domainGroups {
            if let domain {
                out.append(paint(t(.reportDomain, ["name": domain.name, "weight": t.weight(domain.weight)]), "1"))
            }
            for aspect in aspects {
                let indent = domain == nil ? "" : "  "
                out.append(indent + paint(t(.reportAspect, ["name": aspect.name, "weight": t.weight(aspect.weight)]), "1"))
                for result in byAspect[aspect.id] ?? [] {
                    out.append(contentsOf: lines(for: result, indent: indent + "  ", report: report, findings: findingsOf[result.indicator.id] ?? []))
                }
            }
            out.append("")
        }

        let others = report.findings.filter(\.category.standsApart)
        if !others.isEmpty {
            out.append(paint(t(.reportOther), "1"))
            // Thousands of files give hundreds of the same warning: each kind's first few in
            // full, then how many more (--verbose prints them all).
            var shown: [String: Int] = [:]
            let total = Dictionary(grouping: others, by: \.ruleID).mapValues(\.count)
            for finding in others {
                let seen = shown[finding.ruleID, default: 0]
                shown[finding.ruleID] = seen + 1
                let count = total[finding.ruleID] ?? 0
                if !options.verbose && count > Self.rollUpAfter + 1 && seen >= Self.rollUpAfter {
                    if seen == Self.rollUpAfter { out.append("  " + t(.reportRollUp, ["count": count - Self.rollUpAfter, "rule": finding.ruleID])) }
                    continue
                }
                let label = finding.severity == .error ? paint(t(.reportError), "31") : paint(t(.reportWarning), "33")
                let subject = finding.path ?? finding.indicator.map { "indikator \($0)" } ?? finding.ruleID
                out.append("  \(label): \(subject): \(finding.message)")
                if let hint = finding.hint { out.append("    \(t(.reportHint)): \(hint)") }
            }
            out.append("")
        }

        let estimate = report.estimate
        out.append(t(.reportIndexSupported, ["index": pack.framework.indexName, "value": paint(t.decimal(estimate.value), "1"), "predikat": estimate.predikat]))
        if let claimed = report.claimedEstimate {
            out.append(t(.reportIndexClaimed, ["index": pack.framework.indexName, "value": t.decimal(claimed.value), "predikat": claimed.predikat]))
        }
        let claimedParts = report.claimedEstimate.map { $0.domains.isEmpty ? $0.aspects : $0.domains }
        for (position, part) in (estimate.domains.isEmpty ? estimate.aspects : estimate.domains).enumerated() {
            let claim = claimedParts.map { "  " + t(.reportIndexPartClaimed, ["value": t.decimal($0[position].value)]) } ?? ""
            out.append("  \(part.name): \(t.decimal(part.value))\(claim)")
        }
        out.append(summaryLine(report))
        if !report.contentsChecked { out.append(paint(t(.reportNamesOnly), "33")) }
        if let reason = report.documentsSkipped { out.append(paint(t(.contentNotRead, ["reason": reason]), "33")) }
        if report.baselineHidden > 0 { out.append(t(.baselineHidden, ["count": report.baselineHidden])) }
        return out.joined(separator: "\n") + "\n"
    }

    /// `mine`: the indicator's findings, in report order.
    private func lines(for result: IndicatorResult, indent: String, report: LintReport, findings mine: [Finding]) -> [String] {
        let t = report.messages
        let indicator = result.indicator
        let ok = result.meetsTarget
        // Under --baseline a short indicator whose every gap is a known one is not news:
        // it gets its own mark and no criteria, so the lines agree with the summary.
        let known = !ok && report.baselineHidden > 0 && !mine.contains(where: \.category.isGap)
        // Nothing uploaded and nothing asked is no success: no tick, and it says so.
        let empty = ok && result.files.isEmpty && result.external == nil
        let mark = empty ? "·" : ok ? paint("✓", "32") : known ? paint("~", "36") : paint("✗", "31")
        var levels = ok ? t(.reportLevel, ["level": result.supportedLevel]) : t(.reportLevelShort, ["level": result.supportedLevel, "target": result.targetLevel])
        if empty { levels += ", " + t(.reportLevelEmpty) }
        if known { levels += ", " + t(.reportBaselined) }
        let claim = result.claimedLevel.map { t(.reportClaimed, ["claim": $0]) } ?? ""
        let owner = report.configuration.indicators[indicator.id]?.owner.map { " · \($0)" } ?? ""
        let files = t(.reportFiles, ["count": result.files.count])
        var lines = ["\(indent)\(mark) \(indicator.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(Indicator.shortName(result.displayName))  [\(levels)\(claim), \(files)\(owner)]"]
        for note in mine where [.claim, .external, .wrongDocument, .narrative, .quality, .contentProof].contains(note.category) {
            let label: String
            switch note.category {
            case .wrongDocument: label = paint(t(.reportLabelWrongDocument), "31")
            case .quality where note.severity == .info: label = paint(t(.reportLabelNote), "33")
            case .quality: label = paint(t(.reportLabelQuality), "31")
            case .claim: label = paint(t(.reportLabelClaim), note.severity == .error ? "31" : "33")
            case .external: label = paint(t(.reportLabelIndex), "33")
            case .contentProof: label = paint(t(.reportLabelContentProof), "32")
            default: label = paint(t(.reportLabelNarrative), note.severity == .error ? "31" : "33")
            }
            let subject = note.category == .wrongDocument || note.category == .quality ? "\(note.path ?? ""): " : ""
            lines.append("\(indent)    \(label): \(subject)\(note.message)")
        }
        if options.verbose { lines += accountLines(report.account(of: result), indent: indent + "    ", t) }
        guard !ok, !known else { return lines }
        if let criteria = indicator.level(result.targetLevel)?.criteria {
            lines.append("\(indent)    \(t(.reportCriteria, ["level": result.targetLevel])): \(Self.clip(Self.withoutSourceTags(criteria), 160))")
        }
        for finding in mine where finding.category == .gap || finding.category == .manual || finding.category == .waived {
            let label: String
            switch finding.category {
            case .waived: label = paint(t(.reportWaived), "36")
            case .manual: label = paint(t(.reportCheck), "31")
            default: label = paint(t(.reportMissing), "31")
            }
            // The requirement id is what a waiver names: shown where the gap is.
            let id = finding.requirement.map { " " + t(.reportRequirementId, ["requirement": $0]) } ?? ""
            lines.append("\(indent)    \(label)\(id): \(finding.message)")
            if let hint = finding.hint, finding.category != .waived { lines.append("\(indent)      \(t(.reportHint)): \(hint)") }
        }
        return lines
    }

    /// `--verbose`: every file the indicator holds, counted (for which requirements) or
    /// not (and why), as the evaluator decided.
    private func accountLines(_ account: EvidenceAccount, indent: String, _ t: Messages) -> [String] {
        var lines: [String] = []
        for file in account.counted {
            var line = "\(indent)\(paint(t(.accountCounted), "32")): \(TerminalText.escape(file.path)) (\(t(.accountFor, ["requirements": file.requirements.joined(separator: ", ")])))"
            if let note = file.note { line += " — " + TerminalText.escape(note) }
            lines.append(line)
        }
        for file in account.notCounted {
            let reason = t(MessageKey(family: "account.reason", member: file.reason.rawValue))
            lines.append("\(indent)\(paint(t(.accountNotCounted), "33")): \(TerminalText.escape(file.path)) — \(reason): \(TerminalText.escape(file.detail))")
        }
        return lines
    }

    /// How many findings of one kind "Other findings" prints before rolling the rest up.
    static let rollUpAfter = 3

    /// At most `limit` characters, cut after a whole word.
    static func clip(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let cut = head.lastIndex(where: { $0 == " " }).map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + " …"
    }

    /// Criteria without the pack's source tags ("(S12)", "(S11-S14)"): they point a
    /// maintainer at docs/sources.md and mean nothing to the reader.
    static func withoutSourceTags(_ text: String) -> String {
        // Most criteria carry no tag: no regular expression is compiled for them.
        guard text.contains("(S") else { return text }
        return text.replacingOccurrences(of: #"\s*\(S\d+(\s*[-–,]\s*S?\d+)*\)"#, with: "", options: .regularExpression)
    }
}
