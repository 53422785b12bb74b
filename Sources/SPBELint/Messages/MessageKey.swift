/// The name of a message in `rules/messages.yaml`. The build generates one constant per
/// key (`MessageKey.gapMessage` for `gap.message`), so code can only ask for a message
/// the catalogue has, in both languages: a typo or a deleted key is a compile error.
/// Keys built at run time from a code (`tree.<notice>`, `checklist.type.<category>`)
/// go through `init(family:member:)`; a test renders every member of every family.
public struct MessageKey: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A key chosen by a code at run time: `family` is the common prefix ("tree"),
    /// `member` the code ("unreadable").
    public init(family: String, member: String) {
        self.rawValue = family + "." + member
    }

    public var description: String { rawValue }
}
