/// Everything one run found: the per-indicator results, the findings every
/// format prints, and the index the evidence supports.
public struct LintReport: Sendable {
    public var pack: RulePack
    public var configuration: Configuration
    public var root: String
    public var results: [IndicatorResult]
    public var findings: [Finding]
    /// The index the evidence supports.
    public var estimate: IndexEstimate
    /// The index the penilaian mandiri claims (unclaimed indicators count at their
    /// evidence-backed value); nil when the config claims nothing.
    public var claimedEstimate: IndexEstimate?
    public var fileCount: Int
    public var directoryCount: Int

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    public var gapCount: Int { findings.filter { $0.category == .gap || $0.category == .manual || $0.category == .wrongDocument }.count }

    /// 0 when nothing is missing, 1 when any error-severity finding remains.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }
}
