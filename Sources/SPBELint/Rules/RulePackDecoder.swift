/// Turns a merged rule-pack tree into a `RulePack`, reporting every problem with
/// its location: wrong types, unknown keys, levels outside 1–5, duplicate ids,
/// unknown kinds, aspects or domains, and weights that do not add up.
final class RulePackDecoder {
    let sink: DiagnosticSink
    let source: String
    /// The pack's `quality:`, the base of every requirement's own.
    var quality = QualityPolicy()

    init(sink: DiagnosticSink, source: String) {
        self.sink = sink
        self.source = source
    }
    static let weightTolerance = 0.001

    func decode(_ node: YAMLNode) -> RulePack? {
        guard let top = MappingReader(node, what: self.sink.messages(.whatPack), sink: sink) else { return nil }
        top.rejectUnknownKeys(allowed: RulePackSchema.decodedKeys)
        if let schema = top.int("schema"), schema != 1 {
            sink.error(.diagSchema, ["schema": schema], at: top.location(of: "schema"))
        }
        let framework = top.node("framework", required: true).flatMap(decodeFramework)
        let kinds = decodeKinds(top.node("kinds"))
        let quality = top.node("quality").map { QualityPolicy.decode($0, base: QualityPolicy(), what: "'quality'", sink: sink) } ?? QualityPolicy()
        self.quality = quality
        let domains = decodeList(top.list("domains") ?? [], what: "domain", decode: decodeDomain)
        let aspects = decodeList(top.list("aspects", required: true) ?? [], what: "aspect", decode: decodeAspect)
        let indicators = decodeIndicators(top.list("indicators", required: true) ?? [], kinds: kinds)
        guard let framework else { return nil }
        checkStructure(framework: framework, domains: domains, aspects: aspects, indicators: indicators, at: node.location)
        var pack = RulePack(framework: framework, domains: domains, aspects: aspects, indicators: indicators, kinds: kinds, source: source)
        pack.quality = quality
        return pack
    }

    // MARK: - Framework

    private func decodeFramework(_ node: YAMLNode) -> Framework? {
        guard let map = MappingReader(node, what: self.sink.messages(.whatFramework), sink: sink) else { return nil }
        map.rejectUnknownKeys(allowed: RulePackSchema.framework.keys)
        let id = map.string("id", required: true)
        let title = map.string("title", required: true)
        var levelNames: [Int: String] = [:]
        if let levels = map.node("levels"), let levelMap = MappingReader(levels, what: self.sink.messages(.whatFrameworkLevels), sink: sink) {
            for key in levelMap.keys {
                guard let level = Int(key), (1...5).contains(level) else {
                    sink.error(.diagLevelRange, ["level": key], at: levelMap.location(of: key))
                    continue
                }
                levelNames[level] = levelMap.string(key)
            }
        }
        var bands: [PredikatBand] = []
        for item in map.list("predikat") ?? [] {
            guard let band = MappingReader(item, what: self.sink.messages(.whatPredikat), sink: sink) else { continue }
            band.rejectUnknownKeys(allowed: RulePackSchema.predikat.keys)
            if let minimum = band.double("min", required: true), let label = band.string("label", required: true) {
                if let previous = bands.last, minimum >= previous.minimum {
                    sink.error(.diagPredikatOrder, ["min": minimum, "previous": previous.minimum], at: item.location)
                }
                bands.append(PredikatBand(minimum: minimum, label: label))
            }
        }
        let floor = map.int("floor") ?? 1
        if !(1...5).contains(floor) {
            sink.error(.diagFloor, ["value": floor], at: map.location(of: "floor"))
        }
        guard let id, let title else { return nil }
        var superseded: (Int, String, String?)?
        if let node = map.node("superseded"), let fields = MappingReader(node, what: "'superseded'", sink: sink) {
            fields.rejectUnknownKeys(allowed: RulePackSchema.superseded.keys)
            if let year = fields.int("from-year", required: true), let by = fields.string("by", required: true) { superseded = (year, by, fields.string("pack")) }
        }
        var framework = Framework(
            id: id, title: title,
            regulation: map.string("regulation") ?? "",
            indexName: map.string("index-name") ?? title,
            levelNames: levelNames, predikat: bands,
            totalWeight: map.double("total-weight") ?? 100,
            floor: floor
        )
        framework.supersededFrom = superseded?.0
        framework.supersededBy = superseded?.1
        framework.supersededPack = superseded?.2
        return framework
    }

    // MARK: - Kinds

    private func decodeKinds(_ node: YAMLNode?) -> [String: EvidenceKind] {
        guard let node, let map = MappingReader(node, what: self.sink.messages(.whatKinds), sink: sink) else { return [:] }
        var kinds: [String: EvidenceKind] = [:]
        for id in map.keys {
            guard let value = map.node(id, required: true),
                  let kind = MappingReader(value, what: self.sink.messages(.whatKind, ["id": id]), sink: sink) else { continue }
            kind.rejectUnknownKeys(allowed: RulePackSchema.kind.keys)
            let keywords = kind.strings("keywords") ?? []
            let extensions = kind.strings("extensions") ?? []
            if keywords.isEmpty && extensions.isEmpty {
                sink.error(.diagKindUnrecognisable, ["id": id], at: value.location)
            }
            kinds[id] = EvidenceKind(
                id: id, name: kind.string("name") ?? id, description: kind.string("description"),
                keywords: keywords, extensions: extensions, location: value.location
            )
            kinds[id]?.yieldsTo = kind.strings("yields-to") ?? []
            kinds[id]?.marksDraft = kind.bool("marks-draft") ?? false
            kinds[id]?.supersedes = kind.strings("supersedes") ?? []
            kinds[id]?.extensionsAlone = (kind.strings("extensions-alone") ?? []).map { $0.lowercased() }
            if let contentNode = kind.node("content"),
               let content = MappingReader(contentNode, what: self.sink.messages(.whatKind, ["id": id]) + " content", sink: sink) {
                content.rejectUnknownKeys(allowed: RulePackSchema.kindContent.keys)
                kinds[id]?.contentTitles = content.strings("titles") ?? []
                if let issuer = content.string("issuer") {
                    if issuer == "instansi" || issuer == "pusat" {
                        kinds[id]?.contentIssuedByInstansi = true
                        kinds[id]?.contentIssuedByPusat = issuer == "pusat"
                    } else {
                        sink.error(.diagContentIssuer, ["value": issuer], at: content.location(of: "issuer"))
                    }
                }
                kinds[id]?.contentEnactable = content.bool("enactable") ?? false
                kinds[id]?.contentCarries = content.strings("carries") ?? []
                kinds[id]?.contentAlone = content.bool("alone") ?? false
            }
        }
        // A file's kinds are a 64-bit mask: a 65th kind would silently never match.
        if kinds.count > KindCatalogue.capacity {
            let extra = kinds.keys.sorted().dropFirst(KindCatalogue.capacity)
            sink.error(.diagTooManyKinds, ["count": kinds.count, "first": extra.first ?? ""], at: extra.first.flatMap { kinds[$0]?.location } ?? node.location)
        }
        for kind in kinds.values {
            for other in kind.yieldsTo + kind.supersedes where kinds[other] == nil {
                sink.error(.diagYieldsUnknown, ["id": kind.id, "other": other, "hint": sink.hint(for: other, in: kinds.keys.sorted())], at: kind.location)
            }
        }
        return kinds
    }

    // MARK: - Structure

    private func decodeList<T>(_ items: [YAMLNode], what: String, decode: (MappingReader) -> T?) -> [T] {
        var seen: [String: SourceLocation] = [:]
        var result: [T] = []
        for item in items {
            let sink = self.sink
            let noun = { sink.messages(MessageKey(family: "what", member: what)) }
            guard var map = MappingReader(item, what: self.sink.messages(.whatItem, ["what": noun()]), sink: sink) else { continue }
            if let id = map.string("id", required: true) {
                map.rename(self.sink.messages(.whatItemId, ["what": noun(), "id": id]))
                if let first = seen[id] {
                    sink.error(.diagDuplicateId, ["what": noun(), "id": id, "line": first.line], at: map.location(of: "id"))
                    continue
                }
                seen[id] = map.location(of: "id")
            }
            if let value = decode(map) { result.append(value) }
        }
        return result
    }

    private func decodeDomain(_ map: MappingReader) -> Domain? {
        map.rejectUnknownKeys(allowed: RulePackSchema.domain.keys)
        guard let id = map.string("id"), let name = map.string("name", required: true),
              let weight = map.double("weight", required: true) else { return nil }
        var domain = Domain(id: id, name: name, weight: weight, location: map.node.location)
        domain.weightLocation = map.location(of: "weight")
        if let levels = map.node("levels"), let names = MappingReader(levels, what: "'levels' of domain '\(id)'", sink: sink) {
            for key in names.keys {
                guard let level = Int(key), (1...5).contains(level) else {
                    sink.error(.diagLevelRange, ["level": key], at: names.location(of: key))
                    continue
                }
                domain.levelNames[level] = names.string(key)
            }
        }
        return domain
    }

    private func decodeAspect(_ map: MappingReader) -> Aspect? {
        map.rejectUnknownKeys(allowed: RulePackSchema.aspect.keys)
        guard let id = map.string("id"), let name = map.string("name", required: true),
              let weight = map.double("weight", required: true) else { return nil }
        var aspect = Aspect(id: id, name: name, domain: map.string("domain"), weight: weight, location: map.node.location)
        aspect.weightLocation = map.location(of: "weight")
        return aspect
    }

    // MARK: - Indicators

    private func decodeIndicators(_ items: [YAMLNode], kinds: [String: EvidenceKind]) -> [Indicator] {
        var numbers: [Int: SourceLocation] = [:]
        let indicators = decodeList(items, what: "indicator") { map -> Indicator? in
            map.rejectUnknownKeys(allowed: RulePackSchema.indicator.keys)
            let id = map.string("id") ?? "?"
            let number = map.int("number", required: true)
            if let number {
                if let first = numbers[number] {
                    sink.error(.diagDuplicateNumber, ["number": number, "line": first.line], at: map.location(of: "number"))
                }
                numbers[number] = map.location(of: "number")
            }
            let levels = map.node("levels", required: true).map { decodeLevels($0, indicator: id, kinds: kinds) } ?? []
            guard let number, let name = map.string("name", required: true),
                  let aspect = map.string("aspect", required: true),
                  let weight = map.double("weight", required: true) else { return nil }
            var indicator = Indicator(id: id, number: number, name: name, aspect: aspect, weight: weight, levels: levels, location: map.node.location)
            indicator.external = map.node("external").flatMap { decodeExternal($0, indicator: id) }
            indicator.weightLocation = map.location(of: "weight")
            indicator.note = map.string("note")
            return indicator
        }
        return indicators
    }

    private func decodeLevels(_ node: YAMLNode, indicator: String, kinds: [String: EvidenceKind]) -> [LevelDefinition] {
        guard let map = MappingReader(node, what: self.sink.messages(.whatLevels, ["id": indicator]), sink: sink) else { return [] }
        var levels: [LevelDefinition] = []
        for key in map.keys {
            guard let level = Int(key), (1...5).contains(level) else {
                sink.error(.diagIndicatorLevelRange, ["level": key, "id": indicator], at: map.location(of: key))
                continue
            }
            guard let value = map.node(key, required: true),
                  let levelMap = MappingReader(value, what: self.sink.messages(.whatLevel, ["level": level, "id": indicator]), sink: sink) else { continue }
            levelMap.rejectUnknownKeys(allowed: RulePackSchema.level.keys)
            let criteria = levelMap.string("criteria", required: true) ?? ""
            let sink = self.sink
            let what = { sink.messages(.whatLevel, ["level": level, "id": indicator]) }
            let items = levelMap.list("requirements") ?? []
            let siblings = items.compactMap { $0.mapping?.first { $0.key.scalar == "id" }?.value.scalar }
            let requirements = decodeList(items, what: "requirement") { req in
                decodeRequirement(req, where: what, kinds: kinds, siblings: siblings)
            }
            levels.append(LevelDefinition(
                level: level, criteria: criteria, requirements: requirements,
                cumulative: levelMap.bool("cumulative") ?? true, manual: levelMap.string("manual"), location: value.location
            ))
            levels[levels.count - 1].note = levelMap.string("note")
            if let node = levelMap.node("proven-by") {
                levels[levels.count - 1].proof = decodeProof(node, what: what(), kinds: kinds)
                if levelMap.string("manual") == nil {
                    sink.error(.diagProofWithoutManual, ["what": what()], at: node.location)
                }
            }
        }
        let missing = (1...5).filter { level in !levels.contains { $0.level == level } }
        if !missing.isEmpty {
            sink.error(.diagMissingLevels, ["id": indicator, "levels": missing.map(String.init).joined(separator: ", ")], at: node.location)
        }
        return levels.sorted { $0.level < $1.level }
    }

    private func decodeRequirement(_ map: MappingReader, where describe: () -> String, kinds: [String: EvidenceKind], siblings: [String]) -> Requirement? {
        map.rejectUnknownKeys(allowed: RulePackSchema.requirement.keys)
        let id = map.string("id") ?? "?"
        // An override with a misspelt id (`screnshot`) becomes a new, incomplete requirement:
        // say that, with the id it probably meant, rather than only "missing 'kinds'".
        if !map.has("kinds"), let meant = Suggestion.closest(to: id, in: siblings.filter { $0 != id }) {
            sink.error(.diagRequirementNew, ["id": id, "what": describe(), "meant": meant], at: map.location(of: "id") ?? map.node.location)
            return nil
        }
        let kindList = map.strings("kinds", required: true) ?? []
        if map.has("kinds") && kindList.isEmpty {
            sink.error(.diagNoKinds, ["id": id, "what": describe()], at: map.location(of: "kinds"))
        }
        for kind in kindList where kinds[kind] == nil {
            sink.error(.diagUnknownKind, ["id": id, "what": describe(), "kind": kind, "hint": sink.hint(for: kind, in: kinds.keys.sorted())], at: map.node("kinds")?.location)
        }
        let minimum = map.int("min") ?? 1
        if minimum < 1 {
            sink.error(.diagMin, ["id": id], at: map.location(of: "min"))
        }
        guard let description = map.string("description", required: true) else { return nil }
        var requirement = Requirement(id: id, kinds: kindList, minimum: minimum, description: description, example: map.string("example"), location: map.node.location)
        requirement.maxAgeYears = map.int("max-age-years")
        if let age = requirement.maxAgeYears, age < 0 {
            sink.error(.diagMaxAge, [:], at: map.location(of: "max-age-years"))
        }
        requirement.distinctYears = map.bool("distinct-years") ?? false
        requirement.datedByText = map.string("dated-by") == "text"
        requirement.enacted = map.bool("enacted") ?? false
        if let covers = map.string("covers") {
            if covers == "opd" { requirement.coversUnits = true } else {
                sink.error(.diagCovers, ["value": covers], at: map.location(of: "covers"))
            }
        }
        if let node = map.node("shows") {
            let described = describe() + " shows"
            if let shows = MappingReader(node, what: described, sink: sink) {
                shows.rejectUnknownKeys(allowed: RulePackSchema.shownText.keys)
                let spellings = shows.strings("any", required: true) ?? []
                if let heuristic = shows.string("heuristic", required: true), !spellings.isEmpty {
                    requirement.shows = ShownText(spellings, heuristic: heuristic, location: node.location)
                }
            }
        }
        if let issuers = map.strings("issuer") {
            let known: Set<String> = ["kepala-daerah", "instansi", "opd"]
            for value in issuers where !known.contains(value) {
                sink.error(.diagRequirementIssuer, ["value": value], at: map.location(of: "issuer"))
            }
            requirement.issuers = issuers.filter(known.contains)
        }
        if let node = map.node("subject") {
            let described = describe() + " subject"
            if let subject = MappingReader(node, what: described, sink: sink) {
                subject.rejectUnknownKeys(allowed: RulePackSchema.subject.keys)
                let spellings = subject.strings("any", required: true) ?? []
                let why = subject.string("heuristic") ?? subject.string("source")
                if why == nil { sink.error(.diagSubjectWhy, [:], at: node.location) }
                if let why, !spellings.isEmpty {
                    requirement.subject = RequiredSubject(spellings, heuristic: why, location: node.location)
                }
            }
        }
        // A plain text (shown in every language), or one text per language.
        if let node = map.node("heuristic") {
            if node.scalar != nil {
                requirement.heuristic = map.string("heuristic")
            } else if case let described = describe() + " heuristic", let texts = MappingReader(node, what: described, sink: sink) {
                texts.rejectUnknownKeys(allowed: RulePackSchema.translatedText.keys)
                requirement.heuristic = texts.string("en", required: true)
                if let indonesian = texts.string("id", required: true) { requirement.heuristicTranslations["id"] = indonesian }
            }
        }
        if let code = map.string("code") {
            requirement.code = ButirCode(code)
            if requirement.code == nil { sink.error(.diagButirCode, ["value": code], at: map.location(of: "code")) }
        }
        requirement.quality = map.node("quality").map { QualityPolicy.decode($0, base: quality, what: "'quality' of requirement '\(id)'", sink: sink) }
        if let node = map.node("reject"), let reject = MappingReader(node, what: self.sink.messages(.whatReject, ["id": id]), sink: sink) {
            reject.rejectUnknownKeys(allowed: RulePackSchema.rejection.keys)
            if let keywords = reject.strings("keywords", required: true), let message = reject.string("message", required: true) {
                requirement.reject = Rejection(keywords: keywords, message: message)
            }
        }
        return requirement
    }

    /// `proven-by: {kinds: [...], topics: [...], times: 2, heuristic: "..."}`; each topic is a
    /// spelling or a list of spellings.
    private func decodeProof(_ node: YAMLNode, what: String, kinds: [String: EvidenceKind]) -> ContentProof? {
        guard let map = MappingReader(node, what: what + " proven-by", sink: sink) else { return nil }
        map.rejectUnknownKeys(allowed: RulePackSchema.contentProof.keys)
        let kindList = map.strings("kinds", required: true) ?? []
        for kind in kindList where kinds[kind] == nil {
            sink.error(.diagUnknownKind, ["id": "proven-by", "what": what, "kind": kind, "hint": sink.hint(for: kind, in: kinds.keys.sorted())], at: map.location(of: "kinds"))
        }
        var topics: [ContentProof.Topic] = []
        for item in map.list("topics", required: true) ?? [] {
            guard let spellings = MappingReader.strings(item, key: "topics", what: what, sink: sink), !spellings.isEmpty else { continue }
            topics.append(ContentProof.Topic(spellings))
        }
        let times = map.int("times") ?? 2
        if !(1...20).contains(times) { sink.error(.diagProofTimes, ["value": times], at: map.location(of: "times")) }
        guard let heuristic = map.string("heuristic", required: true), !topics.isEmpty, !kindList.isEmpty else { return nil }
        return ContentProof(kinds: kindList, topics: topics, times: times, heuristic: heuristic, location: node.location)
    }

    private func decodeExternal(_ node: YAMLNode, indicator: String) -> ExternalScoring? {
        guard let map = MappingReader(node, what: self.sink.messages(.whatExternal, ["id": indicator]), sink: sink) else { return nil }
        map.rejectUnknownKeys(allowed: RulePackSchema.external.keys)
        guard let index = map.string("index", required: true) else { return nil }
        var scale: ClosedRange<Double>?
        if let node = map.node("scale"), let range = MappingReader(node, what: "'scale'", sink: sink) {
            range.rejectUnknownKeys(allowed: RulePackSchema.scale.keys)
            if let low = range.double("min", required: true), let high = range.double("max", required: true) {
                if low < high { scale = low...high } else { sink.error(.diagScaleOrder, ["min": low, "max": high], at: node.location) }
            }
        }
        var bands: [ExternalScoring.Band] = []
        for item in map.list("bands") ?? [] {
            guard let band = MappingReader(item, what: self.sink.messages(.whatBand, ["id": indicator]), sink: sink) else { continue }
            band.rejectUnknownKeys(allowed: RulePackSchema.band.keys)
            guard let minimum = band.double("min", required: true), let level = band.int("level", required: true) else { continue }
            if !(1...5).contains(level) { sink.error(.diagBandLevel, ["level": level], at: band.location(of: "level")) }
            if let previous = bands.last, minimum <= previous.minimum {
                sink.error(.diagBandOrder, [:], at: item.location)
            }
            let maximum = band.double("max")
            if let scale, minimum < scale.lowerBound || (maximum ?? minimum) > scale.upperBound {
                sink.error(.diagBandOutsideScale, ["min": minimum, "max": maximum ?? minimum, "low": scale.lowerBound, "high": scale.upperBound], at: item.location)
            }
            var values: ClosedRange<Double>?
            if let node = band.node("value") {
                let numbers = (node.sequence ?? []).compactMap { $0.scalar.flatMap(Double.init) }
                if numbers.count == 2, numbers.count == node.sequence?.count, numbers[0] <= numbers[1], numbers.allSatisfy({ (1...5).contains($0) }) {
                    values = numbers[0]...numbers[1]
                } else {
                    sink.error(.diagBandValue, [:], at: node.location)
                }
            }
            bands.append(.init(minimum: minimum, maximum: maximum, level: level, values: values))
        }
        return ExternalScoring(index: index, scale: scale, bands: bands)
    }

    // MARK: - Weights and references

    private func checkStructure(framework: Framework, domains: [Domain], aspects: [Aspect], indicators: [Indicator], at location: SourceLocation) {
        let domainIDs = domains.map(\.id)
        let aspectIDs = aspects.map(\.id)
        for aspect in aspects {
            if let domain = aspect.domain, !domainIDs.contains(domain) {
                sink.error(.diagUnknownDomain, ["id": aspect.id, "domain": domain, "hint": sink.hint(for: domain, in: domainIDs)], at: aspect.location)
            } else if aspect.domain == nil && !domains.isEmpty {
                sink.error(.diagAspectNeedsDomain, ["id": aspect.id], at: aspect.location)
            }
        }
        for indicator in indicators where !aspectIDs.contains(indicator.aspect) {
            sink.error(.diagUnknownAspect, ["id": indicator.id, "aspect": indicator.aspect, "hint": sink.hint(for: indicator.aspect, in: aspectIDs)], at: indicator.location)
        }
        if indicators.isEmpty {
            sink.error(.diagNoIndicators, [:], at: location)
        }
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= Self.weightTolerance }
        // A sum that does not add up is blamed on a weight the checked file itself wrote
        // (the one a user just changed in a pack that `extends:` another), else on the total.
        func blame(_ candidates: [SourceLocation?], else fallback: SourceLocation?) -> SourceLocation? {
            candidates.compactMap { $0 }.first { $0.file == source } ?? fallback
        }
        for aspect in aspects {
            let members = indicators.filter { $0.aspect == aspect.id }
            let sum = members.reduce(0) { $0 + $1.weight }
            if !members.isEmpty && !close(sum, aspect.weight) {
                let at = blame(members.map(\.weightLocation) + [aspect.weightLocation], else: aspect.location)
                sink.error(.diagAspectWeight, ["id": aspect.id, "sum": format(sum), "weight": format(aspect.weight)], at: at)
            }
        }
        for domain in domains {
            let members = aspects.filter { $0.domain == domain.id }
            let sum = members.reduce(0) { $0 + $1.weight }
            if !close(sum, domain.weight) {
                let at = blame(members.map(\.weightLocation) + [domain.weightLocation], else: domain.location)
                sink.error(.diagDomainWeight, ["id": domain.id, "sum": format(sum), "weight": format(domain.weight)], at: at)
            }
        }
        let total = indicators.reduce(0) { $0 + $1.weight }
        if !indicators.isEmpty && !close(total, framework.totalWeight) {
            sink.error(.diagTotalWeight, ["sum": format(total), "weight": format(framework.totalWeight)], at: blame(indicators.map(\.weightLocation), else: location))
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
