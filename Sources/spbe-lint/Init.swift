import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an evidence tree: one folder per indicator with a guide, and a starter .spbe-lint.yaml.",
        discussion: "Existing files are never overwritten, and nothing created counts as evidence. Example: spbe-lint init bukti-dukung --rules pemdi-2026"
    )

    @Argument(help: "The folder to create or fill.", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "Rule pack: spbe-2020, pemdi-2026 or a path (default: the framework in force for --year: pemdi-2026 from 2026).", completion: .list(RuleSource.shippedPacks))
    var rules: String?

    @Option(name: .long, help: "Name of the instansi for the starter config.")
    var instansi: String?

    @Option(name: .long, help: "Evaluation year for the starter config (default: this year).")
    var year: Int?

    @Flag(name: .long, help: "Add the folders even when the folder is set up for another framework.")
    var force = false

    @Option(name: .long, help: "Also record today's findings in this baseline file, so a fresh repository starts green and hooks block only new gaps (write it outside the evidence folder).", completion: .file())
    var writeBaseline: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let year, !(2000...2099).contains(year) {
            throw ValidationError("--year must be an evaluation year from 2000 to 2099, got \(year)")
        }
    }

    func run() throws {
        let messages = Messages(language: language.language)
        let evaluationYear = year ?? Clock.today().year
        let loader = RulePackLoader(messages: messages)
        // Without --rules: the framework the folder's config names, else the one in force for the year.
        let existing = PathName.join(folder, ".spbe-lint.yaml")
        let pack = try runReportingErrors(messages) { () -> RulePack in
            if let rules { return try loader.load(reference: rules) }
            if PathName.entry(existing, follow: false) == .file, let config = try? Configuration.load(path: existing, messages: messages) {
                return try loader.load(for: config, year: evaluationYear)
            }
            return try loader.loadDefault(forYear: evaluationYear)
        }
        // A custom pack stays a path in the starter config, written relative to the new config.
        let isShipped = rules.map { RuleSource.shippedPacks.contains($0) } ?? true
        let reference = isShipped ? nil : rules.map { PathName.relative(PathName.absolute($0), from: PathName.absolute(folder)) }
        var scaffolder = Scaffolder(pack: pack, messages: messages, instansi: instansi, year: evaluationYear, rulesReference: reference)
        scaffolder.force = force
        scaffolder.schemaReference = SchemaCommand.installedConfigSchema()
        let outcome = try runReportingErrors(messages) { try scaffolder.scaffold(into: folder) }
        Output.line(messages(.cliInitDone, ["title": pack.framework.title, "created": outcome.created.count, "kept": outcome.kept.count, "folder": folder]))
        for path in outcome.kept { Output.line("  " + messages(.cliInitKept, ["path": path])) }
        if let writeBaseline {
            let report = try runReportingErrors(messages) { try Linter(options: .init(context: language.context())).run(root: folder) }
            let baseline = Baseline(report: report)
            try runReportingErrors(messages) { try baseline.write(to: writeBaseline, evidenceRoot: folder) }
            Output.line(messages(.cliInitBaseline, ["path": writeBaseline, "count": baseline.entries.count]))
        }
    }
}
