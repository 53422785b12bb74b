/// Judges the config's `follow-up:` notes once the interview date is known, and turns
/// each unanswered note into a finding: a warning while the window is open, an error
/// once the deadline has passed, so code-scanning formats and the exit code count them.
struct FollowUpPass: FindingPass {
    let name = "follow-up"

    func run(_ input: PassInput, on report: inout LintReport) throws {
        let notes = input.configuration.followUp
        guard !notes.isEmpty, let deadline = report.deadline else { return }
        let times = try input.options.git.map { try ChangeTimes.git(root: input.index.root, source: $0, context: input.context) }
            ?? ChangeTimes.disk(root: input.index.root, context: input.context)
        let evaluator = Evaluator(pack: input.pack, configuration: input.configuration, targetOverride: input.options.target,
                                  contents: input.contents, context: input.context)
        let judge = FollowUpJudge(
            pack: input.pack, configuration: input.configuration, evaluator: evaluator, builder: input.builder,
            results: Dictionary(uniqueKeysWithValues: input.results.map { ($0.indicator.id, $0) }),
            deadline: deadline, times: times, today: input.context.today
        )
        let followUp = judge.judge(notes)
        report.followUp = followUp
        let messages = input.context.messages
        for (number, item) in followUp.items.enumerated() where item.status.isUnanswered {
            report.findings.append(Finding(
                ruleID: "\(input.pack.framework.id)/\(item.note.indicator)/follow-up/\(number + 1)",
                category: .followUp, severity: followUp.severity,
                indicator: item.note.indicator, level: nil, requirement: item.requirement,
                path: item.folder,
                message: messages(item.status == .open ? .followUpFindingOpen : .followUpFindingInsufficient, ["note": item.note.note]),
                hint: item.reasons.isEmpty ? nil : item.reasons.joined(separator: "; "),
                ruleLocation: item.note.location
            ))
        }
    }
}
