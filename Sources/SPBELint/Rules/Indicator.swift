/// An indicator (indikator) of a framework, with its criteria and evidence per level.
public struct Indicator: Sendable, Hashable {
    public var id: String
    public var number: Int
    public var name: String
    public var aspect: String
    public var weight: Double
    /// Levels 1…5 in order; the validator guarantees all five are present.
    public var levels: [LevelDefinition]
    /// Set when the level comes from another agency's index (IKASANDI, SDI, EPSS…).
    public var external: ExternalScoring?
    public var location: SourceLocation?
    /// Where `weight:` was written (in the pack that last set it).
    public var weightLocation: SourceLocation?
    /// A remark about the source text (a transcription gap, a correction), shown by `explain`.
    public var note: String?

    public init(id: String, number: Int, name: String, aspect: String, weight: Double, levels: [LevelDefinition], location: SourceLocation? = nil) {
        self.id = id
        self.number = number
        self.name = name
        self.aspect = aspect
        self.weight = weight
        self.levels = levels
        self.external = nil
        self.location = location
    }

    public func level(_ number: Int) -> LevelDefinition? {
        levels.first { $0.level == number }
    }

    /// The requirements a claim of `level` must meet: the level's own plus, while
    /// levels are cumulative, those of the levels below. A requirement redeclared
    /// with the same id at a higher level replaces the lower one (e.g. level 5
    /// asking for two regulations where level 2 asked for one).
    public func requirements(for level: Int) -> [(level: Int, requirement: Requirement)] {
        var result: [(level: Int, requirement: Requirement)] = []
        for definition in levels where definition.level <= level {
            if !definition.cumulative { result.removeAll() }
            for requirement in definition.requirements {
                if let index = result.firstIndex(where: { $0.requirement.id == requirement.id }) {
                    result[index] = (definition.level, requirement)
                } else {
                    result.append((definition.level, requirement))
                }
            }
        }
        return result
    }
}

/// How an externally scored indicator turns the index value into a level.
public struct ExternalScoring: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var minimum: Double
        /// Exclusive upper bound when the source states one (IKASANDI level 2: < 2.50).
        public var maximum: Double?
        public var level: Int
        /// Indicator values the band maps onto linearly (Indeks SDI 62.5–75 → 3.5–4.0, the
        /// modul's conversion); nil: the band gives its level as the value.
        public var values: ClosedRange<Double>?

        public init(minimum: Double, maximum: Double?, level: Int, values: ClosedRange<Double>? = nil) {
            (self.minimum, self.maximum, self.level, self.values) = (minimum, maximum, level, values)
        }
    }

    public var index: String
    /// The values the index can take (Indeks SDI 0–100); nil when the pack does not say.
    public var scale: ClosedRange<Double>?
    /// Lowest first. Empty: the index value itself is the indicator value (clamped to 1–5).
    public var bands: [Band]

    public init(index: String, scale: ClosedRange<Double>? = nil, bands: [Band]) {
        (self.index, self.scale, self.bands) = (index, scale, bands)
    }

    /// Whether a configured value can be this index's at all.
    public func accepts(_ indexValue: Double) -> Bool {
        scale.map { $0.contains(indexValue) } ?? true
    }

    /// The level an index value gives: its band's (SDI 78.4 is level 5 at value 4.14), or
    /// the whole part of the value when the pack has no bands.
    public func level(for indexValue: Double) -> Int {
        guard !bands.isEmpty else { return Int(value(for: indexValue).value.rounded(.down)) }
        return (bands.last { indexValue >= $0.minimum - 1e-9 } ?? bands[0]).level
    }

    /// The indicator value an index value gives, and whether it lies above the
    /// highest band the pack knows (so the level may be understated).
    public func value(for indexValue: Double) -> (value: Double, aboveKnownBands: Bool) {
        guard !bands.isEmpty else { return (min(5, max(1, indexValue)), false) }
        let band = bands.last { indexValue >= $0.minimum - 1e-9 } ?? bands[0]
        let beyond = band.maximum.map { indexValue >= $0 - 1e-9 } ?? false
        // The top of a scale belongs to the last band (SDI 100 is 5.00, not beyond).
        let atTop = beyond && band == bands.last && scale.map { abs(indexValue - $0.upperBound) < 1e-9 } == true
        guard let values = band.values, let top = band.maximum, top > band.minimum else {
            return (Double(band.level), beyond && !atTop)
        }
        if beyond && !atTop { return (values.upperBound, true) }
        let share = min(1, max(0, (indexValue - band.minimum) / (top - band.minimum)))
        let value = values.lowerBound + share * (values.upperBound - values.lowerBound)
        return ((value * 100).rounded() / 100, false)
    }
}

extension Indicator {
    /// Indicator names repeat "Tingkat Kematangan"; reports and guides drop it to stay readable.
    public static func shortName(_ name: String) -> String {
        name.hasPrefix("Tingkat Kematangan ") ? String(name.dropFirst("Tingkat Kematangan ".count)) : name
    }
}
