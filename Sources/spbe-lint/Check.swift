import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

struct Check: ParsableCommand {
    // Every command names itself: without a name, ArgumentParser derives one from
    // `String(describing:)` of the type, which scans every protocol conformance in the
    // binary for each command on every start (about a millisecond of `--version`, #28).
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Scan an evidence folder and report gaps (the default command).",
        discussion: "Example: spbe-lint sample-evidence/spbe-2020"
    )

    @Argument(help: "The evidence folder to check.", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "Config file to use instead of the nearest .spbe-lint.yaml.", completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Option(name: .long, help: "Rule pack: a shipped id (spbe-2020) or a path; overrides the config.", completion: .list(RuleSource.shippedPacks))
    var rules: String?

    @Option(name: .long, help: "Check every indicator against this level (1-5).")
    var target: Int?

    @Option(name: .long, help: "Output format (default: text, or github under GitHub Actions; `spbe-lint formats` describes each).")
    var format: FormatChoice?

    /// Like yamllint: annotations when running in GitHub Actions and no format was asked for.
    var chosenFormat: String {
        if let format { return format.identifier }
        return World.environment["GITHUB_ACTIONS"] == "true" ? GitHubReporter.identifier : TextReporter.identifier
    }

    @Option(name: .long, help: "Group the markdown/csv checklist (owner: one section per OPD).")
    var groupBy: Grouping?

    @OptionGroup var output: OutputOptions

    @OptionGroup var dates: DateOptions

    @Flag(name: .long, help: "Check what the commit will contain: files, sidecars and config from the git index, never the working tree. For pre-commit hooks.")
    var staged = false

    @Option(name: .long, help: "Check the tree of this commit (any name git accepts: HEAD, a branch, a sha), from git's objects. For CI.")
    var rev: String?

    @Option(name: .long, help: "With --staged, --rev or --pre-push: the repository to read, when the evidence folder's own .git lies inside the repository spbe-lint is started in (one that came with the evidence is refused otherwise).", completion: .directory)
    var gitRepository: String?

    @Flag(name: .long, help: "Check every commit being pushed: the refs git gives a pre-push hook on standard input, or PRE_COMMIT_TO_REF under the pre-commit framework.")
    var prePush = false

    @Option(name: .long, help: "Report only findings not in this baseline file; fail when a baselined gap was fixed but is still listed.", completion: .file())
    var baseline: String?

    @Option(name: .long, help: "Record today's findings in this file (exits 0). Write it outside the evidence folder.", completion: .file())
    var writeBaseline: String?

    @Flag(name: .long, help: "--write-baseline: replace a file that is not a baseline, or write inside the evidence folder.")
    var force = false

    @Flag(name: .long, help: "Judge files by their names only: nothing is opened, so empty, broken, mislabelled, oversized and duplicate files are not caught. Fast; the report says so.")
    var namesOnly = false

    @Flag(name: .long, help: "Text: print only what fails the run and one summary line (the hooks use it).")
    var quiet = false

    @Flag(name: .long, help: "Text: the full report even with --quiet, and under each indicator the files that counted (for which requirement) and those that did not, with the reason.")
    var verbose = false

    @Flag(name: .long, help: "Accept a run in which some folders could not be read (otherwise it exits 2: not everything was checked).")
    var allowPartial = false

    @Flag(name: .long, help: "Print where the time went (load, walk, evaluate) and the documents read, cached and OCR'd, and reader processes started, to standard error.")
    var stats = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let target, !(1...5).contains(target) {
            throw ValidationError("--target must be a level from 1 to 5, got \(target)")
        }
        if [staged, rev != nil, prePush].filter({ $0 }).count > 1 {
            throw ValidationError("--staged, --rev and --pre-push do not go together")
        }
        if baseline != nil && writeBaseline != nil {
            throw ValidationError("--baseline and --write-baseline do not go together")
        }
        if groupBy != nil {
            guard [MarkdownReporter.identifier, CSVReporter.identifier].contains(chosenFormat) else {
                throw ValidationError("--group-by owner needs --format markdown or --format csv")
            }
        }
    }

    /// The commits a push sends: from the pre-commit framework's environment, else from
    /// git's pre-push protocol on standard input ("<local ref> <local sha> <remote ref>
    /// <remote sha>" per line; an all-zero local sha is a deletion and sends nothing).
    func pushedRevisions() -> [String] {
        let environment = World.environment
        if let to = environment["PRE_COMMIT_TO_REF"], !to.isEmpty { return [to] }
        if isatty(STDIN_FILENO) == 1 { return ["HEAD"] }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        return input.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 4, fields[1].contains(where: { $0 != "0" }) else { return nil }
            return String(fields[1])
        }
    }

    func run() throws {
        if prePush {
            // One check per pushed commit; the worst outcome decides.
            var worst: Int32 = 0
            for revision in pushedRevisions() {
                var copy = self
                copy.prePush = false
                copy.rev = revision
                do { try copy.run() } catch let exit as ExitCode { worst = max(worst, exit.rawValue) }
            }
            if worst != 0 { throw ExitCode(worst) }
            return
        }
        var linterOptions = Linter.Options(
            configPath: config, rules: rules, target: target,
            interview: try dates.interviewDay, context: language.context(today: try dates.todayDay)
        )
        linterOptions.staged = staged
        if let rev { linterOptions.git = .revision(rev) }
        linterOptions.gitRepository = gitRepository
        linterOptions.namesOnly = namesOnly
        linterOptions.allowPartial = allowPartial
        linterOptions.baseline = baseline
        // A line on the terminal while documents are read (only when it takes a while);
        // never in hooks (--quiet) or when standard error is a file or a pipe.
        if !quiet, isatty(STDERR_FILENO) == 1 {
            let label = linterOptions.context.messages(.progressDocuments)
            linterOptions.progress = { done, total in
                Output.progress("\(label) \(done)/\(total)", finished: done == total)
            }
        }
        let linter = Linter(options: linterOptions)
        let messages = linterOptions.context.messages
        // A Word file on a terminal is noise: ask for a redirect before doing the work.
        if writeBaseline == nil, Reporters.all.first(where: { $0.identifier == chosenFormat })?.isBinary == true, Output.stdoutIsTerminal {
            Output.error(messages(.docxBinaryToTerminal))
            throw ExitCode(2)
        }
        let report = try runReportingErrors(messages) { try linter.run(root: folder) }
        Output.keepUntilExit(report)
        if let writeBaseline {
            guard report.coverage.isComplete || allowPartial else {
                Output.error(messages.label(.error) + messages(.baselinePartial, ["count": report.coverage.unreadFolders.count]))
                throw ExitCode(2)
            }
            let recorded = Baseline(report: report)
            try runReportingErrors(messages) { try recorded.write(to: writeBaseline, evidenceRoot: folder, force: force) }
            Output.error(messages(.baselineWritten, ["path": writeBaseline, "count": recorded.entries.count]))
            return
        }
        // A build or a copy without its reader reads no document: every one still fails
        // closed, but the cause is the installation, not the uploads: say so once.
        if report.statistics.documents > 0, linterOptions.context.documentWorker == nil, let program = World.executable {
            let library = PathName.parent(PathName.parent(program)) + "/lib/spbe-lint/"
            Output.error(messages.label(.warning) + messages(.contentReaderMissing, ["program": program, "library": library]))
        }
                let options = ReporterOptions(colored: output.colored(), groupByOwner: groupBy == .owner, byteOrderMark: output.bom, csvSeparator: output.csvSeparator.character, quiet: quiet && !verbose, verbose: verbose)
        let reporter = Reporters.make(chosenFormat, options: options)!
        let rendering = Stopwatch()
        Output.write(Data(reporter.bytes(report)), to: FileHandle.standardOutput)
        if stats { Output.error(report.statistics.description + ", report \(TextFormat.decimal(rendering.milliseconds, places: 1)) ms") }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
