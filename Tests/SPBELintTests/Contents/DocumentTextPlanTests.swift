import Testing
@testable import SPBELint

/// The read phase resolves every text the checks may read, and the evaluation reads
/// nothing else (#22): the plan must hold each read document a text check could reach,
/// by the evaluator's own test of its kinds, and no other (a warm run loads no more).
@Suite("Which texts the checks may read")
struct DocumentTextPlanTests {
    typealias Plan = (texts: [(position: Int, body: Bool)], proofs: [(position: Int, proof: ContentProof)])

    /// Every file read, as an enacted text layer stating `kind` and `subject`.
    static func plan(_ paths: [String], kind: String? = nil, subject: String? = nil, enacted: Bool = true) throws -> (plan: Plan, position: (String) -> Int) {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let index = EvidenceScanner(pack: pack).index(listing: paths.map { GitIndex.Entry(path: $0, kind: .file) }, root: "/nonexistent/plan") {
            Sidecar(bytes: [], displayPath: $0, pack: pack, messages: .english)
        }
        var documents: [Int: DocumentFacts] = [:]
        for position in index.store.records.indices {
            var facts = DocumentFacts()
            facts.source = .textLayer
            facts.status = enacted ? .enacted : .unknown
            facts.kind = kind
            facts.subject = subject
            facts.digest = "digest-\(position)"
            documents[position] = facts
        }
        let store = index.store
        return (EvidenceContents.textPlan(in: store, pack: pack, documents: documents, units: false),
                { path in store.records.indices.first { store.path(at: $0) == path }! })
    }

    /// "scan0001.pdf" names no kind, but its text states a Peraturan Wali Kota: the
    /// subject check reads its TENTANG, so the plan goes by the effective kinds, not the name.
    @Test func aDocumentCountedByTheKindItsTextStatesIsPlanned() throws {
        let (plan, position) = try Self.plan(["01 Kebijakan Arsitektur/scan0001.pdf", "Lain-lain/scan0002.pdf"], kind: "perkada")
        #expect(plan.texts.contains { $0.position == position("01 Kebijakan Arsitektur/scan0001.pdf") && $0.body })
        // Outside every indicator no check reads it.
        #expect(!plan.texts.contains { $0.position == position("Lain-lain/scan0002.pdf") })
        // Indicator 1's `proven-by` is asked of its enacted text layers.
        #expect(plan.proofs.contains { $0.position == position("01 Kebijakan Arsitektur/scan0001.pdf") })
    }

    /// A document no text-reading requirement of its indicator can take holds no text.
    @Test func aDocumentOfNoWantedKindIsNotPlanned() throws {
        let (plan, _) = try Self.plan(["01 Kebijakan Arsitektur/scan0001.pdf"])
        #expect(plan.texts.isEmpty)
    }

    /// A TENTANG read from the text settles the subject: only the head is kept.
    @Test func aStatedSubjectNeedsNoBody() throws {
        let (plan, position) = try Self.plan(["01 Kebijakan Arsitektur/Perwali Arsitektur SPBE.pdf"], kind: "perkada", subject: "ARSITEKTUR SPBE")
        let planned = try #require(plan.texts.first { $0.position == position("01 Kebijakan Arsitektur/Perwali Arsitektur SPBE.pdf") })
        #expect(!planned.body)
    }

    /// A document with no digest has no text to hold (settled by its bytes, or too large).
    @Test func aDocumentWithoutADigestHasNoText() throws {
        let pack = try RulePackLoader().load(reference: "spbe-2020")
        let index = EvidenceScanner(pack: pack).index(listing: [GitIndex.Entry(path: "01 Kebijakan Arsitektur/Perwali Arsitektur.pdf", kind: .file)], root: "/nonexistent/plan") {
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
