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
        /// The date, language and environment of the run: the library never reads the
        /// clock or the locale, the CLI passes them in.
        public var context: RunContext
        /// Judge a git snapshot instead of the disk: the index (pre-commit, `--staged`) or a
        /// commit (`--rev`, pre-push and CI). Files, sidecars and the config all come from it.
        public var git: GitObjects.Source?
        /// `--git-repository`: the repository the user names for a git mode, accepted even
        /// when it lies inside the one the run was started in.
        public var gitRepository: String?
        /// `--staged`: the git index.
        public var staged: Bool {
            get { git == .index }
            set { git = newValue ? .index : (git == .index ? nil : git) }
        }
        /// Judge files by their names alone: nothing is opened, so the content checks
        /// (empty, wrong format, truncated PDF, size, duplicates) do not run. The report says so.
        public var namesOnly = false
        /// Read what the documents say (PDF text, OCR for scans): on unless `--names-only`
        /// or `--no-document-text`; needs a build with the `Contents` trait.
        public var readsDocuments = true
        /// Told how far the document reading has got ("12/500"), at most a few times a
        /// second and only once it has taken more than a second: the CLI draws it on a terminal.
        public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
        /// Accept a run in which some folders could not be read (exit on the rest).
        public var allowPartial = false
        /// `--baseline`: report only findings not recorded in this file.
        public var baseline: String?

        public init(configPath: String? = nil, rules: String? = nil, target: Int? = nil, interview: Day? = nil, context: RunContext) {
            self.configPath = configPath
            self.rules = rules
            self.target = target
            self.interview = interview
            self.context = context
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    public func loadConfiguration(for root: String) throws -> Configuration {
        try loadConfigurationNoting(for: root).configuration
    }

    /// The config, and the configs discovery passed over (owned by someone else, writable
    /// by others, or a link out of its folder): the report names both.
    func loadConfigurationNoting(for root: String) throws -> (configuration: Configuration, ignored: [(path: String, reason: String)]) {
        let messages = options.context.messages
        if let path = options.configPath { return (try Configuration.load(path: path, messages: messages), []) }
        let discovery = Configuration.discovery(from: root)
        if let found = discovery.path { return (try Configuration.load(path: found, messages: messages), discovery.ignored) }
        return (Configuration(), discovery.ignored)
    }

    /// The snapshot a git-mode run judges: where the evidence folder sits in the repository,
    /// and every path of the snapshot with its object id.
    struct GitContext {
        var top: String
        var prefix: String
        var listed: [GitObjects.Listed]
    }

    func gitContext(for root: String, source: GitObjects.Source) throws -> GitContext {
        guard PathName.entry(root) != .missing else { throw EvidenceError.rootNotFound(root) }
        guard PathName.entry(root) == .folder else { throw EvidenceError.rootNotADirectory(root) }
        let (top, prefix) = try GitObjects.locate(root, workingDirectory: options.context.workingDirectory, named: options.gitRepository)
        return GitContext(top: top, prefix: prefix, listed: try GitObjects.list(source, top: top))
    }

    /// In git modes the config is the snapshot's too: the nearest `.spbe-lint.yaml` from the
    /// evidence folder up to the repository top, as committed. An explicit `--config` inside
    /// the repository is read from the snapshot when it is in it.
    func gitConfiguration(_ git: GitContext) throws -> Configuration {
        let messages = options.context.messages
        let byPath = Dictionary(git.listed.map { ($0.entry.path, $0) }, uniquingKeysWith: { first, _ in first })
        func load(_ relative: String) throws -> Configuration? {
            guard let item = byPath[relative], item.entry.kind == .file else { return nil }
            let blob = try GitObjects.read([item.object], whole: [item.object], wholeLimit: Configuration.maxBytes, in: git.top)[item.object]
            let path = Configuration.shownPath(PathName.join(git.top, relative))
            guard let bytes = blob?.whole else { throw ConfigError.yaml(.tooLarge(file: path, bytes: Int(blob?.size ?? 0), limit: Configuration.maxBytes)) }
            return try Configuration.load(bytes: bytes, path: path, messages: messages)
        }
        if let explicit = options.configPath {
            let absolute = PathName.real(explicit) ?? PathName.absolute(explicit)
            if PathName.isInside(absolute, git.top), absolute != git.top,
               let found = try load(String(absolute.dropFirst(git.top.count + 1))) {
                return found
            }
            return try Configuration.load(path: explicit, messages: messages)
        }
        var folder = git.prefix
        while true {
            for name in Configuration.fileNames {
                if let found = try load(folder.isEmpty ? name : folder + "/" + name) { return found }
            }
            if folder.isEmpty { return Configuration() }
            folder = PathName.parent(folder) == "." ? "" : PathName.parent(folder)
        }
    }

    public func run(root: String) throws -> LintReport {
        let loading = Stopwatch()
        let git = try options.git.map { try gitContext(for: root, source: $0) }
        var (configuration, ignoredConfigs) = try git.map { (try gitConfiguration($0), []) } ?? loadConfigurationNoting(for: root)
        if let rules = options.rules { configuration.rules = rules }
        if let interview = options.interview { configuration.interview = interview }
        // The run's date (`--today` or the real one) gives the evaluation year unless the config names one.
        configuration.year = options.context.evaluationYear(configuration)
        let ignore = IgnoreMatcher(patterns: configuration.ignore)
        let ignoreBase = Self.relativePath(of: root, from: configuration.path == nil ? root : configuration.baseDirectory)
        // Listing folders needs no rules: it runs while the rule pack is parsed.
        let listing = git != nil ? nil : PendingListing(root: root, ignore: ignore, ignoreBase: ignoreBase)
        listing?.start()
        let messages = options.context.messages
        let pack: RulePack
        do {
            let loader = RulePackLoader(messages: messages)
            if let rules = options.rules {
                pack = try loader.load(reference: rules)
            } else {
                // With no `rules:`, the framework in force for the evaluation year.
                pack = try loader.load(for: configuration, year: options.context.today.year)
                configuration.rules = configuration.rulesGiven ? configuration.rules : pack.framework.id
            }
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
        let index: EvidenceIndex
        var objects: [String: String]?
        if let listing {
            index = try scanner.scan(listing)
        } else {
            let git = git!
            let snapshot = try scanner.scanGit(git.listed, prefix: git.prefix, root: root)
            index = snapshot.index
            objects = snapshot.objects
        }
        statistics.walkMilliseconds = walking.milliseconds
        let evaluating = Stopwatch()
        var result = try report(pack: pack, configuration: configuration, index: index, objects: objects, ignoredConfigs: ignoredConfigs)
        statistics.evaluateMilliseconds = evaluating.milliseconds
        statistics.files = index.files.count
        statistics.folders = index.directoriesVisited
        statistics.passes = result.statistics.passes
        statistics.documents = result.statistics.documents
        statistics.documentsRead = result.statistics.documentsRead
        statistics.documentCacheHits = result.statistics.documentCacheHits
        statistics.ocrPages = result.statistics.ocrPages
        statistics.documentsUnreadable = result.statistics.documentsUnreadable
        statistics.documentWorkers = result.statistics.documentWorkers
        statistics.documentsSettled = result.statistics.documentsSettled
        result.statistics = statistics
        return result
    }

    public func report(pack: RulePack, configuration: Configuration, index: EvidenceIndex) throws -> LintReport {
        try report(pack: pack, configuration: configuration, index: index, objects: nil, ignoredConfigs: [])
    }

    /// Evaluates every indicator, then runs the finding passes over the results.
    func report(pack: RulePack, configuration: Configuration, index: EvidenceIndex, objects: [String: String]?,
                ignoredConfigs: [(path: String, reason: String)]) throws -> LintReport {
        let context = options.context
        // The read phase: every candidate file opened once, before any verdict.
        let contents = try EvidenceContents.read(index, pack: pack, readsContents: !options.namesOnly, objects: objects,
                                             documents: options.readsDocuments, units: !configuration.units.isEmpty,
                                             context: context, progress: options.progress)
        let evaluator = Evaluator(pack: pack, configuration: configuration, targetOverride: options.target, contents: contents, context: context)
        let results = evaluator.evaluate(index)
        let deadline = configuration.interview.map {
            Deadline(interview: $0, window: configuration.windowDays, countsInterviewDay: configuration.countsInterviewDay, calendar: configuration.calendar)
        }
        let evidence = Dictionary(uniqueKeysWithValues: results.map { ($0.indicator.id, $0.value) })
        let claims = results.compactMap { result in result.claimedLevel.map { (result.indicator.id, Double($0)) } }
        let claimed = claims.isEmpty ? nil : IndexEstimate(pack: pack, values: evidence.merging(claims) { _, claim in claim })
        var report = LintReport(
            pack: pack, configuration: configuration, root: index.root, results: results, findings: [],
            estimate: IndexEstimate(pack: pack, values: evidence), claimedEstimate: claimed,
            fileCount: index.files.count, directoryCount: index.directoriesVisited,
            deadline: deadline, today: context.today, messages: context.messages
        )
        report.contentsChecked = !options.namesOnly
        report.coverage = RunCoverage(index: index)
        report.allowsPartial = options.allowPartial
        (report.sourceRoot, report.rootInSource) = Self.sourceRoot(of: index.root)
        let input = PassInput(pack: pack, configuration: configuration, index: index, results: results, context: context,
                              options: options, contents: contents, ignoredConfigs: ignoredConfigs)
        let documents = contents.documentStatistics
        report.statistics.documents = documents.documents
        report.statistics.documentsRead = documents.read
        report.statistics.documentCacheHits = documents.cacheHits
        report.statistics.ocrPages = documents.ocrPages
        report.statistics.documentsUnreadable = documents.unreadable
        report.statistics.documentWorkers = documents.workers
        report.statistics.documentsSettled = documents.settled
        report.documentsRead = contents.documentsRead
        try FindingPasses.run(FindingPasses.standard, input, on: &report)
        Self.scopeToFolder(&report, root: index.root)
        return report
    }

    /// Run inside one OPD's folder (named for an owner or an `opd:` unit) of a tree whose
    /// config sits higher up, the report is about that folder: the indicators it holds files
    /// for, and those the config gives to that owner. The index stays the whole instansi's; the report says
    /// it was scoped. Run at the config's folder, everything is reported.
    static func scopeToFolder(_ report: inout LintReport, root: String) {
        guard let config = report.configuration.path else { return }
        let base = PathName.parent(PathName.absolute(config))
        guard !relativePath(of: root, from: base).isEmpty else { return }
        let folderName = NameNormalizer.normalize(PathName.lastComponent(PathName.real(root) ?? PathName.absolute(root)))
        let owned = report.configuration.indicators.compactMap { id, settings -> String? in
            guard let owner = settings.owner else { return nil }
            let canonical = report.configuration.canonicalOwner(owner)
            return [owner, canonical].contains { NameNormalizer.normalize($0) == folderName } ? id : nil
        }
        // Only a folder named for an OPD (an owner, or a name in `opd:`) is one OPD's: an
        // evidence folder below a repository-top config is the whole tree, and an indicator
        // with no files there is missing, not out of scope.
        let isUnit = report.configuration.units.contains { $0.contains { NameNormalizer.normalize($0) == folderName } }
        guard !owned.isEmpty || isUnit else { return }
        let scope = Set(report.results.filter { !$0.files.isEmpty }.map(\.indicator.id)).union(owned)
        guard !scope.isEmpty, scope.count < report.results.count else { return }
        report.results = report.results.filter { scope.contains($0.indicator.id) }
        report.findings = report.findings.filter { $0.indicator.map(scope.contains) ?? true }
        report.scopedTo = scope.count
    }

    /// The nearest folder at or above `root` holding `.git`, and `root` relative to it;
    /// `root` itself when it is in no repository. Found by looking, not by running git.
    static func sourceRoot(of root: String) -> (String, String) {
        let real = PathName.real(root) ?? PathName.absolute(root)
        var folder = real
        while true {
            if PathName.entry(PathName.join(folder, ".git"), follow: false) != .missing {
                return (folder, folder == real ? "" : String(real.dropFirst(folder == "/" ? 1 : folder.count + 1)))
            }
            let parent = PathName.parent(folder)
            if parent == folder { return (real, "") }
            folder = parent
        }
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
