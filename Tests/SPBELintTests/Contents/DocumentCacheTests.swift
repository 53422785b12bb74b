import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The cache of analysed facts and of content-check answers: what lets a warm run skip
/// re-reading and re-analysing every text.
@Suite("Cache of document facts")
struct DocumentCacheTests {
    static func sample(_ text: String) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.source = .ocr
        facts.pages = 7
        facts.kind = "perkada"
        facts.title = text
        facts.nomor = "5"
        facts.tahun = 2024
        facts.issuer = nil
        facts.status = .enacted
        facts.statusEvidence = "ditetapkan di sukamaju"
        facts.unreadable = nil
        return facts
    }

    /// Titles hold any character, including the table's own "12:" and "-:" shapes.
    @Test func factsSurviveTheTable() {
        let digests = (0..<3).map { String(repeating: String($0), count: 64) }
        var table: [String: DocumentFacts] = [:]
        for (offset, text) in ["PERATURAN\tWALI\nKOTA 12:-:", "", "é ✓ \u{0}\u{1F} -:"].enumerated() {
            var facts = Self.sample(text)
            facts.digest = digests[offset]
            table[digests[offset]] = facts
        }
        let decoded = DocumentCache.decodeFacts(DocumentCache.encodeFacts(table))
        #expect(decoded == table)
    }

    /// A table cut short (a full disk, a crash while writing a copy) keeps the entries it
    /// holds whole and drops the rest: they are analysed again from their texts.
    @Test func aDamagedTableKeepsOnlyWholeEntries() {
        var table: [String: DocumentFacts] = [:]
        for index in 0..<2 {
            let digest = String(repeating: String(index), count: 64)
            var facts = Self.sample("teks \(index)")
            facts.digest = digest
            table[digest] = facts
        }
        let bytes = DocumentCache.encodeFacts(table)
        let cut = DocumentCache.decodeFacts(Array(bytes.dropLast(5)))
        #expect(cut.count == 1 && cut[String(repeating: "0", count: 64)] != nil)
        #expect(DocumentCache.decodeFacts(Array("not a table".utf8)).isEmpty)
        #expect(DocumentCache.decodeFacts(Array(bytes.prefix(30)) + Array("999999999:".utf8)).isEmpty)
    }

    /// Another catalogue (a title phrase added) is another analysis: its facts are kept
    /// apart, so a changed kinds.yaml never reuses facts drawn with the old one.
    @Test func theAnalysisFingerprintFollowsTheCatalogue() throws {
        let pack = Fixtures.spbe
        let base = DocumentAnalyzer(catalogue: pack.catalogue).fingerprint
        #expect(DocumentAnalyzer(catalogue: pack.catalogue).fingerprint == base)
        var kinds = Dictionary(uniqueKeysWithValues: pack.catalogue.kinds.map { ($0.id, $0) })
        let id = try #require(pack.catalogue.kinds.first { !$0.contentTitles.isEmpty }?.id)
        kinds[id]?.contentTitles.append("PERATURAN KEPALA DESA")
        let changed = KindCatalogue(kinds)
        #expect(DocumentAnalyzer(catalogue: changed).fingerprint != base)
    }
}

@Suite("Warm runs answer from the cache", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
struct WarmDocumentTests {
    /// After a cold run the texts themselves can go: the warm run takes facts and the
    /// answers of `proven-by` from their tables, reads nothing and gives the same verdict.
    @Test func aWarmRunReadsNoText() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", ContentProofTests.sukamaju)
        let relative = ContentProofTests.arsitektur
        try FileManager.default.createDirectory(atPath: PathName.parent(tree.path(relative)), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: DocumentFixtures.make() + "/proofs/full/" + relative, toPath: tree.path(relative))
        let cache = TempTree("cache")
        let cold = try DocumentReadingTests.run(tree, cache: cache.root)
        #expect(cold.results.first { $0.indicator.id == "1" }?.supportedLevel == 3)
        let folder = cache.root + "/spbe-lint/documents-v\(DocumentCache.version)"
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(entries.contains("answers.tsv") && entries.contains { $0.hasPrefix("facts-") })
        for entry in entries where entry.hasSuffix(".txt") { try FileManager.default.removeItem(atPath: folder + "/" + entry) }
        let warm = try DocumentReadingTests.run(tree, cache: cache.root)
        #expect(warm.statistics.documentsRead == 0 && warm.statistics.documentCacheHits == 1)
        #expect(warm.results.map(\.supportedLevel) == cold.results.map(\.supportedLevel))
        #expect(warm.findings.map(\.message) == cold.findings.map(\.message))
    }
}
