import ArgumentParser
import Foundation
import SPBELint

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an evidence tree: one folder per indicator with a guide, and a starter .spbe-lint.yaml.",
        discussion: "Existing files are never overwritten, and nothing created counts as evidence. Example: spbe-lint init bukti-dukung --rules pemdi-2026"
    )

    @Argument(help: "The folder to create or fill.", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "Rule pack: spbe-2020, pemdi-2026 or a path.")
    var rules: String = Configuration.defaultRules

    @Option(name: .long, help: "Name of the instansi for the starter config.")
    var instansi: String?

    @Option(name: .long, help: "Evaluation year for the starter config (default: this year).")
    var year: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let messages = Messages(language: language.language)
        let pack = try runReportingErrors(messages) { try RulePackLoader(messages: messages).load(reference: rules) }
        let scaffolder = Scaffolder(pack: pack, messages: messages, instansi: instansi, year: year ?? Day.today().year)
        let outcome: Scaffolder.Outcome
        do {
            outcome = try scaffolder.scaffold(into: folder)
        } catch let failure as Scaffolder.Failure {
            Output.error(failure.localized(messages))
            throw ExitCode(2)
        }
        print(messages("cli.init-done", ["title": pack.framework.title, "created": outcome.created.count, "kept": outcome.kept.count, "folder": folder]))
        for path in outcome.kept { print("  " + messages("cli.init-kept", ["path": path])) }
    }
}
