/// What reading the evidence files found, frozen before the evaluation starts: the facts
/// of every file that could count (size, first bytes, a PDF's ending) and the groups of
/// byte-identical copies among them. A value: the evaluation and every finding pass
/// read it, nothing fills it as a side effect, and each file was read at most once.
public struct EvidenceContents: Sendable {
    public typealias Problem = EvidenceInspector.Problem

    /// False under `--names-only`: only the checks a name allows.
    let readsContents: Bool
    /// By store position; nil for a file that was not read.
    let facts: [EvidenceInspector.Facts?]
    /// Groups of identical copies as store positions, each in path order.
    let duplicateGroups: [[Int]]
    /// What the documents among the candidates say (by store position): empty under
    /// `--names-only`, in git modes, and in a build without the `Contents` trait.
    var documents: [Int: DocumentFacts] = [:]
    var documentStatistics = DocumentExtraction.Statistics()
    /// The documents' texts, for `proven-by` and `covers: opd` (nil when none were read).
    var documentTexts: DocumentTexts?
    /// Whether document texts were read at all (the report says when they were not).
    var documentsRead = false

    init(readsContents: Bool, facts: [EvidenceInspector.Facts?], duplicateGroups: [[Int]]) {
        self.readsContents = readsContents
        self.facts = facts
        self.duplicateGroups = duplicateGroups
    }

    /// Nothing read: names only.
    public static let namesOnly = EvidenceContents(readsContents: false, facts: [], duplicateGroups: [])

    /// The files the evaluation may ask about: in an indicator, and of some kind by
    /// name, or named with a requirement's butir code ("I8-L1-01.pdf" has no kind word).
    static func candidates(in store: EvidenceStore, pack: RulePack) -> [Int] {
        let codes = pack.indicators.flatMap { $0.levels.flatMap { $0.requirements.compactMap(\.code) } }
        return store.records.indices.filter { position in
            let record = store.records[position]
            guard record.hasIndicator else { return false }
            if record.kindMask != 0 { return true }
            guard !codes.isEmpty else { return false }
            let name = store.name(at: position)
            return codes.contains { $0.names(name) }
        }
    }

    /// Reads the candidates of `index` (from disk, or from git's objects in git modes:
    /// `objects` gives each indexed file's object id by path). With `documents` on (the
    /// default run of a build with the `Contents` trait), the PDFs among them are read for
    /// their text too, through the cache in the context's `XDG_CACHE_HOME`, on the same
    /// open (disk) or from the same stream of the blob (git) as their facts.
    static func read(_ index: EvidenceIndex, pack: RulePack, readsContents: Bool,
                     objects: [String: String]? = nil,
                     documents: Bool = false, units: Bool = false, context: RunContext? = nil,
                     progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> EvidenceContents {
        guard readsContents else { return .namesOnly }
        var candidates = candidates(in: index.store, pack: pack)
        // Git modes read the documents' texts from git's objects, like every other byte
        // they judge: a hook must not pass a "Perwali" that is an invitation.
        let readsDocuments = documents && ContentsSupport.available
        if readsDocuments {
            // Kind-less PDFs in an indicator folder ("scan0001.pdf") are read too: their
            // text may prove what their name does not.
            let known = Set(candidates)
            candidates += index.store.records.indices.filter { position in
                index.store.records[position].hasIndicator && !known.contains(position) && DocumentReader.reads(extension: index.store.ext(at: position))
            }
        }
        // Images only where a requirement asks what its files show: never every photo.
        let images = readsDocuments ? Set(imagesToRead(in: index.store, pack: pack)) : []
        if !images.isEmpty {
            let known = Set(candidates)
            candidates += images.filter { !known.contains($0) }.sorted()
        }
        guard readsDocuments else {
            guard let objects else { return EvidenceInspector(root: index.root).contents(of: candidates, in: index.store, policy: pack.quality).contents }
            let facts = try readBlobs(candidates, objects: objects, wanted: [], index: index, extraction: nil, wholeBody: []).facts
            return EvidenceInspector(root: index.root, objects: facts).contents(of: candidates, in: index.store, policy: pack.quality).contents
        }
        let analyzer = DocumentAnalyzer(catalogue: pack.catalogue)
        let cache = context.flatMap { DocumentCache(environment: $0.environment, evidenceRoot: index.root, analyzer: analyzer.fingerprint) }
        var extraction = DocumentExtraction(root: index.root, analyzer: analyzer, cache: cache)
        extraction.progress = progress
        if let limits = context?.documentLimits { extraction.limits = limits }
        if let command = context?.documentWorker {
            extraction.readers = DocumentWorkerPool(command: command, environment: context?.environment ?? [:], limits: extraction.limits)
        } else if let inProcess = context?.inProcessReader {
            extraction.readers = inProcess(extraction.limits)
        }
        defer { extraction.readers?.finish() }
        // With the config's opd list, the documents a `covers: opd` requirement may count
        // have their scanned pages in between OCR'd: an attendance list signs on every page.
        // So do the scanned regulations an `enacted: true` requirement may count: their
        // signature block stands before the Lampiran, on a page in between (#23).
        let wholeBody = Set((units ? coverageDocuments(in: index.store, pack: pack) : []) + enactedDocuments(in: index.store, pack: pack))
        var wanted = [Bool](repeating: false, count: index.store.records.count)
        for position in candidates where DocumentExtraction.isDocument(position, in: index.store, images: images) { wanted[position] = true }
        var contents: EvidenceContents
        let result: DocumentExtraction.Result
        if let objects {
            let read = try readBlobs(candidates, objects: objects, wanted: wanted, index: index, extraction: extraction, wholeBody: wholeBody)
            contents = EvidenceInspector(root: index.root, objects: read.facts).contents(of: candidates, in: index.store, policy: pack.quality).contents
            result = read.documents
        } else {
            // On the disk, each document is read on the open its facts came from.
            let handoff = extraction.handoff(wanted: wanted, in: index.store, wholeBody: wholeBody)
            let read = EvidenceInspector(root: index.root).contents(of: candidates, in: index.store, policy: pack.quality, handoff: handoff)
            contents = read.contents
            result = extraction.collect(read.documents)
        }
        contents.documents = result.facts
        contents.documentStatistics = result.statistics
        let plan = textPlan(in: index.store, pack: pack, documents: result.facts, units: units)
        contents.documentTexts = DocumentTexts.resolve(textPositions: plan.texts, proofs: plan.proofs, documents: result.facts, read: result.texts, cache: cache)
        contents.documentsRead = true
        contents.documentStatistics.workers = extraction.readers?.processesStarted ?? 0
        return contents
    }

    /// The documents whose texts the checks may read, and the `proven-by` questions each
    /// may be asked, by the evaluator's own test: a read document of the indicator whose
    /// effective kinds (`EffectiveFile`: its name, the kind its text states, what its
    /// TENTANG carries) or butir code (`Requirement.mayFill`) fit a requirement that reads
    /// a text. Only the head for `reject` and `shows` (the first page), the body too for
    /// `covers: opd` and for a `subject` the text did not state in a TENTANG. A warm run
    /// loads no other text from the cache.
    static func textPlan(in store: EvidenceStore, pack: RulePack, documents: [Int: DocumentFacts], units: Bool)
        -> (texts: [(position: Int, body: Bool)], proofs: [(position: Int, proof: ContentProof)]) {
        var readers: [String: [(requirement: Requirement, mask: UInt64)]] = [:]
        var proofs: [String: [ContentProof]] = [:]
        for indicator in pack.indicators {
            for level in indicator.levels {
                if let proof = level.proof { proofs[indicator.id, default: []].append(proof) }
                for requirement in level.requirements where requirement.reject != nil || requirement.shows != nil || requirement.subject != nil || (requirement.coversUnits && units) {
                    readers[indicator.id, default: []].append((requirement, pack.catalogue.mask(requirement.kinds)))
                }
            }
        }
        var texts: [(position: Int, body: Bool)] = []
        var asked: [(position: Int, proof: ContentProof)] = []
        // A document with no digest has no text anywhere (settled by its bytes, too large):
        // nothing to hold, and nothing it could prove.
        for (position, document) in documents where document.digest != nil {
            let record = store.records[position]
            guard record.hasIndicator else { continue }
            let indicator = store.indicatorIDs[Int(record.indicator)]
            if let requirements = readers[indicator] {
                let kinds = EffectiveFile(record: record, document: document, ext: { store.ext(at: position) }, pack: pack).record.kindMask
                var wanted = false
                var body = false
                for (requirement, mask) in requirements {
                    // (The evaluator narrows `mask` for a Pemda; the wider mask plans more, never less.)
                    guard kinds & mask != 0 || requirement.mayFill(kindMask: record.kindMask, wanted: mask, name: { store.name(at: position) }) else { continue }
                    wanted = true
                    // The subject check reads the whole text where the TENTANG was not stated
                    // (or the text not wholly read).
                    if requirement.coversUnits && units || (requirement.subject != nil && (document.subject == nil || document.unreadable != nil)) { body = true }
                }
                if wanted { texts.append((position, body)) }
            }
            // As the evaluator's `proven-by`: only an enacted text layer can prove it.
            if let wanted = proofs[indicator], document.unreadable == nil, document.source == .textLayer, document.status == .enacted {
                asked += wanted.map { (position, $0) }
            }
        }
        return (texts, asked)
    }

    /// The PNG and JPEG files a `shows:` requirement could count: in its indicator, of
    /// one of its kinds by name.
    static func imagesToRead(in store: EvidenceStore, pack: RulePack) -> [Int] {
        positions(in: store, pack: pack) { $0.shows != nil }.filter { DocumentReader.readsImage(extension: store.ext(at: $0)) }
    }

    /// The files an `enacted: true` requirement could count.
    static func enactedDocuments(in store: EvidenceStore, pack: RulePack) -> [Int] {
        positions(in: store, pack: pack) { $0.enacted }
    }

    /// The files a `covers: opd` requirement could count.
    static func coverageDocuments(in store: EvidenceStore, pack: RulePack) -> [Int] {
        positions(in: store, pack: pack) { $0.coversUnits }
    }

    /// The files in the indicator of a requirement that `wanted` picks that may fill it by
    /// name (`Requirement.mayFill`: one of its kinds, or its butir code), as the evaluator decides.
    private static func positions(in store: EvidenceStore, pack: RulePack, where wanted: (Requirement) -> Bool) -> [Int] {
        var picked: [String: [(requirement: Requirement, mask: UInt64)]] = [:]
        for indicator in pack.indicators {
            for level in indicator.levels {
                for requirement in level.requirements where wanted(requirement) {
                    picked[indicator.id, default: []].append((requirement, pack.catalogue.mask(requirement.kinds)))
                }
            }
        }
        guard !picked.isEmpty else { return [] }
        return store.records.indices.filter { position in
            let record = store.records[position]
            guard record.hasIndicator, let requirements = picked[store.indicatorIDs[Int(record.indicator)]] else { return false }
            // Bits first: most files decide without a String.
            if requirements.contains(where: { record.kindMask & $0.mask != 0 }) { return true }
            return requirements.contains { $0.requirement.mayFill(kindMask: record.kindMask, wanted: $0.mask, name: { store.name(at: position) }) }
        }
    }

    /// Git modes: each candidate's blob streamed once through `git cat-file --batch`, its
    /// facts taken from its first and last bytes and, for a `wanted` document, its whole
    /// bytes kept for its read, so a blob is read once, as a file on disk is opened once.
    /// At most 32 documents' bytes are held at a time (a hundred scans never sit in memory
    /// together). A blob git cannot give (a partial clone) is unreadable, never fine.
    private static func readBlobs(_ candidates: [Int], objects: [String: String], wanted: [Bool], index: EvidenceIndex,
                                  extraction: DocumentExtraction?, wholeBody: Set<Int>)
        throws -> (facts: [String: (facts: EvidenceInspector.Facts, object: String)], documents: DocumentExtraction.Result) {
        let store = index.store
        var facts: [String: (facts: EvidenceInspector.Facts, object: String)] = [:]
        var documents = DocumentExtraction.Result()
        var batch: [Int] = []
        var documentsInBatch = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let paths = batch.map { store.path(at: $0) }
            let ids = paths.map { objects[$0] ?? "" }
            let whole = Set(zip(batch, ids).filter { position, _ in position < wanted.count && wanted[position] }.map(\.1))
            let blobs = try GitObjects.read(ids.filter { !$0.isEmpty }, whole: whole, wholeLimit: extraction?.limits.maxBytes ?? 0, in: index.root)
            var read: [Int] = []
            var bytes: [[UInt8]?] = []
            var oversized: [Int] = []
            for (offset, position) in batch.enumerated() {
                guard let blob = blobs[ids[offset]] else {
                    facts[paths[offset]] = (EvidenceInspector.Facts(), ids[offset])
                    continue
                }
                let isPDF = store.records[position].extLength == 3 && store.ext(at: position) == "pdf"
                let fact = blob.head.withUnsafeBufferPointer { head in
                    blob.tail.withUnsafeBufferPointer { tail in
                        EvidenceInspector.Facts.from(size: blob.size, prefix: head, tail: blob.tail.isEmpty ? nil : tail, isPDF: isPDF)
                    }
                }
                facts[paths[offset]] = (fact, ids[offset])
                if position < wanted.count, wanted[position], EvidenceInspector.DocumentHandoff.reads(fact) {
                    if blob.whole == nil, let extraction, blob.size > Int64(extraction.limits.maxBytes) {
                        oversized.append(position)
                    } else {
                        read.append(position)
                        bytes.append(blob.whole)
                    }
                }
            }
            if let extraction {
                let found = bytes
                for result in [extraction.run(read, in: store, wholeBody: wholeBody) { found[$0] }, extraction.tooLarge(oversized)] {
                    documents.facts.merge(result.facts) { first, _ in first }
                    documents.texts.merge(result.texts) { first, _ in first }
                    documents.statistics.add(result.statistics)
                }
            }
            batch.removeAll(keepingCapacity: true)
            documentsInBatch = 0
        }
        for position in candidates {
            batch.append(position)
            if position < wanted.count, wanted[position] { documentsInBatch += 1 }
            if documentsInBatch == 32 { try flush() }
        }
        try flush()
        return (facts, documents)
    }

    /// Why the file at `position` cannot count under `policy`; empty when it can. A pure
    /// function of the name and the facts read before evaluation.
    func problems(at position: Int, in store: EvidenceStore, policy: QualityPolicy) -> [Problem] {
        var problems: [Problem] = []
        if policy.fileNames {
            let record = store.records[position]
            if record.nameFlags & EvidenceStore.Record.controlCharacters != 0 { problems.append(.controlCharacters) }
            // Characters as people count them: bytes only when the name is ASCII.
            let length = record.nameFlags & EvidenceStore.Record.nonASCII == 0 ? Int(record.nameLength) : store.name(at: position).count
            if length > policy.maxNameLength { problems.append(.nameTooLong(length: length, limit: policy.maxNameLength)) }
        }
        guard readsContents, policy.empty || policy.magic || policy.truncatedPDF || policy.maxSizeMB != nil else { return problems }
        // Every file that can meet a requirement was read (`EvidenceContents.candidates`);
        // one that was not is not there to judge, never silently fine.
        guard let facts = position < self.facts.count ? self.facts[position] : nil else { return problems + [.unreadable] }
        guard facts.readable else { return problems + [facts.vanished ? .vanished : .unreadable] }
        if facts.size == 0 {
            if policy.empty { problems.append(.empty) }
            return problems
        }
        if facts.lfsPointer { return problems + [.lfsPointer] }
        if let limit = policy.maxSizeMB, Double(facts.size) > limit * 1_048_576 {
            problems.append(.tooLarge(bytes: facts.size, limitMB: limit))
        }
        let ext = store.records[position].extLength > 0 ? store.ext(at: position) : ""
        if policy.magic, let signature = EvidenceInspector.signatures[ext], !signature.test(facts) {
            let text = String(decoding: facts.headBytes, as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
            problems.append(text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<!doc") ? .htmlPage : .wrongContent(expected: signature.name))
        } else if policy.truncatedPDF, ext == "pdf", !facts.endsLikePDF {
            problems.append(.truncatedPDF)
        } else if policy.magic, ext == "pdf", let unreadable = documents[position]?.unreadable {
            // It starts and ends like a PDF, but no page can be found in it (the assessors
            // cannot open it either), or its pages show nothing at all.
            if unreadable == .damaged || unreadable == .badCatalog { problems.append(.damagedPDF) }
            if unreadable == .blank || unreadable == .noPages { problems.append(.blankPDF) }
        }
        return problems
    }
}
