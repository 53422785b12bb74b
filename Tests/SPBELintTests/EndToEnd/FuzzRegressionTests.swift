import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Replays every saved fuzz input through the same entry the fuzzer uses. A crash the
/// fuzzer finds is copied into `FuzzInputs/` under its `crash-…` name and stays here:
/// if it ever crashes again, this test takes the whole suite down with it.
/// `refused-…` inputs must be refused by the parser, `diagnosed-…` ones must parse and
/// draw at least one diagnostic; any other name only has to come back. `tree-…` inputs
/// belong to the second entry (config, sidecar and names through every reporter).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/SPBELintTests/FuzzInputs").path

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theFolderIsThere() {
        #expect(Self.inputs.count >= 8, "FuzzInputs/ went missing: nothing would be replayed")
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        // No time is asserted (CI shares two cores); the fuzz runs themselves stop slow units.
        if name.hasPrefix("tree-") {
            #expect(UntrustedTree.exercise(Array(bytes), all: true) > 0, "\(name): the reporters rendered nothing")
            return
        }
        let outcome = UntrustedYAML.exercise(Array(bytes))
        if name.hasPrefix("refused-") {
            #expect(outcome == .refused, "\(name): \(outcome)")
        } else if name.hasPrefix("diagnosed-") {
            guard case .decoded(let count) = outcome else { Issue.record("\(name) was refused"); return }
            #expect(count > 0, "\(name) drew no diagnostic")
        }
    }
}
