import ArgumentParser
import Foundation
import SPBELint

@main
struct SPBELintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spbe-lint",
        abstract: "Check an SPBE / Pemdi evidence folder (bukti dukung) against the evaluation rules.",
        discussion: """
        Exit codes:
          0  no gaps: every indicator has the evidence its target level needs
          1  gaps found (missing or unusable evidence)
          2  usage, config or rule-pack error (nothing was checked)
        """,
        version: SPBELintVersion.current,
        subcommands: [Check.self, Explain.self, DeadlineCommand.self, InitCommand.self, InstallHook.self, Rules.self, Formats.self],
        defaultSubcommand: Check.self
    )

    /// ArgumentParser exits 64 on usage errors; the README promises 2 for every
    /// usage, config and rule error, so the exit code is mapped here.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Output.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

enum Output {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Errors the library throws become exit 2 with their own description.
struct ReportedFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs library work; its typed errors are printed in the user's language and exit 2.
func runReportingErrors<T>(_ messages: Messages, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as RuleError {
        Output.error(error.localized(messages))
        throw ExitCode(2)
    } catch let error as ConfigError {
        Output.error(error.localized(messages))
        throw ExitCode(2)
    } catch let error as EvidenceError {
        Output.error(error.localized(messages))
        throw ExitCode(2)
    } catch let error as YAMLError {
        Output.error(error.localized(messages))
        throw ExitCode(2)
    }
}
