/// Claims against the evidence, gaps, manual gates, external indices and narratives.
struct EvaluationPass: ProducingPass {
    let name = "evaluation"

    func findings(_ input: PassInput) -> [Finding] {
        input.builder.evaluationFindings(results: input.results)
    }
}
