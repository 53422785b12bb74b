import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// What the report says, read as the person it is for reads it: in their language, with
/// nothing that looks like success when it is not, and no word cut in half.
@Suite("Words a person can act on")
struct ReportWordsTests {
    static func run(_ tree: TempTree, _ language: Messages.Language = .id, target: Int? = nil) throws -> LintReport {
        var options = Linter.Options(context: RunContext.testing(today: Day("2026-09-23")!, language: language))
        options.target = target
        return try Linter(options: options).run(root: tree.root)
    }

    @Test(arguments: ["spbe-2020", "pemdi-2026"])
    func everyShippedHeuristicSpeaksIndonesian(pack: String) throws {
        let loaded = try RulePackLoader().load(reference: pack)
        var untranslated: [String] = []
        for indicator in loaded.indicators {
            for definition in indicator.levels {
                for requirement in definition.requirements where requirement.heuristic != nil && requirement.heuristicTranslations["id"] == nil {
                    untranslated.append("\(indicator.id)/L\(definition.level)/\(requirement.id)")
                }
            }
        }
        #expect(untranslated.isEmpty, "heuristic without id: \(untranslated)")
    }

    @Test func anIndonesianGapQuotesTheIndonesianHeuristic() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 3\n")
        IdenticalCopyTests.png(tree, "32 Layanan Perencanaan/Screenshot SIPD.png")
        let report = try Self.run(tree)
        let gap = try #require(report.findings.first { $0.indicator == "32" && $0.message.contains("[heuristik") })
        #expect(gap.message.contains("satu tangkapan layar per kemampuan"), "\(gap.message)")
        #expect(!gap.message.contains("one screenshot"), "\(gap.message)")
    }

    @Test func aHeuristicCanBeOneTextOrBothLanguages() throws {
        let tree = TempTree()
        let pack = tree.file("pack.yaml", """
        extends: spbe-2020
        indicators:
          - id: "1"
            levels:
              2:
                requirements:
                  - {id: kebijakan, heuristic: {en: "one is enough", id: "satu cukup"}}
          - id: "2"
            levels:
              2:
                requirements:
                  - {id: kebijakan, heuristic: "plain text"}
        """)
        let loaded = try RulePackLoader().load(reference: pack)
        let one = try #require(loaded.indicator("1")?.level(2)?.requirements.first)
        #expect(one.heuristic(in: .id) == "satu cukup" && one.heuristic(in: .en) == "one is enough")
        #expect(loaded.indicator("2")?.level(2)?.requirements.first?.heuristic(in: .id) == "plain text")
        let bad = tree.file("bad.yaml", """
        extends: spbe-2020
        indicators:
          - id: "1"
            levels:
              2:
                requirements:
                  - {id: kebijakan, heuristic: {en: "only English"}}
        """)
        #expect(throws: (any Error).self) { try RulePackLoader().load(reference: bad) }
    }

    @Test func aClaimAboveATargetSaysNoZeroCount() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {claim: 3, target: 1}\n")
        let report = try Self.run(tree)
        let claim = try #require(report.findings.first { $0.category == .claim })
        #expect(!claim.message.contains("0 butir"), "\(claim.message)")
        #expect(claim.message == "mengklaim tingkat 3, bukti dukung hanya mendukung tingkat 1")
    }

    @Test func anEmptyIndicatorGetsNoTick() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        tree.file("01/Perwali No 1 Tahun 2024 tentang Arsitektur SPBE.pdf")
        let text = TextReporter().report(try Self.run(tree))
        let line = try #require(text.split(separator: "\n").first { $0.contains(" 2    Kebijakan Internal Peta Rencana") })
        #expect(!line.contains("✓") && line.contains("belum ada bukti"), "\(line)")
        let filled = try #require(text.split(separator: "\n").first { $0.contains(" 1    Kebijakan Internal Arsitektur") })
        #expect(filled.contains("✓"), "\(filled)")
    }

    @Test func aWaiverIsNotSaidTwice() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\nwaivers:\n  - {indicator: \"2\", requirement: kebijakan, reason: \"Perwali sedang diundangkan\", expires: 2026-12-31}\n")
        let text = TextReporter().report(try Self.run(tree))
        #expect(!text.contains("dikecualikan: dikecualikan"))
        #expect(text.contains("dikecualikan [kebijakan]: berlaku sampai"), "\(text.prefix(2000))")
    }

    @Test func criteriaLoseSourceTagsAndAreCutBetweenWords() {
        #expect(TextReporter.withoutSourceTags("penerapan konsisten lebih dari 2 tahun (S12).") == "penerapan konsisten lebih dari 2 tahun.")
        #expect(TextReporter.withoutSourceTags("audit (S11-S14) berkala") == "audit berkala")
        let clipped = TextReporter.clip(String(repeating: "kebijakan internal ", count: 20), 40)
        #expect(clipped.hasSuffix("internal …") || clipped.hasSuffix("kebijakan …"), "\(clipped)")
        #expect(clipped.count <= 41)
    }

    @Test func aLowerLevelsItemNamesItsOwnLevel() throws {
        let tree = TempTree()
        let report = try Self.run(tree, target: 5)
        // Target 5: the level-2 regulation is still "level 2 needs", not "level 5 needs".
        let gap = try #require(report.findings.first { $0.category == .gap && $0.ruleID.contains("/L2/") })
        #expect(gap.message.hasPrefix("tingkat 2 memerlukan"), "\(gap.message)")
    }

    /// The confirmation hint, pasted as it says over the indicator's own line, loads and
    /// confirms the level, keeping the line's owner and claim.
    @Test func theConfirmationHintMergesWithTheConfig() throws {
        let tree = TempTree()
        let config = "rules: spbe-2020\ninstansi: Kota Contoh\nindicators:\n  \"1\": {owner: Bagian Hukum, claim: 3}\n  \"2\": {owner: Bappeda}\n"
        tree.file(".spbe-lint.yaml", config)
        tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf", Fixtures.textPDF(saying: "Perwali arsitektur"))
        let report = try Self.run(tree, .en)
        let gate = try #require(report.findings.first { $0.category == .manual && $0.indicator == "1" })
        let hint = try #require(gate.hint)
        let line = try #require(hint.range(of: "  \"1\": {")).lowerBound
        #expect(!hint.contains("indicators: {"), "\(hint)")
        let pasted = config.replacingOccurrences(of: "  \"1\": {owner: Bagian Hukum, claim: 3}", with: String(hint[line...]))
        tree.file(".spbe-lint.yaml", pasted)
        let again = try Self.run(tree, .en)
        #expect(!again.findings.contains { $0.category == .manual && $0.indicator == "1" && $0.level == 3 }, "\(pasted)")
        #expect(again.configuration.indicators["1"]?.owner == "Bagian Hukum" && again.configuration.indicators["1"]?.claim == 3)
    }

    @Test func requirementIdsAreShownWhereAWaiverNeedsThem() throws {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let explained = IndicatorExplainer(pack: pack, messages: Messages(language: .en)).explain(try #require(pack.indicator("1")))
        #expect(explained.contains("id for a waiver: 1 / kebijakan"), "\(explained)")
        #expect(explained.contains("id for a waiver: 1 / manual"))
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        let text = TextReporter().report(try Self.run(tree, .en))
        #expect(text.contains("missing [kebijakan]: level 2 needs"), "\(text.prefix(1500))")
    }

    @Test func ownersNamedByAnOpdAliasAreOneOpd() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        target: 2
        opd:
          - [Diskominfo, Dinas Komunikasi dan Informatika]
        indicators:
          "1": {owner: Diskominfo}
          "2": {owner: dinas komunikasi dan  informatika}
        """)
        let report = try Self.run(tree, .en)
        let markdown = MarkdownReporter(groupByOwner: true).report(report)
        #expect(markdown.components(separatedBy: "## To deliver: Diskominfo").count == 2, "\(markdown)")
        #expect(!markdown.contains("informatika"))
        #expect(Checklist(report: report).byOwner.filter { $0.owner != nil }.map(\.owner) == ["Diskominfo"])
    }

    /// Inside one OPD's folder: that folder's indicators (its files, its owner's), not all.
    /// An evidence folder below a repository-top config is still the whole tree.
    @Test func oneOpdsFolderReportsItsOwnIndicators() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        target: 2
        opd:
          - [Diskominfo, Dinas Komunikasi dan Informatika]
        indicators:
          "8": {owner: Diskominfo}
          "9": {owner: Dinas Komunikasi dan Informatika}
          "1": {owner: Bagian Hukum}
        """)
        tree.file("Diskominfo/08 Keamanan Informasi/Perwali No 7 Tahun 2022 tentang Manajemen Keamanan Informasi.pdf")
        tree.file("Bagian Hukum/01 Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.path("Diskominfo"))
        #expect(Set(report.results.map(\.indicator.id)) == ["8", "9"])
        #expect(report.scopedTo == 2)
        #expect(!report.findings.contains { $0.indicator == "1" || $0.indicator == "2" })
        #expect(TextReporter().report(report).contains("Only this folder's 2 indicators"))
        let whole = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        #expect(whole.results.count == 47 && whole.scopedTo == nil)
        // A plain evidence folder under the config's folder is not an OPD: everything counts.
        let plain = TempTree()
        plain.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\n")
        plain.file("bukti-dukung/01 Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        let below = try Linter(options: .init(context: Fixtures.context)).run(root: plain.path("bukti-dukung"))
        #expect(below.results.count == 47 && below.scopedTo == nil)
    }

    /// Hundreds of the same warning: the first few, then a count; --verbose lists them all.
    @Test func repeatedFindingsRollUp() throws {
        let tree = TempTree()
        for number in 1...40 { tree.file("Lain-lain/foto kegiatan \(number).pdf") }
        let report = try Self.run(tree, .en)
        let unassigned = report.findings.filter { $0.category == .unassigned }.count
        #expect(unassigned >= 40)
        let text = TextReporter().report(report)
        #expect(text.components(separatedBy: "foto kegiatan").count - 1 == TextReporter.rollUpAfter, "\(text.suffix(1500))")
        #expect(text.contains("… and \(unassigned - TextReporter.rollUpAfter) more like these"))
        let verbose = TextReporter(options: ReporterOptions(verbose: true)).report(report)
        #expect(verbose.components(separatedBy: "foto kegiatan").count - 1 >= 40)
    }
}
