import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// What the CLI says must be true and point at the right place: diagnostics about merged
/// packs, the scaffold `init` writes, numbers that name no indicator, the deadline
/// arithmetic, duplicates, and the report under a baseline.
@Suite("Honest output")
struct HonestOutputTests {
    // MARK: Diagnostics in packs that extend another

    @Test func mergedPackDiagnosticsNameTheLineWritten() throws {
        let tree = TempTree()
        let weight = tree.file("w.yaml", "extends: spbe-2020\nindicators:\n  - {id: \"1\", weight: 3.3}\n")
        let result = try CLI.run(["rules", "check", weight])
        #expect(result.stderr.contains("w.yaml:3:15: error: indicators of aspect 'A1' weigh 15"), "\(result.stderr)")
        #expect(result.stderr.contains("w.yaml:3:15: error: indicator weights add up to 102"), "\(result.stderr)")
        #expect(!result.stderr.contains("kinds.yaml"))

        let floor = tree.file("f.yaml", "extends: spbe-2020\nframework: {floor: 0}\n")
        #expect(try CLI.run(["rules", "check", floor]).stderr.contains("f.yaml:2:13: error: 'floor' must be a level from 1 to 5"))

        let misspelt = tree.file("r.yaml", "extends: spbe-2020\nindicators:\n  - id: \"32\"\n    levels:\n      3:\n        requirements:\n          - {id: screnshot, min: 2}\n")
        let typo = try CLI.run(["rules", "check", misspelt])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("r.yaml:7:14:") && typo.stderr.contains("did you mean 'screenshot'?"), "\(typo.stderr)")
        #expect(!typo.stderr.contains("missing required key 'kinds'"))
    }

    @Test func copiedShippedPackFindsTheShippedCatalogue() throws {
        let tree = TempTree()
        let pack = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("rules/pemdi-2026.yaml"), encoding: .utf8)
        tree.file("mine.yaml", pack)
        let result = try CLI.run(["rules", "check", "mine.yaml"], in: tree.root)
        #expect(result.status == 0, "\(result.stderr)")
        let scratch = tree.file("scratch.yaml", "catalogue: nope.yaml\n")
        let missing = try CLI.run(["rules", "check", scratch])
        #expect(missing.status == 2 && missing.stderr.contains("rule pack 'nope.yaml' not found"))
    }

    // MARK: init

    @Test func initQuotesWhatTheUserTyped() throws {
        let tree = TempTree()
        let result = try CLI.run(["init", tree.path("bukti"), "--instansi", "Kota \"A\" \\ B: #1"])
        #expect(result.status == 0, "\(result.stderr)")
        let config = try Configuration.load(path: tree.path("bukti/.spbe-lint.yaml"))
        #expect(config.instansi == "Kota \"A\" \\ B: #1")
    }

    @Test func initStarterConfigSurvivesUncommentingEveryLine() throws {
        let tree = TempTree()
        _ = try CLI.run(["init", tree.path("bukti"), "--rules", "pemdi-2026"])
        let text = try String(contentsOfFile: tree.path("bukti/.spbe-lint.yaml"), encoding: .utf8)
        // Uncomment the indicator lines, as a user filling in the config would.
        let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix("  # \"") ? "  " + line.dropFirst(4) : String(line)
        }.joined(separator: "\n")
        try filled.write(toFile: tree.path("bukti/.spbe-lint.yaml"), atomically: true, encoding: .utf8)
        let check = try CLI.run([tree.path("bukti")])
        #expect(check.status == 1, "the filled-in config loads: \(check.stderr)")
    }

    @Test func initRefusesToMixFrameworks() throws {
        let tree = TempTree()
        #expect(try CLI.run(["init", tree.path("bukti"), "--rules", "pemdi-2026"]).status == 0)
        let mixed = try CLI.run(["init", tree.path("bukti"), "--rules", "spbe-2020"])
        #expect(mixed.status == 2 && mixed.stderr.contains("already set up for another framework"), "\(mixed.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: tree.path("bukti")).filter { !$0.hasPrefix(".") }
        #expect(folders.count == 20)
        #expect(try CLI.run(["init", tree.path("bukti"), "--rules", "spbe-2020", "--force"]).status == 0)
    }

    @Test func initFolderNamesAreCutAtAWord() throws {
        let pemdi = try RulePackLoader().load(reference: "pemdi-2026")
        let scaffolder = Scaffolder(pack: pemdi, messages: .english, year: 2026)
        for indicator in pemdi.indicators {
            let name = scaffolder.folderName(for: indicator)
            let words = Set(Indicator.shortName(indicator.name).split(separator: " ").map(String.init))
            for word in name.split(separator: " ").dropFirst(2) {
                #expect(words.contains(String(word)) || word.contains("-"), "'\(word)' in '\(name)' is a cut word")
            }
        }
    }

    @Test func initRejectsAbsurdYears() throws {
        let tree = TempTree()
        let result = try CLI.run(["init", tree.path("b"), "--year", "99999999999"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: tree.path("b")))
    }

    @Test func initNeverWritesThroughASymlinkedFolder() throws {
        let tree = TempTree()
        let outside = TempTree("outside")
        tree.folder("bukti")
        try FileManager.default.createSymbolicLink(atPath: tree.path("bukti/01 - Kebijakan Internal Arsitektur SPBE"), withDestinationPath: outside.root)
        #expect(try CLI.run(["init", tree.path("bukti")]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.root).isEmpty)
    }

    // MARK: Numbers that name no indicator

    @Test func unknownIndicatorNumbersAreNamed() throws {
        let tree = TempTree()
        tree.file("Indikator 99/SK Tim.pdf", QualityTests.validPDF)
        tree.file("lain/I21-L1-01 SK.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(rules: "pemdi-2026", context: Fixtures.context)).run(root: tree.root)
        let messages = report.findings.filter { $0.category == .unassigned }.map { "\($0.path ?? ""): \($0.message) \($0.hint ?? "")" }
        #expect(messages.contains { $0.contains("Indikator 99/SK Tim.pdf") && $0.contains("indicator 99, which pemdi-2026 does not have") && $0.contains("I1 to I20") }, "\(messages)")
        #expect(messages.contains { $0.contains("I21-L1-01 SK.pdf") && $0.contains("indicator 21") }, "\(messages)")
    }

    // MARK: Dates

    @Test func fixedDateHolidaysAreKnownEveryYear() throws {
        let deadline = Deadline(interview: try #require(Day("2026-12-23")))
        #expect(deadline.due == Day("2027-01-04"))
        #expect(deadline.skipped.map(\.day.description) == ["2026-12-24", "2026-12-25", "2027-01-01"])
        #expect(deadline.missingCalendarYears == [2027], "moving holidays of 2027 stay unknown, and the report says so")
        let cli = try CLI.run(["deadline", "--interview", "2026-12-23"])
        #expect(cli.stdout.contains("2027-01-04"))
        #expect(cli.stderr.contains("no holiday calendar for 2027"))
    }

    @Test func interviewDayCountsLikeTheDeadline() throws {
        let deadline = Deadline(interview: try #require(Day("2026-09-21")))
        #expect(deadline.workingDaysLeft(on: try #require(Day("2026-09-21"))) == 5)
        #expect(deadline.workingDaysLeft(on: try #require(Day("2026-09-22"))) == 5)
        #expect(deadline.workingDaysLeft(on: try #require(Day("2026-09-28"))) == 1)
        let counting = Deadline(interview: try #require(Day("2026-09-21")), countsInterviewDay: true)
        #expect(counting.workingDaysLeft(on: try #require(Day("2026-09-21"))) == 5)
    }

    // MARK: Duplicates

    /// The reader after the first pass over `tree`: every candidate's first bytes read,
    /// the duplicate search (whole files) not yet run.
    static func inspected(_ tree: TempTree) throws -> EvidenceInspector {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        var scanner = EvidenceScanner(pack: pack, conventions: .standard, ignore: IgnoreMatcher(patterns: []), ignoreBase: "")
        scanner.messages = .english
        let index = try scanner.scan(root: tree.root)
        let inspector = EvidenceInspector(root: index.root)
        inspector.prefetch(EvidenceContents.candidates(in: index.store, pack: pack), in: index.store)
        return inspector
    }

    /// Files swapped for symlinks after they were read are never followed, and files that
    /// cannot be read are never "the same": old code hashed both to one value.
    @Test func duplicatesNeedEqualBytesOfReadableFiles() throws {
        let tree = TempTree()
        tree.file("01/Perwali A.pdf", QualityTests.validPDF + "a")
        tree.file("01/Perwali B.pdf", QualityTests.validPDF + "b")
        tree.file("01/Perwali C.pdf", QualityTests.validPDF + "c")
        tree.file("01/Perwali D.pdf", QualityTests.validPDF + "c")
        let target = tree.file("other.bin", QualityTests.validPDF + "z")
        let inspector = try Self.inspected(tree)
        // After the read: A and B become links to one file; a dangling link would hash to nothing.
        for name in ["Perwali A.pdf", "Perwali B.pdf"] {
            try FileManager.default.removeItem(atPath: tree.path("01/\(name)"))
            try FileManager.default.createSymbolicLink(atPath: tree.path("01/\(name)"), withDestinationPath: target)
        }
        let groups = inspector.duplicates()
        #expect(groups == [["01/Perwali C.pdf", "01/Perwali D.pdf"]])
    }

    @Test func oversizedFilesAreNotHashedForDuplicates() throws {
        let tree = TempTree()
        tree.file("01/Perwali A.pdf", QualityTests.validPDF + String(repeating: "x", count: 3000))
        tree.file("01/Perwali B.pdf", QualityTests.validPDF + String(repeating: "x", count: 3000))
        let inspector = try Self.inspected(tree)
        #expect(inspector.duplicates().count == 1)
        #expect(inspector.duplicates(maxBytes: 1000).isEmpty)
    }

    // MARK: Baseline

    @Test func baselinedIndicatorsAgreeWithTheSummary() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01/Perwali Arsitektur SPBE.pdf", QualityTests.validPDF)
        let baseline = tree.path("../bl.json")
        #expect(try CLI.run([tree.root, "--write-baseline", baseline]).status == 0)
        let result = try CLI.run([tree.root, "--baseline", baseline])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("✗"), "no indicator reads as failing when the run passes")
        #expect(!result.stdout.contains("criteria L"))
        #expect(result.stdout.contains("~ 1 "))
    }
}
