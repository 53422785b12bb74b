/// Claims against the evidence, gaps, manual gates, external indices and narratives.
struct EvaluationPass: FindingPass {
    let name = "evaluation"

    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings += input.builder.evaluationFindings(results: input.results)
    }
}
