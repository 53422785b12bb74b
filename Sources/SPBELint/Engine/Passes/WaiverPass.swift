/// Waivers from the config: an active one turns its gap into a note, an expired one
/// says so next to the gap, one that covers nothing is reported.
struct WaiverPass: FindingPass {
    let name = "waivers"

    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings = input.builder.applyWaivers(to: report.findings)
    }
}
