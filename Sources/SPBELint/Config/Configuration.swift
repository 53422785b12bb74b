import Foundation

/// The project's `.spbe-lint.yaml`: which rule pack, which targets, what to ignore.
public struct Configuration: Sendable {
    public static let fileNames = [".spbe-lint.yaml", ".spbe-lint.yml"]

    /// Per-indicator settings, keyed by the indicator's id in the pack.
    public struct IndicatorSettings: Sendable, Hashable {
        public var target: Int?
        /// The level claimed in the penilaian mandiri.
        public var claim: Int?
        /// Levels up to this one were checked by a person where file names cannot tell
        /// (a level's `manual:` gate in the pack).
        public var confirmed: Int?
        /// The value of the external index (IKASANDI, SDI, EPSS…) for externally scored indicators.
        public var index: Double?
        /// The service the instansi presents for a sector indicator (SPBE 45–47).
        public var service: String?
    }

    /// The file it came from; nil for the built-in default.
    public var path: String?
    /// A shipped pack id or a path (relative to the config file).
    public var rules: String
    public var instansi: String?
    /// The evaluation year, for "no older than N years" requirements. Default: this year.
    public var year: Int?
    public var target: Int?
    public var ignore: [String]
    public var conventions: Conventions
    public var indicators: [String: IndicatorSettings]
    /// Kept until the pack is known, so indicator keys can be checked against it.
    var indicatorKeys: [(key: String, location: SourceLocation, settings: IndicatorSettings)]

    public static let defaultRules = "spbe-2020"

    public init(rules: String = Configuration.defaultRules) {
        self.path = nil
        self.rules = rules
        self.instansi = nil
        self.year = nil
        self.target = nil
        self.ignore = []
        self.conventions = .standard
        self.indicators = [:]
        self.indicatorKeys = []
    }

    /// The folder relative paths in the config are written against.
    public var baseDirectory: String {
        guard let path else { return FileManager.default.currentDirectoryPath }
        return (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }

    /// Looks for a config file in `directory` and each parent, as yamllint and
    /// SwiftLint users expect.
    public static func discover(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = current.appendingPathComponent(name).path
                if FileManagerShim.fileExists(candidate) { return candidate }
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    public static func load(path: String) throws -> Configuration {
        guard FileManagerShim.fileExists(path) else { throw ConfigError.notFound(path) }
        let node: YAMLNode?
        do {
            node = try YAMLParser(limits: .init(maxBytes: 4 << 20)).parseFile(atPath: path)
        } catch let error as YAMLError {
            throw ConfigError.yaml(error)
        }
        var config = Configuration()
        config.path = path
        guard let node else { return config }
        let sink = DiagnosticSink()
        decode(node, into: &config, sink: sink)
        if sink.hasErrors { throw ConfigError.invalid(sink.diagnostics) }
        return config
    }

    static let knownKeys = ["rules", "instansi", "year", "target", "ignore", "conventions", "indicators"]

    static func decode(_ node: YAMLNode, into config: inout Configuration, sink: DiagnosticSink) {
        guard let map = MappingReader(node, what: "the config", sink: sink) else { return }
        map.rejectUnknownKeys(allowed: knownKeys)
        if let rules = map.string("rules") { config.rules = rules }
        config.instansi = map.string("instansi")
        if let year = map.int("year") {
            if (2000...2099).contains(year) { config.year = year } else {
                sink.error("'year' must be an evaluation year such as 2026, found \(year)", at: map.location(of: "year"))
            }
        }
        if let target = map.int("target") {
            if (1...5).contains(target) { config.target = target } else {
                sink.error("'target' must be a level from 1 to 5, found \(target)", at: map.location(of: "target"))
            }
        }
        config.ignore = map.strings("ignore") ?? []
        if let conventions = map.node("conventions") {
            config.conventions = Conventions.decode(conventions, base: .standard, sink: sink)
        }
        if let indicators = map.node("indicators"), let entries = MappingReader(indicators, what: "'indicators'", sink: sink) {
            for key in entries.keys {
                guard let value = entries.node(key), let fields = MappingReader(value, what: "indicator '\(key)' in the config", sink: sink) else { continue }
                fields.rejectUnknownKeys(allowed: ["target", "claim", "confirmed", "index", "service"])
                var settings = IndicatorSettings()
                func level(_ key: String) -> Int? {
                    guard let value = fields.int(key) else { return nil }
                    guard (1...5).contains(value) else {
                        sink.error("'\(key)' must be a level from 1 to 5, found \(value)", at: fields.location(of: key))
                        return nil
                    }
                    return value
                }
                settings.target = level("target")
                settings.claim = level("claim")
                settings.confirmed = level("confirmed")
                settings.index = fields.double("index")
                settings.service = fields.string("service")
                config.indicatorKeys.append((key, entries.location(of: key) ?? value.location, settings))
            }
        }
    }

    /// Ties indicator keys to the pack's ids; an unknown indicator is an error, not a silent no-op.
    mutating func bind(to pack: RulePack) throws {
        let sink = DiagnosticSink()
        indicators = [:]
        for entry in indicatorKeys {
            guard let indicator = pack.indicator(entry.key) else {
                sink.error("indicator '\(entry.key)' is not in rule pack '\(pack.framework.id)'\(Suggestion.hint(for: entry.key, in: pack.indicators.map(\.id)))", at: entry.location)
                continue
            }
            if entry.settings.index != nil && indicator.external == nil {
                sink.error("indicator '\(entry.key)' is scored from its evidence, not from an external index; remove 'index'", at: entry.location)
            }
            indicators[indicator.id] = entry.settings
        }
        if sink.hasErrors { throw ConfigError.invalid(sink.diagnostics) }
    }

    public var evaluationYear: Int {
        year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// Resolves `rules:` against the config's folder when it is a path.
    public var rulesReference: String {
        let isPath = rules.contains("/") || rules.hasSuffix(".yaml") || rules.hasSuffix(".yml")
        guard isPath, !rules.hasPrefix("/"), path != nil else { return rules }
        return (baseDirectory as NSString).appendingPathComponent(rules)
    }
}
