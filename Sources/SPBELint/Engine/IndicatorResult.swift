/// How one requirement fares against the evidence.
public struct RequirementStatus: Sendable, Hashable {
    public var requirement: Requirement
    /// The level that declares it (it may be inherited by higher levels).
    public var declaredAt: Int
    /// Paths of files that count for it.
    public var matched: [String]
    /// Files whose names fit but whose format does not.
    public var nearMisses: [String]

    public var isMet: Bool { matched.count >= requirement.minimum }
    public var missing: Int { max(0, requirement.minimum - matched.count) }
}

/// The verdict for one indicator: the level the files support and what the target still needs.
public struct IndicatorResult: Sendable, Hashable {
    public var indicator: Indicator
    public var files: [EvidenceFile]
    public var supportedLevel: Int
    public var targetLevel: Int
    /// Every requirement of the target level, met or not, in declaration order.
    public var requirements: [RequirementStatus]
    /// The folder holding this indicator's evidence, when there is one.
    public var folder: String?

    public var gaps: [RequirementStatus] { requirements.filter { !$0.isMet } }
    public var meetsTarget: Bool { supportedLevel >= targetLevel }
}
