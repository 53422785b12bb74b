import ArgumentParser
import Foundation
import SPBELint

/// `--lang`, shared by every command that prints messages.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Message language: id or en (default: from LANG; id_* is Indonesian).")
    var lang: String?

    func validate() throws {
        if let lang, Messages.Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be id or en, got '\(lang)'")
        }
    }

    var language: Messages.Language {
        lang.flatMap(Messages.Language.init(rawValue:)) ?? .fromEnvironment()
    }
}

func parseDay(_ text: String?, flag: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(text) else { throw ValidationError("\(flag) must be a date (YYYY-MM-DD), got '\(text)'") }
    return day
}
