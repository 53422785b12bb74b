/// Waivers from the config: an active one turns its gap into a note, an expired one
/// says so next to the gap, one that covers nothing is reported.
struct WaiverPass: FindingPass {
    let name = "waivers"

    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings = applied(to: report.findings, input.builder)
    }

    /// Applies waivers to gaps and manual gates: an active one turns the gap into a
    /// `waived` note; an expired one leaves the gap an error and says the waiver lapsed.
    /// A waiver that covers nothing is reported at the end.
    private func applied(to findings: [Finding], _ builder: FindingBuilder) -> [Finding] {
        guard !builder.configuration.waivers.isEmpty else { return findings }
        var result: [Finding] = []
        var used: Set<Waiver> = []
        for finding in findings {
            guard finding.category == .gap || finding.category == .manual, let indicator = finding.indicator,
                  let requirement = finding.requirement,
                  let waiver = builder.configuration.waivers.first(where: { $0.covers(indicator: indicator, requirement: requirement) }) else {
                result.append(finding)
                continue
            }
            used.insert(waiver)
            if builder.today <= waiver.expires {
                var waived = finding
                waived.category = .waived
                waived.severity = .info
                waived.message = builder.messages(.waivedMessage, ["expires": builder.messages.date(waiver.expires), "reason": waiver.reason]) + " — " + finding.message
                result.append(waived)
                continue
            }
            result.append(finding)
            result.append(Finding(
                ruleID: finding.ruleID + "/waiver-expired", category: .waiver, severity: .warning,
                indicator: indicator, level: finding.level, requirement: requirement, path: finding.path,
                message: builder.messages(.waiverExpired, ["expires": builder.messages.date(waiver.expires), "reason": waiver.reason]), hint: nil,
                ruleLocation: waiver.location
            ))
        }
        for waiver in builder.configuration.waivers where !used.contains(waiver) {
            result.append(Finding(
                ruleID: "\(builder.pack.framework.id)/\(waiver.indicator)/waiver", category: .waiver, severity: .warning,
                indicator: waiver.indicator, requirement: waiver.requirement,
                message: builder.messages(.waiverUnused, ["indicator": waiver.indicator]), hint: nil, ruleLocation: waiver.location
            ))
        }
        return result
    }
}
