import Foundation
import Testing
@testable import SPBELint

@Suite("Checklists per OPD")
struct ChecklistGoldenTests {
    static func fixture() -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", """
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
        var options = Linter.Options(context: RunContext(today: Day("2026-09-23")!, language: language))
        options.target = nil
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
