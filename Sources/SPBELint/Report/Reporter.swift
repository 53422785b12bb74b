/// One output format. Each format is its own type so adding one touches nothing else.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    func report(_ report: LintReport) -> String
}

public struct ReporterOptions: Sendable {
    public var colored: Bool
    /// Markdown and CSV: one section (or a row order) per OPD.
    public var groupByOwner: Bool
    public var byteOrderMark: Bool
    public var csvSeparator: Character
    /// Text: only what fails the run, grouped by indicator, and one summary line (hooks).
    public var quiet = false

    public init(colored: Bool = false, groupByOwner: Bool = false, byteOrderMark: Bool = false, csvSeparator: Character = ",", quiet: Bool = false) {
        self.colored = colored
        self.quiet = quiet
        self.groupByOwner = groupByOwner
        self.byteOrderMark = byteOrderMark
        self.csvSeparator = csvSeparator
    }
}

public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, MarkdownReporter.self, CSVReporter.self,
        SARIFReporter.self, GitHubReporter.self, JUnitReporter.self, HTMLReporter.self,
    ]

    public static func make(_ identifier: String, options: ReporterOptions) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: return TextReporter(options: options)
        case JSONReporter.identifier: return JSONReporter()
        case SARIFReporter.identifier: return SARIFReporter()
        case GitHubReporter.identifier: return GitHubReporter()
        case JUnitReporter.identifier: return JUnitReporter()
        case HTMLReporter.identifier: return HTMLReporter()
        case MarkdownReporter.identifier: return MarkdownReporter(groupByOwner: options.groupByOwner)
        case CSVReporter.identifier: return CSVReporter(byteOrderMark: options.byteOrderMark, separator: options.csvSeparator, groupByOwner: options.groupByOwner)
        default: return nil
        }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }
}
