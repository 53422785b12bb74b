import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("NameWords: the one tokenizer")
struct NameWordsTests {
    static func split(_ text: String) -> [String] {
        let tokens = NameWords()
        let count = Array(text.utf8).withUnsafeBufferPointer { tokens.split($0) }
        return (0..<count).map(tokens.string)
    }

    @Test(arguments: [
        ("SK_Tim-Koordinasi.SPBE", ["sk", "tim", "koordinasi", "spbe"]),
        ("Perwali\u{00A0}No\u{2013}13 \u{201C}SK\u{201D}", ["perwali", "no", "13", "sk"]),
        ("Hasil\u{2003}Indeks KAMI\u{2026}2023", ["hasil", "indeks", "kami", "2023"]),
        ("Kep. Bupati (revisi) [final]", ["kep", "bupati", "revisi", "final"]),
        // Letters outside ASCII are kept as written, not lowered and not split.
        ("Réviu Dinas", ["réviu", "dinas"]),
        ("ÉTAT", ["\u{00C9}tat"]),
        ("I01-L2-03 Notulen", ["i01", "l2", "03", "notulen"]),
        ("", []),
        ("---", []),
        ("a", ["a"]),
        // The zero-width joiner (U+200D) and the line separator (U+2028) are in the
        // punctuation block: they split, so they cannot glue a forged keyword together.
        ("SK\u{200D}Tim", ["sk", "tim"]),
        ("Perwali\u{2028}SPBE", ["perwali", "spbe"]),
    ])
    func splitsNames(text: String, words: [String]) {
        #expect(Self.split(text) == words)
    }

    /// A word's hash is FNV-1a of its lowered bytes: the classifier finds keywords by it.
    @Test func hashesTheLoweredWord() {
        let tokens = NameWords()
        _ = Array("Perwali SK".utf8).withUnsafeBufferPointer { tokens.split($0) }
        #expect(tokens.spanHash[0] == FNV1a.hash("perwali".utf8))
        #expect(tokens.spanHash[1] == FNV1a.hash("sk".utf8))
    }

    /// A name longer than the buffer is split on its first `capacity` bytes, never past them.
    @Test func stopsAtCapacity() {
        let long = String(repeating: "ab ", count: 2_000)
        let words = Self.split(long)
        #expect(words.count == NameWords.capacity / 3 + 1)
        #expect(words.allSatisfy { $0 == "ab" || $0 == "a" })
    }

    /// The String face agrees with the byte tokenizer, also on texts longer than the buffer.
    @Test func normalizerUsesTheSameWords() {
        #expect(NameNormalizer.normalize("SK_Tim-Koordinasi.SPBE") == "sk tim koordinasi spbe")
        let long = (1...600).map { "kata\($0)" }.joined(separator: "-")
        #expect(NameNormalizer.normalize(long) == (1...600).map { "kata\($0)" }.joined(separator: " "))
        #expect(NameNormalizer.normalizeKeyword("Screen-Shot*") == "screen shot*")
    }

    /// A `reject:` keyword matches across the separators the classifier splits on.
    @Test func rejectionsSeeTheSameWords() {
        let rejection = Rejection(keywords: ["indeks kami"], message: "x")
        let file = EvidenceFile(path: "I10/Hasil\u{00A0}Indeks\u{2013}KAMI 2023.pdf")
        #expect(rejection.matches(stem: file.stem))
    }
}
