/// The tree and the run's setting: unassigned files, misleading folders, the walk's
/// notices, a superseded framework, configs discovery passed over.
struct TreePass: FindingPass {
    let name = "tree"

    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings += input.builder.treeFindings(index: input.index)
        let pack = input.pack
        let messages = input.context.messages
        let year = input.context.evaluationYear(input.configuration)
        if let from = pack.framework.supersededFrom, year >= from {
            report.findings.append(Finding(
                ruleID: "\(pack.framework.id)/superseded", category: .tree, severity: .warning, path: nil,
                message: messages("framework.superseded", ["framework": pack.framework.id, "year": year, "by": pack.framework.supersededBy ?? ""]),
                hint: messages("framework.superseded.hint")
            ))
        }
        for (path, reason) in input.ignoredConfigs {
            report.findings.append(Finding(
                ruleID: "\(pack.framework.id)/config/ignored", category: .tree, severity: .warning, path: nil,
                message: messages("config.ignored", ["path": path, "reason": messages("config.ignored.\(reason.hasPrefix("owner") ? "owner" : reason)")]),
                hint: messages("config.ignored.hint")
            ))
        }
    }
}
