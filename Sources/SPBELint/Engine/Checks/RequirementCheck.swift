/// One decision a requirement makes about one file, as a pure function: the same input
/// always gives the same verdict, so each check can carry a table of examples (files that
/// trigger it and files that do not) and one test runs every table (`RequirementCheckTests`).
/// Adding a check with examples adds its tests.
protocol RequirementCheck: Sendable {
    associatedtype Input: Sendable
    associatedtype Reason: Sendable, Equatable
    static func verdict(_ input: Input) -> CheckVerdict<Reason>
    /// Triggering and non-triggering inputs with the verdict each must give.
    static var examples: [CheckExample<Self>] { get }
}

/// Met, or not met with a typed reason.
enum CheckVerdict<Reason: Sendable & Equatable>: Sendable, Equatable {
    case met
    case notMet(Reason)

    var isMet: Bool { self == .met }
}

struct CheckExample<Check: RequirementCheck>: Sendable {
    /// Says what the example is, so a failing table row is found by its words.
    let note: String
    let input: Check.Input
    let expected: CheckVerdict<Check.Reason>
}

extension RequirementCheck {
    /// The notes of the examples whose verdict differs from the table.
    static func failingExamples() -> [String] {
        examples.filter { verdict($0.input) != $0.expected }.map { "\(Self.self): \($0.note)" }
    }
}

/// Every check, for the test that runs their examples.
enum RequirementChecks {
    static let all: [any RequirementCheck.Type] = [YearWindowCheck.self, IssuerRoleCheck.self, ScreenCheck.self, SubjectCheck.self, SubstituteCheck.self,
                                                    CarriedKindCheck.self, EnactmentCheck.self, CoverageCheck.self, ProofCheck.self]
}
