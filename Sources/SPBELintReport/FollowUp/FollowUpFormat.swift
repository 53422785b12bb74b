import SPBELint
import Foundation

/// One output of `spbe-lint follow-up`: the nota dinas to each OPD ("Tindak lanjut hasil
/// penilaian interviu") in one format. Bytes, not text, so a binary format (DOCX) fits
/// the same list: it renders `FollowUpSheet(followUp, messages:)` and registers in
/// `FollowUpFormats.all`, nothing else changes.
public protocol FollowUpFormat: Sendable {
    static var identifier: String { get }
    init(options: ReporterOptions)
    func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8]
}

public enum FollowUpFormats {
    public static let all: [any FollowUpFormat.Type] = [FollowUpText.self, FollowUpMarkdown.self, FollowUpCSV.self, FollowUpJSON.self, FollowUpDOCX.self]
    public static var identifiers: [String] { all.map { $0.identifier } }

    public static func make(_ identifier: String, options: ReporterOptions) -> (any FollowUpFormat)? {
        all.first { $0.identifier == identifier }.map { $0.init(options: options) }
    }
}

/// For the terminal: grouped by owner, the files that answered, the working days left.
public struct FollowUpText: FollowUpFormat {
    public static let identifier = "text"
    let colored: Bool
    public init(options: ReporterOptions) { colored = options.colored }

    public func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8] {
        // Names come from the config and the tree: escaped before any colour is added.
        let safe = followUp.mappingText { TerminalText.escape($0) }
        let paint: (String, String) -> String = { text, code in colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var lines: [String] = []
        if let instansi = report.configuration.instansi { lines.append(report.messages(.reportInstansi, ["name": TerminalText.escape(instansi)])) }
        lines += FollowUpSheet(safe, messages: report.messages).text(paint: paint)
        lines.append(FollowUpSheet(safe, messages: report.messages).source)
        let text = lines.joined(separator: "\n") + "\n"
        return Array((colored ? text : TerminalText.escape(text, keepNewlines: true)).utf8)
    }
}

/// The nota dinas attachment: the letter's header block, then one table per OPD.
public struct FollowUpMarkdown: FollowUpFormat {
    public static let identifier = "markdown"
    public init(options: ReporterOptions) {}

    public func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8] {
        let t = report.messages
        let cell = MarkdownText.escape
        var lines = ["# " + cell(t(.followUpLetterTitle) + (report.configuration.instansi.map { " — \($0)" } ?? "")), ""]
        lines.append("| | |")
        lines.append("|-----|---------------|")
        for row in report.letterHeader {
            // Perihal: this letter is about the interview's notes, not the whole checklist.
            let value = row.label == t(.checklistHeaderPerihal) ? t(.followUpLetterTitle) : row.value
            lines.append("| \(cell(row.label)) | \(cell(value)) |")
        }
        lines.append("")
        lines += FollowUpSheet(followUp, messages: t).markdown(level: 2)
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }
}

/// One row per note, the owner first so a spreadsheet filter gives each OPD its list.
public struct FollowUpCSV: FollowUpFormat {
    public static let identifier = "csv"
    let csv: CSVReporter
    public init(options: ReporterOptions) { csv = CSVReporter(options: options) }

    public func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8] {
        let rows = FollowUpSheet(followUp, messages: report.messages).csvRows(due: followUp.deadline.due.description)
        let text = rows.map { $0.map(csv.field).joined(separator: String(csv.separator)) }.joined(separator: "\r\n") + "\r\n"
        return Array(((csv.byteOrderMark ? "\u{FEFF}" : "") + text).utf8)
    }
}

/// The notes with their status, for scripts (docs/output.md).
public struct FollowUpJSON: FollowUpFormat {
    public static let identifier = "json"
    public init(options: ReporterOptions) {}

    struct Document: Encodable {
        var schema = 1
        var instansi: String?
        var today: String
        var interview: String
        var due: String
        var workingDaysLeft: Int
        var workingDaysLate: Int
        var late: Bool
        var exitCode: Int32
        var timeSource: String
        var followUp: [FollowUp.Entry]
    }

    public func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8] {
        let deadline = followUp.deadline
        let document = Document(
            instansi: report.configuration.instansi, today: followUp.today.description, interview: deadline.interview.description,
            due: deadline.due.description, workingDaysLeft: deadline.workingDaysLeft(on: followUp.today),
            workingDaysLate: deadline.workingDaysLate(on: followUp.today), late: followUp.isLate, exitCode: followUp.exitCode,
            timeSource: followUp.timeSource.rawValue, followUp: followUp.entries
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return Array("{}\n".utf8) }
        return Array(data) + [10]
    }
}
