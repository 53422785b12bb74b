import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("init scaffolding")
struct InitTests {
    @Test func scaffoldIsIdempotentAndNeverCountsAsEvidence() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\ninstansi: Punya Kami\n")
        let first = try CLI.run(["init", tree.root, "--rules", "pemdi-2026"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("20 files created, 1 existing file kept"))
        #expect(try String(contentsOfFile: tree.path(".spbe-lint.yaml"), encoding: .utf8) == "rules: pemdi-2026\ninstansi: Punya Kami\n")
        let second = try CLI.run(["init", tree.root, "--rules", "pemdi-2026"])
        #expect(second.stdout.contains("0 files created, 21 existing files kept"))

        let report = try Linter(options: .init(rules: "pemdi-2026", context: Fixtures.context)).run(root: tree.root)
        #expect(report.fileCount == 0, "guides are placeholders, never evidence")
        #expect(report.results.allSatisfy { $0.supportedLevel == 1 })
        #expect(report.findings.filter { $0.category == .unassigned }.isEmpty)
    }

    @Test func everyScaffoldFolderMapsBackToItsIndicator() throws {
        for id in ["spbe-2020", "pemdi-2026"] {
            let pack = try RulePackLoader().load(reference: id)
            let scaffolder = Scaffolder(pack: pack, messages: .english, year: 2026)
            for indicator in pack.indicators {
                let match = Conventions.standard.matchFolder(scaffolder.folderName(for: indicator))
                #expect(match?.number == indicator.number, "\(scaffolder.folderName(for: indicator))")
            }
        }
    }

    @Test func starterConfigIsValid() throws {
        let tree = TempTree()
        _ = try Scaffolder(pack: Fixtures.spbe, messages: .english, instansi: "Kota Contoh", year: 2026).scaffold(into: tree.root)
        let config = try Configuration.load(path: tree.path(".spbe-lint.yaml"))
        #expect(config.instansi == "Kota Contoh" && config.year == 2026)
    }

    @Test func fileWhereAFolderShouldBeIsAnError() throws {
        let tree = TempTree()
        tree.file("spot", "x")
        #expect(try CLI.run(["init", tree.path("spot")]).status == 2)
    }
}
