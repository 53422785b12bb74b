import Foundation

/// The texts behind the facts that the checks read, resolved in the read phase and
/// frozen: each planned document's head (its first pages and last page) and body (the
/// pages in between), and each `proven-by` answer. The evaluation reads these and nothing
/// else: no cache handle, no lazily loaded text, no write while verdicts are made (#22).
/// Which documents are planned follows `Requirement.mayFill`, the predicate the
/// evaluator uses to pick a requirement's files; a document it asks about that was not
/// planned has no text, so nothing is proven by it (fail closed).
struct DocumentTexts: Sendable {
    struct Texts: Sendable {
        var head = ""
        var body = ""
    }

    /// By store position.
    private let texts: [Int: Texts]
    /// By store position, then `ContentProof.question`: the indices of the topics missing.
    private let answers: [Int: [String: [Int]]]

    init(texts: [Int: Texts], answers: [Int: [String: [Int]]] = [:]) {
        self.texts = texts
        self.answers = answers
    }

    /// The texts of the document at `position` (empty when it has none, or none was kept).
    func texts(at position: Int) -> Texts {
        texts[position] ?? Texts()
    }

    /// The topics of `proof` that the document at `position` names too rarely: all of
    /// them when it was never asked.
    func missing(_ proof: ContentProof, at position: Int) -> [ContentProof.Topic] {
        guard let indices = answers[position]?[proof.question], indices.allSatisfy(proof.topics.indices.contains) else { return proof.topics }
        return indices.map { proof.topics[$0] }
    }

    /// Resolves the plan: the texts of `textPositions` (read this run, else from the
    /// cache by digest; the body only where `body` asks for it), and for each `proofs`
    /// entry the answer (the cache's, else worked out from the whole text and remembered
    /// there for the next run).
    static func resolve(textPositions: [(position: Int, body: Bool)], proofs: [(position: Int, proof: ContentProof)], documents: [Int: DocumentFacts],
                        read: [Int: Texts], cache: DocumentCache?) -> DocumentTexts {
        func whole(_ position: Int) -> Texts {
            if let known = read[position] { return known }
            return documents[position]?.digest.flatMap { cache?.text(forDigest: $0) }.map { Texts(head: $0.head, body: $0.body) } ?? Texts()
        }
        var texts: [Int: Texts] = [:]
        for (position, body) in textPositions where documents[position] != nil {
            var text = whole(position)
            if !body { text.body = "" }
            texts[position] = text
        }
        var answers: [Int: [String: [Int]]] = [:]
        for (position, proof) in proofs {
            guard let document = documents[position] else { continue }
            let question = proof.question
            guard answers[position]?[question] == nil else { continue }
            if let digest = document.digest, let cache, let answer = cache.answer(question, digest: digest) {
                let indices = answer.split(separator: ",").compactMap { Int($0) }
                if indices.allSatisfy(proof.topics.indices.contains) {
                    answers[position, default: [:]][question] = indices
                    continue
                }
            }
            let text = whole(position)
            var indices: [Int] = []
            if case .notMet(.missing(let names)) = ProofCheck.verdict(.init(proof: proof, text: text.head + "\n" + text.body)) {
                indices = proof.topics.indices.filter { names.contains(proof.topics[$0].name) }
            }
            answers[position, default: [:]][question] = indices
            if let digest = document.digest, let cache {
                cache.store(answer: indices.map(String.init).joined(separator: ","), to: question, digest: digest)
            }
        }
        cache?.save()
        return DocumentTexts(texts: texts, answers: answers)
    }
}
