import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// One file fills one slot per kind it is, across all requirements of a level: Pemdi I17
/// asks for a portal screenshot at level 1 and two life-event screenshots at level 2, so
/// two screenshots are not three. A file of two kinds may fill one slot of each.
@Suite("Files matched to requirement slots")
struct SlotMatchingTests {
    static func png(_ tree: TempTree, _ path: String) { IdenticalCopyTests.png(tree, path, path) }

    @Test func aFileFillsOneSlotPerKind() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\ntarget: 2\n")
        tree.file("I17 Portal/I17-L1-01 URL Portal Layanan.url", "[InternetShortcut]\nURL=https://portal.example.go.id\n")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Beranda.png")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Kelahiran.png")
        let before = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(before.results.first { $0.indicator.id == "I17" }?.supportedLevel == 1, "two screenshots cannot fill three slots")
        Self.png(tree, "I17 Portal/Screenshot Portal Layanan Pindah Domisili.png")
        let after = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(after.results.first { $0.indicator.id == "I17" }?.supportedLevel == 2)
    }

    @Test func flowAssignsTheBestWay() {
        // Requirement A takes kind 1 or 2, B only kind 1. File 0 is both kinds, file 1 only kind 2:
        // the best assignment gives file 1 to A and file 0 (as kind 1) to B.
        let demands = [
            SlotMatching.Demand(minimum: 1, wanted: 0b110, candidates: [(0, 0b110), (1, 0b100)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b010, candidates: [(0, 0b110)]),
        ]
        #expect(SlotMatching.assign(demands) == [1, 1])
        // One single-kind file cannot fill two demands.
        #expect(SlotMatching.assign([
            SlotMatching.Demand(minimum: 1, wanted: 0b1, candidates: [(7, 0b1)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b1, candidates: [(7, 0b1)]),
        ]).reduce(0, +) == 1)
        // A combined file of two kinds fills one slot of each.
        #expect(SlotMatching.assign([
            SlotMatching.Demand(minimum: 1, wanted: 0b01, candidates: [(3, 0b11)]),
            SlotMatching.Demand(minimum: 1, wanted: 0b10, candidates: [(3, 0b11)]),
        ]) == [1, 1])
    }
}
