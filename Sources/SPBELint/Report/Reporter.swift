/// One output format. Each format is its own type so adding one touches nothing else.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    func report(_ report: LintReport) -> String
}

public struct ReporterOptions: Sendable {
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }
}

public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self]

    public static func make(_ identifier: String, options: ReporterOptions) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: return TextReporter(options: options)
        case JSONReporter.identifier: return JSONReporter()
        default: return nil
        }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }
}
