/// `--baseline`: hides the findings the baseline knows and reports the baselined gaps
/// that are fixed (the baseline must shrink). Last, so it judges the final findings.
struct BaselinePass: FindingPass {
    let name = "baseline"

    func run(_ input: PassInput, on report: inout LintReport) throws {
        guard let path = input.options.baseline else { return }
        try Baseline.load(from: path, framework: input.pack.framework.id).apply(to: &report, path: path)
    }
}
