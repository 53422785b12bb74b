import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show an indicator: weight, criteria per level and the evidence each level needs.",
        discussion: "Examples: spbe-lint explain 8 · spbe-lint explain I10 --level 3"
    )

    @Argument(help: "Indicator id or number (8, I10).")
    var indicator: String

    @Option(name: .long, help: "Show only this level, with the requirements it inherits.")
    var level: Int?

    @Option(name: .long, help: "Rule pack (shipped id or path); default: the config's, else the shipped pack that has this id.", completion: .list(RuleSource.shippedPacks))
    var rules: String?

    @Option(name: .long, help: "Config file; default: the nearest .spbe-lint.yaml from the current folder.", completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let level, !(1...5).contains(level) {
            throw ValidationError("--level must be from 1 to 5, got \(level)")
        }
    }

    func run() throws {
        let messages = Messages(language: language.language)
        let loader = RulePackLoader(messages: messages)
        let pack = try runReportingErrors(messages) { () -> RulePack in
            if let rules { return try loader.load(reference: rules) }
            if let path = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath) {
                return try loader.load(for: try Configuration.load(path: path, messages: messages), year: Clock.today().year)
            }
            if let shipped = IndicatorExplainer.shippedPack(defining: indicator) { return shipped }
            return try loader.loadDefault(forYear: Clock.today().year)
        }
        guard let found = pack.indicator(indicator) else {
            Output.error(messages.label(.error) + messages(.cliExplainUnknown, ["id": indicator, "pack": pack.framework.id, "first": pack.indicators.first?.id ?? "?", "last": pack.indicators.last?.id ?? "?"]))
            throw ExitCode(2)
        }
        print(IndicatorExplainer(pack: pack, messages: messages).explain(found, level: level), terminator: "")
    }
}
