import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The labelled corpus (`Corpus/*.tsv`): file names as staff write them, with what each
/// document is, written down before the classifier ran. The suite prints the accuracy and
/// fails on any over-credit (a kind or indicator the file is not that would meet a
/// requirement its true kind would not) and below 97 % exact kind sets.
@Suite("Labelled name corpus")
struct CorpusTests {
    struct Label {
        var path: String
        var kinds: Set<String>
        var indicator: String?
    }

    static func labels(_ pack: String) throws -> [Label] {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/SPBELintTests/Corpus/\(pack).tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            let kinds = fields[1] == "-" ? [] : Set(fields[1].split(separator: ",").map(String.init))
            return Label(path: fields[0], kinds: kinds, indicator: fields[2] == "-" ? nil : fields[2])
        }
    }

    struct Outcome {
        var label: Label
        var kinds: Set<String>
        var indicator: String?
    }

    /// Classifies every labelled path as one listing, the way the index does for a walk.
    static func classify(_ labels: [Label], pack: RulePack) -> [Outcome] {
        var scanner = EvidenceScanner(pack: pack, conventions: .standard, ignore: IgnoreMatcher(patterns: []), ignoreBase: "")
        scanner.messages = .english
        let index = scanner.index(listing: labels.map { GitIndex.Entry(path: $0.path, kind: .file) }, root: "/nonexistent/corpus") { path in
            Sidecar(bytes: [], displayPath: path, pack: pack, messages: .english)
        }
        let store = index.store
        var byPath: [String: Int] = [:]
        for position in store.records.indices { byPath[store.path(at: position)] = position }
        return labels.map { label in
            guard let position = byPath[label.path] else { return Outcome(label: label, kinds: ["<not indexed>"], indicator: nil) }
            let record = store.records[position]
            let indicator = record.hasIndicator ? store.indicatorIDs[Int(record.indicator)] : nil
            return Outcome(label: label, kinds: Set(store.kinds.names(record.kindMask)), indicator: indicator)
        }
    }

    /// Would this outcome let a requirement count a file its true kinds would not?
    static func overCredits(_ outcome: Outcome, pack: RulePack) -> [String] {
        let drafts = Set(pack.kinds.values.filter(\.marksDraft).map(\.id))
        var found: [String] = []
        let indicators = outcome.indicator.flatMap { pack.indicator($0) }.map { [$0] } ?? []
        for indicator in indicators {
            let trueHere = outcome.label.indicator == indicator.id
            for level in indicator.levels {
                for requirement in level.requirements {
                    let wanted = Set(requirement.kinds)
                    let countedNow = !outcome.kinds.isDisjoint(with: wanted) && !(requirement.enacted && !outcome.kinds.isDisjoint(with: drafts))
                    let countedTruly = trueHere && !outcome.label.kinds.isDisjoint(with: wanted)
                        && !(requirement.enacted && !outcome.label.kinds.isDisjoint(with: drafts))
                    if countedNow && !countedTruly { found.append("\(indicator.id) L\(level.level) \(requirement.id)") }
                }
            }
        }
        return found
    }

    @Test(arguments: ["spbe-2020", "pemdi-2026"])
    func corpus(pack id: String) throws {
        let pack = try RulePackLoader().load(reference: id)
        let labels = try Self.labels(id)
        let outcomes = Self.classify(labels, pack: pack)
        let exact = outcomes.filter { $0.kinds == $0.label.kinds }.count
        let placed = outcomes.filter { $0.indicator == $0.label.indicator }.count
        var report: [String] = []
        var overCredit: [String] = []
        for outcome in outcomes where outcome.kinds != outcome.label.kinds || outcome.indicator != outcome.label.indicator {
            let credits = Self.overCredits(outcome, pack: pack)
            let line = "\(outcome.label.path): kinds \(outcome.kinds.sorted()) (labelled \(outcome.label.kinds.sorted())), indicator \(outcome.indicator ?? "-") (labelled \(outcome.label.indicator ?? "-"))"
            report.append(line + (credits.isEmpty ? "" : "  OVER-CREDIT: \(credits.joined(separator: ", "))"))
            if !credits.isEmpty { overCredit.append(line) }
        }
        let accuracy = Double(exact) / Double(outcomes.count) * 100
        for line in report { print("  mismatch: " + line) }
        print("corpus \(id): \(outcomes.count) names, exact kind sets \(exact) (\(TextFormat.decimal(accuracy, places: 1)) %), indicator \(placed) (\(TextFormat.decimal(Double(placed) / Double(outcomes.count) * 100, places: 1)) %), over-credit \(overCredit.count)")
        #expect(outcomes.count >= 80)
        #expect(overCredit.isEmpty, "\(overCredit.joined(separator: "\n"))")
        #expect(accuracy >= 97, "\(report.joined(separator: "\n"))")
    }
}
