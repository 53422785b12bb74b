/// Files of the right kind that cannot count, and formats the portal will not take.
struct QualityPass: FindingPass {
    let name = "quality"

    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings += input.builder.qualityFindings(results: input.results, index: input.index)
    }
}
