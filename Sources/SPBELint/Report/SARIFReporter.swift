import Foundation

/// SARIF 2.1.0 for code-scanning tools. Rule ids are the findings' stable ids
/// (framework/indicator/level/requirement); a missing file is located at the
/// indicator's folder, or at the requirement's line in the rule pack when there is no
/// folder. Paths are relative to the evidence root (`EVIDENCE_ROOT`).
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 with rules[] and fingerprints, for code scanning"

    public init() {}

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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(finding.ruleID)|\(finding.path ?? "")|\(finding.category.rawValue)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    func describe(_ finding: Finding, pack: RulePack) -> (short: String, full: String) {
        guard let id = finding.indicator, let indicator = pack.indicator(id) else { return (finding.message, finding.message) }
        let requirement = indicator.levels.flatMap(\.requirements).first { $0.id == finding.requirement }
        let level = finding.level.flatMap { indicator.level($0) }
        let short = "\(indicator.id) \(TextReporter.shortName(indicator.name))" + (requirement.map { ": \($0.description)" } ?? ": \(finding.category.rawValue)")
        return (short, level.map { "L\($0.level): \($0.criteria)" } ?? indicator.name)
    }

    public func report(_ report: LintReport) -> String {
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
                    defaultConfiguration: Configuration(level: Self.level(finding.severity))
                ))
            }
            let location: Location
            if let path = finding.path {
                let isFolder = finding.category == .gap || finding.category == .manual || finding.category == .claim
                    || finding.category == .waived || finding.category == .narrative || finding.category == .external
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(path) + (isFolder && !path.hasSuffix("/") ? "/" : ""), uriBaseId: "EVIDENCE_ROOT"),
                    region: nil))
            } else if let rule = finding.ruleLocation {
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(rule.file), uriBaseId: nil),
                    region: Region(startLine: max(1, rule.line), startColumn: max(1, rule.column))))
            } else {
                location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(report.configuration.path.map { PathName.lastComponent($0) } ?? "./"), uriBaseId: "EVIDENCE_ROOT"),
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
        let rootURI = URL(fileURLWithPath: report.root, isDirectory: true).standardizedFileURL.absoluteString
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: "spbe-lint", semanticVersion: SPBELintVersion.current,
                                      informationUri: "https://github.com/spbe-lint/spbe-lint", rules: rules)),
            originalUriBaseIds: ["EVIDENCE_ROOT": ArtifactLocation(uri: rootURI.hasSuffix("/") ? rootURI : rootURI + "/", uriBaseId: nil)],
            results: results,
            properties: ["config": report.configuration.path ?? "none"]
        )])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(log)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
