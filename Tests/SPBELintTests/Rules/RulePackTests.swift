import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Rule packs")
struct RulePackTests {
    /// A minimal valid pack other tests mutate; weights: two aspects of 60 and 40.
    static let minimal = """
    schema: 1
    framework:
      id: mini
      title: Mini
      total-weight: 100
      predikat:
        - {min: 3, label: Baik}
        - {min: 0, label: Kurang}
    kinds:
      sk: {name: SK, keywords: [sk], extensions: [pdf]}
      foto: {name: Foto, keywords: [foto], extensions: [jpg]}
    aspects:
      - {id: A1, name: Satu, weight: 60}
      - {id: A2, name: Dua, weight: 40}
    indicators:
      - id: "1"
        number: 1
        name: Pertama
        aspect: A1
        weight: 60
        levels:
          1: {criteria: satu}
          2:
            criteria: dua
            requirements:
              - {id: sk, kinds: [sk], description: SK}
          3: {criteria: tiga}
          4: {criteria: empat}
          5:
            criteria: lima
            requirements:
              - {id: sk, kinds: [sk], min: 2, description: dua SK}
      - id: "2"
        number: 2
        name: Kedua
        aspect: A2
        weight: 40
        levels: {1: {criteria: a}, 2: {criteria: b}, 3: {criteria: c}, 4: {criteria: d}, 5: {criteria: e}}

    """

    func load(_ text: String, name: String = "pack.yaml", in tree: TempTree = TempTree()) throws -> RulePack {
        try RulePackLoader().load(.file(tree.file(name, text)))
    }

    func diagnostics(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch let error as RuleError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func shippedSPBEPackIsComplete() {
        let pack = Fixtures.spbe
        #expect(pack.indicators.count == 47)
        #expect(pack.domains.count == 4)
        #expect(pack.aspects.count == 8)
        #expect(abs(pack.indicators.reduce(0) { $0 + $1.weight } - 100) < 0.0001)
        for indicator in pack.indicators {
            #expect(indicator.levels.map(\.level) == [1, 2, 3, 4, 5], "indicator \(indicator.id)")
            #expect(indicator.levels.allSatisfy { !$0.criteria.isEmpty })
            for level in indicator.levels {
                for requirement in level.requirements {
                    #expect(requirement.kinds.allSatisfy { pack.kinds[$0] != nil })
                }
            }
        }
        #expect(pack.indicator("8")?.name == "Tingkat Kematangan Kebijakan Internal Manajemen Keamanan Informasi")
    }

    @Test func embeddedCopyEqualsRulesFolder() throws {
        let rules = Fixtures.packageRoot.appendingPathComponent("rules")
        var onDisk: [String: String] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: rules.path))
        for case let path as String in walker where path.hasSuffix(".yaml") {
            onDisk[path] = try String(contentsOf: rules.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(Set(onDisk.keys) == Set(RuleSource.shippedFiles.keys))
        for (path, text) in onDisk {
            #expect(RuleSource.shippedFiles[path] == text, "rules/\(path) differs from the embedded copy; rebuild")
        }
    }

    @Test func minimalPackLoadsAndLevelsAreCumulative() throws {
        let pack = try load(Self.minimal)
        let first = try #require(pack.indicator("1"))
        #expect(first.requirements(for: 1).isEmpty)
        #expect(first.requirements(for: 4).map(\.requirement.minimum) == [1])
        // Level 5 redeclares 'sk' with min 2: it replaces, not adds.
        #expect(first.requirements(for: 5).map(\.requirement.minimum) == [2])
    }

    @Test func unknownKeyGetsDidYouMean() {
        let text = Self.minimal.replacingOccurrences(of: "    aspect: A2", with: "    aspekt: A2")
        let found = diagnostics(text)
        #expect(found.contains { $0.contains("pack.yaml:36:5: error: unknown key 'aspekt' in indicator '2'; did you mean 'aspect'?") }, "\(found)")
    }

    @Test func wrongTypeIsReported() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "weight: 60\n    levels", with: "weight: banyak\n    levels"))
        #expect(found.contains { $0.contains("'weight' in indicator '1' must be a number, found 'banyak'") }, "\(found)")
    }

    @Test func levelOutsideRangeIsReported() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "      3: {criteria: tiga}", with: "      3: {criteria: tiga}\n      6: {criteria: enam}"))
        #expect(found.contains { $0.contains("level '6' of indicator 1 is outside 1–5") }, "\(found)")
    }

    @Test func missingLevelIsReported() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "      4: {criteria: empat}\n", with: ""))
        #expect(found.contains { $0.contains("indicator 1 does not define level(s) 4") }, "\(found)")
    }

    @Test func duplicateIdsAreReported() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "  - id: \"2\"\n    number: 2", with: "  - id: \"1\"\n    number: 1"))
        #expect(found.contains { $0.contains("duplicate indicator id '1'") }, "\(found)")
    }

    @Test func unknownKindIsReportedWithSuggestion() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "{id: sk, kinds: [sk], description: SK}", with: "{id: sk, kinds: [fot], description: SK}"))
        #expect(found.contains { $0.contains("uses unknown evidence kind 'fot'; did you mean 'foto'?") }, "\(found)")
    }

    @Test func weightsThatDoNotSumAreReported() {
        let found = diagnostics(Self.minimal.replacingOccurrences(of: "weight: 40\n    levels", with: "weight: 30\n    levels"))
        #expect(found.contains { $0.contains("indicators of aspect 'A2' weigh 30 in total but the aspect declares 40") }, "\(found)")
        #expect(found.contains { $0.contains("indicator weights add up to 90 but 'framework.total-weight' is 100") }, "\(found)")
    }

    @Test func extendsOverridesAndDisablesRequirementsById() throws {
        let tree = TempTree()
        _ = tree.file("base.yaml", Self.minimal)
        let child = """
        extends: base.yaml
        framework: {title: Mini Kota}
        indicators:
          - id: "1"
            levels:
              2:
                requirements:
                  - {id: sk, min: 3}
                  - {id: foto, kinds: [foto], description: Foto kegiatan}
              5:
                requirements:
                  - {id: sk, disabled: true}
        """
        let pack = try load(child, name: "child.yaml", in: tree)
        #expect(pack.framework.title == "Mini Kota")
        #expect(pack.framework.id == "mini")
        let first = try #require(pack.indicator("1"))
        #expect(first.level(2)?.requirements.map(\.id) == ["sk", "foto"])
        #expect(first.level(2)?.requirements.first?.minimum == 3)
        #expect(first.level(5)?.requirements.isEmpty == true)
        #expect(first.requirements(for: 5).map(\.requirement.id) == ["sk", "foto"])
    }

    @Test func extendsCycleIsDetected() {
        let tree = TempTree()
        _ = tree.file("a.yaml", "extends: b.yaml\n")
        let b = tree.file("b.yaml", "extends: a.yaml\n")
        do {
            _ = try RulePackLoader().load(.file(b))
            Issue.record("cycle accepted")
        } catch let error as RuleError {
            guard case .extendsCycle(let chain, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(chain.count == 3)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func extendsShippedPackByName() throws {
        let pack = try load("extends: spbe-2020\nframework: {title: Indeks SPBE Kota Contoh}\n")
        #expect(pack.indicators.count == 47)
        #expect(pack.framework.title == "Indeks SPBE Kota Contoh")
    }

    @Test func unknownPackNameIsAClearError() {
        do {
            _ = try RulePackLoader().load(reference: "spbe-2021")
            Issue.record("unknown pack accepted")
        } catch let error as RuleError {
            #expect(error.description.contains("did you mean 'spbe-2020'?"))
        } catch { Issue.record("unexpected \(error)") }
    }
}
