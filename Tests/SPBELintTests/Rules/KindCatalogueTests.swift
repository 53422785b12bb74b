import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Kind catalogue: one bit per kind")
struct KindCatalogueTests {
    static let catalogue = Fixtures.spbe.catalogue

    /// Bits follow the sorted ids, so a pack gives the same masks in every process.
    @Test func bitsFollowSortedIDs() {
        #expect(Self.catalogue.ids == Fixtures.spbe.kinds.keys.sorted())
        for (position, id) in Self.catalogue.ids.enumerated() {
            #expect(Self.catalogue.bit(id) == UInt64(1) << UInt64(position))
        }
        #expect(KindCatalogue(Fixtures.spbe.kinds).ids == Self.catalogue.ids)
    }

    @Test func masksAndNamesRoundTrip() {
        let wanted = ["sk", "perkada", "notulen"]
        #expect(Set(Self.catalogue.names(Self.catalogue.mask(wanted))) == Set(wanted))
        #expect(Self.catalogue.mask(["no-such-kind"]) == 0)
        #expect(Self.catalogue.names(0).isEmpty)
    }

    /// `marks-draft:` and `yields-to:` become masks once, here.
    @Test func precedenceIsMasks() {
        #expect(Self.catalogue.names(Self.catalogue.draftMask) == ["draf"])
        let laporan = Self.catalogue.ids.firstIndex(of: "laporan")!
        #expect(!Self.catalogue.names(Self.catalogue.yields[laporan]).isEmpty)
    }

    /// A pack whose `kinds` change gets a catalogue of the new kinds, not a stale one.
    @Test func followsTheKinds() {
        var pack = Fixtures.spbe
        pack.kinds["zz-extra"] = EvidenceKind(id: "zz-extra", name: "Extra", keywords: ["extra"], extensions: ["pdf"])
        #expect(pack.catalogue.ids.last == "zz-extra")
        #expect(pack.catalogue.ids.count == Fixtures.spbe.catalogue.ids.count + 1)
    }
}

@Suite("Kind limits")
struct KindLimitTests {
    /// Kinds are bits of a 64-bit mask: a 65th would never match, so it is a load error.
    @Test func moreThanSixtyFourKindsIsAnError() throws {
        let tree = TempTree()
        let pack = tree.file("many.yaml", "extends: spbe-2020\nkinds:\n" + (0..<30).map { "  extra-\($0): {keywords: [extra\($0)], extensions: [pdf]}\n" }.joined())
        let result = try CLI.run(["rules", "check", pack])
        #expect(result.status == 2)
        #expect(result.stderr.contains("spbe-lint supports at most 64"), "\(result.stderr)")
    }
}
