import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

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
        let report = try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-21")!))).run(root: tree.root)
        #expect(report.deadline?.due == Day("2026-09-29"))
        #expect(report.deadlineLine?.contains("29 September 2026") == true)
    }

    @Test func deadlineCommand() throws {
        let empty = TempTree()
        let result = try CLI.run(["deadline", "--interview", "2026-03-17", "--lang", "id"], in: empty.root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Batas waktu: 2026-03-31 (Selasa, 31 Maret 2026), 5 hari kerja setelah penilaian interviu 17 Maret 2026"))
        #expect(result.stdout.contains("Dilewati: 19 Maret 2026 Hari Suci Nyepi"))
        let late = try CLI.run(["deadline", "--interview", "2026-09-21", "--today", "2026-10-01", "--lang", "en"], in: empty.root)
        #expect(late.stdout.contains("the deadline passed 3 working days ago"))
        #expect(try CLI.run(["deadline", "--interview", "21-09-2026"]).status == 2)
    }
}
