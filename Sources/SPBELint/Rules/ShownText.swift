/// `shows:` on a requirement: words its files must show, read from the files themselves
/// (a screenshot's pixels through OCR, a PDF's text). "Screenshot SIAP Digital.png" that
/// shows a WhatsApp chat is not a screenshot of SIAP Digital. Images are read only for
/// such requirements, never every photo in the tree.
public struct ShownText: Sendable, Hashable {
    /// The ways the screen may write it; one is enough.
    public var topic: ContentProof.Topic
    /// Why these words stand for the criterion (packs must say).
    public var heuristic: String
    public var location: SourceLocation?

    public init(_ spellings: [String], heuristic: String, location: SourceLocation? = nil) {
        topic = ContentProof.Topic(spellings)
        self.heuristic = heuristic
        self.location = location
    }

    /// Whether `text` names one of the spellings, compared as words.
    public func isShown(in text: String) -> Bool {
        ContentProof(kinds: [], topics: [topic], times: 1, heuristic: heuristic).missing(in: text).isEmpty
    }
}
