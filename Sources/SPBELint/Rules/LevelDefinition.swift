/// What the regulation says about one level (1–5) of one indicator.
public struct LevelDefinition: Sendable, Hashable {
    public var level: Int
    public var criteria: String
    /// Requirements declared at this level. Unless `cumulative` is false, a level
    /// also needs every requirement of the levels below it (see `Indicator.requirements(for:)`).
    public var requirements: [Requirement]
    public var cumulative: Bool
    /// What a person must confirm for this level when file names cannot show it
    /// (content completeness, criteria missing from the pack). The level is not
    /// reached until the config records the confirmation (`confirmed: N`).
    public var manual: String?
    /// A remark about this level's source text, shown by `explain`.
    public var note: String?
    /// How the level's text criterion is shown by a document's own text, so `manual`
    /// needs no person where the text settles it (`proven-by:` in the pack).
    public var proof: ContentProof?
    public var location: SourceLocation?

    public init(level: Int, criteria: String, requirements: [Requirement] = [], cumulative: Bool = true, manual: String? = nil, location: SourceLocation? = nil) {
        self.level = level
        self.criteria = criteria
        self.requirements = requirements
        self.cumulative = cumulative
        self.manual = manual
        self.location = location
    }
}
