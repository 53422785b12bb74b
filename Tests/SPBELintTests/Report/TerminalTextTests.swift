import Testing
@testable import SPBELint

/// `TerminalText.holdsUnsafe` reads UTF-8 bytes where `isUnsafe` reads scalars: the two
/// must agree on every scalar, wherever it sits in a string.
@Suite("Terminal text: the byte check and the scalar rule agree")
struct TerminalTextTests {
    /// Every scalar up to U+2FFF (all the unsafe ones and their byte neighbours), then a
    /// stride through the rest of the code space.
    static var scalars: [Unicode.Scalar] {
        let low = (0...0x2FFF).compactMap(Unicode.Scalar.init)
        let high = stride(from: 0x3000, through: 0x10FFFF, by: 97).compactMap { Unicode.Scalar(UInt32($0)) }
        return low + high
    }

    @Test func everyScalarAloneAndBetweenText() {
        var disagreements: [String] = []
        for scalar in Self.scalars {
            let unsafe = TerminalText.isUnsafe(scalar)
            for keepNewlines in [false, true] {
                let expected = unsafe && !(keepNewlines && scalar == "\n")
                // Alone, at the end (no bytes after the lead), and between other text.
                for text in [String(scalar), "— ✗ " + String(scalar), String(scalar) + " → ok", "a\u{00E9}" + String(scalar) + "\u{2014}b"] {
                    if TerminalText.holdsUnsafe(text, keepNewlines: keepNewlines) != expected {
                        disagreements.append(String(scalar.value, radix: 16) + (keepNewlines ? " (keeping newlines)" : ""))
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func escapeLeavesSafeTextAloneAndShowsTheRest() {
        let safe = "✗ 1    Kebijakan Internal — level 2 → target 3\nPerwali No 5.pdf"
        #expect(TerminalText.escape(safe, keepNewlines: true) == safe)
        #expect(TerminalText.escape("SK \u{202E}fdp.exe") == "SK <U+202E>fdp.exe")
        #expect(TerminalText.escape("a\u{85}b") == "a\\x85b")
        #expect(TerminalText.escape("a\nb") == "a\\nb")
        #expect(TerminalText.escape("a\nb", keepNewlines: true) == "a\nb")
        // A lead byte cut off at the end of the text is not a character the rule refuses.
        #expect(!TerminalText.holdsUnsafe("\u{2014}"))
    }
}
