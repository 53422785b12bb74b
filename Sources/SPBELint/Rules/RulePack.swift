/// A validated rule pack: the framework, its weighted structure, its indicators
/// and the evidence kinds their requirements refer to.
public struct RulePack: Sendable {
    public var framework: Framework
    public var domains: [Domain]
    public var aspects: [Aspect]
    public var indicators: [Indicator]
    public var kinds: [String: EvidenceKind]
    /// Where the pack was read from, for messages ("rules/spbe-2020.yaml").
    public var source: String

    public func indicator(_ reference: String) -> Indicator? {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        if let exact = indicators.first(where: { $0.id.caseInsensitiveCompare(wanted) == .orderedSame }) {
            return exact
        }
        let digits = wanted.drop { !$0.isNumber }
        if let number = Int(digits), digits.count == wanted.count || wanted.lowercased().hasPrefix("i") {
            return indicators.first { $0.number == number }
        }
        return nil
    }

    public func indicator(number: Int) -> Indicator? {
        indicators.first { $0.number == number }
    }

    public func aspect(_ id: String) -> Aspect? {
        aspects.first { $0.id == id }
    }

    public func domain(_ id: String?) -> Domain? {
        guard let id else { return nil }
        return domains.first { $0.id == id }
    }
}

import Foundation
