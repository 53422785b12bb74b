import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Command line")
struct CLITests {
    @Test func gapsExitOne() throws {
        let tree = GoldenTests.fixture()
        let result = try CLI.run([tree.root])
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ 1"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func cleanTreeExitsZero() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        let result = try CLI.run(["check", tree.root])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func malformedRulesExitTwoWithLocation() throws {
        let tree = TempTree()
        let bad = tree.file("bad.yaml", "framework:\n  id: x\n  title: X\n  colour: red\naspects: []\nindicators: []\n")
        let result = try CLI.run(["rules", "check", bad])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:4:3: error: unknown key 'colour' in 'framework'"))
        let run = try CLI.run([tree.root, "--rules", bad])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test func syntaxErrorInConfigExitsTwo() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "target: [3\n")
        let result = try CLI.run([tree.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".spbe-lint.yaml:2:1: error: YAML syntax"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["--target", "9", "."]).status == 2)
        #expect(try CLI.run(["--format", "xml", "."]).status == 2)
        #expect(try CLI.run(["/nonexistent/folder"]).status == 2)
        #expect(try CLI.run(["--help"]).status == 0)
    }

    @Test func jsonFormatIsParseable() throws {
        let tree = GoldenTests.fixture()
        let result = try CLI.run([tree.root, "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["summary"] as? [String: Any])?["exitCode"] as? Int == 1)
    }

    @Test func shippedRulesCheckAndList() throws {
        let check = try CLI.run(["rules", "check", "spbe-2020"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("47 indicators"))
        #expect(try CLI.run(["rules", "list"]).stdout.contains("spbe-2020"))
        #expect(try CLI.run(["formats"]).stdout.contains("json"))
    }

    @Test func binaryWorksCopiedAloneWithoutRulesFolder() throws {
        let elsewhere = TempTree("bin")
        let copy = elsewhere.path("spbe-lint")
        try Executable.copy(CLI.binary, to: copy)
        let result = try Shell.run(copy, ["rules", "check", "spbe-2020"], in: elsewhere.root, environment: CLI.testEnvironment())
        #expect(result.status == 0)
        #expect(result.stdout.contains("47 indicators"))
    }
}

/// Colour only on a terminal, and not when NO_COLOR is set and non-empty or TERM is dumb
/// (no-color.org). Run under a pseudo-terminal by util-linux `script`.
@Suite("Colour on a terminal")
struct ColourTests {
    static let script = FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil

    static func colouredOnTerminal(_ environment: [String: String]) throws -> Bool {
        let sample = Fixtures.packageRoot.appendingPathComponent("sample-evidence/spbe-2020").path
        var env = CLI.testEnvironment(environment)
        if environment["NO_COLOR"] == nil { env.removeValue(forKey: "NO_COLOR") }
        env["TERM"] = environment["TERM"] ?? "xterm"
        let command = "'\(CLI.binary)' '\(sample)' --quiet"
        let result = try Shell.run(script!, ["-qec", command, "/dev/null"], environment: env)
        return result.stdout.contains("\u{1B}[")
    }

    @Test(.enabled(if: script != nil, "util-linux script is not installed"))
    func noColorAndDumbTerminals() throws {
        #expect(try Self.colouredOnTerminal([:]))
        #expect(try Self.colouredOnTerminal(["NO_COLOR": ""]), "an empty NO_COLOR does not count")
        #expect(try !Self.colouredOnTerminal(["NO_COLOR": "1"]))
        #expect(try !Self.colouredOnTerminal(["TERM": "dumb"]))
    }
}
