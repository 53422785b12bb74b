import ArgumentParser
import Foundation
import SPBELint

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan an evidence folder and report gaps (the default command).",
        discussion: "Example: spbe-lint sample-evidence/spbe-2020"
    )

    @Argument(help: "The evidence folder to check.", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "Config file to use instead of the nearest .spbe-lint.yaml.")
    var config: String?

    @Option(name: .long, help: "Rule pack: a shipped id (spbe-2020) or a path; overrides the config.")
    var rules: String?

    @Option(name: .long, help: "Check every indicator against this level (1-5).")
    var target: Int?

    @Option(name: .long, help: "Output format: \(Reporters.identifiers.joined(separator: ", ")).")
    var format: String = TextReporter.identifier

    @Option(name: .long, help: "Colour: auto (only on a terminal), always, never.")
    var color: String = "auto"

    func validate() throws {
        if let target, !(1...5).contains(target) {
            throw ValidationError("--target must be a level from 1 to 5, got \(target)")
        }
        if !Reporters.identifiers.contains(format) {
            throw ValidationError("unknown format '\(format)'; available: \(Reporters.identifiers.joined(separator: ", "))")
        }
        if !["auto", "always", "never"].contains(color) {
            throw ValidationError("--color must be auto, always or never")
        }
    }

    func run() throws {
        let linter = Linter(options: .init(configPath: config, rules: rules, target: target))
        let report = try runReportingErrors { try linter.run(root: folder) }
        let colored = color == "always" || (color == "auto" && Output.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        let reporter = Reporters.make(format, options: ReporterOptions(colored: colored))!
        FileHandle.standardOutput.write(Data(reporter.report(report).utf8))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
