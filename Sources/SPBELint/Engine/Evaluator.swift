/// Evaluates every indicator of a pack against one evidence index.
public struct Evaluator: Sendable {
    public var pack: RulePack
    public var configuration: Configuration
    /// `--target`: checks every indicator against this level.
    public var targetOverride: Int?
    /// What reading the candidate files found; `.namesOnly` skips the content checks.
    let contents: EvidenceContents
    /// Compares what documents say with the config (their issuer).
    let analyzer: DocumentAnalyzer
    /// The kinds that mark a file as a draft.
    private var draftMask: UInt64 { pack.catalogue.draftMask }

    /// The evaluation year ("N tahun terakhir"): the config's `year:`, else the run's date.
    let evaluationYear: Int

    public init(pack: RulePack, configuration: Configuration = Configuration(), targetOverride: Int? = nil, contents: EvidenceContents = .namesOnly, context: RunContext) {
        self.pack = pack
        self.configuration = configuration
        self.evaluationYear = context.evaluationYear(configuration)
        self.targetOverride = targetOverride
        self.contents = contents
        self.analyzer = DocumentAnalyzer(catalogue: pack.catalogue)
    }

    public func evaluate(_ index: EvidenceIndex) -> [IndicatorResult] {
        // Byte-identical copies are one piece of evidence: three copies of one screenshot do
        // not meet "min 3". Each copy points at the first of its group.
        var copyOf: [Int: Int] = [:]
        for group in contents.duplicateGroups {
            for position in group.dropFirst() { copyOf[position] = group[0] }
        }
        let indicators = pack.indicators.sorted { $0.number < $1.number }
        // Indicators are judged independently (each reads only its own files and the
        // read-only contents), so they are judged on every core: on 100k files the
        // evaluation was a fifth of a names-only run, on one core (#28).
        var results = [IndicatorResult?](repeating: nil, count: indicators.count)
        let copies = copyOf
        ParallelChunks.fill(&results, chunks: indicators.count) { range, put in
            for position in range {
                put(position, evaluate(indicators[position], files: index.files(for: indicators[position].id), copyOf: copies))
            }
        }
        return results.map { $0! }
    }

    func evaluate(_ indicator: Indicator, files: EvidenceFiles, copyOf: [Int: Int] = [:]) -> IndicatorResult {
        let settings = configuration.indicators[indicator.id]
        let confirmed = settings?.confirmed ?? 0
        let floor = pack.framework.floor

        var checks: [Int: ContentCheck?] = [:]
        func unconfirmedGates(upTo level: Int) -> [ManualGate] {
            indicator.levels.compactMap { definition in
                guard definition.level <= level, definition.level > confirmed, let text = definition.manual else { return nil }
                if checks[definition.level] == nil { checks[definition.level] = contentCheck(definition) }
                let check = checks[definition.level] ?? nil
                if check?.proves == true { return nil }
                return ManualGate(level: definition.level, text: text, closest: check)
            }
        }
        // The level's `proven-by`: among the documents already counted for its
        // requirements, an enacted one of the instansi of the right kind whose whole text
        // layer names every topic. A scan's body is not OCR'd, so it never proves this.
        func contentCheck(_ definition: LevelDefinition) -> ContentCheck? {
            guard let proof = definition.proof, !contents.documents.isEmpty else { return nil }
            let mask = proof.kinds.reduce(UInt64(0)) { $0 | pack.catalogue.bit($1) }
            var best: ContentCheck?
            var seen = Set<Int>()
            for status in statuses(for: definition.level) {
                let counted = status.matchedFiles
                for slot in counted.indices {
                    let position = counted.position(slot)
                    guard seen.insert(position).inserted, let document = contents.documents[position],
                          document.unreadable == nil, document.source == .textLayer, document.status == .enacted,
                          analyzer.issuedBy(configuration.instansi, document) != false else { continue }
                    let kinds = document.kind.map { pack.catalogue.bit($0) } ?? counted.record(slot).kindMask
                    guard kinds & mask != 0 else { continue }
                    let missing = contents.documentTexts?.missing(proof, at: position) ?? proof.topics
                    let check = ContentCheck(level: definition.level, path: counted.path(slot), missing: missing.map(\.name),
                                             named: proof.topics.filter { !missing.contains($0) }.map(\.name), times: proof.times)
                    if best == nil || check.missing.count < best!.missing.count { best = check }
                }
            }
            return best
        }
        let effective = effectiveFiles(files)
        // A requirement's status depends only on the files, so each is computed once,
        // not once per level that inherits it.
        var cache: [String: RequirementStatus] = [:]
        func statuses(for level: Int) -> [RequirementStatus] {
            indicator.requirements(for: level).map { entry in
                let key = "\(entry.level)/\(entry.requirement.id)"
                if let known = cache[key] { return known }
                let computed = status(of: entry.requirement, declaredAt: entry.level, files: files, copyOf: copyOf, effective: effective)
                cache[key] = computed
                return computed
            }
        }

        // Counted one requirement at a time, a file could fill several; the level stands only
        // if every requirement up to it can be filled at once (`SlotMatching`).
        func matched(_ list: [RequirementStatus]) -> [RequirementStatus] {
            let shared = list.indices.filter { !list[$0].requirement.distinctYears }
            guard shared.count > 1 else { return list }
            // More candidates than all minimums together never change the answer.
            let total = shared.reduce(0) { $0 + list[$1].requirement.minimum }
            let demands = shared.map { index -> SlotMatching.Demand in
                let status = list[index]
                var seen = Set<Int>()
                var candidates: [(file: Int, kinds: UInt64)] = []
                let wanted = self.wanted(status.requirement)
                for slot in status.matchedFiles.indices {
                    if candidates.count >= total { break }
                    let position = status.matchedFiles.position(slot)
                    let file = copyOf[position] ?? position
                    // A matched file with none of the wanted kinds is there by its butir code.
                    let kinds = status.matchedFiles.record(slot).kindMask
                    if seen.insert(file).inserted { candidates.append((file, kinds & wanted == 0 ? kinds | wanted : kinds)) }
                }
                return SlotMatching.Demand(minimum: status.requirement.minimum, wanted: wanted, candidates: candidates)
            }
            var result = list
            for (index, assigned) in zip(shared, SlotMatching.assign(demands)) {
                result[index].count = min(result[index].count, assigned)
            }
            return result
        }

        var evidenceLevel = floor
        for level in 1...5 {
            let each = statuses(for: level)
            guard each.allSatisfy(\.isMet), matched(each).allSatisfy(\.isMet), unconfirmedGates(upTo: level).isEmpty else { break }
            evidenceLevel = max(evidenceLevel, level)
        }

        var supported = evidenceLevel
        var value = Double(evidenceLevel)
        var external: ExternalStatus?
        if let scoring = indicator.external {
            // Assessors score an indicator with no index value at 1 (reference §3.3).
            let (indexValue, beyond) = settings?.index.map { scoring.value(for: $0) } ?? (Double(floor), false)
            let indexLevel = max(floor, settings?.index.map { scoring.level(for: $0) } ?? Int(indexValue.rounded(.down)))
            external = ExternalStatus(index: scoring.index, indexValue: settings?.index, level: indexLevel, aboveKnownBands: beyond)
            supported = min(evidenceLevel, indexLevel)
            value = min(Double(evidenceLevel), indexValue)
        }

        // An indicator scored only from another agency's index has nothing to upload:
        // by default its target is what the index gives, so it does not show as a gap.
        let purelyExternal = indicator.external != nil && indicator.levels.allSatisfy { $0.requirements.isEmpty && $0.manual == nil }
        let next = purelyExternal ? supported : min(5, supported + 1)
        // What each unusable file failed, under the first requirement (in id order) that
        // found it: the report lists every file once.
        var problems: [String: [EvidenceInspector.Problem]] = [:]
        for key in cache.keys.sorted() {
            let status = cache[key]!
            let policy = status.requirement.quality ?? pack.quality
            for offset in 0..<status.unusableFiles.count {
                let path = status.unusableFiles.path(offset)
                guard problems[path] == nil else { continue }
                problems[path] = contents.problems(at: status.unusableFiles.position(offset), in: status.unusableFiles.store, policy: policy)
            }
        }
        var duplicateOf: [String: String] = [:]
        if !copyOf.isEmpty {
            for index in files.indices {
                if let original = copyOf[files.position(index)] { duplicateOf[files.path(index)] = files.store.path(at: original) }
            }
        }
        let wanted = targetOverride ?? settings?.target ?? settings?.claim ?? configuration.target ?? next
        let target = min(5, max(1, wanted))
        return IndicatorResult(
            indicator: indicator, files: files, supportedLevel: supported, value: value, targetLevel: target,
            claimedLevel: settings?.claim, requirements: matched(statuses(for: target)), manualGates: unconfirmedGates(upTo: target),
            external: external, folder: Self.folder(of: files), service: settings?.service, problems: problems,
            provenByContent: (1...target).compactMap { checks[$0] ?? nil }.filter { $0.proves && $0.level > confirmed },
            confirmedAgainstText: indicator.levels.filter { $0.level <= confirmed && $0.proof != nil }.compactMap { contentCheck($0) }.filter { !$0.proves },
            duplicateOf: duplicateOf
        )
    }

    /// Whether a file of `kinds` can meet `requirement` only through its text: it must be
    /// enacted, show or cover something, be about a subject or from an issuer the pack names,
    /// or be issued by the instansi (with an instansi configured). A document whose text was not read never meets such a requirement.
    func textDecides(_ requirement: Requirement, kinds: UInt64) -> Bool {
        if requirement.enacted || requirement.shows != nil || requirement.coversUnits || requirement.subject != nil || requirement.issuers != nil { return true }
        guard configuration.instansi != nil else { return false }
        return pack.catalogue.names(kinds).contains { analyzer.ownIssuer.contains($0) }
    }

    /// The kinds that can meet a requirement, as bits. A ministry's regulation is never
    /// a Pemda's own policy, whatever the requirement lists for instansi pusat.
    func wanted(_ requirement: Requirement) -> UInt64 {
        pack.catalogue.mask(requirement.kinds) & (pemda ? ~pack.catalogue.pusatMask : ~0)
    }

    /// The config says a Pemda (`instansi-type`).
    var pemda: Bool { configuration.instansiType == .pemerintahDaerah }

    /// Whether a requirement's `issuer:` list takes a document of `role`: the kepala
    /// daerah is a Pemda's head ("Keputusan Pimpinan Instansi"), a minister a ministry's.
    func accepts(_ issuers: [String], _ role: DocumentAnalyzer.IssuerRole) -> Bool {
        IssuerRoleCheck.verdict(.init(issuers: issuers, role: role, instansiType: configuration.instansiType)).isMet
    }

    /// Each file of `files` as the checks judge it (none when no document was read: the
    /// records are then the whole story).
    func effectiveFiles(_ files: EvidenceFiles) -> [EffectiveFile] {
        guard !contents.documents.isEmpty else { return [] }
        return files.indices.map { index in
            let position = files.position(index)
            return EffectiveFile(record: files.store.records[position], document: contents.documents[position], ext: { files.store.ext(at: position) }, pack: pack)
        }
    }

    func status(of requirement: Requirement, declaredAt level: Int, files: EvidenceFiles, copyOf: [Int: Int] = [:], effective known: [EffectiveFile]? = nil) -> RequirementStatus {
        let effective = known ?? effectiveFiles(files)
        // The store's own records, read through the indicator's positions: a copy of them per
        // indicator was 4.8 MB of memmove on 100k files (#28).
        let records = files.store.records
        let wanted = self.wanted(requirement)
        var matched: [Int32] = []
        var rejected: [Int32] = []
        var near: [Int32] = []
        var stale: [Int32] = []
        var unusable: [Int32] = []
        var drafts: [Int32] = []
        var refuted: [ContentRejection] = []
        var years: Set<Int> = []
        let policy = requirement.quality ?? pack.quality
        let year = evaluationYear
        for index in 0..<files.count {
            // Most files are of other kinds: the record's bits decide before any String exists.
            let position = files.position(index)
            let named = records[position]
            // What the document says outranks its name (`EffectiveFile`, made once per file):
            // the kind its first page states, a draft that is marked or unsigned, the plan
            // its TENTANG enacts. A document read only in part is judged on the pages read.
            var file: EffectiveFile? = effective.isEmpty ? nil : effective[index]
            var record = file?.record ?? named
            // "I8-L1-01 Kerangka Tata Kelola PDP.pdf" is item I8-L1-01, whatever its words say.
            if named.kindMask & wanted == 0, requirement.mayFill(kindMask: named.kindMask, wanted: wanted, name: { files.store.name(at: position) }) {
                var coded = named
                coded.kindMask |= wanted
                if let known = file {
                    file = EffectiveFile(record: coded, document: known.isRead ? contents.documents[position] : nil, ext: { files.store.ext(at: position) }, pack: pack)
                    record = file!.record
                } else {
                    record = coded
                }
            }
            // A file neither of the wanted kinds, nor near them, nor refused by its text, is
            // none of this requirement's business: it leaves before any document facts are
            // fetched. Every branch below needs one of these (#28: an empty `DocumentFacts?`
            // was copied 570,000 times per names-only run on 100k files).
            if record.kindMask & wanted == 0, record.nearKindMask & wanted == 0, requirement.reject == nil,
               file?.contradicts(wanted) != true {
                continue
            }
            // The document's facts only for a file the requirement may take (or refuse by
            // its text): most files of an indicator are of other kinds.
            let document = file.map { $0.isRead && ($0.contradicts(wanted) || record.kindMask & wanted != 0) } == true ? contents.documents[position] : nil
            // The title that may name the refused substitute (a read document whose kind fits).
            var title: String?
            if let file, let document {
                // An invitation named like a Perwali: the name's kind, taken away by the text.
                if file.contradicts(wanted), let stated = document.kind {
                    let namedKind = pack.catalogue.names(file.named & wanted).first ?? ""
                    refuted.append(ContentRejection(path: files.path(index), reason: .otherKind(named: namedKind, stated: stated, title: document.title ?? "")))
                    continue
                }
                if record.kindMask & wanted != 0 {
                    // Fail closed: what a text would have to show is never taken from its name,
                    // and a document whose text was not read says so (not "not enacted").
                    // (A damaged or blank PDF, or one over the upload limit, is already an
                    // unusable file, and says so.)
                    if let failure = document.unreadable, failure.isIllegible || textDecides(requirement, kinds: record.kindMask & wanted),
                       !(failure.isDamage || failure == .tooLarge) || contents.problems(at: files.position(index), in: files.store, policy: policy).isEmpty {
                        refuted.append(ContentRejection(path: files.path(index), reason: .notRead(failure)))
                        continue
                    }
                    // Counted only as a regulation or decision: it must show it was enacted.
                    let asRegulation = record.kindMask & wanted & ~pack.catalogue.enactableMask == 0
                    // A draft by name whose text is silent, or a text not read: `EnactmentCheck`
                    // leaves them to the name's draft check and the fail-closed check above.
                    if case .notMet(let why) = EnactmentCheck.verdict(.init(
                        required: requirement.enacted, asRegulation: asRegulation, status: document.status, draftByName: record.kindMask & draftMask != 0,
                        read: document.unreadable == nil, statusEvidence: document.statusEvidence, lacks: document.lacks)) {
                        let reason: ContentRejection.Reason
                        switch why {
                        case .draftMarked(let mark): reason = .draftMarked(mark)
                        case .draftUnsigned(let lacks): reason = .draftUnsigned(lacks)
                        case .notEnacted(let lacks): reason = .notEnacted(lacks)
                        }
                        refuted.append(ContentRejection(path: files.path(index), reason: reason))
                        continue
                    }
                    // Another region's document is never this instansi's; a ministry's
                    // regulation matters only where the file counts as a regulation (a report
                    // citing a Perpres on its cover is still the instansi's report).
                    if analyzer.issuedBy(configuration.instansi, document, pemda: pemda) == false,
                       asRegulation || DocumentAnalyzer.role(of: document.issuer) != .pusat {
                        refuted.append(ContentRejection(path: files.path(index), reason: .otherIssuer(document.issuer ?? "")))
                        continue
                    }
                    if asRegulation, let issuers = requirement.issuers, let role = DocumentAnalyzer.role(of: document.issuer),
                       !accepts(issuers, role) {
                        refuted.append(ContentRejection(path: files.path(index), reason: .otherRole(issuer: document.issuer ?? "", role: role.rawValue, accepted: issuers)))
                        continue
                    }
                    if record.yearValue == nil, let tahun = document.tahun { record.year = Int16(clamping: tahun) }
                    // "Hanya audit dalam kurun 2 tahun terakhir": the asesor reads when the
                    // report was signed, not the year its file name claims.
                    if requirement.datedByText, let maxAge = requirement.maxAgeYears, document.unreadable == nil, let dated = document.dated {
                        record.year = Int16(clamping: dated)
                        if !YearWindowCheck.verdict(.init(year: dated, maxAgeYears: maxAge, distinctYears: requirement.distinctYears, evaluationYear: year)).isMet {
                            refuted.append(ContentRejection(path: files.path(index), reason: .textDated(dated, maxAge)))
                            continue
                        }
                    }
                    // "IKASANDI 2025.pdf" whose title reads "INDEKS KAMI …": the substitute the
                    // asesor refuses, named as the real thing.
                    if requirement.reject != nil { title = contents.documentTexts?.texts(at: files.position(index)).head }
                    if let shows = requirement.shows {
                        let head = contents.documentTexts?.texts(at: files.position(index)).head ?? ""
                        if case .notMet(let why) = ScreenCheck.verdict(.init(text: head, shows: shows, instansi: configuration.instansi)) {
                            let reason: ContentRejection.Reason
                            switch why {
                            case .notShown(let name): reason = .notShown(name)
                            case .signInPage(let name): reason = .signInPage(name)
                            case .otherAccount(let other): reason = .otherIssuer(other)
                            }
                            refuted.append(ContentRejection(path: files.path(index), reason: reason))
                            continue
                        }
                    }
                }
            }
            // A regulation or SK counts only for what it is about: its TENTANG, else its name.
            if let subject = requirement.subject, record.kindMask & wanted != 0,
               record.kindMask & wanted & ~(pack.catalogue.enactableMask | draftMask) == 0 {
                let position = files.position(index)
                let stated = document.flatMap { $0.unreadable == nil ? $0.subject : nil }
                // The stem straight from the store, and only for a name that may state a
                // subject: a whole EvidenceFile per file and requirement was a tenth of a
                // names-only evaluation (#28).
                let stem = stated == nil && files.store.withName(at: position, SubjectCheck.mayStateSubject) ? files.store.stem(at: position) : nil
                let texts = contents.documentTexts
                let input = SubjectCheck.Input(subject: subject, stated: stated, stem: stem, text: {
                    guard document != nil, let read = texts?.texts(at: position) else { return nil }
                    return read.head + "\n" + read.body
                })
                if case .notMet(.otherSubject(let about)) = SubjectCheck.verdict(input) {
                    refuted.append(ContentRejection(path: files.path(index), reason: .otherSubject(stated: about, wanted: subject.name)))
                    continue
                }
            }
            guard record.kindMask & wanted != 0 || record.nearKindMask & wanted != 0 || requirement.reject != nil else { continue }
            let slot = Int32(index)
            if record.kindMask & wanted != 0 {
                if requirement.enacted && record.kindMask & draftMask != 0 {
                    drafts.append(slot)
                } else if let reject = requirement.reject, !SubstituteCheck.verdict(.init(
                    reject: reject, stem: files.store.stem(at: files.position(index)), title: title, wanted: requirement.kinds.flatMap { pack.kinds[$0]?.keywords ?? [] })).isMet {
                    rejected.append(slot)
                } else if !YearWindowCheck.verdict(.init(year: record.yearValue, maxAgeYears: requirement.maxAgeYears,
                                                          distinctYears: requirement.distinctYears, evaluationYear: year)).isMet {
                    stale.append(slot)
                } else if !contents.problems(at: files.position(index), in: files.store, policy: policy).isEmpty {
                    unusable.append(slot)
                } else {
                    matched.append(slot)
                    if requirement.distinctYears, let year = record.yearValue { years.insert(year) }
                }
            } else if record.nearKindMask & wanted != 0 {
                near.append(slot)
            } else if let reject = requirement.reject, !SubstituteCheck.verdict(.init(reject: reject, stem: files.store.stem(at: files.position(index)), title: nil, wanted: [])).isMet {
                // "Hasil Indeks KAMI 2023.pdf" is not named like IKASANDI at all, but it is
                // exactly the substitute the assessors reject: say so instead of staying silent.
                rejected.append(slot)
            }
        }
        // "Seluruh unit kerja/perangkat daerah": the matched documents, together, must name
        // every configured unit. Unread or unreadable texts prove nothing, so they name none.
        var missingUnits: [String] = []
        if requirement.coversUnits, !configuration.units.isEmpty, contents.documentsRead {
            let texts = matched.compactMap { slot -> String? in
                let position = files.position(Int(slot))
                guard let document = contents.documents[position], document.unreadable == nil else { return nil }
                // The pages in between too: an attendance list goes on for pages.
                let texts = contents.documentTexts?.texts(at: position)
                return (texts?.head ?? "") + "\n" + (texts?.body ?? "")
            }
            if case .notMet(.missing(let units)) = CoverageCheck.verdict(.init(texts: texts, units: configuration.units)) { missingUnits = units }
        }
        return RequirementStatus(
            requirement: requirement, declaredAt: level, matchedFiles: files.subset(matched), nearMissFiles: files.subset(near),
            rejectedFiles: files.subset(rejected), staleFiles: files.subset(stale), unusableFiles: files.subset(unusable),
            draftFiles: files.subset(drafts), contentRejections: refuted,
            count: requirement.distinctYears ? years.count
                : copyOf.isEmpty ? matched.count : Set(matched.map { copyOf[files.position(Int($0))] ?? files.position(Int($0)) }).count,
            missingUnits: missingUnits
        )
    }

    /// The folder holding the indicator's evidence: the indicator folder the walk found
    /// (the first in path order when an indicator has several).
    static func folder(of files: EvidenceFiles) -> String? {
        files.firstIndicatorFolder
    }
}
