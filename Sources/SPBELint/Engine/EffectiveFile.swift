/// One file as the checks judge it: what its name says (the index's record) merged with
/// what its text says: the kind its first page states (which takes away a named kind it
/// contradicts, and adds its own where the format fits), enacted or draft, and the kinds
/// its TENTANG carries (`CarriedKindCheck`). A value made once per file before any
/// requirement looks at it, and again only for a file a requirement's butir code names
/// (its name then stands for that requirement's kinds). What depends on the requirement
/// (refusing a named kind the text contradicts) reads `named`, `contradicted` and
/// `statedBit` (#22). The document's facts themselves stay in the frozen
/// `EvidenceContents` (a copy of each per file and indicator was a tenth of a warm run
/// on the 100k benchmark tree).
struct EffectiveFile: Sendable {
    /// The index's record with the effective kinds.
    var record: EvidenceStore.Record
    /// A document was read (its facts are in `EvidenceContents.documents`).
    let isRead: Bool
    /// The kinds its name gave, drafts apart (0 when not read).
    let named: UInt64
    /// Of `named`, the kinds the stated kind contradicts.
    let contradicted: UInt64
    /// The bit of the kind its text states (0: none, or not one of the pack's).
    let statedBit: UInt64

    /// `ext` gives the lower-case extension, asked only when a kind is stated.
    init(record: EvidenceStore.Record, document: DocumentFacts?, ext: () -> String, pack: RulePack) {
        var record = record
        isRead = document != nil
        guard let document else {
            self.record = record
            named = 0
            contradicted = 0
            statedBit = 0
            return
        }
        let catalogue = pack.catalogue
        let draftMask = catalogue.draftMask
        let draftBits = document.status == .enacted ? 0 : record.kindMask & draftMask
        let named = record.kindMask & ~draftMask
        var contradicted: UInt64 = 0
        var statedBit: UInt64 = 0
        if let stated = document.kind, catalogue.bit(stated) != 0 {
            statedBit = catalogue.bit(stated)
            // The text adds its kind; it takes away the name's only where it contradicts
            // it (an invitation is not a Perwali; the notulen of a reviu are still the
            // review record).
            contradicted = catalogue.contradicted(named: named, stated: stated)
            // The stated kind still needs its format: a Perwali as .docx is not the signed
            // PDF the requirement asks for (a near miss, as by name).
            let accepted = pack.kinds[stated].map { $0.extensions.isEmpty || $0.extensions.contains(ext()) } ?? false
            record.kindMask = (named & ~contradicted) | (accepted ? statedBit : 0) | draftBits
            if !accepted { record.nearKindMask |= statedBit }
        } else {
            record.kindMask = named | draftBits
        }
        // An enacted regulation is also what its TENTANG names, among the kinds it may carry.
        if document.status == .enacted, let subject = document.subject {
            let carriable = catalogue.carried(by: record.kindMask & catalogue.enactableMask)
            if carriable != 0 { record.kindMask |= CarriedKindCheck.carried(by: subject, among: carriable, catalogue: catalogue, kinds: pack.kinds) }
        }
        self.record = record
        self.named = named
        self.contradicted = contradicted
        self.statedBit = statedBit
    }

    /// Its name says one of `wanted`, its text says another kind that contradicts it and
    /// is not wanted: an invitation named like a Perwali.
    func contradicts(_ wanted: UInt64) -> Bool {
        statedBit != 0 && named & wanted != 0 && named & ~contradicted & wanted == 0 && statedBit & wanted == 0
    }
}
