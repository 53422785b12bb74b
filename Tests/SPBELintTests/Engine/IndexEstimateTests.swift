import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Predikat bands")
struct PredikatTests {
    /// Computed by hand: every indicator at 2.5951 gives an index of 2.5951, shown as 2.60 but
    /// below the Baik band (2.6 – < 3.5, Lampiran I Tabel 13).
    @Test func bandsUseTheUnroundedIndex() throws {
        let pack = Fixtures.spbe
        let below = IndexEstimate(pack: pack, values: Dictionary(uniqueKeysWithValues: pack.indicators.map { ($0.id, 2.5951) }))
        #expect(TextFormat.decimal(below.value) == "2.60")
        #expect(below.predikat == "Cukup")
        let at = IndexEstimate(pack: pack, values: Dictionary(uniqueKeysWithValues: pack.indicators.map { ($0.id, 2.6) }))
        #expect(at.predikat == "Baik")
    }
}
