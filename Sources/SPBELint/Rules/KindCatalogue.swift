/// The pack's evidence kinds as bits. A file's kinds travel as a 64-bit mask (one per
/// record of a 100,000-file tree), so one place decides which bit stands for which kind
/// and what that costs: the classifier, the record maker and the evaluator all read
/// their masks from here, and a pack with more kinds than bits is refused at load
/// (`RulePackDecoder`), never cut short in silence.
public struct KindCatalogue: Sendable {
    /// Bits in a mask: the most kinds a pack may declare.
    public static let capacity = 64

    /// Kind ids in bit order: bit `i` of a mask is `ids[i]`.
    public let ids: [String]
    /// The kinds themselves, in the same order.
    public let kinds: [EvidenceKind]
    private let bitOf: [String: UInt64]
    /// Kinds whose files are drafts (`marks-draft:`).
    public let draftMask: UInt64
    /// Per kind (bit order): the kinds it gives way to (`yields-to:`), as a mask.
    let yields: [UInt64]
    /// Per kind (bit order): the kinds it removes whenever both are named (`supersedes:`).
    let supersedes: [UInt64]
    /// Kinds a document's title can state (`content: titles`): a document is one of them.
    public let formMask: UInt64
    /// Regulations and decisions (`content: enactable`).
    public let enactableMask: UInt64
    /// A ministry's documents (`content: issuer: pusat`).
    public let pusatMask: UInt64
    /// Per kind (bit order): the kinds its document may also be (`content: carries`).
    let carries: [UInt64]
    /// Kinds whose text rules out every other kind of the name (`content: alone`).
    let aloneMask: UInt64

    public init(_ catalogue: [String: EvidenceKind]) {
        // Sorted ids: the order must not depend on dictionary iteration, so the same pack
        // gives the same bits in every process (the baseline and caches rely on it).
        let kinds = catalogue.keys.sorted().prefix(Self.capacity).compactMap { catalogue[$0] }
        self.kinds = kinds
        ids = kinds.map(\.id)
        let bitOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
        self.bitOf = bitOf
        let mask = { (wanted: [String]) in wanted.reduce(UInt64(0)) { $0 | (bitOf[$1] ?? 0) } }
        draftMask = mask(kinds.filter(\.marksDraft).map(\.id))
        yields = kinds.map { mask($0.yieldsTo) }
        supersedes = kinds.map { mask($0.supersedes) }
        formMask = mask(kinds.filter { !$0.contentTitles.isEmpty }.map(\.id))
        enactableMask = mask(kinds.filter(\.contentEnactable).map(\.id))
        pusatMask = mask(kinds.filter(\.contentIssuedByPusat).map(\.id))
        carries = kinds.map { mask($0.contentCarries) }
        aloneMask = mask(kinds.filter(\.contentAlone).map(\.id))
    }

    /// The kinds of a name (`named`) that a document's text (`stated`, a kind id)
    /// contradicts: another document form ("named Perwali, but it is an Undangan"), or
    /// with an `alone` kind every kind of the name. The text adds its kind; it removes
    /// the name's only here (#23: notulen of a reviu stay the review record, an
    /// Arsitektur enacted as a Perwali stays the Arsitektur).
    public func contradicted(named: UInt64, stated: String) -> UInt64 {
        let statedBit = bit(stated)
        guard statedBit != 0, named & statedBit == 0, let index = ids.firstIndex(of: stated) else { return 0 }
        if aloneMask & statedBit != 0 { return named & ~draftMask }
        return named & formMask & ~carries[index] & ~statedBit
    }

    /// The kinds the documents of `mask` may also be (`content: carries`): an RKPD enacted
    /// by a Perwali is the RKPD too.
    public func carried(by mask: UInt64) -> UInt64 {
        var result: UInt64 = 0
        for index in carries.indices where mask & (1 << UInt64(index)) != 0 { result |= carries[index] }
        return result
    }

    /// The bit of one kind; 0 for an id the pack does not declare.
    public func bit(_ id: String) -> UInt64 { bitOf[id] ?? 0 }

    /// The bits of several kinds (a requirement's `kinds:`, a sidecar's `kind:`).
    public func mask(_ ids: some Sequence<String>) -> UInt64 {
        ids.reduce(0) { $0 | bit($1) }
    }

    /// The kind ids a mask stands for, in bit order.
    public func names(_ mask: UInt64) -> [String] {
        var result: [String] = []
        var remaining = mask
        while remaining != 0 {
            result.append(ids[remaining.trailingZeroBitCount])
            remaining &= remaining - 1
        }
        return result
    }
}
