import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Runs every requirement check's example table: a check added to `RequirementChecks.all`
/// with examples is tested without a new test.
@Suite("Requirement check examples")
struct RequirementCheckTests {
    @Test func everyCheckGivesTheVerdictsItsExamplesState() {
        for check in RequirementChecks.all {
            #expect(check.failingExamples().isEmpty, "\(check.failingExamples())")
        }
    }

    /// A table that only says "met" (or only "not met") tests nothing that can fail.
    @Test func everyCheckHasTriggeringAndNonTriggeringExamples() {
        for check in RequirementChecks.all {
            #expect(check.exampleVerdicts.contains(true), "\(check) has no non-triggering example")
            #expect(check.exampleVerdicts.contains(false), "\(check) has no triggering example")
        }
    }
}

extension RequirementCheck {
    static var exampleVerdicts: [Bool] { examples.map(\.expected.isMet) }
}
