/// A message about the user's rules or config, printed compiler-style.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics so validation can report every problem in one run
/// instead of making the user fix them one at a time.
public final class DiagnosticSink: @unchecked Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    /// The language diagnostics are written in.
    public let messages: Messages

    public init(messages: Messages = .english) {
        self.messages = messages
    }

    public func error(_ key: String, _ arguments: [String: any CustomStringConvertible], at location: SourceLocation?) {
        error(messages(key, arguments), at: location)
    }

    /// "; did you mean 'x'?" in the sink's language, or "".
    func hint(for word: String, in candidates: some Sequence<String>) -> String {
        Suggestion.closest(to: word, in: candidates).map { messages("hint.did-you-mean", ["name": $0]) } ?? ""
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    public func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    public func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
