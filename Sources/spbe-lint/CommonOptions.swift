import ArgumentParser
import Foundation
import SPBELint

/// `--lang`, shared by every command that prints messages.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Message language (default: from LANG; id_* is Indonesian).")
    var lang: Messages.Language?

    var language: Messages.Language {
        lang ?? .fromEnvironment(World.environment)
    }

    /// The run's context: the date (`--today` or the clock), this language, the environment.
    func context(today: Day? = nil) -> RunContext {
        var context = RunContext(today: today ?? Clock.today(), language: language, environment: World.environment)
        context.documentWorker = World.executable.flatMap(DocumentWorker.reader(besides:)).map { DocumentWorker.Command(executable: $0) }
        context.utcOffsetSeconds = TimeZone.current.secondsFromGMT()
        context.workingDirectory = FileManager.default.currentDirectoryPath
        return context
    }
}

/// `--color`, `--bom` and `--csv-separator`, shared by the commands that write reports.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Colour: auto means only on a terminal, and never under NO_COLOR or TERM=dumb.")
    var color: ColorChoice = .auto

    @Flag(name: .long, help: "csv: start with a UTF-8 byte order mark (for Excel).")
    var bom = false

    @Option(name: .long, help: "csv: the field separator.")
    var csvSeparator: CSVSeparator = .comma

    /// Whether to colour: asked for, or auto on a terminal unless no-color.org's NO_COLOR
    /// (set and non-empty) or TERM=dumb says not; `plain` (a machine format) never is.
    func colored(plain: Bool = false) -> Bool {
        let environment = World.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return color == .always || (color == .auto && Output.stdoutIsTerminal && !noColor && !plain)
    }
}

/// The process's environment, read once: commands hand it to the library in a `RunContext`.
enum World {
    static let environment = ProcessInfo.processInfo.environment
    /// This program, to find the document reader beside it (`DocumentWorker.reader`): the
    /// file behind /proc/self/exe, so a PATH lookup or a relative argv[0] cannot pick another.
    static let executable: String? = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}

/// `--interview` and `--today`, shared by `check` and `deadline`.
struct DateOptions: ParsableArguments {
    @Option(name: .long, help: "Interview date (YYYY-MM-DD); overrides the config's 'interview'.")
    var interview: String?

    @Option(name: .long, help: "Pretend today is this date (YYYY-MM-DD), for reproducible deadlines and waivers.")
    var today: String?

    func validate() throws {
        _ = try interviewDay
        _ = try todayDay
    }

    var interviewDay: Day? { get throws { try parseDay(interview, flag: "--interview") } }
    var todayDay: Day? { get throws { try parseDay(today, flag: "--today") } }
}

/// The wall clock, read only here: the library is handed the date.
enum Clock {
    static func today() -> Day {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: now.year ?? 1970, month: now.month ?? 1, day: now.day ?? 1) ?? Day(ordinal: 0)
    }
}

func parseDay(_ text: String?, flag: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(text) else { throw ValidationError("\(flag) must be a date (YYYY-MM-DD), got '\(text)'") }
    return day
}
