import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Checklists per OPD")
struct ChecklistGoldenTests {
    static func fixture() -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        instansi: Pemerintah Kota Contoh
        interview: 2026-09-21
        target: 2
        indicators:
          "1": {owner: Bagian Hukum, claim: 3}
          "2": {owner: Bagian Hukum}
          "12": {owner: "Bappeda, Litbang"}
          "42": {owner: Diskominfo}
        """)
        tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("42/Screenshot Dashboard LAPOR.png", "png")
        return tree
    }

    static func render(_ format: String, _ language: Messages.Language, grouped: Bool) throws -> String {
        let tree = fixture()
        var options = Linter.Options(context: RunContext.testing(today: Day("2026-09-23")!, language: language))
        options.target = nil
        // Goldens pin the reporters, not the document reader (Contents/ tests that): the
        // build with and without the Contents trait must give the same golden.
        options.readsDocuments = false
        let report = try Linter(options: options).run(root: tree.root)
        let reporter = Reporters.make(format, options: ReporterOptions(groupByOwner: grouped, byteOrderMark: format == "csv" && language == .id))!
        return reporter.report(report).replacingOccurrences(of: tree.root, with: "<root>")
    }

    @Test(arguments: [Messages.Language.id, .en])
    func markdownByOwner(language: Messages.Language) throws {
        let text = Fixtures.withoutBuildNotice(try Self.render("markdown", language, grouped: true))
        #expect(text == Fixtures.golden("checklist-\(language.rawValue).md", text))
    }

    @Test(arguments: [Messages.Language.id, .en])
    func csv(language: Messages.Language) throws {
        let text = try Self.render("csv", language, grouped: true)
        #expect(text == Fixtures.golden("checklist-\(language.rawValue).csv", text))
    }

    @Test func csvQuotingIsRFC4180() {
        let reporter = CSVReporter()
        #expect(reporter.field("a,b") == "\"a,b\"")
        #expect(reporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(reporter.field("two\nlines") == "\"two\nlines\"")
        #expect(reporter.field("plain") == "plain")
        #expect(CSVReporter(separator: ";").field("a,b") == "a,b")
    }

    @Test func csvParsesBackWithPython() throws {
        let text = try Self.render("csv", .id, grouped: true)
        let tree = TempTree()
        let path = tree.file("out.csv", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import csv,sys; rows=list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))); print(len(rows), len(set(map(len, rows))), rows[1][0])", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let fields = printed.split(separator: " ")
        #expect(fields.count >= 3)
        #expect(fields.dropFirst().first == "1", "every row has the same number of fields")
        #expect(printed.contains("Bagian Hukum"))
    }
}

/// What a checklist attached to a nota dinas must do beyond listing gaps.
@Suite("Checklist for a nota dinas")
struct ChecklistLetterTests {
    static func report() throws -> LintReport {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        instansi: Pemerintah Kota Contoh
        interview: 2026-09-21
        target: 3
        indicators:
          "1": {owner: diskominfo}
          "2": {owner: Bappeda}
          "3": {owner: Inspektorat}
        """)
        tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("02/Perwali No 3 Tahun 2022 tentang Peta Rencana SPBE.pdf")
        tree.file("Lain-lain/foto kegiatan.pdf")
        return try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!, language: .id))).run(root: tree.root)
    }

    @Test func headerBlockOwnersAndCoordinator() throws {
        let report = try Self.report()
        let markdown = MarkdownReporter(groupByOwner: true).report(report)
        // The header a nota dinas attachment needs, the deadline as a letter writes it.
        for row in ["| Instansi | Pemerintah Kota Contoh |", "| Perihal | Kelengkapan bukti dukung Indeks SPBE 2026 |",
                    "| Nomor | …………………… |", "| Tanggal | …………………… |", "| Batas waktu | Senin, 28 September 2026 (sisa 4 hari kerja) |"] {
            #expect(markdown.contains(row), "\(row)")
        }
        // Owners sort whatever their case: Bappeda, diskominfo, Inspektorat.
        let sections = markdown.split(separator: "\n").filter { $0.hasPrefix("## Yang harus dilengkapi: ") }.map { String($0.dropFirst(26).prefix { $0 != " " }) }
        #expect(sections == ["Bappeda", "diskominfo", "Inspektorat", "(OPD"], "the unowned last: \(sections)")
        // OPD rows never tell an OPD to edit the config; the coordinator's section does.
        let opdPart = markdown.components(separatedBy: "## Untuk koordinator SPBE")[0]
        #expect(!opdPart.contains(".spbe-lint.yaml: indicators"), "\(opdPart)")
        #expect(!opdPart.contains("lihat di bawah"))
        let coordinator = markdown.components(separatedBy: "## Untuk koordinator SPBE").dropFirst().joined()
        #expect(coordinator.contains("Lain-lain/foto kegiatan.pdf"), "the unassigned file is the coordinator's: \(coordinator)")
        #expect(coordinator.contains("confirmed: 3"), "\(coordinator)")
        // The CSV gives the coordinator's rows the coordinator's name, after every OPD's.
        let csv = CSVReporter().report(report)
        let owners = csv.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(owners.last == "Untuk koordinator SPBE" && owners.contains("Bappeda"), "\(owners)")
        #expect(!csv.split(separator: "\r\n").filter { !$0.hasPrefix("Untuk koordinator") }.contains { $0.contains(".spbe-lint.yaml: indicators") })
    }
}

/// The checklist goes to OPDs as a Word attachment: converted by pandoc, each OPD table
/// must span the page with the description and hint getting most of it.
@Suite("Checklist converted to DOCX")
struct ChecklistDocxTests {
    @Test func pandocGivesTheTextColumnsTheRoom() throws {
        guard let judges = PyPI.install(["pypandoc_binary==1.17"], as: "pandoc") else {
            Issue.record("PyPI unreachable: pandoc (pypandoc_binary) is needed to convert the checklist (skipped, not passed)")
            return
        }
        let report = try ChecklistLetterTests.report()
        let tree = TempTree()
        let markdown = tree.file("lampiran.md", MarkdownReporter(groupByOwner: true).report(report))
        let docx = tree.path("lampiran.docx")
        let pandoc = judges + "/pypandoc/files/pandoc"
        #expect(try Shell.run(pandoc, [markdown, "-o", docx]).status == 0)
        _ = try Shell.run("/usr/bin/env", ["python3", "-c", "import zipfile,sys; open(sys.argv[2],'w').write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", docx, tree.path("document.xml")])
        let xml = try String(contentsOfFile: tree.path("document.xml"), encoding: .utf8)
        let tables = xml.components(separatedBy: "<w:tbl>").dropFirst()
        // Indicator, levels, type, what is there already, what to supply, hint.
        let opdTables = tables.filter { $0.components(separatedBy: "<w:gridCol ").count - 1 == 6 }
        #expect(!opdTables.isEmpty)
        for table in opdTables {
            // The whole text width, not squeezed to the content.
            #expect(table.contains("<w:tblW w:type=\"pct\" w:w=\"5000\""), "\(table.prefix(300))")
            let widths = table.matches(of: #/<w:gridCol w:w="(\d+)"/#).compactMap { Int($0.output.1) }
            let total = widths.reduce(0, +)
            // The text columns (what is there, what to supply, the hint) get most of it; the level column is narrow.
            #expect(Double(widths[3] + widths[4] + widths[5]) / Double(total) > 0.6, "\(widths)")
            #expect(Double(widths[4] + widths[5]) / Double(total) > 0.45, "\(widths)")
            #expect(Double(widths[1]) / Double(total) < 0.1, "\(widths)")
        }
    }
}
