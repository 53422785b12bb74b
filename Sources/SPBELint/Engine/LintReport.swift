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
    /// Set when an interview date is known.
    public var deadline: Deadline?
    /// The asesor's notes and where each stands; nil without `follow-up:` notes and an interview date.
    public var followUp: FollowUp?
    public var today: Day
    /// The language findings were written in; reporters use the same.
    public var messages: Messages
    public var statistics = RunStatistics()
    /// Findings hidden by `--baseline` (known before), shown as a count.
    public var baselineHidden = 0
    /// False when `--names-only` kept every file closed.
    public var contentsChecked = true
    /// Whether document texts were read (a build with the `Contents` trait, not names-only,
    /// not turned off by the caller).
    public var documentsRead = false
    /// Why document texts were not read, when the files were opened but their text was not,
    /// in the report's language.
    public var documentsSkipped: String? {
        guard contentsChecked, !documentsRead else { return nil }
        return messages(ContentsSupport.available ? .contentSkippedNotAsked : .contentSkippedNoReader)
    }
    /// The repository top above the evidence folder (a folder with `.git`), else the
    /// evidence folder itself: code-scanning formats give paths relative to it.
    public var sourceRoot: String?
    /// The evidence folder relative to `sourceRoot` ("" when they are the same).
    public var rootInSource = ""

    /// The report's deadline line, in the report's language.
    public var deadlineLine: String? {
        deadline?.line(on: today, messages: messages)
    }

    /// Warnings about the calendar behind the deadline (a year with no holiday data).
    public var calendarWarnings: [String] {
        (deadline?.missingCalendarYears ?? []).map { messages(.deadlineMissingCalendar, ["year": $0]) }
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var gapCount: Int { count(where: \.category.isGap) }

    /// Counted in place: a filter copied every matching finding to count it, and the
    /// summary and the exit code count thousands of them more than once (#28).
    private func count(where matches: (Finding) -> Bool) -> Int {
        var count = 0
        for index in findings.indices where matches(findings[index]) { count += 1 }
        return count
    }

    /// The one summary every format prints: it counts exactly what set the exit code.
    public var summaryLine: String {
        let short = results.filter { !$0.meetsTarget }.count
        var line = messages(.reportSummary, ["errors": errorCount, "short": short, "total": results.count, "warnings": warningCount, "files": fileCount])
        if !unreadFolders.isEmpty {
            line += "; " + messages(allowsPartial ? .reportPartialAllowed : .reportPartial, ["count": unreadFolders.count])
        }
        return line
    }

    /// What the run could not look at; set from the walk, never from findings.
    public var coverage = RunCoverage()
    /// Folders the walk could not read (permissions, a path too long): the verdict covers
    /// only part of the tree.
    public var unreadFolders: [String] { coverage.unreadFolders }
    /// Set when the run was inside one OPD's folder: how many indicators the report keeps
    /// (those the folder holds files for, or the config gives to an owner of its name).
    public var scopedTo: Int?

    /// `--allow-partial`: accept a verdict on the part of the tree that could be read.
    public var allowsPartial = false

    /// 0 when nothing is missing, 1 when any error-severity finding remains, 2 when part
    /// of the tree could not be read: a pass on what was readable is no pass.
    public var exitCode: Int32 {
        if !coverage.isComplete && !allowsPartial { return 2 }
        return errorCount > 0 ? 1 : 0
    }

    /// The same report with every piece of text that came from the evidence tree or the
    /// config passed through `transform` (terminal escaping, say).
    public func mappingText(_ transform: (String) -> String) -> LintReport {
        var copy = self
        copy.root = transform(root)
        copy.configuration.instansi = configuration.instansi.map(transform)
        for key in copy.configuration.indicators.keys {
            copy.configuration.indicators[key]?.owner = configuration.indicators[key]?.owner.map(transform)
            copy.configuration.indicators[key]?.service = configuration.indicators[key]?.service.map(transform)
        }
        copy.results = results.map { result in
            var result = result
            result.service = result.service.map(transform)
            return result
        }
        copy.followUp = followUp?.mappingText(transform)
        copy.findings = findings.map { finding in
            var finding = finding
            finding.path = finding.path.map(transform)
            finding.message = transform(finding.message)
            finding.hint = finding.hint.map(transform)
            return finding
        }
        return copy
    }
}
