import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The JSON Schemas editors use must say what the validator says: shipped files pass both,
/// a bad config fails both, and the files in schemas/ are what the key tables render.
@Suite("JSON Schemas for configs and rule packs")
struct SchemaTests {
    static let judges: String? = PyPI.install(["jsonschema==4.23.0", "pyyaml==6.0.2"], as: "schema-judges")

    /// Validates YAML files against a schema with Python's jsonschema; returns one line
    /// per file: "path: ok" or "path: N errors: …".
    static func judge(_ schema: JSONSchema.Document, _ files: [String]) throws -> [String] {
        guard let judges else { return [] }
        let script = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            # dates and integer keys become strings, as the YAML editor extension sees them
            data = json.loads(json.dumps(yaml.safe_load(open(path, encoding="utf-8")), default=str))
            errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]
            print(f"{path}: " + ("ok" if not errors else f"{len(errors)} errors: " + "; ".join(errors)))
        """
        let schemaFile = Fixtures.packageRoot.appendingPathComponent("schemas/" + schema.fileName).path
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", script, schemaFile] + files, environment: ["PYTHONPATH": judges, "PATH": "/usr/bin:/bin:/usr/local/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test(arguments: JSONSchema.Document.allCases)
    func schemaFilesAreWhatTheKeyTablesRender(_ document: JSONSchema.Document) throws {
        let rendered = JSONSchema.render(document)
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/" + document.fileName)
        if ProcessInfo.processInfo.environment["SPBE_LINT_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == rendered, "run SPBE_LINT_UPDATE_GOLDEN=1 swift test --filter SchemaTests")
        // The CLI prints the same text.
        #expect(try CLI.run(["schema", document.rawValue]).stdout == rendered)
    }

    @Test func validatorAndSchemaKnowTheSameKeys() throws {
        #expect(Configuration.knownKeys == ConfigSchema.root.keys)
        #expect(QualityPolicy.keys == RulePackSchema.quality.keys)
        // A key the schema lacks is refused by the validator too (one list decides both).
        let tree = TempTree()
        for key in ConfigSchema.root.keys {
            let config = tree.file(".spbe-lint.yaml", "\(key)x: 1\n")
            let result = try CLI.run(["rules", "check", "spbe-2020"], in: tree.root)
            #expect(result.status == 0)
            let lint = try CLI.run([tree.root, "--names-only"])
            #expect(lint.status == 2 && lint.stderr.contains("unknown key '\(key)x'"), "\(config): \(lint.stderr)")
        }
    }

    @Test func shippedConfigsAndPacksPassTheSchemas() throws {
        guard Self.judges != nil else {
            Issue.record("PyPI unreachable: jsonschema is needed to judge the schemas (skipped, not passed)")
            return
        }
        let root = Fixtures.packageRoot.path
        let configs = ["sample-evidence/spbe-2020/.spbe-lint.yaml", "sample-evidence/pemdi-2026/.spbe-lint.yaml"].map { root + "/" + $0 }
        let packs = ["rules/spbe-2020.yaml", "rules/pemdi-2026.yaml", "rules/kinds.yaml"].map { root + "/" + $0 }
        for line in try Self.judge(.config, configs) + Self.judge(.rules, packs) {
            #expect(line.hasSuffix(": ok"), "\(line)")
        }
    }

    /// Whether a schemas/ (checkout) or share/spbe-lint/schemas/ (install) folder sits up to
    /// four levels above the binary under test, as `init` looks for it.
    static var schemaBesideBinary: Bool {
        var folder = PathName.parent(PathName.real(CLI.binary) ?? CLI.binary)
        for _ in 0..<4 {
            folder = PathName.parent(folder)
            for candidate in ["share/spbe-lint/schemas/", "schemas/"].map({ $0 + JSONSchema.Document.config.fileName })
            where FileManager.default.fileExists(atPath: PathName.join(folder, candidate)) {
                return true
            }
        }
        return false
    }

    /// The starter config as `init` writes it (`indicators:` with every entry commented
    /// out is null): an editor must not mark a fresh config red.
    @Test(arguments: ["pemdi-2026", "spbe-2020"])
    func freshStarterConfigPassesTheSchema(pack: String) throws {
        guard Self.judges != nil else {
            Issue.record("PyPI unreachable: jsonschema is needed to judge the schemas (skipped, not passed)")
            return
        }
        let tree = TempTree()
        let folder = tree.path("bukti")
        #expect(try CLI.run(["init", folder, "--rules", pack, "--instansi", "Kota Contoh"]).status == 0)
        for line in try Self.judge(.config, [folder + "/.spbe-lint.yaml"]) { #expect(line.hasSuffix(": ok"), "\(line)") }
    }

    /// Every commented line of the starter config that is YAML, uncommented and filled in
    /// as a user would: it must pass the schema and load in spbe-lint, in both languages.
    @Test(arguments: [("pemdi-2026", "id"), ("spbe-2020", "en")])
    func filledStarterConfigPassesBoth(pack: String, lang: String) throws {
        let tree = TempTree()
        let folder = tree.path("bukti dukung")
        #expect(try CLI.run(["init", folder, "--rules", pack, "--lang", lang, "--instansi", "Kota Contoh"]).status == 0)
        let path = folder + "/.spbe-lint.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // The schema is found next to the binary (a checkout's schemas/, an install's share/);
        // built elsewhere (`swift test --scratch-path /tmp/x`) there is none, and init says how to get it.
        if Self.schemaBesideBinary {
            #expect(text.hasPrefix("# yaml-language-server: $schema="), "init points the editor at the schema: \(text.prefix(120))")
            if let reference = text.split(separator: "\n").first?.split(separator: "=", maxSplits: 1).last {
                #expect(FileManager.default.fileExists(atPath: String(reference)), "the schema it names exists: \(reference)")
            }
        } else {
            #expect(text.hasPrefix("# ") && !text.hasPrefix("# yaml-language-server"), "no schema to name: \(text.prefix(120))")
            #expect(text.split(separator: "\n").first?.contains("spbe-lint schema config") == true, "\(text.prefix(160))")
        }
        let yamlLine = try Regex(#"^ *# ( *)("[^"]+": \{|[a-z-]+:( |$)|  - )"#)
        let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix("# yaml-language-server"), line.firstMatch(of: yamlLine) != nil, let hash = line.firstIndex(of: "#") else { return String(line) }
            let indent = line[..<hash]
            return String(indent + line[line.index(hash, offsetBy: 2)...])
        }.joined(separator: "\n")
        #expect(filled.contains("\nopd:\n") && filled.contains("\nwaivers:\n") && filled.contains("\ninterview: "), "\(filled)")
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CLI.run([folder, "--names-only"])
        #expect(check.status == 0 || check.status == 1, "the filled-in config loads: \(check.stderr)")
        if Self.judges != nil {
            for line in try Self.judge(.config, [path]) { #expect(line.hasSuffix(": ok"), "\(line)") }
        }
    }

    @Test func badConfigFailsSchemaAndLinter() throws {
        let tree = TempTree()
        let path = tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntagret: 3\nwindow-days: 90\nindicators:\n  \"1\": {claim: 7}\nwaivers:\n  - {indicator: \"1\", reason: lupa}\n")
        let lint = try CLI.run([tree.root, "--names-only"])
        #expect(lint.status == 2)
        for expected in [":2:1: error: unknown key 'tagret'", "window-days", ":5:"] {
            #expect(lint.stderr.contains(expected), "\(expected) in \(lint.stderr)")
        }
        guard Self.judges != nil else {
            Issue.record("PyPI unreachable: jsonschema is needed to judge the schemas (skipped, not passed)")
            return
        }
        let verdict = try Self.judge(.config, [path]).joined()
        #expect(verdict.contains("errors"), "\(verdict)")
        for expected in ["tagret", "90", "7", "expires"] {
            #expect(verdict.contains(expected), "the schema names \(expected): \(verdict)")
        }
    }
}
