import Foundation

/// The texts behind the facts: each document's head (its first pages and last page) and
/// body (the pages in between), which only `covers: opd` and a level's `proven-by` read.
/// Texts read in this run are held here; on a warm run they stay in the cache until a
/// check asks, and a `proven-by` answer is remembered there too, so a warm run of a
/// tree whose checks were answered before reads no text at all.
final class DocumentTexts: @unchecked Sendable {
    struct Texts: Sendable {
        var head = ""
        var body = ""
    }

    private let lock = NSLock()
    private var texts: [Int: Texts]
    private let cache: DocumentCache?

    init(texts: [Int: Texts], cache: DocumentCache?) {
        self.texts = texts
        self.cache = cache
    }

    /// The texts of the document at `position` (empty when they are gone from the cache).
    func texts(of document: DocumentFacts, at position: Int) -> Texts {
        lock.lock()
        let known = texts[position]
        lock.unlock()
        if let known { return known }
        guard let text = document.digest.flatMap({ cache?.text(forDigest: $0) }) else { return Texts() }
        let loaded = Texts(head: text.head, body: text.body)
        lock.lock()
        texts[position] = loaded
        lock.unlock()
        return loaded
    }

    /// The topics of `proof` that the document at `position` (head and body) names too
    /// rarely.
    func missing(_ proof: ContentProof, in document: DocumentFacts, at position: Int) -> [ContentProof.Topic] {
        let question = proof.question
        if let digest = document.digest, let cache, let answer = cache.answer(question, digest: digest) {
            let indices = answer.split(separator: ",").compactMap { Int($0) }
            if indices.allSatisfy(proof.topics.indices.contains) { return indices.map { proof.topics[$0] } }
        }
        let texts = texts(of: document, at: position)
        let missing = proof.missing(in: texts.head + "\n" + texts.body)
        if let digest = document.digest, let cache {
            let indices = proof.topics.indices.filter { index in missing.contains(proof.topics[index]) }
            cache.store(answer: indices.map(String.init).joined(separator: ","), to: question, digest: digest)
        }
        return missing
    }

    /// Writes what the checks learnt to the cache.
    func save() {
        cache?.save()
    }
}
