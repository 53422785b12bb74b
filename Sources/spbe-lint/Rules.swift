import ArgumentParser
import Foundation
import SPBELint
import SPBELintReport

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate or list rule packs.",
        subcommands: [CheckRules.self, ListRules.self]
    )

    struct CheckRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate rule packs strictly and print every problem as file:line:col."
        )

        @Argument(help: "Rule pack files or shipped pack ids.")
        var packs: [String]

        @OptionGroup var language: LanguageOption

        func run() throws {
            var failed = false
            let messages = Messages(language: language.language)
            for reference in packs {
                do {
                    let pack = try RulePackLoader(messages: messages).load(reference: reference)
                    let requirements = pack.indicators.reduce(0) { $0 + $1.levels.reduce(0) { $0 + $1.requirements.count } }
                    Output.line(messages(.cliRulesOk, [
                        "reference": reference, "id": pack.framework.id, "indicators": pack.indicators.count,
                        "aspects": pack.aspects.count, "requirements": requirements, "kinds": pack.kinds.count,
                    ]))
                } catch let error as any UserFacingError {
                    Output.error(error.localized(messages))
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }
        }
    }

    struct ListRules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rule packs built into spbe-lint.")

        func run() throws {
            for id in RuleSource.shippedPacks {
                let title = (try? RulePackLoader().load(reference: id)).map { "\($0.framework.title) — \($0.framework.regulation)" } ?? "(invalid)"
                print("\(id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(title)")
            }
        }
    }
}

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the output formats.")

    func run() throws {
        for reporter in Reporters.all {
            print("\(reporter.identifier.padding(toLength: 10, withPad: " ", startingAt: 0)) \(reporter.summary)")
        }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the config (.spbe-lint.yaml) or of rule packs, for editors.",
        discussion: "The schema comes from the same key tables the validator uses. Example: spbe-lint schema config > config.schema.json"
    )

    @Argument(help: "Which schema: config or rules.")
    var document: JSONSchema.Document

    func run() throws {
        Output.line(String(JSONSchema.render(document).dropLast()))
    }

    /// The installed (or, in a checkout, the repository's) config schema: what `init`
    /// points the editor at. Nil when neither is next to this binary.
    static func installedConfigSchema() -> String? {
        guard let executable = PathName.real("/proc/self/exe") ?? PathName.real(CommandLine.arguments[0]) else { return nil }
        let file = JSONSchema.Document.config.fileName
        // PREFIX/bin/spbe-lint → PREFIX/share/spbe-lint/schemas; in a checkout the binary is
        // .build/<triple>/<configuration>/spbe-lint and the schemas are in schemas/.
        var folder = PathName.parent(executable)
        for _ in 0..<4 {
            folder = PathName.parent(folder)
            for candidate in [PathName.join(folder, "share/spbe-lint/schemas/" + file), PathName.join(folder, "schemas/" + file)]
            where PathName.entry(candidate, follow: true) == .file {
                return candidate
            }
        }
        return nil
    }
}

extension JSONSchema.Document: ExpressibleByArgument {}

/// `spbe-lint cache clear`: removes the document texts and facts kept between runs.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the cache of document texts ($XDG_CACHE_HOME/spbe-lint, else ~/.cache/spbe-lint).",
        subcommands: [Clear.self]
    )

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Remove every cached document text and fact of this user.")

        @OptionGroup var language: LanguageOption

        func run() throws {
            let messages = Messages(language: language.language)
            guard let folder = DocumentCache.location(environment: World.environment) else {
                Output.error(messages(.cliCacheNowhere))
                throw ExitCode(2)
            }
            guard let cleared = DocumentCache.clear(environment: World.environment) else {
                Output.error(messages(.cliCacheRefused, ["folder": folder]))
                throw ExitCode(2)
            }
            Output.line(messages(.cliCacheCleared, ["count": cleared.removed, "folder": cleared.folder]))
        }
    }
}
