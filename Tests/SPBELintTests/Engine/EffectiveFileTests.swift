import Testing
@testable import SPBELint
@testable import SPBELintReport

/// A file as the checks judge it: the name's kinds merged with what the text says, once.
@Suite("A file's effective kinds")
struct EffectiveFileTests {
    static let pack = Fixtures.spbe
    static var catalogue: KindCatalogue { pack.catalogue }

    static func record(_ kinds: [String]) -> EvidenceStore.Record {
        var record = EvidenceStore.Record(nameStart: 0, nameLength: 0, extLength: 0, folder: 0)
        record.kindMask = catalogue.mask(kinds)
        return record
    }

    static func document(kind: String?, status: DocumentFacts.Status, subject: String? = nil) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.kind = kind
        facts.status = status
        facts.subject = subject
        facts.source = .textLayer
        return facts
    }

    @Test func anUnreadFileIsWhatItsNameSays() {
        let file = EffectiveFile(record: Self.record(["perkada"]), document: nil, ext: { "pdf" }, pack: Self.pack)
        #expect(file.record.kindMask == Self.catalogue.mask(["perkada"]))
        #expect(!file.contradicts(Self.catalogue.mask(["perkada"])))
    }

    /// "Perwali Pusat Data.pdf" whose first page is an Undangan: not the Perwali.
    @Test func aStatedKindTakesAwayTheNamedKindItContradicts() {
        let file = EffectiveFile(record: Self.record(["perkada"]), document: Self.document(kind: "undangan", status: .unknown), ext: { "pdf" }, pack: Self.pack)
        let perkada = Self.catalogue.mask(["perkada"])
        #expect(file.record.kindMask & perkada == 0)
        #expect(file.record.kindMask & Self.catalogue.mask(["undangan"]) != 0)
        #expect(file.contradicts(perkada))
        #expect(!file.contradicts(Self.catalogue.mask(["undangan"])))
    }

    /// A Perwali as .docx is not the signed PDF: a near miss, as by name.
    @Test func aStatedKindInAFormatItDoesNotTakeIsANearMiss() {
        let file = EffectiveFile(record: Self.record([]), document: Self.document(kind: "perkada", status: .enacted), ext: { "docx" }, pack: Self.pack)
        let perkada = Self.catalogue.mask(["perkada"])
        #expect(file.record.kindMask & perkada == 0)
        #expect(file.record.nearKindMask & perkada != 0)
    }

    /// "Draft Perwali …" whose text is enacted is no longer a draft; one that is not stays one.
    @Test func aDraftNameYieldsToAnEnactedText() {
        let draft = Self.catalogue.mask(["draf"])
        let enacted = EffectiveFile(record: Self.record(["draf", "perkada"]), document: Self.document(kind: "perkada", status: .enacted), ext: { "pdf" }, pack: Self.pack)
        #expect(enacted.record.kindMask & draft == 0)
        let unsigned = EffectiveFile(record: Self.record(["draf", "perkada"]), document: Self.document(kind: "perkada", status: .draft), ext: { "pdf" }, pack: Self.pack)
        #expect(unsigned.record.kindMask & draft != 0)
    }

    /// An enacted Perwali on the RKPD is the RKPD too (`CarriedKindCheck`); a draft is not.
    @Test func anEnactedRegulationCarriesThePlanItsTentangOpensWith() {
        let plan = Self.catalogue.mask(["dokumen-perencanaan"])
        let subject = "Rencana Kerja Pemerintah Daerah Tahun 2025"
        let enacted = EffectiveFile(record: Self.record(["perkada"]), document: Self.document(kind: "perkada", status: .enacted, subject: subject), ext: { "pdf" }, pack: Self.pack)
        #expect(enacted.record.kindMask & plan != 0)
        let draft = EffectiveFile(record: Self.record(["perkada"]), document: Self.document(kind: "perkada", status: .draft, subject: subject), ext: { "pdf" }, pack: Self.pack)
        #expect(draft.record.kindMask & plan == 0)
    }
}
