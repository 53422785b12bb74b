import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Evaluation")
struct EngineTests {
    func run(_ tree: TempTree, options: Linter.Options = .init(context: Fixtures.context)) throws -> LintReport {
        try Linter(options: options).run(root: tree.root)
    }

    @Test func supportedLevelClimbsWhileRequirementsAreMet() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {confirmed: 4}\n")
        tree.file("01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("01-Arsitektur/Laporan Reviu Kebijakan Arsitektur 2024.pdf")
        tree.file("02-Peta Rencana/Laporan Reviu Peta Rencana 2024.pdf") // reviu without the regulation
        let report = try run(tree)
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.supportedLevel == 4)
        #expect(first.targetLevel == 5)
        #expect(first.gaps.map(\.requirement.id) == ["kebijakan"])
        #expect(first.gaps.first?.matched.count == 1)
        let second = try #require(report.results.first { $0.indicator.id == "2" })
        #expect(second.supportedLevel == 1, "level 4 evidence cannot lift an indicator past a missing level 2")
        #expect(report.exitCode == 1)
    }

    @Test func targetComesFromFlagThenConfigThenNextLevel() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 2\nindicators:\n  \"1\": {target: 4}\n")
        tree.file("01/Perwali Arsitektur.pdf")
        let configured = try run(tree)
        #expect(configured.results.first { $0.indicator.id == "1" }?.targetLevel == 4)
        #expect(configured.results.first { $0.indicator.id == "2" }?.targetLevel == 2)
        let flagged = try run(tree, options: .init(target: 3, context: Fixtures.context))
        #expect(flagged.results.allSatisfy { $0.targetLevel == 3 })
    }

    @Test func meetingEveryTargetExitsZero() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ntarget: 1\n")
        let report = try run(tree)
        #expect(report.gapCount == 0)
        #expect(report.exitCode == 0)
    }

    @Test func unknownIndicatorInConfigIsAnError() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"48\": {target: 2}\n")
        #expect(throws: ConfigError.self) { try run(tree) }
    }

    @Test func configUnknownKeySuggests() {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "ignore: []\ntagret: 3\n")
        do {
            _ = try run(tree)
            Issue.record("accepted a bad config")
        } catch let error as ConfigError {
            #expect(error.description.contains(".spbe-lint.yaml:2:1: error: unknown key 'tagret' in the config; did you mean 'target'?"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func indexArithmetic() throws {
        let pack = Fixtures.spbe
        let floor = IndexEstimate(pack: pack, values: [:])
        #expect(floor.value == 1)
        #expect(floor.predikat == "Kurang")
        // Indicators 1–10 (13 % in all) at level 2, the rest at 1: (13·2 + 87·1)/100 = 1.13.
        var values: [String: Double] = [:]
        for number in 1...10 { values["\(number)"] = 2 }
        let policy = IndexEstimate(pack: pack, values: values)
        #expect(abs(policy.value - 1.13) < 1e-9)
        #expect(policy.domains.first { $0.id == "D1" }?.value == 2)
        // Everything at 3 except the Layanan domain (45.5 %) at 4: 3 + 0.455 = 3.455 → "Baik".
        var mixed: [String: Double] = [:]
        for indicator in pack.indicators { mixed[indicator.id] = indicator.number >= 32 ? 4 : 3 }
        let estimate = IndexEstimate(pack: pack, values: mixed)
        #expect(abs(estimate.value - 3.455) < 1e-9)
        #expect(estimate.predikat == "Baik")
        #expect(pack.framework.predikat(for: 4.2) == "Memuaskan")
        #expect(pack.framework.predikat(for: 3.5) == "Sangat Baik")
        #expect(pack.framework.predikat(for: 1.79) == "Kurang")
    }

    /// The evaluator builds a name's words only when its bytes hold "tentang" (#28): that
    /// test must never miss a name whose words do, in any case or script around it.
    @Test func aNameStatingItsSubjectIsAlwaysSeen() {
        let names = [
            "Perwali 5 Tahun 2024 tentang Arsitektur SPBE", "SK_TENTANG_Tim-Koordinasi", "Perbup Tentang Peta Rencana",
            "Keputusan Bupati tentang\u{00A0}Tim", "Peraturan “tentang” Keamanan", "Perwali tentangArsitektur",
            "Perwali Arsitektur SPBE 2024", "SK 31m", "Perwali ten-tang Arsitektur", "Perda tentang Ruang Kota",
        ]
        for name in names {
            let stated = RequiredSubject.words(name).contains("tentang")
            let seen = Array(name.utf8).withUnsafeBufferPointer(SubjectCheck.mayStateSubject)
            #expect(!stated || seen, "\(name): its words say tentang, the byte test missed it")
        }
        // And it does spare the names without it.
        #expect(!Array("Perwali Arsitektur SPBE 2024".utf8).withUnsafeBufferPointer(SubjectCheck.mayStateSubject))
        #expect(!Array("Perwali ten-tang Arsitektur".utf8).withUnsafeBufferPointer(SubjectCheck.mayStateSubject))
        #expect(Array("SK_TENTANG_Tim".utf8).withUnsafeBufferPointer(SubjectCheck.mayStateSubject))
    }
}
