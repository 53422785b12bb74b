import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// `HolidayCalendar.shipped` skips a calendar it cannot read rather than crash a run:
/// this suite is what makes that a test failure instead of a silent gap in deadlines.
@Suite("Shipped holiday calendars")
struct HolidayCalendarTests {
    static let paths = RuleSource.shippedFiles.keys.filter { $0.hasPrefix("calendar/") }.sorted()

    @Test func everyCalendarLoadsCleanly() throws {
        #expect(Self.paths.count >= 4)
        for path in Self.paths {
            let node = try #require(try YAMLParser().parse(RuleSource.shippedFiles[path]!, file: "rules/\(path)"))
            let sink = DiagnosticSink()
            var calendar = HolidayCalendar()
            calendar.load(node, sink: sink)
            #expect(!sink.hasErrors, "rules/\(path): \(sink.diagnostics.map(\.description))")
        }
    }

    /// Every year file is known to the shipped calendar, with its libur nasional.
    @Test func everyYearIsKnown() {
        let years = Self.paths.compactMap { Int($0.dropFirst("calendar/".count).prefix(4)) }
        #expect(!years.isEmpty)
        for year in years {
            #expect(HolidayCalendar.shipped.years.contains(year), "\(year)")
            #expect(HolidayCalendar.shipped.holiday(on: Day(year: year, month: 8, day: 17)!) != nil, "17 Agustus \(year)")
        }
        // 2026-03-19 Nyepi (SKB 2026) is a holiday, a plain Thursday in 2026-03-12 is not.
        #expect(!HolidayCalendar.shipped.isWorkingDay(Day("2026-03-19")!))
        #expect(HolidayCalendar.shipped.isWorkingDay(Day("2026-03-12")!))
    }
}
