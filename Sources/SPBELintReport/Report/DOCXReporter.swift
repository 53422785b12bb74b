import SPBELint
/// The checklist as a Word document to attach to a nota dinas: A4, the letter's header
/// block (instansi, perihal, nomor and tanggal to fill, batas waktu), then per OPD on its
/// own page a table of what it must deliver and what already counts, and last what only
/// the coordinator can do. Written by `WordDocument`: no pandoc, no office suite.
public struct DOCXReporter: Reporter {
    public static let identifier = "docx"
    public static let summary = "checklist per OPD as a Word document (A4) to attach to a nota dinas; redirect to a .docx file"
    public static var isBinary: Bool { true }

    public init(options: ReporterOptions = ReporterOptions()) {}

    /// The main part's XML (what `bytes` packs): readable in a test or a diff.
    public func report(_ report: LintReport) -> String {
        document(report).documentXML
    }

    public func bytes(_ report: LintReport) -> [UInt8] {
        document(report).bytes
    }

    /// Columns of an OPD's table, by share of the text width: wide enough in both
    /// languages that no word of a header or a type breaks inside its cell.
    static let widths = [5, 14, 9, 11, 16, 26, 19]

    public func document(_ report: LintReport) -> WordDocument {
        let t = report.messages
        let checklist = Checklist(report: report)
        let title = t(.checklistTitle)
        var document = WordDocument(title: title + (report.configuration.instansi.map { " — " + $0 } ?? ""), language: t.language == .id ? "id-ID" : "en-GB")
        document.paragraph(t(.docxAttachment), bold: true)
        document.heading(title)
        document.table(WordDocument.Table(widths: [22, 78], rows: report.letterHeader.map { [$0.label, $0.value] }, borders: false, fontSize: 20, boldColumns: [0]))
        document.paragraph("\(report.pack.framework.title) · \(report.pack.framework.regulation)", size: 18)
        for warning in report.calendarWarnings { document.paragraph("⚠ " + warning, size: 18) }
        if !report.contentsChecked { document.paragraph("⚠ " + t(.reportNamesOnly), size: 18) }
        if let reason = report.documentsSkipped { document.paragraph("⚠ " + t(.contentNotRead, ["reason": reason]), size: 18) }
        document.paragraph(t(.reportIndexSupported, ["index": report.pack.framework.indexName, "value": t.decimal(report.estimate.value), "predikat": report.estimate.predikat]))
        if let claimed = report.claimedEstimate {
            document.paragraph(t(.reportIndexClaimed, ["index": report.pack.framework.indexName, "value": t.decimal(claimed.value), "predikat": claimed.predikat]))
        }
        document.paragraph(report.summaryLine, bold: true)
        if checklist.items.isEmpty { document.paragraph(t(.checklistNone)) }
        let header = [t(.docxColumnNumber), t(.checklistColumnIndicator), t(.docxColumnLevels), t(.checklistColumnType), t(.accountPresent), t(.checklistColumnWhat), t(.checklistColumnHint)]
        // Each OPD on its own pages, to hand out; the first follows the header block.
        for (position, group) in checklist.byOwner.enumerated() {
            let owner = group.owner ?? t(.checklistNoOwner)
            document.heading(t(.checklistOwnerTitle, ["owner": owner]) + " (" + t(.checklistItems, ["count": group.items.count]) + ")", level: 2, pageBreakBefore: position > 0)
            let rows = group.items.enumerated().map { number, item in
                [
                    "\(number + 1)", "\(item.indicator) \(item.indicatorName)", "\(item.supportedLevel) → \(item.targetLevel)",
                    t(MessageKey(family: "checklist.type", member: item.category.rawValue)), Checklist.presentCell(item.present, t),
                    item.what, item.hint ?? "",
                ]
            }
            document.table(WordDocument.Table(widths: Self.widths, header: header, rows: rows))
        }
        if !checklist.coordinator.isEmpty {
            document.heading(t(.checklistCoordinatorTitle) + " (" + t(.checklistItems, ["count": checklist.coordinator.count]) + ")", level: 2, pageBreakBefore: true)
            let rows = checklist.coordinator.enumerated().map { number, item in
                ["\(number + 1)", item.indicator, t(MessageKey(family: "checklist.type", member: item.category.rawValue)), item.what, item.hint ?? ""]
            }
            document.table(WordDocument.Table(
                widths: [5, 10, 14, 41, 30],
                header: [t(.docxColumnNumber), t(.checklistColumnIndicator), t(.checklistColumnType), t(.checklistColumnWhat), t(.checklistColumnHint)],
                rows: rows
            ))
        }
        return document
    }
}
