/// Turns indicator results and tree notices into findings with messages and
/// concrete hints (which kind, how many, an example file name).
struct FindingBuilder {
    let pack: RulePack

    func findings(results: [IndicatorResult], index: EvidenceIndex) -> [Finding] {
        var findings: [Finding] = []
        for result in results {
            findings += claimFindings(result)
            findings += gapFindings(result)
            findings += externalFindings(result)
        }
        for file in index.unassigned {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/unassigned", category: .unassigned, severity: .warning,
                path: file.path,
                message: "file is not tied to any indicator, so it counts for nothing",
                hint: "move it into an indicator folder (e.g. '01-…', 'I01', 'Indikator 1') or start its name with the indicator number"
            ))
        }
        for notice in index.notices {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/tree/\(notice.code.rawValue)", category: .tree,
                severity: notice.code == .sidecar ? .error : .warning,
                path: notice.path, message: notice.message, hint: nil
            ))
        }
        return findings
    }

    private func claimFindings(_ result: IndicatorResult) -> [Finding] {
        guard let claim = result.claimedLevel, claim != result.supportedLevel else { return [] }
        let id = result.indicator.id
        if claim > result.supportedLevel {
            let missing = result.gaps.count + result.manualGates.count
            return [Finding(
                ruleID: "\(pack.framework.id)/\(id)/claim", category: .claim, severity: .error,
                indicator: id, level: claim, path: result.folder,
                message: "claims level \(claim), evidence supports \(result.supportedLevel): \(missing) item\(missing == 1 ? "" : "s") missing (listed below)",
                hint: "supply the missing evidence or lower the claim before the penilaian mandiri is submitted"
            )]
        }
        return [Finding(
            ruleID: "\(pack.framework.id)/\(id)/claim", category: .claim, severity: .info,
            indicator: id, level: claim, path: result.folder,
            message: "evidence supports level \(result.supportedLevel) but only level \(claim) is claimed",
            hint: "consider claiming level \(result.supportedLevel)"
        )]
    }

    private func gapFindings(_ result: IndicatorResult) -> [Finding] {
        let indicator = result.indicator
        var findings: [Finding] = []
        for gap in result.gaps {
            let requirement = gap.requirement
            let have = gap.count
            let found = have == 0 ? "none found" : "\(have) of \(requirement.minimum) found"
            findings.append(Finding(
                ruleID: ruleID(indicator: indicator, level: gap.declaredAt, requirement: requirement.id),
                category: .gap, severity: .error,
                indicator: indicator.id, level: result.targetLevel, requirement: requirement.id,
                path: result.folder,
                message: "level \(result.targetLevel) needs \(requirement.description) (\(found))",
                hint: hint(for: gap),
                ruleLocation: requirement.location
            ))
        }
        for status in result.requirements {
            guard let reject = status.requirement.reject else { continue }
            for path in status.rejected {
                findings.append(Finding(
                    ruleID: ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/wrong-document",
                    category: .wrongDocument, severity: .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: path, message: reject.message,
                    hint: "replace it with \(status.requirement.description)", ruleLocation: status.requirement.location
                ))
            }
        }
        for gate in result.manualGates {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/\(indicator.id)/L\(gate.level)/manual",
                category: .manual, severity: .error,
                indicator: indicator.id, level: gate.level, path: result.folder,
                message: "level \(gate.level) needs a person's check: \(gate.text)",
                hint: "after checking, add to .spbe-lint.yaml: indicators: {\"\(indicator.id)\": {confirmed: \(gate.level)}}",
                ruleLocation: indicator.level(gate.level)?.location
            ))
        }
        return findings
    }

    private func externalFindings(_ result: IndicatorResult) -> [Finding] {
        guard let external = result.external else { return [] }
        let id = result.indicator.id
        if external.indexValue == nil {
            return [Finding(
                ruleID: "\(pack.framework.id)/\(id)/external", category: .external, severity: .warning,
                indicator: id, path: result.folder,
                message: "scored from \(external.index), but no value is configured; assessors then assume level \(pack.framework.floor)",
                hint: "add to .spbe-lint.yaml: indicators: {\(id): {index: <nilai \(external.index)>}}"
            )]
        }
        let value = TextFormat.decimal(external.indexValue ?? 0)
        if external.aboveKnownBands {
            return [Finding(
                ruleID: "\(pack.framework.id)/\(id)/external", category: .external, severity: .info,
                indicator: id, path: result.folder,
                message: "\(external.index) \(value) is above the highest band the rule pack knows; level \(external.level) assumed",
                hint: "add the next band to the pack (external.bands) once the modul confirms it"
            )]
        }
        return [Finding(
            ruleID: "\(pack.framework.id)/\(id)/external", category: .external, severity: .info,
            indicator: id, path: result.folder,
            message: "\(external.index) \(value) gives level \(external.level); uploads cannot raise this part of the score",
            hint: nil
        )]
    }

    func ruleID(indicator: Indicator, level: Int, requirement: String) -> String {
        "\(pack.framework.id)/\(indicator.id)/L\(level)/\(requirement)"
    }

    func hint(for gap: RequirementStatus) -> String {
        let requirement = gap.requirement
        let kinds = requirement.kinds.compactMap { pack.kinds[$0] }
        var extensions: [String] = []
        for ext in kinds.flatMap(\.extensions) where !extensions.contains(ext) { extensions.append(ext) }
        let names = kinds.map(\.name)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        let formats = extensions.isEmpty ? "" : "; " + extensions.map { "." + $0 }.joined(separator: " ")
        let unit = requirement.distinctYears ? "year" : "file"
        var text = "add \(gap.missing) more \(unit)\(gap.missing == 1 ? "" : "s") (\(list)\(formats))"
        if let example = requirement.example { text += ", e.g. '\(example)'" }
        if let near = gap.nearMisses.first {
            text += "; '\(near)' looks like one but its format is not accepted"
        }
        if let wrong = gap.rejected.first {
            text += "; '\(wrong)' is the wrong document"
        }
        if let old = gap.stale.first {
            let limit = requirement.maxAgeYears.map { "from the last \($0) years" } ?? "dated"
            text += "; '\(old)' does not count: it must be \(limit) (put the year in the name, or `year:` in .bukti.yaml)"
        }
        return text
    }
}
