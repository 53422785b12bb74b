/// A regulation is also the plan it enacts: "PERATURAN WALI KOTA … TENTANG RENCANA KERJA
/// PEMERINTAH DAERAH TAHUN 2025" is the RKPD (#23). It carries a kind (one its own kind
/// may carry, `content: carries`) only when its TENTANG opens with that kind's keyword,
/// after the words that enact ("Penetapan", "Perubahan atas"): "Pembentukan Tim Penyusun
/// Rencana Kerja" only names a plan (a decision about a team is no plan).
struct CarriedKindCheck: RequirementCheck {
    struct Input: Sendable {
        /// The TENTANG as the document states it.
        var subject: String
        /// The carried kind's keywords (a trailing `*` matches any ending of the last word).
        var keywords: [String]
    }

    enum Reason: Sendable, Equatable {
        /// The TENTANG names the kind, if at all, after something else.
        case onlyNamed
    }

    /// Words a TENTANG may open with before what it enacts ("Penetapan Rencana Kerja …").
    static let enactingWords: Set<String> = ["penetapan", "pengesahan", "perubahan", "atas", "pemberlakuan"]

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        let words = NameNormalizer.words(NameNormalizer.normalize(input.subject)).drop { enactingWords.contains(String($0)) }
        for keyword in input.keywords {
            let prefix = keyword.hasSuffix("*")
            let wanted = NameNormalizer.words(prefix ? String(keyword.dropLast()) : keyword)
            guard !wanted.isEmpty, words.count >= wanted.count else { continue }
            let opening = Array(words.prefix(wanted.count))
            let matches = zip(opening, wanted).enumerated().allSatisfy { offset, pair in
                prefix && offset == wanted.count - 1 ? pair.0.hasPrefix(pair.1) : pair.0 == pair.1
            }
            if matches { return .met }
        }
        return .notMet(.onlyNamed)
    }

    /// The kinds among `carriable` (bits of `catalogue`) that `subject` carries.
    static func carried(by subject: String, among carriable: UInt64, catalogue: KindCatalogue, kinds: [String: EvidenceKind]) -> UInt64 {
        var found: UInt64 = 0
        for (index, id) in catalogue.ids.enumerated() where carriable & (1 << UInt64(index)) != 0 {
            if verdict(.init(subject: subject, keywords: kinds[id]?.keywords ?? [])).isMet { found |= 1 << UInt64(index) }
        }
        return found
    }

    private static let plan = ["rencana kerja pemerintah daerah", "rkpd", "rencana strategis", "renstra", "renja", "rencana kerja"]

    // TENTANG lines as the labelled corpus's Perwali and SK Wali Kota state them.
    static let examples: [CheckExample<Self>] = [
        .init(note: "the RKPD enacted by a Perwali", input: .init(subject: "Rencana Kerja Pemerintah Daerah Tahun 2025", keywords: plan), expected: .met),
        .init(note: "enacting words before the plan", input: .init(subject: "Penetapan Rencana Strategis Dinas Komunikasi dan Informatika", keywords: plan), expected: .met),
        .init(note: "an amendment of the plan", input: .init(subject: "Perubahan atas Rencana Kerja Pemerintah Daerah Tahun 2024", keywords: plan), expected: .met),
        .init(note: "a team that drafts the plan", input: .init(subject: "Pembentukan Tim Penyusun Rencana Kerja", keywords: plan), expected: .notMet(.onlyNamed)),
        .init(note: "guidelines for drafting it", input: .init(subject: "Pedoman Penyusunan Renja", keywords: plan), expected: .notMet(.onlyNamed)),
        .init(note: "a prefix keyword", input: .init(subject: "Arsitektur SPBE Kota Sukamaju", keywords: ["arsitek*"]), expected: .met),
        .init(note: "no keywords at all", input: .init(subject: "Rencana Kerja Pemerintah Daerah", keywords: []), expected: .notMet(.onlyNamed)),
    ]
}
