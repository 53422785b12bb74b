/// One step of turning an evaluation into findings. The passes run in a fixed order
/// (`FindingPasses.standard`): each sees the findings the earlier ones made, so a later
/// pass can rewrite them (waivers turn gaps into notes, the baseline hides known ones)
/// and the order is the report's order. `--stats` times each.
protocol FindingPass: Sendable {
    /// Shown by `--stats`.
    var name: String { get }
    func run(_ input: PassInput, on report: inout LintReport) throws
}

/// What every pass may read: the run's inputs and the evaluation's results.
struct PassInput {
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
        for pass in passes {
            let clock = Stopwatch()
            try pass.run(input, on: &report)
            report.statistics.passes.append((pass.name, clock.milliseconds))
        }
    }
}
