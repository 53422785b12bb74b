/// `subject:`: a regulation or SK counts only for what it is about. Its TENTANG decides
/// when its text was read; otherwise its file name, where the name states a subject
/// ("… tentang …"; "SK 31m.pdf" says nothing either way). The umbrella SPBE regulation
/// counts for a specific policy only where a bab or bagian of its own regulates it, not
/// for naming the topic in its definitions (#23).
struct SubjectCheck: RequirementCheck {
    struct Input: Sendable {
        var subject: RequiredSubject
        /// The TENTANG the document's text states; nil when it was not read or states none.
        var stated: String?
        /// The file's name without its extension; nil when its bytes hold no "tentang"
        /// (`mayStateSubject`), so most names never have their words built.
        var stem: String?
        /// The text read (head and body), asked only for an umbrella regulation; nil when
        /// no text was kept.
        var text: @Sendable () -> String?
    }

    enum Reason: Sendable, Equatable {
        /// About something else: the TENTANG (or the name) that says so, cut to 100 characters.
        case otherSubject(String)
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        if let stated = input.stated {
            let umbrellaOnly = input.subject.fitsOnlyAsUmbrella(stated)
            let regulates = !umbrellaOnly || (input.text().map { input.subject.headsASection(in: $0) } ?? false)
            return input.subject.fits(stated) && regulates ? .met : .notMet(.otherSubject(String(stated.prefix(100))))
        }
        guard let stem = input.stem else { return .met }
        let words = RequiredSubject.words(stem)
        guard words.contains("tentang") else { return .met }
        return input.subject.named(words: words) ? .met : .notMet(.otherSubject(String(stem.prefix(100))))
    }

    /// Whether a name's bytes hold "tentang" in any case, the one word after which a name
    /// states its subject. (`NameNormalizer` lowers only ASCII letters and keeps every
    /// other byte, so a name without these bytes has no such word.)
    static func mayStateSubject(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let word: StaticString = "tentang"
        let count = word.utf8CodeUnitCount
        guard name.count >= count else { return false }
        return word.withUTF8Buffer { word in
            (0...(name.count - count)).contains { start in
                (0..<count).allSatisfy { name[start + $0] | 0x20 == word[$0] }
            }
        }
    }

    private static let team = RequiredSubject(["tim koordinasi", "=sistem pemerintahan berbasis elektronik", "=spbe"], heuristic: "examples")
    private static func text(_ stated: String?, _ body: String? = nil) -> Input {
        Input(subject: team, stated: stated, stem: nil, text: { body })
    }
    private static func name(_ stem: String) -> Input {
        Input(subject: team, stated: nil, stem: stem, text: { nil })
    }

    static let examples: [CheckExample<Self>] = [
        .init(note: "its TENTANG is the team", input: text("Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik"), expected: .met),
        .init(note: "its TENTANG is another matter", input: text("Pengelolaan Keuangan Daerah"), expected: .notMet(.otherSubject("Pengelolaan Keuangan Daerah"))),
        .init(note: "the umbrella SPBE regulation with a bab of its own on the team",
              input: text("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik", "Pasal 20\nBAB V\nTIM KOORDINASI SPBE\nPasal 21\n(1) Wali Kota membentuk Tim Koordinasi SPBE."), expected: .met),
        .init(note: "the umbrella regulation naming the team only in its definitions",
              input: text("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik", "Pasal 1\n12. Tim Koordinasi SPBE adalah tim yang dibentuk oleh Wali Kota."),
              expected: .notMet(.otherSubject("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik"))),
        .init(note: "the umbrella regulation whose text was not kept", input: text("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik"),
              expected: .notMet(.otherSubject("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik"))),
        .init(note: "a name that states no subject", input: name("SK 31m"), expected: .met),
        .init(note: "a name that states the team", input: name("SK Walikota tentang Tim Koordinasi SPBE 2024"), expected: .met),
        .init(note: "a name that states another matter", input: name("Perwali 5 Tahun 2024 tentang Pengelolaan Keuangan"),
              expected: .notMet(.otherSubject("Perwali 5 Tahun 2024 tentang Pengelolaan Keuangan"))),
        .init(note: "a name not read for words (no 'tentang' in its bytes)", input: Input(subject: team, stated: nil, stem: nil, text: { nil }), expected: .met),
    ]
}
