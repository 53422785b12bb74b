import Foundation
import Testing
@testable import SPBELint

@Suite("Deadline and holidays")
struct DeadlineTests {
    @Test(arguments: [
        ("2026-09-21", "2026-09-28"),
        ("2026-03-17", "2026-03-31"),
        ("2026-05-12", "2026-05-21"),
        ("2024-10-15", "2024-10-22"),
    ])
    func workedExamplesFromTheReference(interview: String, due: String) throws {
        let deadline = Deadline(interview: try #require(Day(interview)))
        #expect(deadline.due == Day(due))
        #expect(deadline.missingCalendarYears.isEmpty)
    }

    @Test func skippedHolidaysAreListed() throws {
        let deadline = Deadline(interview: try #require(Day("2026-05-12")))
        #expect(deadline.skipped.map(\.day.description) == ["2026-05-14", "2026-05-15"])
        #expect(deadline.skipped.map(\.kind) == [.liburNasional, .cutiBersama])
    }

    @Test func interviewDayCanCount() throws {
        let deadline = Deadline(interview: try #require(Day("2026-09-21")), countsInterviewDay: true)
        #expect(deadline.due == Day("2026-09-25"))
    }

    @Test func shippedCalendarsMatchTheReference() {
        let calendar = HolidayCalendar.shipped
        #expect(calendar.years == [2024, 2025, 2026])
        #expect(calendar.holidays.keys.filter { $0.year == 2026 }.count == 25)
        #expect(calendar.holidays[Day("2025-08-18")!]?.kind == .cutiBersama)
        #expect(!calendar.isWorkingDay(Day("2024-11-27")!), "Pilkada serentak")
        #expect(calendar.isWorkingDay(Day("2026-09-22")!))
    }

    @Test func missingYearIsAWarningNotASilentAnswer() throws {
        let deadline = Deadline(interview: try #require(Day("2027-12-28")))
        #expect(deadline.missingCalendarYears == [2027, 2028])
    }

    @Test func workingDaysLeftAndLate() throws {
        let deadline = Deadline(interview: try #require(Day("2026-09-21")))
        #expect(deadline.workingDaysLeft(on: Day("2026-09-23")!) == 4) // 23, 24, 25, 28
        #expect(deadline.workingDaysLeft(on: Day("2026-09-28")!) == 1)
        #expect(deadline.workingDaysLate(on: Day("2026-09-30")!) == 2)
    }

    @Test func dayArithmetic() throws {
        let day = try #require(Day("2026-09-21"))
        #expect(day.weekday == 1, "Monday")
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day("2024-02-29") != nil && Day("2026-02-29") == nil && Day("2026-9-1") == nil)
        #expect(Day("2026-12-31")!.adding(days: 1) == Day("2027-01-01"))
    }

    @Test func regionalHolidayFromConfigIsSkipped() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "interview: 2026-09-21\nholidays:\n  - {date: 2026-09-22, name: Hari Jadi Kota}\n")
        let report = try Linter(options: .init(context: RunContext(today: Day("2026-09-21")!))).run(root: tree.root)
        #expect(report.deadline?.due == Day("2026-09-29"))
        #expect(report.deadlineLine?.contains("2026-09-29") == true)
    }

    @Test func deadlineCommand() throws {
        let empty = TempTree()
        let result = try CLI.run(["deadline", "--interview", "2026-03-17", "--lang", "id"], in: empty.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Batas waktu: 2026-03-31 (Selasa)"))
        #expect(result.stdout.contains("Dilewati: 2026-03-19 Hari Suci Nyepi"))
        let late = try CLI.run(["deadline", "--interview", "2026-09-21", "--today", "2026-10-01", "--lang", "en"], in: empty.root)
        #expect(late.stdout.contains("the deadline passed 3 working days ago"))
        #expect(try CLI.run(["deadline", "--interview", "21-09-2026"]).status == 2)
    }
}

@Suite("Waivers and narratives")
struct WaiverNarrativeTests {
    func run(_ tree: TempTree, today: String) throws -> LintReport {
        try Linter(options: .init(context: RunContext(today: try #require(Day(today))))).run(root: tree.root)
    }

    static func tree(expires: String) -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        target: 2
        waivers:
          - {indicator: "2", requirement: kebijakan, reason: "Perwali sedang diundangkan", expires: \(expires)}
          - {indicator: "3", reason: "seluruh kekurangan dibahas saat interviu", expires: \(expires)}
          - {indicator: "1", reason: "tidak ada kekurangan", expires: \(expires)}
        """)
        tree.file("01/Perwali Arsitektur SPBE.pdf")
        return tree
    }

    @Test func activeWaiverIsReportedAsWaivedNotCounted() throws {
        let report = try run(Self.tree(expires: "2026-12-31"), today: "2026-09-23")
        let waived = report.findings.filter { $0.category == .waived }
        #expect(Set(waived.compactMap(\.indicator)) == ["2", "3"])
        // Every waived gap is a note (never counted) and quotes its waiver's reason.
        #expect(waived.allSatisfy { $0.severity == .info })
        #expect(waived.allSatisfy { $0.message.contains("Perwali sedang diundangkan") || $0.message.contains("interviu") })
        #expect(!report.findings.contains { $0.indicator == "2" && $0.category == .gap })
        #expect(report.findings.contains { $0.category == .waiver && $0.indicator == "1" }, "a waiver that matches nothing is reported")
    }

    @Test func expiredWaiverMakesTheGapCountAgain() throws {
        let report = try run(Self.tree(expires: "2026-09-01"), today: "2026-09-23")
        #expect(report.findings.contains { $0.indicator == "2" && $0.category == .gap && $0.severity == .error })
        #expect(report.findings.contains { $0.indicator == "2" && $0.category == .waiver && $0.message.contains("expired on 2026-09-01") })
        #expect(!report.findings.contains { $0.category == .waived })
    }

    @Test func waiverForUnknownRequirementIsAConfigError() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "waivers:\n  - {indicator: \"2\", requirement: kebijkan, reason: x, expires: 2026-12-31}\n")
        do {
            _ = try run(tree, today: "2026-09-23")
            Issue.record("accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains("did you mean 'kebijakan'?"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func narrativeReferencesAreChecked() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        indicators:
          "1":
            narrative: 'Perwali No 12 Tahun 2021 pasal 3 halaman 2 (file "Perwali No 12 Tahun 2021.pdf"); reviu: Laporan Reviu 2024.pdf'
          "2": {narrative: "Belum ada berkas."}
        """)
        tree.file("01/Perwali No 12 Tahun 2021.pdf")
        tree.file("03/Perwali Manajemen Data.pdf")
        let findings = try run(tree, today: "2026-09-23").findings.filter { $0.category == .narrative }
        #expect(findings.filter { $0.indicator == "1" }.map(\.message) == ["narrative names 'Laporan Reviu 2024.pdf', which is not among this indicator's files"])
        #expect(findings.contains { $0.indicator == "2" && $0.message.contains("no evidence file") })
        #expect(findings.contains { $0.indicator == "3" && $0.message.contains("no narrative") })
    }

    @Test func citationParsing() {
        let text = "Lihat pasal 5 (file PERDA-NO.-9-THN-2023.pdf) dan \"Notulen Rapat 14-06-2023.pdf\"; lampiran: Foto 1.jpg. Versi 2.0 tidak dihitung."
        #expect(NarrativeReferences.cited(in: text) == ["PERDA-NO.-9-THN-2023.pdf", "Notulen Rapat 14-06-2023.pdf", "Foto 1.jpg"])
    }
}

@Suite("init scaffolding")
struct InitTests {
    @Test func scaffoldIsIdempotentAndNeverCountsAsEvidence() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\ninstansi: Punya Kami\n")
        let first = try CLI.run(["init", tree.root, "--rules", "pemdi-2026"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("20 files created, 1 existing file kept"))
        #expect(try String(contentsOfFile: tree.path(".spbe-lint.yaml"), encoding: .utf8) == "rules: pemdi-2026\ninstansi: Punya Kami\n")
        let second = try CLI.run(["init", tree.root, "--rules", "pemdi-2026"])
        #expect(second.stdout.contains("0 files created, 21 existing files kept"))

        let report = try Linter(options: .init(rules: "pemdi-2026", context: Fixtures.context)).run(root: tree.root)
        #expect(report.fileCount == 0, "guides are placeholders, never evidence")
        #expect(report.results.allSatisfy { $0.supportedLevel == 1 })
        #expect(report.findings.filter { $0.category == .unassigned }.isEmpty)
    }

    @Test func everyScaffoldFolderMapsBackToItsIndicator() throws {
        for id in ["spbe-2020", "pemdi-2026"] {
            let pack = try RulePackLoader().load(reference: id)
            let scaffolder = Scaffolder(pack: pack, messages: .english, year: 2026)
            for indicator in pack.indicators {
                let match = Conventions.standard.matchFolder(scaffolder.folderName(for: indicator))
                #expect(match?.number == indicator.number, "\(scaffolder.folderName(for: indicator))")
            }
        }
    }

    @Test func starterConfigIsValid() throws {
        let tree = TempTree()
        _ = try Scaffolder(pack: Fixtures.spbe, messages: .english, instansi: "Kota Contoh", year: 2026).scaffold(into: tree.root)
        let config = try Configuration.load(path: tree.path(".spbe-lint.yaml"))
        #expect(config.instansi == "Kota Contoh" && config.year == 2026)
    }

    @Test func fileWhereAFolderShouldBeIsAnError() throws {
        let tree = TempTree()
        tree.file("spot", "x")
        #expect(try CLI.run(["init", tree.path("spot")]).status == 2)
    }
}

@Suite("Messages")
struct MessagesTests {
    @Test func everyMessageHasBothLanguages() {
        let messages = Messages(language: .id)
        #expect(messages.keys.count > 50)
        for key in messages.keys {
            #expect(messages.entries[key]?[.id] != nil && messages.entries[key]?[.en] != nil, "\(key)")
        }
    }

    /// The keys the build generated from messages.yaml (a line scan) are exactly the keys
    /// libyaml reads from it at run time: the compile-time check covers the real catalogue.
    @Test func generatedKeysMatchTheCatalogue() {
        #expect(MessageKey.all.map(\.rawValue).sorted() == Messages(language: .en).keys)
        #expect(MessageKey.gapMessage.rawValue == "gap.message")
    }

    /// Keys chosen at run time from a code: every code the program can produce has a
    /// message in both languages (an unknown key would print as the bare key).
    @Test func everyFamilyMemberExists() {
        var keys: [MessageKey] = []
        keys += EvidenceIndex.Notice.Code.allCases.map { MessageKey(family: "tree", member: $0.rawValue) }
        keys += Finding.Category.allCases.map { MessageKey(family: "checklist.type", member: $0.rawValue) }
        keys += Finding.Severity.allCases.map { MessageKey(family: "checklist.severity", member: $0.rawValue) }
        keys += ["owner", "writable", "link"].map { MessageKey(family: "config.ignored", member: $0) }
        keys += ["folder", "special", "inside", "foreign"].map { MessageKey(family: "baseline.refused", member: $0) }
        keys += ["domain", "aspect", "indicator", "requirement"].map { MessageKey(family: "what", member: $0) }
        let catalogue = Messages(language: .id).entries
        for key in keys {
            #expect(catalogue[key.rawValue]?[.id] != nil && catalogue[key.rawValue]?[.en] != nil, "\(key)")
        }
    }

    @Test func languageFromLocaleAndPlurals() {
        #expect(Messages.Language.fromEnvironment(["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Messages.Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"]) == .en)
        #expect(Messages.Language.fromEnvironment([:]) == .en)
        #expect(Messages.render("{n} {n|file|files}", ["n": 1]) == "1 file")
        #expect(Messages.render("{n} {n|file|files}", ["n": 3]) == "3 files")
        #expect(Messages(language: .id).longDate(Day("2026-09-28")!) == "Senin, 28 September 2026")
    }

    @Test func diagnosticsFollowLang() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "ignore: []\ntagret: 3\n")
        let id = try CLI.run([tree.root, "--lang", "id"])
        #expect(id.status == 2)
        #expect(id.stderr.contains(".spbe-lint.yaml:2:1: error: kunci 'tagret' tidak dikenal di konfigurasi; mungkin maksudnya 'target'?"), "\(id.stderr)")
        let en = try CLI.run([tree.root, "--lang", "en"])
        #expect(en.stderr.contains("unknown key 'tagret' in the config; did you mean 'target'?"))
        let bad = tree.file("bad.yaml", "a: [1\n")
        #expect(try CLI.run(["rules", "check", bad, "--lang", "id"]).stderr.contains("error: sintaks YAML"))
        #expect(try CLI.run(["/no/such/folder", "--lang", "id"]).stderr.contains("folder bukti dukung '/no/such/folder' tidak ada"))
    }

    @Test func reportFollowsLang() throws {
        let tree = GoldenTests.fixture()
        let id = try CLI.run([tree.root, "--lang", "id"])
        #expect(id.stdout.contains("Bukti dukung: ") && id.stdout.contains("masalah harus diperbaiki"))
        let env = try CLI.run([tree.root], environment: ["LANG": "id_ID.UTF-8"])
        #expect(env.stdout.contains("masalah harus diperbaiki"))
        #expect(try CLI.run([tree.root, "--lang", "jv"]).status == 2)
    }
}

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
        let text = try Self.render("markdown", language, grouped: true)
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
