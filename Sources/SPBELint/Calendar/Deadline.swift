/// The day the missing evidence must be in: `window` working days after the interview.
public struct Deadline: Sendable {
    public var interview: Day
    public var due: Day
    public var window: Int
    public var countsInterviewDay: Bool
    /// Holidays on weekdays between the interview and the deadline that were skipped.
    public var skipped: [HolidayCalendar.Holiday]
    /// Years in that stretch with no holiday calendar: the deadline may be too early.
    public var missingCalendarYears: [Int]
    let calendar: HolidayCalendar

    public init(interview: Day, window: Int = 5, countsInterviewDay: Bool = false, calendar: HolidayCalendar = .shipped) {
        self.interview = interview
        self.window = window
        self.countsInterviewDay = countsInterviewDay
        self.calendar = calendar
        var day = interview
        var counted = 0
        var skipped: [HolidayCalendar.Holiday] = []
        if countsInterviewDay && calendar.isWorkingDay(interview) { counted = 1 }
        while counted < window {
            day = day.adding(days: 1)
            if calendar.isWorkingDay(day) {
                counted += 1
            } else if !day.isWeekend, let holiday = calendar.holiday(on: day) {
                skipped.append(holiday)
            }
        }
        self.due = day
        self.skipped = skipped
        let years = Set(interview.year...day.year)
        self.missingCalendarYears = years.subtracting(calendar.years).sorted()
    }

    /// The first day the window counts: the interview itself only with `countsInterviewDay`.
    var firstCountedDay: Day { countsInterviewDay ? interview : interview.adding(days: 1) }

    /// Working days of the window from `today` through the deadline, today included when
    /// it is one. Counted as the deadline counts them: on interview day (not counted)
    /// a 5-day window has 5 days left, never 6.
    public func workingDaysLeft(on today: Day) -> Int {
        guard today <= due else { return 0 }
        let start = max(today, firstCountedDay)
        guard start <= due else { return 0 }
        return (start.ordinal...due.ordinal).filter { calendar.isWorkingDay(Day(ordinal: $0)) }.count
    }

    /// Working days after the deadline up to and including `today`.
    public func workingDaysLate(on today: Day) -> Int {
        guard today > due else { return 0 }
        return ((due.ordinal + 1)...today.ordinal).filter { calendar.isWorkingDay(Day(ordinal: $0)) }.count
    }

    /// Where `today` stands against the window: the one decision every output words.
    public enum Status: Sendable {
        case beforeInterview, open, dueToday, passed
    }

    public func status(on today: Day) -> Status {
        today < interview ? .beforeInterview : today > due ? .passed : today == due ? .dueToday : .open
    }

    /// The status sentence reports and `deadline` print ("3 hari kerja tersisa …").
    public func line(on today: Day, messages: Messages) -> String {
        let key: MessageKey
        switch status(on: today) {
        case .beforeInterview: key = MessageKey.deadlineBefore
        case .passed: key = MessageKey.deadlinePassed
        case .dueToday: key = MessageKey.deadlineToday
        case .open: key = MessageKey.deadlineHeader
        }
        return messages(key, arguments(on: today, messages: messages))
    }

    /// What the deadline messages may quote, dates written as the reader writes them.
    public func arguments(on today: Day, messages: Messages) -> [String: any CustomStringConvertible] {
        [
            "interview": messages.date(interview), "deadline": messages.date(due), "window": window,
            "left": workingDaysLeft(on: today), "late": workingDaysLate(on: today),
        ]
    }
}
