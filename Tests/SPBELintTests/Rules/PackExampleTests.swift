import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Every `example:` in a shipped pack is a file name a user could copy: it must meet the
/// requirement it illustrates, with its draft status and year as a real file would have.
@Suite("Pack examples meet their requirements")
struct PackExampleTests {
    @Test(arguments: ["spbe-2020", "pemdi-2026"])
    func everyExampleMeetsItsRequirement(pack id: String) throws {
        let pack = try RulePackLoader().load(reference: id)
        let classifier = EvidenceClassifier(catalogue: pack.catalogue)
        var failures: [String] = []
        var checked = 0
        for indicator in pack.indicators {
            for level in indicator.levels {
                for requirement in level.requirements {
                    guard let example = requirement.example else { continue }
                    checked += 1
                    var kinds = classifier.kinds(ofName: example)
                    // A butir code names the item whatever the words say.
                    if requirement.code?.names(example) == true { kinds.formUnion(requirement.kinds) }
                    let drafts = Set(pack.kinds.values.filter(\.marksDraft).map(\.id))
                    if kinds.isDisjoint(with: requirement.kinds) || (requirement.enacted && !kinds.isDisjoint(with: drafts)) {
                        failures.append("\(indicator.id) L\(level.level) \(requirement.id): '\(example)' is \(kinds.sorted()), needs \(requirement.kinds)")
                    }
                }
            }
        }
        #expect(checked > 40)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
