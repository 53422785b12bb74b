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
          2  usage, config or rule-pack error (nothing was checked), or part of the
             evidence tree could not be read (not everything was checked; see --allow-partial)
        """,
        version: SPBELintVersion.current,
        subcommands: [Check.self, Explain.self, DeadlineCommand.self, FollowUpCommand.self, InitCommand.self, InstallHook.self, Rules.self, SchemaCommand.self, Formats.self, CacheCommand.self],
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
    /// What the process keeps until it exits. Freeing a large run's report (its results,
    /// findings and the index behind them) took over a millisecond after the output was
    /// written, for memory the exit gives back at once (#28).
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keepUntilExit(_ value: Any) {
        kept.append(value)
    }

    /// Messages to standard error quote paths and names from the evidence tree: never raw.
    static func error(_ text: String) {
        let safe = TerminalText.escape(text, keepNewlines: true)
        write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8), to: FileHandle.standardError)
    }

    /// A line of command output (not a report) that may quote a user's path.
    static func line(_ text: String) {
        let safe = TerminalText.escape(text, keepNewlines: true)
        write(Data((safe + "\n").utf8), to: FileHandle.standardOutput)
    }

    /// Writes or exits 2 with the reason: a full disk or a closed pipe is not a crash.
    static func write(_ data: Data, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            if handle !== FileHandle.standardError {
                let reason = "error: cannot write the output: \(error.localizedDescription)\n"
                try? FileHandle.standardError.write(contentsOf: Data(reason.utf8))
            }
            Foundation.exit(2)
        }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// A progress line on a terminal's standard error, redrawn in place and cleared when done.
    static func progress(_ text: String, finished: Bool) {
        let line = finished ? "\r\u{1B}[K" : "\r\u{1B}[K" + TerminalText.escape(text, keepNewlines: false)
        try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
    }
}

/// Errors the library throws become exit 2 with their own description.
struct ReportedFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs library work: any `UserFacingError` is printed in the user's language and exits 2,
/// the one way every command reports what went wrong.
func runReportingErrors<T>(_ messages: Messages, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as any UserFacingError {
        Output.error(error.localized(messages))
        throw ExitCode(2)
    }
}
