/// One step of turning an evaluation into findings. The passes run in a fixed order
/// (`FindingPasses.standard`): each sees the findings the earlier ones made, so a later
/// pass can rewrite them (waivers turn gaps into notes, the baseline hides known ones)
/// and the order is the report's order. `--stats` times each.
protocol FindingPass: Sendable {
    /// Shown by `--stats`.
    var name: String { get }
    func run(_ input: PassInput, on report: inout LintReport) throws
    /// The pass's findings when they follow from the inputs alone (see `ProducingPass`);
    /// nil for a pass that reads or rewrites the findings before it. A requirement, not a
    /// cast: `as? any ProducingPass` searched the conformance tables on every run.
    func independentFindings(_ input: PassInput) -> [Finding]?
}

extension FindingPass {
    func independentFindings(_ input: PassInput) -> [Finding]? { nil }
}

/// A pass whose findings follow from the run's inputs alone, never from the findings
/// before it: such passes are computed side by side, on every core, and their findings
/// still enter the report at their place in the order (#28: on 100k files the
/// evaluation, quality and tree passes took 30 ms one after another).
protocol ProducingPass: FindingPass {
    func findings(_ input: PassInput) -> [Finding]
}

extension ProducingPass {
    func run(_ input: PassInput, on report: inout LintReport) {
        report.findings += findings(input)
    }

    func independentFindings(_ input: PassInput) -> [Finding]? {
        findings(input)
    }
}

/// What every pass may read: the run's inputs and the evaluation's results.
struct PassInput: Sendable {
    var pack: RulePack
    var configuration: Configuration
    var index: EvidenceIndex
    var results: [IndicatorResult]
    var context: RunContext
    var options: Linter.Options
    /// What reading the files found (`.namesOnly` under `--names-only`).
    var contents: EvidenceContents
    /// Configs discovery passed over, with the reason.
    var ignoredConfigs: [(path: String, reason: String)] = []

    var builder: FindingBuilder {
        var builder = FindingBuilder(pack: pack, configuration: configuration, context: context)
        builder.allowsPartial = options.allowPartial
        return builder
    }
}

enum FindingPasses {
    /// Evaluation → quality → duplicates → waivers → follow-up → tree → baseline: waivers after
    /// every gap exists, the baseline last so it sees exactly what would be reported.
    static let standard: [any FindingPass] = [
        EvaluationPass(), QualityPass(), DuplicatePass(), WaiverPass(), FollowUpPass(), TreePass(), BaselinePass(),
    ]

    static func run(_ passes: [any FindingPass], _ input: PassInput, on report: inout LintReport) throws {
        // The producing passes first, all at once; each one's findings wait for its turn.
        var produced = [(findings: [Finding], milliseconds: Double)?](repeating: nil, count: passes.count)
        ParallelChunks.fill(&produced, chunks: passes.count) { range, put in
            for position in range {
                let clock = Stopwatch()
                guard let findings = passes[position].independentFindings(input) else { continue }
                put(position, (findings, clock.milliseconds))
            }
        }
        for (pass, precomputed) in zip(passes, produced) {
            if let precomputed {
                report.findings += precomputed.findings
                report.statistics.passes.append((pass.name, precomputed.milliseconds))
                continue
            }
            let clock = Stopwatch()
            try pass.run(input, on: &report)
            report.statistics.passes.append((pass.name, clock.milliseconds))
        }
    }
}
