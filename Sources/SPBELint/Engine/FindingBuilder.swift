/// Turns indicator results and tree notices into findings with messages and
/// concrete hints (which kind, how many, an example file name).
struct FindingBuilder {
    let pack: RulePack

    func findings(results: [IndicatorResult], index: EvidenceIndex) -> [Finding] {
        var findings: [Finding] = []
        for result in results {
            let indicator = result.indicator
            for gap in result.gaps {
                let requirement = gap.requirement
                let have = gap.matched.count
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
        var text = "add \(gap.missing) more file\(gap.missing == 1 ? "" : "s") (\(list)\(formats))"
        if let example = requirement.example { text += ", e.g. '\(example)'" }
        if let near = gap.nearMisses.first {
            text += "; '\(near)' looks like one but its format is not accepted"
        }
        return text
    }
}
