import ArgumentParser
import Foundation
import SPBELint

struct InstallHook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Write a git pre-commit hook that runs 'spbe-lint check --staged' (without the pre-commit framework).",
        discussion: "It refuses to replace a hook spbe-lint did not write unless --force is given."
    )

    @Argument(help: "The evidence folder, relative to the repository's top.")
    var folder: String = "."

    @Flag(name: .long, help: "Replace an existing pre-commit hook that spbe-lint did not write.")
    var force = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let messages = Messages(language: language.language)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath().path
        do {
            let path = try HookInstaller(folder: folder, binary: binary).install(from: FileManager.default.currentDirectoryPath, force: force)
            Output.line(messages("hook.installed", ["path": path, "folder": folder]))
        } catch let failure as HookInstaller.Failure {
            Output.error(failure.localized(messages))
            throw ExitCode(2)
        }
    }
}
