import SPBELint
import Foundation

/// A relative rule-file name ("rules/spbe-2020.yaml") names a file on disk only if it is there.
private func FileManagerHasFile(_ path: String) -> Bool { PathName.entry(path) == .file }

/// SARIF 2.1.0 for code-scanning tools. Rule ids are the findings' stable ids
/// (framework/indicator/level/requirement); a missing file is located at the
/// indicator's folder. Every location is relative to the repository (`%SRCROOT%`), as
/// code scanning expects; where a rule is written in a pack built into spbe-lint (a
/// file the repository does not have), that place is a property of the rule, never a
/// result's location.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 with rules[] and fingerprints, for code scanning"

    public init(options: ReporterOptions = ReporterOptions()) {}

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool; var originalUriBaseIds: [String: ArtifactLocation]; var results: [Result]
        /// SARIF property bag: the config file the run used ("none" for built-in defaults).
        var properties: [String: String]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var semanticVersion: String; var informationUri: String; var rules: [Rule] }
    struct Rule: Encodable {
        var id: String; var name: String; var shortDescription: Text; var fullDescription: Text; var help: Help
        var defaultConfiguration: Configuration
        /// Where the rule is written ("rules/spbe-2020.yaml:120:9"), when known.
        var properties: [String: String]?
    }
    struct Text: Encodable { var text: String }
    struct Help: Encodable { var text: String; var markdown: String }
    struct Configuration: Encodable { var level: String }
    struct Result: Encodable {
        var ruleId: String; var ruleIndex: Int; var level: String; var message: Text
        var locations: [Location]; var partialFingerprints: [String: String]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region? }
    struct ArtifactLocation: Encodable { var uri: String; var uriBaseId: String? }
    struct Region: Encodable { var startLine: Int; var startColumn: Int? }

    static func level(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// Stable across runs: the same finding on the same path hashes the same.
    static func fingerprint(_ finding: Finding) -> String {
        String(FNV1a.hash("\(finding.ruleID)|\(finding.path ?? "")|\(finding.category.rawValue)".utf8), radix: 16)
    }

    func describe(_ finding: Finding, pack: RulePack) -> (short: String, full: String) {
        guard let id = finding.indicator, let indicator = pack.indicator(id) else { return (finding.message, finding.message) }
        let requirement = indicator.levels.flatMap(\.requirements).first { $0.id == finding.requirement }
        let level = finding.level.flatMap { indicator.level($0) }
        let short = "\(indicator.id) \(Indicator.shortName(indicator.name))" + (requirement.map { ": \($0.description)" } ?? ": \(finding.category.rawValue)")
        return (short, level.map { "L\($0.level): \($0.criteria)" } ?? indicator.name)
    }

    public func report(_ report: LintReport) -> String {
        let sourceRoot = report.sourceRoot ?? (PathName.real(report.root) ?? PathName.absolute(report.root))
        // Evidence paths are relative to the evidence folder; SARIF wants them from %SRCROOT%.
        func fromSource(_ path: String) -> String { PathName.join(report.rootInSource.isEmpty ? "." : report.rootInSource, path) }
        /// A file on disk inside the repository, relative to it; nil outside it.
        func inSource(_ file: String) -> String? {
            // "rules/spbe-2020.yaml" names the copy built into spbe-lint, whatever is on disk.
            if file.hasPrefix("rules/"), RuleSource.shippedFiles[String(file.dropFirst(6))] != nil { return nil }
            guard file.hasPrefix("/") || FileManagerHasFile(file) else { return nil }
            let absolute = PathName.real(file) ?? PathName.absolute(file)
            guard PathName.isInside(absolute, sourceRoot), absolute != sourceRoot else { return nil }
            return String(absolute.dropFirst(sourceRoot == "/" ? 1 : sourceRoot.count + 1))
        }
        let evidenceFolder = report.rootInSource.isEmpty ? "./" : report.rootInSource + "/"
        var rules: [Rule] = []
        var ruleIndex: [String: Int] = [:]
        var results: [Result] = []
        for finding in report.findings {
            if ruleIndex[finding.ruleID] == nil {
                let (short, full) = describe(finding, pack: report.pack)
                ruleIndex[finding.ruleID] = rules.count
                let help = finding.hint ?? finding.message
                rules.append(Rule(
                    id: finding.ruleID, name: finding.category.rawValue, shortDescription: Text(text: short),
                    fullDescription: Text(text: full), help: Help(text: help, markdown: MarkdownText.escape(help)),
                    defaultConfiguration: Configuration(level: Self.level(finding.severity)),
                    properties: finding.ruleLocation.map { ["definedAt": "\($0.file):\($0.line):\($0.column)"] }
                ))
            }
            let location: Location
            if let path = finding.path {
                let isFolder = finding.category.scope == .indicator
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(fromSource(path)) + (isFolder && !path.hasSuffix("/") ? "/" : ""), uriBaseId: "%SRCROOT%"),
                    region: nil))
            } else if let rule = finding.ruleLocation, let relative = inSource(rule.file) {
                // Written in a file of this repository (the config, a pack kept here): point at it.
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(relative), uriBaseId: "%SRCROOT%"),
                    region: Region(startLine: max(1, rule.line), startColumn: max(1, rule.column))))
            } else {
                let config = report.configuration.path.flatMap(inSource)
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(config ?? evidenceFolder), uriBaseId: "%SRCROOT%"),
                    region: nil))
            }
            var text = finding.message
            if let hint = finding.hint { text += " — " + hint }
            results.append(Result(
                ruleId: finding.ruleID, ruleIndex: ruleIndex[finding.ruleID]!, level: Self.level(finding.severity),
                message: Text(text: text), locations: [location],
                partialFingerprints: ["spbeLintFinding/v1": Self.fingerprint(finding)]
            ))
        }
        let rootURI = URL(fileURLWithPath: sourceRoot, isDirectory: true).standardizedFileURL.absoluteString
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: "spbe-lint", semanticVersion: SPBELintVersion.current,
                                      informationUri: "https://github.com/spbe-lint/spbe-lint", rules: rules)),
            originalUriBaseIds: ["%SRCROOT%": ArtifactLocation(uri: rootURI.hasSuffix("/") ? rootURI : rootURI + "/", uriBaseId: nil)],
            results: results,
            properties: ["config": report.configuration.path ?? "none"]
        )])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapeJSON((try? encoder.encode(log)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
