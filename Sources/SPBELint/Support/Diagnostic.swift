import Foundation
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

    /// English, as compilers write it: what logs and editors' problem matchers expect.
    public var description: String { localized(.english) }

    /// "file:3:5: galat: …" under Indonesian.
    public func localized(_ messages: Messages) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        return prefix + messages.label(severity) + message
    }
}

extension Messages {
    /// "error: " / "galat: ": the one place a severity word is written before a message.
    public func label(_ severity: Diagnostic.Severity) -> String {
        self(MessageKey(family: "diag.severity", member: severity.rawValue)) + ": "
    }
}

/// Collects diagnostics so validation can report every problem in one run
/// instead of making the user fix them one at a time. A class shared by the decoders of
/// one load; the lock makes it safe to share across threads too (hence the Sendable).
public final class DiagnosticSink: @unchecked Sendable {
    /// A file with 200,000 bad keys must not print 200,000 lines: past this many, the
    /// rest are counted and summed up in one last note.
    public static let limit = 200
    private let lock = NSLock()
    private var kept: [Diagnostic] = []
    private var suppressed = 0
    private var sawError = false
    /// The language diagnostics are written in.
    public let messages: Messages

    public init(messages: Messages = .english) {
        self.messages = messages
    }

    public var diagnostics: [Diagnostic] {
        let (kept, suppressed) = lock.withLock { (self.kept, self.suppressed) }
        return suppressed == 0 ? kept : kept + [Diagnostic(.note, messages(.diagMore, ["count": suppressed]), at: nil)]
    }

    private var isFull: Bool { lock.withLock { kept.count >= Self.limit } }

    public func error(_ key: MessageKey, _ arguments: [String: any CustomStringConvertible], at location: SourceLocation?) {
        // Past the limit the message is not even rendered.
        guard !isFull else {
            lock.withLock {
                suppressed += 1
                sawError = true
            }
            return
        }
        error(messages(key, arguments), at: location)
    }

    /// "; did you mean 'x'?" in the sink's language, or "".
    func hint(for word: String, in candidates: some Sequence<String>) -> String {
        // Past the limit nothing more is shown: no edit distances for 200,000 bad keys.
        guard !isFull else { return "" }
        return Suggestion.closest(to: word, in: candidates).map { messages(.hintDidYouMean, ["name": $0]) } ?? ""
    }

    public var hasErrors: Bool { lock.withLock { sawError } }

    public func error(_ message: String, at location: SourceLocation?) {
        add(Diagnostic(.error, message, at: location))
    }

    public func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { add(diagnostic) }
    }

    private func add(_ diagnostic: Diagnostic) {
        lock.withLock {
            if diagnostic.severity == .error { sawError = true }
            if kept.count < Self.limit { kept.append(diagnostic) } else { suppressed += 1 }
        }
    }
}
