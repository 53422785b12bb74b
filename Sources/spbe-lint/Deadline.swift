import ArgumentParser
import Foundation
import SPBELint

struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Print the deadline for missing evidence after the interview, and the holidays it skips.",
        discussion: "Example: spbe-lint deadline --interview 2026-03-17"
    )

    @Option(name: .long, help: "Working days after the interview (default: the config's 'window-days', else 5).")
    var window: Int?

    @Flag(name: .long, help: "Count the interview day itself when it is a working day.")
    var countInterviewDay = false

    @OptionGroup var dates: DateOptions

    @Option(name: .long, help: "Config file; default: the nearest .spbe-lint.yaml from the current folder.")
    var config: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let window, !(1...60).contains(window) { throw ValidationError("--window must be between 1 and 60") }
    }

    func run() throws {
        let t = Messages(language: language.language)
        let configuration = try runReportingErrors(t) { () -> Configuration in
            if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath) {
                return try Configuration.load(path: path, messages: t)
            }
            return Configuration()
        }
        guard let interviewDay = try dates.interviewDay ?? configuration.interview else {
            Output.error(t.label(.error) + t(.cliDeadlineNoInterview))
            throw ExitCode(2)
        }
        let deadline = Deadline(
            interview: interviewDay, window: window ?? configuration.windowDays,
            countsInterviewDay: countInterviewDay || configuration.countsInterviewDay, calendar: configuration.calendar
        )
        // The ISO date first (scripts read it), then the date as a letter writes it.
        print(t(.deadlineLine, [
            "deadline": "\(deadline.due)", "long": t.longDate(deadline.due),
            "window": deadline.window, "interview": t.date(deadline.interview),
            "start": t(deadline.countsInterviewDay ? .deadlineStartIncluded : .deadlineStartExcluded),
        ]))
        for holiday in deadline.skipped {
            print("  " + t(.deadlineSkipped, ["date": t.date(holiday.day), "name": "\(holiday.name) (\(holiday.kind.rawValue))"]))
        }
        for year in deadline.missingCalendarYears {
            Output.error("\(t(.reportWarning)): \(t(.deadlineMissingCalendar, ["year": year]))")
        }
        if let today = try dates.todayDay {
            print(deadline.line(on: today, messages: t))
        }
    }
}
