/// What a run knows about the world outside its inputs: the date, the reader's language
/// and the environment. The CLI builds it once (the clock or `--today`, `--lang` or
/// `LANG`, the process environment) and hands it down; nothing in the library reads the
/// clock, the locale or the environment itself, so a test sets all three and gets the
/// same verdict under any `LANG`, on any day.
public struct RunContext: Sendable {
    /// The run's date: deadlines, waiver expiry, the evaluation year, "N tahun terakhir".
    public var today: Day
    /// The language of messages and reports.
    public var language: Messages.Language
    /// The environment variables the run may consult (CI detection, colour, git hooks).
    public var environment: [String: String]
    /// How to start a process that reads documents (`DocumentWorker`): the CLI points it
    /// at `spbe-lint-reader` beside itself. With neither this nor `inProcessReader`,
    /// documents are not read ("no reader"), and a text requirement is not met.
    public var documentWorker: DocumentWorker.Command?
    /// Reads documents in this process, without limits: for the tests only (comparing the
    /// two paths); an upload is never parsed in the program's own process.
    public var inProcessReader: DocumentReaderFactory?
    /// The local time zone's offset east of UTC, in seconds: a file time becomes the day
    /// the user's calendar showed (a file saved at 01:00 WIB is that day's, not the day
    /// before). The CLI sets it; tests leave it at 0 (UTC).
    public var utcOffsetSeconds = 0
    /// The folder the run was started in: a git mode refuses a repository nested inside
    /// this folder's (one that arrived with the evidence).
    public var workingDirectory: String?
    /// The limits documents are read under (time per document and per run, memory).
    public var documentLimits = DocumentReader.Limits()

    public init(today: Day, language: Messages.Language = .en, environment: [String: String] = [:]) {
        self.today = today
        self.language = language
        self.environment = environment
    }

    public var messages: Messages { Messages(language: language) }

    /// The evaluation year: the config's `year:`, else the year of the run's date (so
    /// `--today` moves it too).
    public func evaluationYear(_ configuration: Configuration) -> Int {
        configuration.year ?? today.year
    }
}
