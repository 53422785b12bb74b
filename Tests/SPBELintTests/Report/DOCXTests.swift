import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The checklist as a Word attachment, judged as an office suite prints it: LibreOffice
/// (Debian's libreoffice-writer-nogui, headless) converts it to PDF; the pages are A4,
/// every word sits inside the margins and no word is cut inside a table cell.
@Suite("Word attachment")
struct DOCXTests {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func report(_ language: Messages.Language) throws -> (TempTree, LintReport) {
        let tree = ChecklistGoldenTests.fixture()
        // An uploaded name with markup and a control character must not break the file.
        tree.file("Lain-lain/foto <w:t>kegiatan</w:t> \u{07}& \"rapat\".pdf")
        let report = try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!, language: language))).run(root: tree.root)
        return (tree, report)
    }

    /// The text of every `w:t` of the main part, zero-width spaces removed.
    static func text(_ xml: String) -> String {
        var out: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<w:t xml:space=\"preserve\">"), let close = rest.range(of: "</w:t>", range: open.upperBound..<rest.endIndex) {
            out.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out.joined(separator: "\n").replacingOccurrences(of: "\u{200B}", with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func zipIsReadBackByPython() throws {
        let (tree, report) = try Self.report(.id)
        let path = PathName.join(PathName.parent(tree.root), "lampiran.docx")
        FileManager.default.createFile(atPath: path, contents: Data(DOCXReporter().bytes(report)))
        let script = """
        import sys, zipfile, xml.dom.minidom
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        assert z.namelist()[0] == '[Content_Types].xml'
        for name in z.namelist():
            if name.endswith('.xml') or name.endswith('.rels'):
                xml.dom.minidom.parseString(z.read(name))
        print(len(z.namelist()))
        """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("6"))
        let xml = DOCXReporter().report(report)
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        #expect(!xml.contains("<w:t>kegiatan"), "a name never becomes markup")
        #expect(!xml.contains("\u{07}"))
    }

    /// The names built to forge every format: the document stays well-formed XML, and no
    /// element comes from a name (only the writer's own ones appear).
    @Test func hostileNamesStayText() throws {
        let tree = try HostileNamesTests.fixture()
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let path = PathName.join(PathName.parent(tree.root), "hostile.docx")
        FileManager.default.createFile(atPath: path, contents: Data(DOCXReporter().bytes(report)))
        let script = """
        import sys, zipfile, xml.dom.minidom
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        doc = xml.dom.minidom.parseString(z.read('word/document.xml'))
        names = {e.tagName for e in doc.getElementsByTagName('*')}
        allowed = {'w:document', 'w:body', 'w:p', 'w:pPr', 'w:r', 'w:rPr', 'w:t', 'w:b', 'w:sz', 'w:szCs', 'w:br', 'w:spacing', 'w:keepNext',
                   'w:outlineLvl', 'w:pageBreakBefore', 'w:tbl', 'w:tblPr', 'w:tblW', 'w:tblLayout', 'w:tblBorders', 'w:top', 'w:left', 'w:bottom',
                   'w:right', 'w:insideH', 'w:insideV', 'w:tblCellMar', 'w:tblGrid', 'w:gridCol', 'w:tr', 'w:trPr', 'w:cantSplit', 'w:tblHeader',
                   'w:tc', 'w:tcPr', 'w:tcW', 'w:shd', 'w:sectPr', 'w:pgSz', 'w:pgMar'}
        print(sorted(names - allowed))
        """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[]\n", "elements from names: \(result.stdout)")
    }

    @Test func zipChecksumsAreIEEE() {
        #expect(ZipArchive.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test(.enabled(if: soffice != nil && PrintedWords.pdftotext, "LibreOffice (libreoffice-writer-nogui) is not installed (scripts/install-deps.sh installs it)"),
          arguments: [Messages.Language.id, .en])
    func printsOnA4InsideTheMarginsWithNoWordCut(language: Messages.Language) throws {
        let (tree, report) = try Self.report(language)
        let folder = PathName.join(PathName.parent(tree.root), "out-\(language.rawValue)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let docx = PathName.join(folder, "lampiran.docx")
        FileManager.default.createFile(atPath: docx, contents: Data(DOCXReporter().bytes(report)))
        // A profile of its own: a second office running at once must not share one.
        let converted = try Shell.run(Self.soffice!, ["-env:UserInstallation=file://" + PathName.join(folder, "profile"), "--headless",
                                                      "--convert-to", "pdf", "--outdir", folder, docx],
                                      environment: ["HOME": folder, "PATH": "/usr/bin:/bin"])
        let pdf = PathName.join(folder, "lampiran.pdf")
        #expect(converted.status == 0 && FileManager.default.fileExists(atPath: pdf), "\(converted.stderr)")
        let info = try Shell.run("/usr/bin/env", ["pdfinfo", pdf]).stdout
        #expect(info.contains("(A4)"), "\(info)")

        let printed = try PrintedWords(pdf: pdf)
        let pt = { (twips: Int) in Double(twips) / 20 }
        for (number, page) in printed.pages.enumerated() {
            for word in page.words {
                let inside = word.xMin >= pt(WordDocument.marginLeft) - 1 && word.xMax <= page.width - pt(WordDocument.marginRight) + 1
                    && word.yMin >= pt(WordDocument.marginTop) - 1 && word.yMax <= page.height - pt(WordDocument.marginBottom) + 1
                #expect(inside, "page \(number + 1): '\(word.text)' at \(word.xMin)…\(word.xMax), \(word.yMin)…\(word.yMax)")
            }
        }
        let split = printed.splitWords(source: Self.text(DOCXReporter().report(report)))
        #expect(split.isEmpty, "words cut inside a cell: \(split.prefix(20))")
        #expect(printed.overlaps().isEmpty, "\(printed.overlaps().prefix(5))")

        // Each OPD starts its own page.
        let t = report.messages
        let owners = ["Bagian Hukum", "Bappeda, Litbang", "Diskominfo"]
        let pagesOf = owners.map { owner -> Int? in
            let title = t(.checklistOwnerTitle, ["owner": owner]).split(separator: " ").first.map(String.init) ?? ""
            return printed.pages.firstIndex { page in
                let text = page.words.map(\.text).joined(separator: " ")
                return text.contains(title) && text.contains(owner.split(separator: ",")[0])
            }
        }
        #expect(pagesOf.allSatisfy { $0 != nil } && Set(pagesOf).count == owners.count, "\(pagesOf)")
    }
}
