import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The labelled document corpus of issue #23 (Tests/SPBELintTests/DocumentCorpus, written
/// blind to the analyzer, labels committed before it ran): every document is filed where
/// its uploader filed it, for the instansi it is judged for, and the verdict spbe-lint
/// gives is compared with the asesor's. Prints the confusion table; fails under 97 %
/// exact verdicts or on any over-credit (a refused document counted).
/// By default it judges every document that is not a scan or a photo (text PDFs, Word
/// exports, .docx, screenshots: under a minute) and holds them to the same bar; with
/// SPBE_LINT_DOCUMENT_CORPUS=1 (as CI runs it) the whole corpus, about 7 minutes on a
/// shared 2-core machine (every scan is OCR'd). To iterate on a class, SPBE_LINT_DOCUMENT_CORPUS_ONLY=text
/// judges only the rows whose file path or filed_for contains one of its comma-separated
/// words (over-credits still fail it; the 97 % bar applies to the full run only), and
/// SPBE_LINT_DOCUMENT_CORPUS_CACHE=dir keeps the document cache between runs so a rerun
/// re-reads only what the analyzer's fingerprint invalidated. Last measured (244 documents):
/// 241/244 exact (98.8 %), no over-credit, 3 under-credits.
@Suite("Labelled document corpus (#23)", .enabled(if: ContentsSupport.available, "needs the Contents trait"))
struct DocumentCorpusTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/SPBELintTests/DocumentCorpus").path

    struct Row {
        var file: String
        var instansi: String
        var pack: String
        var year: String
        var indicator: String
        var level: Int
        var requirement: String
        var counts: Bool
        var reason: String
        var why: String
        var format: String
    }

    /// The formats OCR reads page by page: judged only in the full run.
    static let scanned: Set<String> = ["scan-pdf", "two-up-scan-pdf", "phone-photo-pdf"]

    static func rows() throws -> (rows: [Row], instansi: [String: [String]]) {
        func table(_ name: String) throws -> [[String: String]] {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            guard let header = lines.first else { return [] }
            return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0 + Array(repeating: "", count: max(0, header.count - $0.count)))) }
        }
        var instansi: [String: [String]] = [:]
        for row in try table("INSTANSI.tsv") {
            instansi[row["instansi_key"] ?? ""] = [row["instansi"] ?? "", row["instansi_type"] ?? "", row["opd"] ?? ""]
        }
        let rows = try table("LABELS.tsv").compactMap { row -> Row? in
            let target = (row["filed_for"] ?? "").split(separator: "/").map(String.init)
            guard target.count == 4, let level = Int(target[2].dropFirst()) else { return nil }
            return Row(file: row["file"] ?? "", instansi: row["instansi_key"] ?? "", pack: target[0], year: row["eval_year"] ?? "2025",
                       indicator: target[1], level: level, requirement: target[3], counts: row["verdict"] == "counts",
                       reason: row["reason"] ?? "", why: row["why"] ?? "", format: row["format"] ?? "")
        }
        return (rows, instansi)
    }

    /// The indicator folder a file is filed in: "01", "I8".
    static func folder(_ indicator: String) -> String {
        Int(indicator).map { String(format: "%02d", $0) } ?? indicator
    }

    @Test func verdictsAgreeWithTheLabels() throws {
        let environment = ProcessInfo.processInfo.environment
        let (all, instansi) = try Self.rows()
        let only = (environment["SPBE_LINT_DOCUMENT_CORPUS_ONLY"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        let full = environment["SPBE_LINT_DOCUMENT_CORPUS"] != nil
        let judged = full ? all : all.filter { !Self.scanned.contains($0.format) }
        #expect(full || judged.count >= 150, "the default run judges \(judged.count) documents")
        let rows = only.isEmpty ? judged : judged.filter { row in
            let key = "\(row.file) \(row.pack)/\(row.indicator)/L\(row.level)/\(row.requirement)".lowercased()
            return only.contains { key.contains($0) }
        }
        #expect(all.count >= 200, "the corpus holds \(all.count) documents")
        let cache = TempTree("corpus-cache")
        let cacheRoot = environment["SPBE_LINT_DOCUMENT_CORPUS_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? cache.root
        // Read through spbe-lint-reader, as the program reads: its processes run Tesseract
        // with OMP_THREAD_LIMIT=1. In this test process libgomp has already started with
        // one thread per core, and a dense page then took 9 s instead of 1.6 s, past the
        // page's 5 s budget: page 1 of many scans came back empty and the corpus measured
        // the test harness, not the analyzer.
        var context = RunContext(today: Fixtures.today, environment: ["XDG_CACHE_HOME": cacheRoot])
        context.documentWorker = DocumentWorker.Command(executable: CLI.readerBinary)
        // One run per instansi, pack, indicator and level: the level's requirements as
        // the uploader filed the document for them.
        let groups = Dictionary(grouping: rows.indices) { "\(rows[$0].instansi)|\(rows[$0].pack)|\(rows[$0].year)|\(rows[$0].indicator)|\(rows[$0].level)" }
        var got = [Bool](repeating: false, count: rows.count)
        var said = [String](repeating: "", count: rows.count)
        for key in groups.keys.sorted() {
            let members = groups[key]!
            let first = rows[members[0]]
            let who = instansi[first.instansi] ?? ["", "", ""]
            let units = who[2].split(separator: ";").map { "  - \"\($0)\"" }.joined(separator: "\n")
            let tree = TempTree("corpus")
            tree.file(".spbe-lint.yaml", """
            rules: \(first.pack)
            instansi: \(who[0])
            instansi-type: \(who[1])
            year: \(first.year)
            indicators: {"\(first.indicator)": {target: \(first.level)}}
            opd:
            \(units)

            """)
            var paths: [Int: String] = [:]
            for index in members {
                let row = rows[index]
                let name = PathName.lastComponent(row.file)
                let id = PathName.lastComponent(PathName.parent(row.file))
                let path = Self.folder(row.indicator) + "/" + id + "/" + name
                tree.folder(PathName.parent(path))
                try FileManager.default.copyItem(atPath: Self.folder + "/" + row.file, toPath: tree.path(path))
                paths[index] = path
            }
            let report = try Linter(options: .init(context: context)).run(root: tree.root)
            let result = report.results.first { $0.indicator.id == first.indicator }
            for index in members {
                let path = paths[index]!
                let status = result?.requirements.first { $0.requirement.id == rows[index].requirement }
                got[index] = status.map { $0.matched.contains(path) && $0.missingUnits.isEmpty } ?? false
                said[index] = report.findings.filter { $0.path == path }.map(\.message).joined(separator: " | ")
                if status == nil { said[index] = "no requirement \(rows[index].requirement) at level \(rows[index].level) " + said[index] }
            }
        }
        var table: [String: [String: Int]] = [:]
        var exact = 0, over: [Int] = [], under: [Int] = []
        for index in rows.indices {
            let label = rows[index].counts ? "counts" : "refused (\(rows[index].reason))"
            let verdict = got[index] ? "counts" : "refused"
            table[label, default: [:]][verdict, default: 0] += 1
            if got[index] == rows[index].counts { exact += 1 } else if got[index] { over.append(index) } else { under.append(index) }
        }
        var out = (full ? "" : "(without scans and photos; SPBE_LINT_DOCUMENT_CORPUS=1 for all) ") + "Document corpus: \(exact)/\(rows.count) exact verdicts (\(String(format: "%.1f", Double(exact) * 100 / Double(rows.count))) %), \(over.count) over-credits, \(under.count) under-credits\n"
        out += "label \\ verdict".padding(toLength: 34, withPad: " ", startingAt: 0) + "counts  refused\n"
        for label in table.keys.sorted() {
            out += label.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(table[label]!["counts"] ?? 0).padding(toLength: 8, withPad: " ", startingAt: 0) + String(table[label]!["refused"] ?? 0) + "\n"
        }
        for index in over + under {
            out += "\(over.contains(index) ? "OVER " : "UNDER") \(rows[index].file) [\(rows[index].indicator)/L\(rows[index].level)/\(rows[index].requirement)]: \(rows[index].why) — said: \(said[index].prefix(300))\n"
        }
        print(out)
        #expect(over.isEmpty, "over-credits: \(over.map { rows[$0].file })")
        // A subset is for iterating on one class: only the whole corpus is held to the bar.
        if only.isEmpty { #expect(Double(exact) >= 0.97 * Double(rows.count), "\(exact)/\(rows.count) exact") }
    }
}
