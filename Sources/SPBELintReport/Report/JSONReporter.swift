import SPBELint
import Foundation

/// Machine-readable report. The schema is documented in docs/output.md and versioned
/// by `schema`; keys are sorted and numbers rounded so output is byte-stable.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "stable JSON document (schema in docs/output.md)"
    public static let schemaVersion = 1

    public init(options: ReporterOptions = ReporterOptions()) {}

    struct Document: Encodable {
        var schema: Int
        var tool: Tool
        var framework: FrameworkInfo
        var root: String
        /// The config file the run used; null when none was found (built-in defaults).
        var config: String?
        var instansi: String?
        var today: String
        var deadline: DeadlineEntry?
        var summary: Summary
        var index: Index
        var claimedIndex: Index?
        var indicators: [IndicatorEntry]
        var findings: [FindingEntry]
        /// The asesor's notes with their status; absent without `follow-up:`.
        var followUp: [FollowUp.Entry]?
    }

    struct DeadlineEntry: Encodable {
        var interview: String; var due: String; var windowDays: Int; var countsInterviewDay: Bool
        var workingDaysLeft: Int; var workingDaysLate: Int; var skipped: [Holiday]; var missingCalendarYears: [Int]
    }
    struct Holiday: Encodable { var date: String; var type: String; var name: String }
    struct Tool: Encodable { var name: String; var version: String }
    struct FrameworkInfo: Encodable { var id: String; var title: String; var regulation: String; var indexName: String; var rules: String }
    struct Summary: Encodable {
        var files: Int; var folders: Int; var indicators: Int; var indicatorsMeetingTarget: Int
        var gaps: Int; var errors: Int; var warnings: Int; var exitCode: Int32
        /// False under `--names-only`: no file was opened.
        var contentsChecked: Bool
    }
    struct Index: Encodable { var value: Double; var predikat: String; var domains: [Part]; var aspects: [Part] }
    struct Part: Encodable { var id: String; var name: String; var weight: Double; var value: Double }
    struct IndicatorEntry: Encodable {
        var id: String; var number: Int; var name: String; var aspect: String; var domain: String?
        var weight: Double; var supportedLevel: Int; var value: Double; var targetLevel: Int; var claimedLevel: Int?
        var meetsTarget: Bool; var service: String?; var owner: String?; var folder: String?; var files: [FileEntry]
        var requirements: [RequirementEntry]; var manualChecks: [ManualEntry]; var external: ExternalEntry?
        /// The evaluator's account: what counted (for which requirements) and what did not, and why.
        var counted: [CountedEntry]; var notCounted: [NotCountedEntry]
    }
    struct CountedEntry: Encodable { var path: String; var requirements: [String]; var note: String? }
    struct NotCountedEntry: Encodable { var path: String; var reason: String; var detail: String; var requirement: String? }
    struct ManualEntry: Encodable { var level: Int; var text: String }
    struct ExternalEntry: Encodable { var index: String; var indexValue: Double?; var level: Int; var aboveKnownBands: Bool }
    struct FileEntry: Encodable { var path: String; var kinds: [String]; var level: Int?; var assignment: String? }
    struct RequirementEntry: Encodable {
        var id: String; var level: Int; var kinds: [String]; var min: Int; var found: Int; var met: Bool
        var description: String; var files: [String]; var rejected: [String]; var stale: [String]
    }
    struct FindingEntry: Encodable {
        var ruleId: String; var category: String; var severity: String; var indicator: String?; var level: Int?
        var requirement: String?; var path: String?; var message: String; var hint: String?; var ruleLocation: Location?
    }
    struct Location: Encodable { var file: String; var line: Int; var column: Int }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    public func report(_ report: LintReport) -> String {
        let pack = report.pack
        let parts: ([IndexEstimate.Part]) -> [Part] = { list in
            list.map { Part(id: $0.id, name: $0.name, weight: $0.weight, value: Self.round($0.value)) }
        }
        let document = Document(
            schema: Self.schemaVersion,
            tool: Tool(name: "spbe-lint", version: SPBELintVersion.current),
            framework: FrameworkInfo(id: pack.framework.id, title: pack.framework.title, regulation: pack.framework.regulation, indexName: pack.framework.indexName, rules: pack.source),
            root: report.root,
            config: report.configuration.path,
            instansi: report.configuration.instansi,
            today: report.today.description,
            deadline: report.deadline.map { deadline in
                DeadlineEntry(
                    interview: deadline.interview.description, due: deadline.due.description, windowDays: deadline.window,
                    countsInterviewDay: deadline.countsInterviewDay, workingDaysLeft: deadline.workingDaysLeft(on: report.today),
                    workingDaysLate: deadline.workingDaysLate(on: report.today),
                    skipped: deadline.skipped.map { Holiday(date: $0.day.description, type: $0.kind.rawValue, name: $0.name) },
                    missingCalendarYears: deadline.missingCalendarYears
                )
            },
            summary: Summary(
                files: report.fileCount, folders: report.directoryCount, indicators: report.results.count,
                indicatorsMeetingTarget: report.results.filter(\.meetsTarget).count,
                gaps: report.gapCount, errors: report.errorCount, warnings: report.warningCount, exitCode: report.exitCode,
                contentsChecked: report.contentsChecked
            ),
            index: Index(value: Self.round(report.estimate.value), predikat: report.estimate.predikat, domains: parts(report.estimate.domains), aspects: parts(report.estimate.aspects)),
            claimedIndex: report.claimedEstimate.map { Index(value: Self.round($0.value), predikat: $0.predikat, domains: parts($0.domains), aspects: parts($0.aspects)) },
            indicators: report.results.map { result in
                let account = report.account(of: result)
                return IndicatorEntry(
                    id: result.indicator.id, number: result.indicator.number, name: result.indicator.name,
                    aspect: result.indicator.aspect, domain: pack.aspect(result.indicator.aspect)?.domain,
                    weight: result.indicator.weight, supportedLevel: result.supportedLevel, value: Self.round(result.value),
                    targetLevel: result.targetLevel, claimedLevel: result.claimedLevel,
                    meetsTarget: result.meetsTarget, service: result.service,
                    owner: report.configuration.indicators[result.indicator.id]?.owner, folder: result.folder,
                    files: result.files.map { FileEntry(path: $0.path, kinds: $0.kinds, level: $0.level, assignment: $0.assignment?.rawValue) },
                    requirements: result.requirements.map {
                        RequirementEntry(id: $0.requirement.id, level: $0.declaredAt, kinds: $0.requirement.kinds, min: $0.requirement.minimum,
                                         found: $0.count, met: $0.isMet, description: $0.requirement.description, files: $0.matched,
                                         rejected: $0.rejected, stale: $0.stale)
                    },
                    manualChecks: result.manualGates.map { ManualEntry(level: $0.level, text: $0.text) },
                    external: result.external.map { ExternalEntry(index: $0.index, indexValue: $0.indexValue, level: $0.level, aboveKnownBands: $0.aboveKnownBands) },
                    counted: account.counted.map { CountedEntry(path: $0.path, requirements: $0.requirements, note: $0.note) },
                    notCounted: account.notCounted.map { NotCountedEntry(path: $0.path, reason: $0.reason.rawValue, detail: $0.detail, requirement: $0.requirement) }
                )
            },
            findings: report.findings.map {
                FindingEntry(ruleId: $0.ruleID, category: $0.category.rawValue, severity: $0.severity.rawValue, indicator: $0.indicator,
                             level: $0.level, requirement: $0.requirement, path: $0.path, message: $0.message, hint: $0.hint,
                             ruleLocation: $0.ruleLocation.map { Location(file: $0.file, line: $0.line, column: $0.column) })
            },
            followUp: report.followUp?.entries
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return TerminalText.escapeJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
