import SPBELint
/// The checklist as CSV (RFC 4180: quoted where needed, CRLF line ends) that opens
/// cleanly in a spreadsheet. `byteOrderMark` helps Excel read UTF-8; `separator: ";"`
/// suits spreadsheets set to Indonesian, where the comma is the decimal mark.
public struct CSVReporter: Reporter {
    public static let identifier = "csv"
    public static let summary = "checklist rows for a spreadsheet (--bom, --csv-separator)"

    public var byteOrderMark: Bool
    public var separator: Character
    public var groupByOwner: Bool

    public init(options: ReporterOptions) {
        self.init(byteOrderMark: options.byteOrderMark, separator: options.csvSeparator, groupByOwner: options.groupByOwner)
    }

    public init(byteOrderMark: Bool = false, separator: Character = ",", groupByOwner: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.separator = separator
        self.groupByOwner = groupByOwner
    }

    func field(_ cell: String) -> String {
        // Names and the document text a finding quotes come from uploads: control, C1 and
        // bidi characters are shown visibly (a CSV is also read with cat and less).
        let raw = TerminalText.escape(cell, keepNewlines: true)
        // Spreadsheets run a cell that starts with = + - @ (or tab/CR before one) as a
        // formula; names come from uploads, so such a cell is prefixed with ' (OWASP).
        let text = raw.first.map { "=+-@\t\r".contains($0) } == true ? "'" + raw : raw
        let needsQuotes = text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public func report(_ report: LintReport) -> String {
        let t = report.messages
        let checklist = Checklist(report: report)
        let due = report.deadline.map { $0.due.description } ?? ""
        let header = [MessageKey.checklistColumnOwner, MessageKey.checklistColumnIndicator, MessageKey.checklistColumnName, MessageKey.checklistColumnSupported,
                      MessageKey.checklistColumnTarget, MessageKey.checklistColumnType, MessageKey.checklistColumnWhat, MessageKey.checklistColumnHint, MessageKey.checklistColumnDue,
                      MessageKey.checklistColumnSeverity, MessageKey.accountPresent].map { t($0) }
        var rows = [header]
        let items = groupByOwner ? checklist.byOwner.flatMap(\.items) : checklist.items
        for item in items {
            rows.append([
                item.owner ?? t(.checklistNoOwner), item.indicator, item.indicatorName, String(item.supportedLevel),
                String(item.targetLevel), t(MessageKey(family: "checklist.type", member: item.category.rawValue)), item.what, item.hint ?? "", due,
                t(MessageKey(family: "checklist.severity", member: item.severity.rawValue)),
                // Last, so the columns spreadsheets already filter on keep their places.
                item.present.joined(separator: "; "),
            ])
        }
        // The coordinator's rows (unassigned files, duplicates, config entries) last,
        // under the coordinator's name, so a filter by OPD never shows them.
        for item in checklist.coordinator {
            rows.append([
                t(.checklistCoordinatorTitle), item.indicator, item.indicatorName, "", "",
                t(MessageKey(family: "checklist.type", member: item.category.rawValue)), item.what, item.hint ?? "", due,
                t(MessageKey(family: "checklist.severity", member: item.severity.rawValue)), "",
            ])
        }
        let text = rows.map { $0.map(field).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
        return (byteOrderMark ? "\u{FEFF}" : "") + text
    }
}
