/// What the regulation says about one level (1–5) of one indicator.
public struct LevelDefinition: Sendable, Hashable {
    public var level: Int
    public var criteria: String
    /// Requirements declared at this level. Unless `cumulative` is false, a level
    /// also needs every requirement of the levels below it (see `Indicator.requirements(for:)`).
    public var requirements: [Requirement]
    public var cumulative: Bool
    public var location: SourceLocation?

    public init(level: Int, criteria: String, requirements: [Requirement] = [], cumulative: Bool = true, location: SourceLocation? = nil) {
        self.level = level
        self.criteria = criteria
        self.requirements = requirements
        self.cumulative = cumulative
        self.location = location
    }
}
