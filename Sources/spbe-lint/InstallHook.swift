import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

struct InstallHook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Write a git pre-commit hook that runs 'spbe-lint check --staged' (without the pre-commit framework).",
        discussion: "It refuses to replace a hook spbe-lint did not write unless --force is given."
    )

    @Argument(help: "The evidence folder (as a path from here; the hook names it from the repository top).", completion: .directory)
    var folder: String = "."

    @Option(name: .long, help: "A baseline file the hook passes on, so only new gaps block a commit.", completion: .file())
    var baseline: String?

    @Option(name: .long, help: "Which hook: pre-commit (judges the index) or pre-push (judges every pushed commit).")
    var stage: HookInstaller.Stage = .preCommit

    @Flag(name: .long, help: "Replace a hook spbe-lint did not write (it is kept as pre-commit.bak), or write into a shared core.hooksPath.")
    var force = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let messages = Messages(language: language.language)
        try runReportingErrors(messages) {
            let outcome = try HookInstaller.install(folder: folder, baseline: baseline, binary: HookInstaller.runningBinary,
                                                    stage: stage, language: language.lang, from: PathName.currentDirectory, force: force)
            if let backup = outcome.backup { Output.error(messages(.hookBackup, ["path": backup])) }
            if outcome.folderMissing { Output.error("warning: " + messages(.hookFolderMissing, ["folder": outcome.folder])) }
            Output.line(messages(stage == .preCommit ? .hookInstalled : .hookInstalledPrePush, ["path": outcome.path, "folder": outcome.folder]))
        }
    }
}

extension HookInstaller.Stage: ExpressibleByArgument {}
