import Foundation
import PackagePlugin

/// Embeds every YAML file under the package's `rules/` folder into the library,
/// keeping `rules/` the single source of truth: a new pack or holiday year is
/// picked up by the next build without touching Swift code.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appendingPathComponent("rules")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "yaml" {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRules.swift")
        let keys = context.pluginWorkDirectoryURL.appendingPathComponent("MessageKeys.swift")
        return [
            .buildCommand(
                displayName: "Embedding rule packs from rules/",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [rules.path, output.path, keys.path],
                inputFiles: inputs,
                outputFiles: [output, keys]
            ),
        ]
    }
}
