import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Indeks Pemdi pack, external indices, manual checks and claims")
struct PemdiTests {
    static let pemdi: RulePack = try! RulePackLoader().load(reference: "pemdi-2026")

    @Test func packStructure() {
        let pack = Self.pemdi
        #expect(pack.indicators.count == 20)
        #expect(pack.aspects.count == 7)
        #expect(pack.domains.isEmpty)
        #expect(abs(pack.indicators.reduce(0) { $0 + $1.weight } - 100) < 0.0001)
        #expect(pack.aspects.map(\.weight) == [10, 10, 15, 15, 10, 15, 25])
        for indicator in pack.indicators {
            #expect(indicator.levels.map(\.level) == [1, 2, 3, 4, 5])
            #expect(indicator.levels.allSatisfy { !$0.criteria.isEmpty })
        }
        #expect(Set(pack.indicators.filter { $0.external != nil }.map(\.id)) == ["I5", "I6", "I7", "I10", "I11", "I12", "I18"])
    }

    @Test func pemdiArithmetic() {
        let pack = Self.pemdi
        // All at 1 except I19 (10) and I20 (15) at 3: 1 + 0.25·2 = 1.5 → "Cukup".
        let estimate = IndexEstimate(pack: pack, values: ["I19": 3, "I20": 3])
        #expect(abs(estimate.value - 1.5) < 1e-9)
        #expect(estimate.predikat == "Cukup")
        #expect(estimate.aspects.first { $0.id == "A7" }?.value == 3)
        #expect(pack.framework.predikat(for: 4.0) == "Memuaskan")
        #expect(pack.framework.predikat(for: 2.49) == "Cukup")
        #expect(pack.framework.predikat(for: 2.5) == "Baik")
    }

    @Test func ikasandiBands() throws {
        let scoring = try #require(Self.pemdi.indicator("I10")?.external)
        #expect(scoring.value(for: 0.9).value == 1)
        #expect(scoring.value(for: 1.5).value == 2)
        #expect(scoring.value(for: 2.49).aboveKnownBands == false)
        #expect(scoring.value(for: 3.1) == (3, false))
        #expect(scoring.value(for: 3.5) == (4, false), "M prints levels 4 and 5 swapped; the bands rise")
        #expect(scoring.value(for: 5) == (5, false), "the top of the scale is the last band's")
    }

    /// The modul's conversion of Indeks SDI (M I5 simulasi): linear within each band.
    @Test func sdiConvertsAsTheModulsExamples() throws {
        let sdi = try #require(Self.pemdi.indicator("I5")?.external)
        #expect(sdi.value(for: 25).value == 2.0)
        #expect(sdi.value(for: 68.75).value == 3.75)
        #expect(sdi.value(for: 100) == (5, false))
        #expect(sdi.value(for: 0).value == 1)
        let epss = try #require(Self.pemdi.indicator("I7")?.external)
        #expect(epss.value(for: 2.7) == (3, false), "EPSS bands give the level; no formula in the sources")
    }

    /// `I5: {index: 78.4}` is an SDI on its 0–100 scale; 178 or an IKASANDI of 7 is no index value at all.
    @Test func indexValuesOutsideTheScaleAreRefused() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  I5: {index: 78.4}\n")
        let sdi = try #require(try report(tree).results.first { $0.indicator.id == "I5" })
        #expect(sdi.supportedLevel == 5)
        #expect(sdi.value == 4.14)
        for (id, value) in [("I5", "178"), ("I5", "-1"), ("I10", "7"), ("I6", "0.5"), ("I18", "78.4")] {
            tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  \(id): {index: \(value)}\n")
            do {
                _ = try report(tree)
                Issue.record("\(id) index \(value) was accepted")
            } catch let error as ConfigError {
                #expect(error.description.contains("outside its scale"), "\(error.description)")
                #expect(error.description.contains(".spbe-lint.yaml:3:"), "names the line: \(error.description)")
            }
        }
    }

    func report(_ tree: TempTree) throws -> LintReport {
        try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
    }

    @Test func externalIndexFromConfigSetsTheLevel() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  I5: {index: 50}\n")
        let report = try self.report(tree)
        let sdi = try #require(report.results.first { $0.indicator.id == "I5" })
        #expect(sdi.supportedLevel == 3)
        #expect(sdi.value == 3.0)
        #expect(sdi.meetsTarget)
        let sjig = try #require(report.results.first { $0.indicator.id == "I6" })
        #expect(sjig.supportedLevel == 1)
        #expect(report.findings.contains { $0.indicator == "I6" && $0.category == .external && $0.severity == .warning })
    }

    @Test func indexOnEvidenceIndicatorIsAConfigError() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  I1: {index: 3}\n")
        #expect(throws: ConfigError.self) { try report(tree) }
    }

    @Test func indeksKamiIsFlaggedAsTheWrongDocument() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\nindicators:\n  I10: {index: 1.8}\n")
        tree.file("I10 Keamanan/I10-L1-01 Hasil Indeks KAMI 2023.pdf")
        let report = try self.report(tree)
        let wrong = report.findings.filter { $0.category == .wrongDocument }
        #expect(wrong.map(\.path) == ["I10 Keamanan/I10-L1-01 Hasil Indeks KAMI 2023.pdf"])
        #expect(wrong.first?.message.contains("IKASANDI") == true)
        tree.file("I10 Keamanan/I10-L1-02 Hasil Penilaian IKASANDI 2026.pdf")
        tree.file("I10 Keamanan/I10-L2-01 Laporan Identifikasi IIV 2026.pdf")
        let fixed = try #require(try self.report(tree).results.first { $0.indicator.id == "I10" })
        #expect(fixed.supportedLevel == 2, "evidence and IKASANDI 1.8 both give level 2")
    }

    @Test func levelsWithoutFileEvidenceNeedConfirmation() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("01-Arsitektur/Laporan Reviu Perwali Arsitektur 2024.pdf")
        let unconfirmed = try #require(try report(tree).results.first { $0.indicator.id == "1" })
        #expect(unconfirmed.supportedLevel == 2, "level 3 is about the Perwali's content")
        #expect(unconfirmed.manualGates.map(\.level) == [3])
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {confirmed: 3}\n")
        let confirmed = try #require(try report(tree).results.first { $0.indicator.id == "1" })
        #expect(confirmed.supportedLevel == 3, "level 4 is about the Perwali's content too, not the reviu file alone")
        #expect(confirmed.manualGates.map(\.level) == [4])
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {confirmed: 4}\n")
        #expect(try report(tree).results.first { $0.indicator.id == "1" }?.supportedLevel == 4)
    }

    @Test func claimComparedWithEvidence() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {claim: 4}\n  \"2\": {claim: 1}\n")
        tree.file("01/Perwali Arsitektur SPBE.pdf")
        tree.file("02/Perwali Peta Rencana SPBE.pdf")
        let report = try self.report(tree)
        let claim = try #require(report.findings.first { $0.indicator == "1" && $0.category == .claim })
        #expect(claim.severity == .error)
        #expect(claim.message.hasPrefix("claims level 4, evidence supports 2"))
        #expect(report.results.first { $0.indicator.id == "1" }?.targetLevel == 4)
        #expect(report.findings.contains { $0.indicator == "2" && $0.category == .claim && $0.severity == .info })
        let claimed = try #require(report.claimedEstimate)
        // Claimed: indicator 1 at 4, 2 at 1, everything else at its evidence value.
        #expect(claimed.value > report.estimate.value)
    }

    @Test func sectorServiceNameComesFromConfig() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"45\": {service: Perizinan Online (SiCantik)}\n")
        let result = try #require(try report(tree).results.first { $0.indicator.id == "45" })
        #expect(result.displayName.hasSuffix(": Perizinan Online (SiCantik)"))
    }

    @Test func explainEveryIndicatorOfBothPacks() {
        for pack in [Fixtures.spbe, Self.pemdi] {
            let explainer = IndicatorExplainer(pack: pack)
            for indicator in pack.indicators {
                let text = explainer.explain(indicator)
                #expect(text.hasPrefix("Indikator \(indicator.id) — "))
                #expect((1...5).allSatisfy { text.contains("\nLevel \($0)") })
            }
        }
        let single = IndicatorExplainer(pack: Self.pemdi).explain(Self.pemdi.indicator("I10")!, level: 3)
        #expect(single.contains("Level 3") && !single.contains("Level 4"))
        #expect(single.contains("(from level 2)"), "a single level lists what it inherits")
    }

    @Test func explainCommandPicksThePackFromTheId() throws {
        let empty = TempTree()
        let spbe = try CLI.run(["explain", "8"], in: empty.root)
        #expect(spbe.status == 0)
        #expect(spbe.stdout.contains("Manajemen Keamanan Informasi"))
        let pemdi = try CLI.run(["explain", "I10", "--level", "3"], in: empty.root)
        #expect(pemdi.stdout.contains("IKASANDI"))
        #expect(try CLI.run(["explain", "99"], in: empty.root).status == 2)
    }

    @Test func sampleTreesShowGapsInSeveralDomains() throws {
        let spbe = try Linter(options: .init(context: Fixtures.context)).run(root: Fixtures.packageRoot.appendingPathComponent("sample-evidence/spbe-2020").path)
        let domainsWithGaps = Set(spbe.results.filter { !$0.meetsTarget }.compactMap { spbe.pack.aspect($0.indicator.aspect)?.domain })
        #expect(domainsWithGaps.count == 4)
        #expect(spbe.findings.contains { $0.category == .unassigned })
        #expect(spbe.exitCode == 1)
        let pemdi = try Linter(options: .init(context: Fixtures.context)).run(root: Fixtures.packageRoot.appendingPathComponent("sample-evidence/pemdi-2026").path)
        #expect(pemdi.findings.contains { $0.category == .wrongDocument })
        #expect(pemdi.estimate.value > 1)
    }
}
