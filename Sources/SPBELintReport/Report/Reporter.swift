import SPBELint
/// One output format: a type with an identifier (`--format`), a one-line summary
/// (`spbe-lint formats`) and an initialiser taking the shared options. Adding a format
/// is one new type and one line in `Reporters.all`; nothing else keeps a list.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    /// Each format takes the options it understands and ignores the rest.
    init(options: ReporterOptions)
    func report(_ report: LintReport) -> String
    /// What the CLI writes: the text as UTF-8, or a binary file (a .docx).
    func bytes(_ report: LintReport) -> [UInt8]
    /// True when `bytes` is a file and not text a terminal can show.
    static var isBinary: Bool { get }
}

extension Reporter {
    public func bytes(_ report: LintReport) -> [UInt8] { Array(self.report(report).utf8) }
    public static var isBinary: Bool { false }
}

public struct ReporterOptions: Sendable {
    public var colored: Bool
    /// Markdown and CSV: one section (or a row order) per OPD.
    public var groupByOwner: Bool
    public var byteOrderMark: Bool
    public var csvSeparator: Character
    /// Text: only what fails the run, grouped by indicator, and one summary line (hooks).
    public var quiet = false
    /// Text: under each indicator, the files that counted and those that did not, with why.
    public var verbose = false

    public init(colored: Bool = false, groupByOwner: Bool = false, byteOrderMark: Bool = false, csvSeparator: Character = ",", quiet: Bool = false, verbose: Bool = false) {
        self.colored = colored
        self.quiet = quiet
        self.verbose = verbose
        self.groupByOwner = groupByOwner
        self.byteOrderMark = byteOrderMark
        self.csvSeparator = csvSeparator
    }
}

public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, MarkdownReporter.self, CSVReporter.self,
        SARIFReporter.self, GitHubReporter.self, JUnitReporter.self, HTMLReporter.self, DOCXReporter.self,
    ]

    /// The format registered under `identifier`, made with `options`; nil when none is.
    public static func make(_ identifier: String, options: ReporterOptions) -> (any Reporter)? {
        all.first { $0.identifier == identifier }.map { $0.init(options: options) }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }
}
