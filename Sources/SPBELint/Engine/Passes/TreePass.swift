/// The tree and the run's setting: unassigned files, misleading folders, the walk's
/// notices, a superseded framework, configs discovery passed over.
struct TreePass: ProducingPass {
    let name = "tree"

    func findings(_ input: PassInput) -> [Finding] {
        var findings = input.builder.treeFindings(index: input.index)
        let pack = input.pack
        let messages = input.context.messages
        let year = input.context.evaluationYear(input.configuration)
        if let from = pack.framework.supersededFrom, year >= from {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/superseded", category: .tree, severity: .warning, path: nil,
                message: messages(.frameworkSuperseded, ["framework": pack.framework.id, "year": year, "by": pack.framework.supersededBy ?? ""]),
                hint: messages(.frameworkSupersededHint)
            ))
        }
        for (path, reason) in input.ignoredConfigs {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/config/ignored", category: .tree, severity: .warning, path: nil,
                message: messages(.configIgnored, ["path": path, "reason": messages(MessageKey(family: "config.ignored", member: reason.hasPrefix("owner") ? "owner" : reason))]),
                hint: messages(.configIgnoredHint)
            ))
        }
        return findings
    }
}
