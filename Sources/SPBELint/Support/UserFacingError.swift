/// An error a person must read and act on: a bad config, a broken pack, a missing
/// folder, a baseline that cannot be used. Every command prints it the same way, in the
/// reader's language, and exits 2; nothing else turns library errors into text.
public protocol UserFacingError: Error {
    /// The whole message, naming the file, line and column where there is one.
    func localized(_ messages: Messages) -> String
}
