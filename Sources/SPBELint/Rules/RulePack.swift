/// A validated rule pack: the framework, its weighted structure, its indicators
/// and the evidence kinds their requirements refer to.
public struct RulePack: Sendable {
    public var framework: Framework
    public var domains: [Domain]
    public var aspects: [Aspect]
    public var indicators: [Indicator]
    public var kinds: [String: EvidenceKind] {
        didSet { catalogue = KindCatalogue(kinds) }
    }
    /// The kinds as bits, built once per pack (and again only if `kinds` changes).
    public private(set) var catalogue: KindCatalogue
    /// The file checks every requirement applies unless it overrides them.
    public var quality = QualityPolicy()
    /// Where the pack was read from, for messages ("rules/spbe-2020.yaml").
    public var source: String

    public init(framework: Framework, domains: [Domain], aspects: [Aspect], indicators: [Indicator], kinds: [String: EvidenceKind], source: String) {
        self.framework = framework
        self.domains = domains
        self.aspects = aspects
        self.indicators = indicators
        self.kinds = kinds
        self.catalogue = KindCatalogue(kinds)
        self.source = source
    }

    /// One indicator by id ("I10", "i10") or number ("10", "I-10"); a scan, for single
    /// lookups. Many lookups build an `IndicatorLookup` once.
    public func indicator(_ reference: String) -> Indicator? {
        let (id, number) = IndicatorLookup.parse(reference)
        return indicators.first { $0.id.lowercased() == id } ?? number.flatMap { wanted in indicators.first { $0.number == wanted } }
    }

    /// Finds indicators by id ("I10", "i10") or number ("10", "I-10") in constant time:
    /// built once when many references are resolved (a config may name thousands).
    public struct IndicatorLookup: Sendable {
        let indicators: [Indicator]
        let byID: [String: Int]
        let byNumber: [Int: Int]

        public init(_ pack: RulePack) {
            indicators = pack.indicators
            byID = Dictionary(pack.indicators.enumerated().map { ($1.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            byNumber = Dictionary(pack.indicators.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// `indicator(String(number))` without parsing the text again (per folder of a tree).
        public func indicator(number: Int) -> Indicator? {
            (byID[String(number)] ?? byNumber[number]).map { indicators[$0] }
        }

        public func indicator(_ reference: String) -> Indicator? {
            let (id, number) = Self.parse(reference)
            if let exact = byID[id] { return indicators[exact] }
            return number.flatMap { byNumber[$0] }.map { indicators[$0] }
        }

        /// The one reading of a reference: its lower-cased id, and the number it names
        /// ("10", or "I10"/"I-10" with the I prefix).
        static func parse(_ reference: String) -> (id: String, number: Int?) {
            let wanted = reference.trimmingCharacters(in: .whitespaces)
            let digits = wanted.drop { !$0.isNumber }
            let number = Int(digits).flatMap { digits.count == wanted.count || wanted.lowercased().hasPrefix("i") ? $0 : nil }
            return (wanted.lowercased(), number)
        }
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
