import SPBELint
/// The nota dinas attachment "Tindak lanjut hasil penilaian interviu" as a Word document:
/// A4, the letter's header block, then one table per OPD on its own page. Rendered from
/// the same `FollowUpSheet` as every other format, written by `WordDocument`.
public struct FollowUpDOCX: FollowUpFormat {
    public static let identifier = "docx"
    public init(options: ReporterOptions) {}

    /// Columns by share of the text width: the note and the reason get most of it.
    static let widths = [16, 26, 12, 22, 24]

    public func render(_ report: LintReport, _ followUp: FollowUp) -> [UInt8] {
        document(report, followUp).bytes
    }

    public func document(_ report: LintReport, _ followUp: FollowUp) -> WordDocument {
        let t = report.messages
        let sheet = FollowUpSheet(followUp, messages: t)
        let title = t(.followUpLetterTitle)
        var document = WordDocument(title: title + (report.configuration.instansi.map { " — " + $0 } ?? ""), language: t.language == .id ? "id-ID" : "en-GB")
        document.paragraph(t(.docxAttachment), bold: true)
        document.heading(title)
        // Perihal: this letter is about the interview's notes, not the whole checklist.
        let header = report.letterHeader.map { row in [row.label, row.label == t(.checklistHeaderPerihal) ? title : row.value] }
        document.table(WordDocument.Table(widths: [22, 78], rows: header, borders: false, fontSize: 20, boldColumns: [0]))
        document.paragraph(sheet.deadlineLine, bold: true)
        document.paragraph(sheet.summary)
        document.paragraph(sheet.source, size: 18)
        let columns = [sheet.columns.indicator, sheet.columns.note, sheet.columns.status, sheet.columns.files, sheet.columns.reason]
        for (position, group) in sheet.groups.enumerated() {
            document.heading(group.owner, level: 2, pageBreakBefore: position > 0)
            let rows = group.rows.map { row in
                [row.indicator, row.note + " (" + row.requirementID + ")", row.statusText, row.files.joined(separator: "\n"), row.reason]
            }
            document.table(WordDocument.Table(widths: Self.widths, header: columns, rows: rows))
        }
        return document
    }
}
