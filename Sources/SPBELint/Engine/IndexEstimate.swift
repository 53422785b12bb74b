/// The weighted index a set of indicator values gives (the weighted mean of PermenPANRB
/// 59/2020 and 8/2026, docs/sources.md §2.6 and §3.3):
/// `aspect = Σ(w·v)/Σw` over its indicators; `domain = Σ(aspect weight · aspect)` divided
/// by the sum of its aspects' weights; `index = Σ(w·v)/Σw` over all indicators. An
/// indicator without a value counts at the framework's `floor`, as the assessors score
/// an indicator with no uploads.
public struct IndexEstimate: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public var id: String
        public var name: String
        public var weight: Double
        public var value: Double

        public init(id: String, name: String, weight: Double, value: Double) {
            self.id = id
            self.name = name
            self.weight = weight
            self.value = value
        }
    }

    public var value: Double
    public var predikat: String
    public var aspects: [Part]
    public var domains: [Part]

    public init(pack: RulePack, values: [String: Double]) {
        func mean(_ indicators: [Indicator]) -> Double {
            let weight = indicators.reduce(0) { $0 + $1.weight }
            guard weight > 0 else { return 0 }
            return indicators.reduce(0) { $0 + $1.weight * (values[$1.id] ?? Double(pack.framework.floor)) } / weight
        }
        aspects = pack.aspects.map { aspect in
            Part(id: aspect.id, name: aspect.name, weight: aspect.weight, value: mean(pack.indicators.filter { $0.aspect == aspect.id }))
        }
        let aspectParts = aspects
        domains = pack.domains.map { domain in
            let members = pack.aspects.filter { $0.domain == domain.id }
            let weight = members.reduce(0) { $0 + $1.weight }
            let sum = members.reduce(0.0) { total, aspect in
                total + aspect.weight * (aspectParts.first { $0.id == aspect.id }?.value ?? 0)
            }
            return Part(id: domain.id, name: domain.name, weight: domain.weight, value: weight > 0 ? sum / weight : 0)
        }
        value = mean(pack.indicators)
        // The bands are compared with the unrounded index: 2.595 is below 2.6 (Baik) even
        // though it prints as 2.60. A prediction must not round an instansi into a band.
        predikat = pack.framework.predikat(for: value)
    }
}
