/// Metadata of an evaluation framework (Indeks SPBE 2020, Indeks Pemdi 2026, …).
public struct Framework: Sendable, Hashable {
    public var id: String
    public var title: String
    public var regulation: String
    public var indexName: String
    public var levelNames: [Int: String]
    /// Highest band first; a value gets the first band whose `minimum` it reaches.
    public var predikat: [PredikatBand]
    public var totalWeight: Double
    /// The level an indicator has even with no evidence ("belum atau telah tersedia").
    public var floor: Int

    public init(id: String, title: String, regulation: String, indexName: String, levelNames: [Int: String], predikat: [PredikatBand], totalWeight: Double, floor: Int) {
        self.id = id
        self.title = title
        self.regulation = regulation
        self.indexName = indexName
        self.levelNames = levelNames
        self.predikat = predikat
        self.totalWeight = totalWeight
        self.floor = floor
    }

    /// The evaluation year from which another regulation replaced this framework, and what
    /// replaced it: the report warns a team still checking against it.
    public var supersededFrom: Int?
    public var supersededBy: String?
    /// The shipped pack of the regulation that replaced it: what a run uses by default
    /// from `supersededFrom` on, when the config names no `rules:`.
    public var supersededPack: String?

    public func predikat(for value: Double) -> String {
        predikat.first { value >= $0.minimum - 1e-9 }?.label ?? predikat.last?.label ?? "-"
    }
}

public struct PredikatBand: Sendable, Hashable {
    public var minimum: Double
    public var label: String

    public init(minimum: Double, label: String) {
        self.minimum = minimum
        self.label = label
    }
}
