/// An accepted gap: reported as waived until it expires, never silently dropped.
public struct Waiver: Sendable, Hashable {
    /// Indicator id in the pack.
    public var indicator: String
    /// A requirement id, `manual`, or nil for every gap of the indicator.
    public var requirement: String?
    public var reason: String
    public var expires: Day
    public var location: SourceLocation?

    public func covers(indicator: String, requirement: String) -> Bool {
        self.indicator == indicator && (self.requirement == nil || self.requirement == requirement)
    }
}
