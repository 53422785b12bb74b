import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The asesor's notes after an interview on Friday 14 August 2026: the window skips
/// Monday 17 August (Hari Kemerdekaan), so the evidence is due Monday 24 August.
enum FollowUpScenario {
    static let interview = "2026-08-14"
    static let config = """
    rules: spbe-2020
    instansi: Pemerintah Kota Contoh
    year: 2026
    interview: 2026-08-14
    indicators:
      "19": {owner: Diskominfo}
      "1": {owner: Bagian Hukum}
    follow-up:
      - indicator: "19"
        note: "Unggah laporan pelaksanaan Tim Koordinasi SPBE tahun 2026"
        owner: Bagian Organisasi
      - indicator: "1"
        note: "Lengkapi Perwali Arsitektur SPBE"
        requirement: kebijakan
      - indicator: "4"
        note: "Unggah Perwali Pembangunan Aplikasi yang sudah ditetapkan"
        requirement: kebijakan
      - indicator: "42"
        note: "Unggah screenshot dashboard SP4N-LAPOR"
      - indicator: "19"
        note: "Program kerja sudah dikomunikasikan ke semua perangkat daerah"
        requirement: manual
      - indicator: "19"
        note: "Reviu program kerja oleh Sekda"
        requirement: manual
        done: 2026-08-19

    """

    /// The tree: a report added on the holiday after the interview (supplied), a Perwali
    /// from before it (present-before), a draft uploaded after it (insufficient), nothing
    /// for the screenshot (open). Times as `touch -d` sets them.
    static func tree() -> TempTree {
        let tree = TempTree("bukti dukung")
        tree.file(".spbe-lint.yaml", config)
        touch(tree.file("19 Tim Koordinasi/Rencana Kerja Tim Koordinasi SPBE 2026.pdf", Fixtures.textPDF(saying: "Rencana kerja")), "2026-08-03 10:00")
        touch(tree.file("19 Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2026.pdf", Fixtures.textPDF(saying: "Laporan")), "2026-08-17 09:30")
        touch(tree.file("01 Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf", Fixtures.enactedPerwaliPDF()), "2026-08-14 08:00")
        touch(tree.file("04 Pembangunan Aplikasi/Rancangan Perwali Pembangunan Aplikasi 2026.pdf", Fixtures.textPDF(saying: "Rancangan")), "2026-08-18 15:00")
        touch(tree.file("42 Pengaduan/URL LAPOR.url", "[InternetShortcut]\nURL=https://lapor.go.id\n"), "2026-08-01 10:00")
        return tree
    }

    static func touch(_ path: String, _ date: String) {
        let result = try? Shell.run("/usr/bin/env", ["touch", "-d", date, path], environment: ["PATH": "/usr/bin:/bin", "TZ": "UTC"])
        precondition(result?.status == 0, "touch -d \(date) \(path)")
    }

    static func run(_ tree: TempTree, today: String, git: GitObjects.Source? = nil) throws -> LintReport {
        var options = Linter.Options(context: RunContext.testing(today: Day(today)!))
        options.git = git
        options.namesOnly = git != nil
        return try Linter(options: options).run(root: tree.root)
    }

    static func statuses(_ report: LintReport) -> [String] {
        (report.followUp?.items ?? []).map { "\($0.note.indicator) \($0.status.rawValue)" }
    }
}

@Suite("Interview follow-up")
struct FollowUpTests {
    @Test func statusesFromFileTimes() throws {
        let tree = FollowUpScenario.tree()
        let report = try FollowUpScenario.run(tree, today: "2026-08-18")
        #expect(FollowUpScenario.statuses(report) == ["19 supplied", "1 present-before", "4 insufficient", "42 open", "19 open", "19 done"])
        let items = report.followUp!.items
        #expect(items[0].files.map(\.path) == ["19 Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2026.pdf"])
        #expect(items[0].files.first?.changed == Day("2026-08-17"), "changed on the holiday after the interview")
        #expect(items[0].requirement == "laporan", "matched from the note's words")
        #expect(items[0].owner == "Bagian Organisasi")
        // A file changed on the interview day itself was there for the interview.
        #expect(items[1].files.map(\.path) == ["01 Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf"])
        #expect(items[1].owner == "Bagian Hukum", "the indicator's owner when the note names none")
        #expect(items[1].reasons.joined().contains("show the asesor"))
        // The draft: what the document checks say about it.
        #expect(items[2].files.map(\.path) == ["04 Pembangunan Aplikasi/Rancangan Perwali Pembangunan Aplikasi 2026.pdf"])
        #expect(items[2].reasons.joined().contains("draft"), "\(items[2].reasons)")
        #expect(items[3].requirement == "screenshot" || items[3].requirement != nil, "\(String(describing: items[3].requirement))")
        #expect(items[4].manual && items[4].reasons.joined().contains("done: 2026-08-18"))
        #expect(items[5].manual && items[5].reasons.joined().contains("19 August 2026"))
    }

    @Test func aNewerFileFlipsPresentBeforeToSupplied() throws {
        let tree = FollowUpScenario.tree()
        FollowUpScenario.touch(tree.path("01 Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf"), "2026-08-20 11:00")
        let report = try FollowUpScenario.run(tree, today: "2026-08-21")
        #expect(FollowUpScenario.statuses(report)[1] == "1 supplied")
    }

    @Test func theCountedInterviewDayCountsItsFiles() throws {
        let tree = FollowUpScenario.tree()
        tree.file(".spbe-lint.yaml", FollowUpScenario.config.replacingOccurrences(of: "interview: 2026-08-14", with: "interview: 2026-08-14\ncount-interview-day: true"))
        let report = try FollowUpScenario.run(tree, today: "2026-08-18")
        #expect(FollowUpScenario.statuses(report)[1] == "1 supplied", "the interview day is the window's first day")
    }

    @Test func openNotesWarnBeforeTheDeadlineAndFailAfterIt() throws {
        let tree = FollowUpScenario.tree()
        let before = try FollowUpScenario.run(tree, today: "2026-08-24")
        let notes = { (report: LintReport) in report.findings.filter { $0.category == .followUp } }
        #expect(notes(before).count == 3, "open, insufficient and the open manual note")
        #expect(notes(before).allSatisfy { $0.severity == .warning })
        #expect(before.followUp?.deadline.due == Day("2026-08-24"))
        #expect(before.followUp?.deadline.workingDaysLeft(on: Day("2026-08-18")!) == 5, "Monday 17 August is skipped")
        let after = try FollowUpScenario.run(tree, today: "2026-08-25")
        #expect(notes(after).count == 3 && notes(after).allSatisfy { $0.severity == .error })
        #expect(after.errorCount == before.errorCount + 3)
        #expect(after.followUp?.exitCode == 1 && before.followUp?.exitCode == 1)
    }

    @Test func baselinesNeverHideNotes() throws {
        let tree = FollowUpScenario.tree()
        let report = try FollowUpScenario.run(tree, today: "2026-08-25")
        let baseline = Baseline(report: report)
        #expect(!baseline.entries.contains { $0.ruleId.contains("/follow-up/") })
        var again = try FollowUpScenario.run(tree, today: "2026-08-25")
        baseline.apply(to: &again)
        #expect(again.findings.filter { $0.category == .followUp }.count == 3, "still shown, still errors")
        #expect(!again.findings.contains { $0.category == .baseline })
    }

    /// A folder flooded after the interview: every file is listed as tried, the reasons
    /// stop after five with a count, and nothing is dropped silently.
    @Test func manyNewFilesAreCountedNotListedOneByOne() throws {
        let tree = FollowUpScenario.tree()
        for number in 0..<300 { tree.file("42 Pengaduan/scan\(number).pdf", "x") }
        var options = Linter.Options(context: RunContext.testing(today: Day("2026-08-18")!))
        options.namesOnly = true
        let report = try Linter(options: options).run(root: tree.root)
        let item = try #require(report.followUp?.items.first { $0.note.indicator == "42" })
        #expect(item.status == .insufficient)
        #expect(item.files.count == 300)
        #expect(item.reasons.count == 7, "five files, 'N more', and what to add: \(item.reasons)")
        #expect(item.reasons[5] == "295 more files not counted")
    }

    @Test func noNotesNoSection() throws {
        let tree = FollowUpScenario.tree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninterview: 2026-08-14\n")
        let report = try FollowUpScenario.run(tree, today: "2026-08-18")
        #expect(report.followUp == nil)
        #expect(!report.findings.contains { $0.category == .followUp })
    }

    @Test func wholeIndicatorNoteIsSuppliedWhenTheLevelRises() throws {
        let tree = FollowUpScenario.tree()
        tree.file(".spbe-lint.yaml", FollowUpScenario.config + "  - indicator: \"19\"\n    note: \"Lengkapi bukti\"\n")
        let report = try FollowUpScenario.run(tree, today: "2026-08-18")
        let item = try #require(report.followUp?.items.last)
        #expect(item.requirement == nil)
        #expect(item.status == .supplied, "the report added on 17 August raises indicator 19 from 1 to 2: \(item)")
        // Back-dated, the same file was there before: the level was already what it is.
        FollowUpScenario.touch(tree.path("19 Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2026.pdf"), "2026-08-10 10:00")
        let again = try FollowUpScenario.run(tree, today: "2026-08-18")
        #expect(again.followUp?.items.last?.status == .presentBefore || again.followUp?.items.last?.status == .open)
        #expect(again.followUp?.items.last?.status != .supplied)
    }
}

@Suite("Interview follow-up: config")
struct FollowUpConfigTests {
    func lint(_ config: String) throws -> CLI.Result {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", config)
        return try CLI.run([tree.root, "--names-only", "--today", "2026-08-18"])
    }

    @Test func badEntriesNameTheirLine() throws {
        let shape = try lint("""
        rules: spbe-2020
        interview: 2026-08-14
        follow-up:
          - indicator: "19"
            note: "Unggah laporan"
            requirment: laporan
          - indicator: "19"
            note: "  "
            done: 2026-13-01
        """)
        #expect(shape.status == 2)
        for expected in [":6:5: error: unknown key 'requirment'", "did you mean 'requirement'", ":8:5: error:", ":9:5: error: 'done' must be a date"] {
            #expect(shape.stderr.contains(expected), "\(expected) in \(shape.stderr)")
        }
        // Ids are checked against the pack once the config is read.
        let ids = try lint("""
        rules: spbe-2020
        interview: 2026-08-14
        follow-up:
          - indicator: "99"
            note: "x"
          - indicator: "19"
            note: "y"
            requirement: laporn
        """)
        #expect(ids.status == 2)
        for expected in [":4:5: error: indicator '99' is not in rule pack", ":8:5: error: indicator 19 has no requirement 'laporn'", "did you mean 'laporan'"] {
            #expect(ids.stderr.contains(expected), "\(expected) in \(ids.stderr)")
        }
    }

    @Test func notesNeedAnInterviewDate() throws {
        let result = try lint("rules: spbe-2020\nfollow-up:\n  - {indicator: \"19\", note: \"Unggah laporan\"}\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains(":3:5: error: follow-up notes need the interview date"), "\(result.stderr)")
    }
}
