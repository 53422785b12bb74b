import ArgumentParser
import SPBELint
import SPBELintReport

// Options with a fixed set of values are types: ArgumentParser rejects anything else
// before `run()`, and `--help` and the shell completions list the valid values.

/// `--format`: any registered reporter (the list lives in `Reporters.all` only).
struct FormatChoice: ExpressibleByArgument, Equatable {
    let identifier: String

    init(_ identifier: String) { self.identifier = identifier }

    init?(argument: String) {
        guard Reporters.identifiers.contains(argument) else { return nil }
        identifier = argument
    }

    static var allValueStrings: [String] { Reporters.identifiers }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    var defaultValueDescription: String { identifier }
}

/// `--color`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    /// Only on a terminal, and not under NO_COLOR or TERM=dumb.
    case auto
    case always
    case never
}

/// `--group-by`.
enum Grouping: String, CaseIterable, ExpressibleByArgument {
    /// One section (or a row order) per OPD.
    case owner
}

/// `--csv-separator`: a comma, or a semicolon for spreadsheets set to Indonesian.
enum CSVSeparator: String, CaseIterable, ExpressibleByArgument {
    case comma = ","
    case semicolon = ";"

    var character: Character { rawValue.first! }

    var defaultValueDescription: String { self == .comma ? "',' a comma" : "';' a semicolon, for spreadsheets set to Indonesian" }
}

extension Messages.Language: ExpressibleByArgument {}
