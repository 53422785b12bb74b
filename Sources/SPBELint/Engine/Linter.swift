import Foundation

/// The whole run as one call: config, rule pack, one walk, one evaluation.
public struct Linter: Sendable {
    public struct Options: Sendable {
        /// An explicit config file; otherwise one is looked for from the evidence folder upwards.
        public var configPath: String?
        /// Replaces the config's `rules:` (a shipped id or a path).
        public var rules: String?
        /// Checks every indicator against this level instead of the configured or next one.
        public var target: Int?
        /// Replaces the config's interview date.
        public var interview: Day?
        /// The date the run pretends it is (deadline, waivers); default: today.
        public var today: Day?
        public var language: Messages.Language
        /// Read the file list from the git index instead of the disk (pre-commit).
        public var staged = false
        /// Judge files by their names alone: nothing is opened, so the content checks
        /// (empty, wrong format, truncated PDF, size, duplicates) do not run. The report says so.
        public var namesOnly = false
        /// Accept a run in which some folders could not be read (exit on the rest).
        public var allowPartial = false

        public init(configPath: String? = nil, rules: String? = nil, target: Int? = nil, interview: Day? = nil, today: Day? = nil, language: Messages.Language = .en) {
            self.configPath = configPath
            self.rules = rules
            self.target = target
            self.interview = interview
            self.today = today
            self.language = language
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func loadConfiguration(for root: String) throws -> Configuration {
        try loadConfigurationNoting(for: root).configuration
    }

    /// The config, and the configs discovery passed over (owned by someone else, writable
    /// by others, or a link out of its folder): the report names both.
    func loadConfigurationNoting(for root: String) throws -> (configuration: Configuration, ignored: [(path: String, reason: String)]) {
        let messages = Messages(language: options.language)
        if let path = options.configPath { return (try Configuration.load(path: path, messages: messages), []) }
        let discovery = Configuration.discovery(from: root)
        if let found = discovery.path { return (try Configuration.load(path: found, messages: messages), discovery.ignored) }
        return (Configuration(), discovery.ignored)
    }

    public func run(root: String) throws -> LintReport {
        let loading = Stopwatch()
        // The message catalogue is a thousand lines of YAML the report will need: parse it
        // on another thread while this one reads the config and the rules.
        DispatchQueue.global(qos: .userInitiated).async { _ = Messages.catalogue }
        var (configuration, ignoredConfigs) = try loadConfigurationNoting(for: root)
        if let rules = options.rules { configuration.rules = rules }
        if let interview = options.interview { configuration.interview = interview }
        let ignore = IgnoreMatcher(patterns: configuration.ignore)
        let ignoreBase = Self.relativePath(of: root, from: configuration.path == nil ? root : configuration.baseDirectory)
        // Listing folders needs no rules: it runs while the rule pack is parsed.
        let listing = options.staged ? nil : PendingListing(root: root, ignore: ignore, ignoreBase: ignoreBase)
        listing?.start()
        let messages = Messages(language: options.language)
        let pack: RulePack
        do {
            pack = try RulePackLoader(messages: messages).load(reference: options.rules ?? configuration.rulesReference)
            try configuration.bind(to: pack, messages: messages)
        } catch {
            // Nothing may go on reading the tree after the run has ended.
            _ = try? listing?.wait()
            throw error
        }
        var scanner = EvidenceScanner(pack: pack, conventions: configuration.conventions, ignore: ignore, ignoreBase: ignoreBase)
        scanner.messages = messages
        var statistics = RunStatistics()
        statistics.loadMilliseconds = loading.milliseconds
        let walking = Stopwatch()
        let index = try listing.map { try scanner.scan($0) } ?? scanner.scanStaged(root: root)
        statistics.walkMilliseconds = walking.milliseconds
        let evaluating = Stopwatch()
        var result = report(pack: pack, configuration: configuration, index: index)
        for (path, reason) in ignoredConfigs {
            result.findings.append(Finding(
                ruleID: "\(pack.framework.id)/config/ignored", category: .tree, severity: .warning, path: nil,
                message: messages("config.ignored", ["path": path, "reason": messages("config.ignored.\(reason.hasPrefix("owner") ? "owner" : reason)")]),
                hint: messages("config.ignored.hint")
            ))
        }
        statistics.evaluateMilliseconds = evaluating.milliseconds
        statistics.files = index.files.count
        statistics.folders = index.directoriesVisited
        result.statistics = statistics
        return result
    }

    public func report(pack: RulePack, configuration: Configuration, index: EvidenceIndex) -> LintReport {
        let evaluator = Evaluator(pack: pack, configuration: configuration, targetOverride: options.target, root: index.root, readsContents: !options.namesOnly)
        let results = evaluator.evaluate(index)
        let today = options.today ?? .today()
        let messages = Messages(language: options.language)
        var findings = FindingBuilder(pack: pack, configuration: configuration, messages: messages, today: today).findings(results: results, index: index)
        if pack.quality.duplicates, !options.namesOnly, let inspector = evaluator.inspector {
            // Only files that are evidence of some kind: two empty placeholders are not news.
            for group in inspector.duplicates(maxBytes: pack.quality.maxSizeMB.map { Int64($0 * 1_048_576) }) {
                findings.append(Finding(
                    ruleID: "\(pack.framework.id)/quality/duplicate", category: .duplicate, severity: .warning,
                    path: group[0], message: messages("quality.duplicate", ["others": group.dropFirst().joined(separator: "', '")]),
                    hint: messages("quality.duplicate.hint")
                ))
            }
        }
        let deadline = configuration.interview.map {
            Deadline(interview: $0, window: configuration.windowDays, countsInterviewDay: configuration.countsInterviewDay, calendar: configuration.calendar)
        }
        let evidence = Dictionary(uniqueKeysWithValues: results.map { ($0.indicator.id, $0.value) })
        let claims = results.compactMap { result in result.claimedLevel.map { (result.indicator.id, Double($0)) } }
        let claimed = claims.isEmpty ? nil : IndexEstimate(pack: pack, values: evidence.merging(claims) { _, claim in claim })
        var report = LintReport(
            pack: pack, configuration: configuration, root: index.root, results: results, findings: findings,
            estimate: IndexEstimate(pack: pack, values: evidence), claimedEstimate: claimed,
            fileCount: index.files.count, directoryCount: index.directoriesVisited,
            deadline: deadline, today: today, messages: messages
        )
        report.contentsChecked = !options.namesOnly
        report.allowsPartial = options.allowPartial
        if !options.allowPartial {
            // A folder that could not be read fails the run: every format must say so.
            for index in report.findings.indices where report.findings[index].ruleID.hasSuffix("/tree/unreadable") {
                report.findings[index].severity = .error
            }
        }
        return report
    }

    /// `root` relative to `base` ("" when equal); used so ignore patterns are read
    /// against the config file's folder.
    static func relativePath(of root: String, from base: String) -> String {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        let baseURL = URL(fileURLWithPath: base).standardizedFileURL.resolvingSymlinksInPath().path
        if rootURL == baseURL { return "" }
        let prefix = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return rootURL.hasPrefix(prefix) ? String(rootURL.dropFirst(prefix.count)) : ""
    }
}
