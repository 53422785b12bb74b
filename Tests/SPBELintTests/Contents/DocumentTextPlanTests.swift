import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The read phase resolves every text the checks may read, and the evaluation reads
/// nothing else (#22): the plan must hold each read document a text check could reach.
@Suite("Which texts the checks may read")
struct DocumentTextPlanTests {
    static func plan(_ paths: [String], enacted: Bool = true) throws -> (plan: (texts: [Int], proofs: [(position: Int, proof: ContentProof)]), position: (String) -> Int) {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let scanner = EvidenceScanner(pack: pack)
        let index = scanner.index(listing: paths.map { GitIndex.Entry(path: $0, kind: .file) }, root: "/nonexistent/plan") {
            Sidecar(bytes: [], displayPath: $0, pack: pack, messages: .english)
        }
        var documents: [Int: DocumentFacts] = [:]
        for position in index.store.records.indices {
            var facts = DocumentFacts()
            facts.source = .textLayer
            facts.status = enacted ? .enacted : .unknown
            facts.digest = "digest-\(position)"
            documents[position] = facts
        }
        let store = index.store
        return (EvidenceContents.textPlan(in: store, pack: pack, documents: documents, units: false),
                { path in store.records.indices.first { store.path(at: $0) == path }! })
    }

    /// "scan0001.pdf" names no kind, but its text may state a Perwali whose TENTANG the
    /// subject check reads: the plan goes by indicator, never by name.
    @Test func everyReadDocumentOfAnIndicatorWithTextChecksIsPlanned() throws {
        let (plan, position) = try Self.plan(["01 Kebijakan Arsitektur/scan0001.pdf", "01 Kebijakan Arsitektur/Perwali Arsitektur SPBE.pdf", "Lain-lain/scan0002.pdf"])
        #expect(plan.texts.contains(position("01 Kebijakan Arsitektur/scan0001.pdf")))
        #expect(plan.texts.contains(position("01 Kebijakan Arsitektur/Perwali Arsitektur SPBE.pdf")))
        // Outside every indicator no check reads it.
        #expect(!plan.texts.contains(position("Lain-lain/scan0002.pdf")))
        // Indicator 1's `proven-by` is asked of its enacted text layers.
        #expect(plan.proofs.contains { $0.position == position("01 Kebijakan Arsitektur/scan0001.pdf") })
    }

    /// A document with no digest has no text to hold (settled by its bytes, or too large).
    @Test func aDocumentWithoutADigestHasNoText() throws {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let index = EvidenceScanner(pack: pack).index(listing: [GitIndex.Entry(path: "01 Kebijakan Arsitektur/scan0001.pdf", kind: .file)], root: "/nonexistent/plan") {
            Sidecar(bytes: [], displayPath: $0, pack: pack, messages: .english)
        }
        var facts = DocumentFacts()
        facts.unreadable = .badCatalog
        let plan = EvidenceContents.textPlan(in: index.store, pack: pack, documents: [0: facts], units: false)
        #expect(plan.texts.isEmpty && plan.proofs.isEmpty)
    }

    /// Only an enacted text layer can prove a `proven-by`: nothing else is asked.
    @Test func proofsAreAskedOnlyOfEnactedTextLayers() throws {
        let (plan, _) = try Self.plan(["01 Kebijakan Arsitektur/Perwali Arsitektur SPBE.pdf"], enacted: false)
        #expect(plan.proofs.isEmpty)
        #expect(plan.texts.count == 1)
    }

    /// A proof never asked is not proven: every topic missing (fail closed).
    @Test func anUnaskedProofIsNotProven() throws {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let proof = try #require(pack.indicators.first { $0.id == "1" }?.levels.compactMap(\.proof).first)
        #expect(DocumentTexts(texts: [:]).missing(proof, at: 0).count == proof.topics.count)
        #expect(DocumentTexts(texts: [:]).texts(at: 0).head.isEmpty)
    }
}
