import SPBELint
/// A small WordprocessingML (.docx) document: headings, paragraphs, tables with sized
/// columns and page breaks, on A4. Written with no library (a stored zip of a few XML
/// parts), so an attachment needs neither pandoc nor an office suite. Any report can
/// build one: the checklist attachment does, and other notes can.
public struct WordDocument: Sendable {
    /// A piece of text with its own weight.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var bold: Bool
        public init(_ text: String, bold: Bool = false) {
            self.text = text
            self.bold = bold
        }
    }

    public struct Table: Sendable {
        /// Relative widths; the columns share the text width in these proportions.
        public var widths: [Int]
        /// Repeated at the top of every page the table runs onto; nil for none.
        public var header: [String]?
        public var rows: [[String]]
        /// Grid lines; a header block (label, value) goes without.
        public var borders = true
        /// Half-points (18 = 9 pt): a wide table in a smaller size than the body.
        public var fontSize = 18
        /// Columns whose cells are bold (the labels of a header block).
        public var boldColumns: Set<Int> = []

        public init(widths: [Int], header: [String]? = nil, rows: [[String]], borders: Bool = true, fontSize: Int = 18, boldColumns: Set<Int> = []) {
            self.widths = widths
            self.header = header
            self.rows = rows
            self.borders = borders
            self.fontSize = fontSize
            self.boldColumns = boldColumns
        }
    }

    enum Block: Sendable {
        case paragraph([Run], size: Int?, heading: Int?, pageBreakBefore: Bool)
        case table(Table)
    }

    /// A4 in twentieths of a point, and the margins (2 cm, 2.5 cm on the binding side).
    public static let pageWidth = 11906, pageHeight = 16838
    public static let marginTop = 1134, marginBottom = 1134, marginLeft = 1418, marginRight = 1134
    public static var textWidth: Int { pageWidth - marginLeft - marginRight }

    public var title: String
    /// BCP 47, for spelling and hyphenation in the office suite ("id-ID").
    public var language: String
    /// Metric-compatible with Liberation Sans where Arial is missing.
    public var font = "Arial"
    /// Body text in half-points (20 = 10 pt).
    public var fontSize = 20
    private var blocks: [Block] = []

    public init(title: String, language: String) {
        self.title = title
        self.language = language
    }

    public mutating func heading(_ text: String, level: Int = 1, pageBreakBefore: Bool = false) {
        blocks.append(.paragraph([Run(text, bold: true)], size: level == 1 ? 28 : 24, heading: level, pageBreakBefore: pageBreakBefore))
    }

    public mutating func paragraph(_ runs: [Run], size: Int? = nil) {
        blocks.append(.paragraph(runs, size: size, heading: nil, pageBreakBefore: false))
    }

    public mutating func paragraph(_ text: String, bold: Bool = false, size: Int? = nil) {
        paragraph([Run(text, bold: bold)], size: size)
    }

    public mutating func table(_ table: Table) {
        blocks.append(.table(table))
    }

    /// The .docx file.
    public var bytes: [UInt8] {
        var zip = ZipArchive()
        zip.add("[Content_Types].xml", text: Self.contentTypes)
        zip.add("_rels/.rels", text: Self.packageRelationships)
        zip.add("docProps/core.xml", text: coreProperties)
        zip.add("word/_rels/document.xml.rels", text: Self.documentRelationships)
        zip.add("word/styles.xml", text: styles)
        zip.add("word/document.xml", text: documentXML)
        return zip.bytes
    }

    /// The main part: what a test reads and what `bytes` packs.
    public var documentXML: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        for block in blocks {
            switch block {
            case .paragraph(let runs, let size, let heading, let pageBreakBefore):
                xml += paragraphXML(runs, size: size, heading: heading, pageBreakBefore: pageBreakBefore)
            case .table(let table):
                xml += tableXML(table)
                // Two tables in a row would merge into one: a paragraph keeps them apart.
                xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>"
            }
        }
        xml += "<w:sectPr><w:pgSz w:w=\"\(Self.pageWidth)\" w:h=\"\(Self.pageHeight)\"/>"
        xml += "<w:pgMar w:top=\"\(Self.marginTop)\" w:right=\"\(Self.marginRight)\" w:bottom=\"\(Self.marginBottom)\" w:left=\"\(Self.marginLeft)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
        return xml + "</w:body></w:document>"
    }

    private func paragraphXML(_ runs: [Run], size: Int?, heading: Int?, pageBreakBefore: Bool, spacingAfter: Int = 120) -> String {
        var properties = ""
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if heading != nil { properties += "<w:keepNext/>" }
        properties += "<w:spacing w:before=\"\(heading == nil ? 0 : 240)\" w:after=\"\(spacingAfter)\"/>"
        if let heading { properties += "<w:outlineLvl w:val=\"\(heading - 1)\"/>" }
        return "<w:p><w:pPr>\(properties)</w:pPr>" + runs.map { runXML($0, size: size) }.joined() + "</w:p>"
    }

    private func runXML(_ run: Run, size: Int?) -> String {
        var properties = run.bold ? "<w:b/>" : ""
        if let size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let lines = Self.escape(Self.breakable(run.text)).split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }.joined(separator: "<w:br/>")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + text + "</w:r>"
    }

    private func tableXML(_ table: Table) -> String {
        let total = max(1, table.widths.reduce(0, +))
        var widths = table.widths.map { $0 * Self.textWidth / total }
        if !widths.isEmpty { widths[widths.count - 1] += Self.textWidth - widths.reduce(0, +) }
        let border = table.borders ? "single" : "nil"
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(Self.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>" }.joined() + "</w:tblBorders>"
        xml += "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [String], header: Bool) -> String {
            var row = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for (column, width) in widths.enumerated() {
                let text = column < cells.count ? cells[column] : ""
                let shade = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7EAEE\"/>" : ""
                row += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shade)</w:tcPr>"
                row += paragraphXML([Run(text, bold: header || table.boldColumns.contains(column))], size: table.fontSize, heading: nil, pageBreakBefore: false, spacingAfter: 0)
                row += "</w:tc>"
            }
            return row + "</w:tr>"
        }
        if let header = table.header { xml += row(header, header: true) }
        for cells in table.rows { xml += row(cells, header: false) }
        return xml + "</w:tbl>"
    }

    /// Line-break rules (UAX #14, as office suites apply them) allow no break before "."
    /// even after a space, nor after "/" before a letter: "(Laporan; .pdf .docx)" and
    /// "RPJMD/Renstra/Renja/RKPD" would be single unbreakable words that a narrow cell cuts
    /// letter by letter. A zero-width space marks where a line may break; it shows nothing.
    static func breakable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == ".", previous == " " { out.append("\u{200B}") }
            if previous == "/", scalar.properties.isAlphabetic { out.append("\u{200B}") }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    /// Text for the document's XML. Control, C1 and bidi characters (from names and
    /// document text) are shown visibly, as in the HTML report: a bidi override would
    /// reorder what the reader of the letter sees.
    static func escape(_ raw: String) -> String {
        XMLText.escape(TerminalText.escape(raw, keepNewlines: true))
    }

    private var styles: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="\(Self.escape(font))" w:hAnsi="\(Self.escape(font))" w:eastAsia="\(Self.escape(font))" w:cs="\(Self.escape(font))"/><w:sz w:val="\(fontSize)"/><w:szCs w:val="\(fontSize)"/><w:lang w:val="\(Self.escape(language))"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>
        """
    }

    private var coreProperties: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(Self.escape(title))</dc:title><dc:language>\(Self.escape(language))</dc:language><dc:creator>spbe-lint</dc:creator></cp:coreProperties>
        """
    }

    private static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
    """

    private static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
    """

    private static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
    """
}
