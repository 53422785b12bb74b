/// One piece of evidence a level asks for: "at least `minimum` files of one of `kinds`".
public struct Requirement: Sendable, Hashable {
    public var id: String
    public var kinds: [String]
    public var minimum: Int
    public var description: String
    /// A file name a user could copy, shown in hints.
    public var example: String?
    public var location: SourceLocation?

    public init(id: String, kinds: [String], minimum: Int = 1, description: String, example: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.kinds = kinds
        self.minimum = minimum
        self.description = description
        self.example = example
        self.location = location
    }
}
