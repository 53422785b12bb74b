import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

/// `--format` of `follow-up`: any registered follow-up format.
struct FollowUpFormatChoice: ExpressibleByArgument, Equatable {
    let identifier: String

    init?(argument: String) {
        guard FollowUpFormats.identifiers.contains(argument) else { return nil }
        identifier = argument
    }

    static var allValueStrings: [String] { FollowUpFormats.identifiers }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "After the interview: the asesor's notes (follow-up: in .spbe-lint.yaml) by OPD, each with its status and the working days left.",
        discussion: """
        Exit codes: 0 every note is answered (or marked done), 1 a note is still open or answered
        with files that do not count, 2 usage or config error.
        Example: spbe-lint follow-up bukti-dukung --format markdown > tindak-lanjut.md
        """
    )

    @Argument(help: "The evidence folder.", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "Config file to use instead of the nearest .spbe-lint.yaml.", completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Option(name: .long, help: "Rule pack: a shipped id or a path; overrides the config.", completion: .list(RuleSource.shippedPacks))
    var rules: String?

    @Option(name: .long, help: "Output format.")
    var format: FollowUpFormatChoice?

    @Option(name: .customLong("import"), help: "Read the asesor's notes from this file (a CSV with indicator and note columns, or lines like 'Indikator 19: …' / 'I13 - …') and print the follow-up: block to add to the config. The config is never edited.", completion: .file())
    var importFile: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var dates: DateOptions

    @Flag(name: .long, help: "Judge what the commit will contain (the git index); times are commit times, a staged change is today's.")
    var staged = false

    @Option(name: .long, help: "Judge the tree of this commit; times are the commits' times.")
    var rev: String?

    @Flag(name: .long, help: "Judge files by their names only (nothing is opened).")
    var namesOnly = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if staged && rev != nil { throw ValidationError("--staged and --rev do not go together") }
        if importFile != nil && format != nil { throw ValidationError("--import prints the follow-up: block; --format does not apply") }
    }

    func run() throws {
        var options = Linter.Options(configPath: config, rules: rules, interview: try dates.interviewDay, context: language.context(today: try dates.todayDay))
        options.staged = staged
        if let rev { options.git = .revision(rev) }
        options.namesOnly = namesOnly
        let messages = options.context.messages
        let linter = Linter(options: options)
        if let importFile {
            try runImport(importFile, linter: linter, messages: messages)
            return
        }
        // A Word file on a terminal is noise: ask for a redirect before doing the work.
        if format?.identifier == FollowUpDOCX.identifier, Output.stdoutIsTerminal {
            Output.error(messages(.docxBinaryToTerminal))
            throw ExitCode(2)
        }
        let report = try runReportingErrors(messages) { try linter.run(root: folder) }
        guard let followUp = report.followUp else {
            if report.deadline == nil {
                Output.error(messages.label(.error) + messages(.cliDeadlineNoInterview))
                throw ExitCode(2)
            }
            Output.error(messages(.followUpNone))
            return
        }
        let writer = FollowUpFormats.make(format?.identifier ?? FollowUpText.identifier,
                                          options: ReporterOptions(colored: output.colored(plain: format != nil), byteOrderMark: output.bom, csvSeparator: output.csvSeparator.character))!
        Output.write(Data(writer.render(report, followUp)), to: FileHandle.standardOutput)
        if followUp.exitCode != 0 { throw ExitCode(followUp.exitCode) }
    }

    /// Prints the block to paste; lines it could not read go to standard error with their
    /// line numbers, and the exit code is 1 so a script notices.
    func runImport(_ path: String, linter: Linter, messages: Messages) throws {
        let pack = try runReportingErrors(messages) { () -> RulePack in
            let configuration = try linter.loadConfiguration(for: folder)
            return try RulePackLoader(messages: messages).load(reference: rules ?? configuration.rulesReference)
        }
        // A FIFO or a device must not hang the command: the one safe reader, with a limit.
        let bytes: [UInt8]
        do {
            bytes = try SafeFile.read(path, limit: FollowUpImport.maxBytes)
        } catch {
            Output.error("\(path): " + messages.label(.error) + messages(.yamlUnreadable, ["reason": error.reason]))
            throw ExitCode(2)
        }
        let parsed = FollowUpImport(bytes: bytes, pack: pack, messages: messages)
        Output.write(Data(parsed.yaml(source: path, messages: messages).utf8), to: FileHandle.standardOutput)
        for unread in parsed.unread {
            Output.error("\(path):\(unread.line): \(messages.label(.warning))\(unread.reason)")
        }
        if !parsed.unread.isEmpty {
            Output.error(messages(.followUpImportUnmatchedCount, ["count": parsed.unread.count]))
            throw ExitCode(1)
        }
    }
}
