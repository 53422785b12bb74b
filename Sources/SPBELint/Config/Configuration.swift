import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        /// The OPD responsible for the indicator's evidence (Bagian Hukum, Bappeda, BKPSDM…).
        public var owner: String?
        /// The penjelasan submitted with the indicator; the files it names are checked.
        public var narrative: String?
    }

    public enum InstansiType: String, Sendable, CaseIterable {
        case pemerintahDaerah = "pemerintah-daerah", instansiPusat = "instansi-pusat"
    }

    /// The file it came from; nil for the built-in default.
    public var path: String?
    /// A shipped pack id or a path (relative to the config file).
    public var rules: String
    /// Whether the config names `rules:`; if not, the evaluation year picks the framework in force.
    public var rulesGiven = false
    public var instansi: String?
    /// The instansi's units (OPD / perangkat daerah), each with the names it goes by:
    /// what a "seluruh unit kerja/perangkat daerah" requirement's documents must name.
    public var units: [[String]] = []

    /// An owner as the `opd:` list first names it: "Dinas Komunikasi dan Informatika" and
    /// "Diskominfo" are one OPD when one `opd:` entry lists both (case and spacing aside).
    public func canonicalOwner(_ owner: String) -> String {
        let key = NameNormalizer.normalize(owner)
        return units.first { $0.contains { NameNormalizer.normalize($0) == key } }?.first ?? owner
    }
    public var instansiType: InstansiType?
    /// The evaluation year, for "no older than N years" requirements. Default: this year.
    public var year: Int?
    /// The penilaian interviu; with `windowDays` it gives the deadline for missing evidence.
    public var interview: Day?
    public var windowDays: Int
    public var countsInterviewDay: Bool
    /// Regional holidays on top of the shipped national calendar.
    public var holidays: [HolidayCalendar.Holiday]
    public var waivers: [Waiver]
    /// The asesor's notes after the interview (`follow-up:`), tied to the pack's ids.
    public var followUp: [FollowUpNote] = []
    var followUpEntries: [FollowUpNote] = []
    var waiverEntries: [(indicator: String, requirement: String?, reason: String, expires: Day, location: SourceLocation)]
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
        self.instansiType = nil
        self.year = nil
        self.interview = nil
        self.windowDays = 5
        self.countsInterviewDay = false
        self.holidays = []
        self.waivers = []
        self.waiverEntries = []
        self.target = nil
        self.ignore = []
        self.conventions = .standard
        self.indicators = [:]
        self.indicatorKeys = []
    }

    /// The folder relative paths in the config are written against.
    public var baseDirectory: String {
        guard let path else { return PathName.currentDirectory }
        return PathName.parent(path)
    }

    /// What discovery found: the config to use, and configs it passed over because
    /// someone else could have written them (shared drives, world-writable folders).
    public struct Discovery: Sendable {
        public var path: String?
        public var ignored: [(path: String, reason: String)] = []
    }

    /// Looks for a config file in `directory` and each parent, as yamllint and SwiftLint
    /// users expect, but only as far as the repository top (a folder holding `.git`)
    /// and never into a folder another user owns: many offices write to the same drive,
    /// and a `.spbe-lint.yaml` planted above the evidence must not set the verdict.
    /// A config file another user owns, or that others may write, is passed over too.
    public static func discover(from directory: String) -> String? {
        discovery(from: directory).path
    }

    /// A found config's absolute path as the user would type it: relative to where they
    /// are, when inside it. Disk and git modes name the same config the same way.
    static func shownPath(_ candidate: String) -> String {
        let here = PathName.real(PathName.currentDirectory) ?? PathName.currentDirectory
        return PathName.isInside(candidate, here) && candidate != here ? PathName.relative(candidate, from: here) : candidate
    }

    public static func discovery(from directory: String) -> Discovery {
        var result = Discovery()
        var current = PathName.real(directory) ?? PathName.absolute(directory)
        let me = geteuid()
        while true {
            var folderInfo = stat()
            guard stat(current, &folderInfo) == 0 else { return result }
            if folderInfo.st_uid != me && folderInfo.st_uid != 0 { return result }
            for name in fileNames {
                let candidate = PathName.join(current, name)
                var info = stat()
                guard lstat(candidate, &info) == 0 else { continue }
                if info.st_uid != me && info.st_uid != 0 {
                    result.ignored.append((candidate, "owner-\(info.st_uid)"))
                } else if info.st_mode & (S_IWGRP | S_IWOTH) != 0 && (info.st_mode & S_IFMT) == S_IFREG {
                    result.ignored.append((candidate, "writable"))
                } else if (info.st_mode & S_IFMT) == S_IFLNK, !PathName.isInside(PathName.real(candidate) ?? "/", current) {
                    // `.spbe-lint.yaml -> /etc/shadow`: a link out of its folder is not a config.
                    result.ignored.append((candidate, "link"))
                } else {
                    result.path = shownPath(candidate)
                    return result
                }
            }
            if PathName.entry(PathName.join(current, ".git"), follow: false) != .missing { return result }
            let parent = PathName.parent(current)
            if parent == current { return result }
            current = parent
        }
    }

    public static func load(path: String, messages: Messages = .english) throws -> Configuration {
        guard PathName.entry(path) != .missing else { throw ConfigError.notFound(path) }
        let node: YAMLNode?
        do {
            node = try YAMLParser(limits: .init(maxBytes: maxBytes)).parseFile(atPath: path)
        } catch let error as YAMLError {
            throw ConfigError.yaml(error)
        }
        return try decode(node, path: path, messages: messages)
    }

    /// A config whose bytes came from elsewhere (a git blob); `path` is where it lives.
    public static func load(bytes: [UInt8], path: String, messages: Messages = .english) throws -> Configuration {
        let node: YAMLNode?
        do {
            node = try YAMLParser(limits: .init(maxBytes: maxBytes)).parse(bytes, file: path)
        } catch let error as YAMLError {
            throw ConfigError.yaml(error)
        }
        return try decode(node, path: path, messages: messages)
    }

    static let maxBytes = 4 << 20

    private static func decode(_ node: YAMLNode?, path: String, messages: Messages) throws -> Configuration {
        var config = Configuration()
        config.path = path
        guard let node else { return config }
        let sink = DiagnosticSink(messages: messages)
        decode(node, into: &config, sink: sink)
        if sink.hasErrors { throw ConfigError.invalid(sink.diagnostics) }
        return config
    }

    static var knownKeys: [String] { ConfigSchema.root.keys }

    static func decode(_ node: YAMLNode, into config: inout Configuration, sink: DiagnosticSink) {
        guard let map = MappingReader(node, what: sink.messages(.whatConfig), sink: sink) else { return }
        map.rejectUnknownKeys(allowed: knownKeys)
        if let rules = map.string("rules") {
            config.rules = rules
            config.rulesGiven = true
        }
        config.instansi = map.string("instansi")
        // `opd:` — the instansi's units (perangkat daerah), each a name or a list of the
        // names it goes by ([Diskominfo, Dinas Komunikasi dan Informatika]).
        for item in map.list("opd") ?? [] {
            if let name = item.scalar, !name.trimmingCharacters(in: .whitespaces).isEmpty {
                config.units.append([name])
            } else if let names = MappingReader.strings(item, key: "opd", what: sink.messages(.whatConfig), sink: sink), !names.isEmpty {
                config.units.append(names)
            }
        }
        if let type = map.string("instansi-type") {
            config.instansiType = InstansiType(rawValue: type)
            if config.instansiType == nil {
                sink.error(.diagInstansiType, ["hint": sink.hint(for: type, in: InstansiType.allCases.map(\.rawValue))], at: map.location(of: "instansi-type"))
            }
        }
        if let text = map.string("interview") {
            config.interview = Day(text)
            if config.interview == nil { sink.error(.diagNotADate, ["key": "interview", "value": text], at: map.location(of: "interview")) }
        }
        if let window = map.int("window-days") {
            if (1...60).contains(window) { config.windowDays = window } else {
                sink.error(.diagWindowDays, ["value": window], at: map.location(of: "window-days"))
            }
        }
        config.countsInterviewDay = map.bool("count-interview-day") ?? false
        config.holidays = HolidayCalendar.decode(map.list("holidays") ?? [], sink: sink, defaultKind: .regional)
        for item in map.list("waivers") ?? [] {
            guard let fields = MappingReader(item, what: sink.messages(.whatWaiver), sink: sink) else { continue }
            fields.rejectUnknownKeys(allowed: ConfigSchema.waiver.keys)
            let indicator = fields.string("indicator", required: true)
            let reason = fields.string("reason", required: true)
            let expiresText = fields.string("expires", required: true)
            let expires = expiresText.flatMap(Day.init)
            if let expiresText, expires == nil {
                sink.error(.diagNotADate, ["key": "expires", "value": expiresText], at: fields.location(of: "expires"))
            }
            if let reason, reason.trimmingCharacters(in: .whitespaces).isEmpty {
                sink.error(.diagWaiverReason, [:], at: fields.location(of: "reason"))
            }
            if let indicator, let reason, let expires {
                config.waiverEntries.append((indicator, fields.string("requirement"), reason, expires, item.location))
            }
        }
        config.followUpEntries = (map.list("follow-up") ?? []).compactMap { FollowUpNote.decode($0, sink: sink) }
        if let year = map.int("year") {
            if (2000...2099).contains(year) { config.year = year } else {
                sink.error(.diagYear, ["value": year], at: map.location(of: "year"))
            }
        }
        if let target = map.int("target") {
            if (1...5).contains(target) { config.target = target } else {
                sink.error(.diagLevelKey, ["key": "target", "value": target], at: map.location(of: "target"))
            }
        }
        config.ignore = map.strings("ignore") ?? []
        if let conventions = map.node("conventions") {
            config.conventions = Conventions.decode(conventions, base: .standard, sink: sink)
        }
        if let indicators = map.node("indicators"), let entries = MappingReader(indicators, what: sink.messages(.whatIndicators), sink: sink) {
            for key in entries.keys {
                guard let value = entries.node(key), let fields = MappingReader(value, what: sink.messages(.whatConfigIndicator, ["id": key]), sink: sink) else { continue }
                fields.rejectUnknownKeys(allowed: ConfigSchema.indicator.keys)
                var settings = IndicatorSettings()
                func level(_ key: String) -> Int? {
                    guard let value = fields.int(key) else { return nil }
                    guard (1...5).contains(value) else {
                        sink.error(.diagLevelKey, ["key": key, "value": value], at: fields.location(of: key))
                        return nil
                    }
                    return value
                }
                settings.target = level("target")
                settings.claim = level("claim")
                settings.confirmed = level("confirmed")
                settings.index = fields.double("index")
                settings.service = fields.string("service")
                settings.owner = fields.string("owner")
                settings.narrative = fields.string("narrative")
                config.indicatorKeys.append((key, entries.location(of: key) ?? value.location, settings))
            }
        }
    }

    /// Ties indicator keys to the pack's ids; an unknown indicator is an error, not a silent no-op.
    mutating func bind(to pack: RulePack, messages: Messages = .english) throws {
        let sink = DiagnosticSink(messages: messages)
        indicators = [:]
        let lookup = RulePack.IndicatorLookup(pack)
        for entry in indicatorKeys {
            guard let indicator = lookup.indicator(entry.key) else {
                sink.error(.diagConfigUnknownIndicator, ["id": entry.key, "pack": pack.framework.id, "hint": sink.hint(for: entry.key, in: pack.indicators.map(\.id))], at: entry.location)
                continue
            }
            if entry.settings.index != nil && indicator.external == nil {
                sink.error(.diagIndexOnEvidence, ["id": entry.key], at: entry.location)
            }
            // A value off the index's own scale (SDI 78.4 typed where 1–5 was meant, or the
            // reverse) would be scored silently: refuse it with the scale.
            if let value = entry.settings.index, let external = indicator.external, !external.accepts(value), let scale = external.scale {
                sink.error(.diagIndexOutOfScale, ["index": external.index, "id": entry.key, "value": value, "low": scale.lowerBound, "high": scale.upperBound], at: entry.location)
            }
            indicators[indicator.id] = entry.settings
        }
        waivers = []
        for entry in waiverEntries {
            guard let indicator = lookup.indicator(entry.indicator) else {
                sink.error(.diagWaiverIndicator, ["id": entry.indicator, "pack": pack.framework.id], at: entry.location)
                continue
            }
            if let requirement = entry.requirement, requirement != "manual",
               !indicator.levels.contains(where: { $0.requirements.contains { $0.id == requirement } }) {
                let known = Set(indicator.levels.flatMap { $0.requirements.map(\.id) }).sorted() + ["manual"]
                sink.error(.diagWaiverRequirement, ["id": indicator.id, "requirement": requirement, "hint": sink.hint(for: requirement, in: known), "known": known.joined(separator: ", ")], at: entry.location)
                continue
            }
            waivers.append(Waiver(indicator: indicator.id, requirement: entry.requirement, reason: entry.reason, expires: entry.expires, location: entry.location))
        }
        followUp = FollowUpNote.bind(followUpEntries, to: pack, lookup: lookup, sink: sink)
        if !followUpEntries.isEmpty && interview == nil {
            sink.error(.diagFollowUpInterview, [:], at: followUpEntries[0].location)
        }
        if sink.hasErrors { throw ConfigError.invalid(sink.diagnostics) }
    }

    /// The shipped national calendar plus this config's regional holidays.
    public var calendar: HolidayCalendar {
        var calendar = HolidayCalendar.shipped
        for holiday in holidays { calendar.add(holiday) }
        return calendar
    }

    /// Resolves `rules:` against the config's folder when it is a path.
    public var rulesReference: String {
        let isPath = rules.contains("/") || rules.hasSuffix(".yaml") || rules.hasSuffix(".yml")
        guard isPath, !rules.hasPrefix("/"), path != nil else { return rules }
        return PathName.join(baseDirectory, rules)
    }
}
