/// Turns a merged rule-pack tree into a `RulePack`, reporting every problem with
/// its location: wrong types, unknown keys, levels outside 1–5, duplicate ids,
/// unknown kinds, aspects or domains, and weights that do not add up.
struct RulePackDecoder {
    let sink: DiagnosticSink
    let source: String
    static let weightTolerance = 0.001

    func decode(_ node: YAMLNode) -> RulePack? {
        guard let top = MappingReader(node, what: "the rule pack", sink: sink) else { return nil }
        top.rejectUnknownKeys(allowed: ["schema", "framework", "kinds", "domains", "aspects", "indicators"])
        if let schema = top.int("schema"), schema != 1 {
            sink.error("schema \(schema) is not supported by this spbe-lint (supported: 1)", at: top.location(of: "schema"))
        }
        let framework = top.node("framework", required: true).flatMap(decodeFramework)
        let kinds = decodeKinds(top.node("kinds"))
        let domains = decodeList(top.list("domains") ?? [], what: "domain", decode: decodeDomain)
        let aspects = decodeList(top.list("aspects", required: true) ?? [], what: "aspect", decode: decodeAspect)
        let indicators = decodeIndicators(top.list("indicators", required: true) ?? [], kinds: kinds)
        guard let framework else { return nil }
        checkStructure(framework: framework, domains: domains, aspects: aspects, indicators: indicators, at: node.location)
        return RulePack(framework: framework, domains: domains, aspects: aspects, indicators: indicators, kinds: kinds, source: source)
    }

    // MARK: - Framework

    private func decodeFramework(_ node: YAMLNode) -> Framework? {
        guard let map = MappingReader(node, what: "'framework'", sink: sink) else { return nil }
        map.rejectUnknownKeys(allowed: ["id", "title", "regulation", "index-name", "total-weight", "floor", "levels", "predikat"])
        let id = map.string("id", required: true)
        let title = map.string("title", required: true)
        var levelNames: [Int: String] = [:]
        if let levels = map.node("levels"), let levelMap = MappingReader(levels, what: "'framework.levels'", sink: sink) {
            for key in levelMap.keys {
                guard let level = Int(key), (1...5).contains(level) else {
                    sink.error("level '\(key)' is outside 1–5", at: levelMap.location(of: key))
                    continue
                }
                levelNames[level] = levelMap.string(key)
            }
        }
        var bands: [PredikatBand] = []
        for item in map.list("predikat") ?? [] {
            guard let band = MappingReader(item, what: "a predikat band", sink: sink) else { continue }
            band.rejectUnknownKeys(allowed: ["min", "label"])
            if let minimum = band.double("min", required: true), let label = band.string("label", required: true) {
                if let previous = bands.last, minimum >= previous.minimum {
                    sink.error("predikat bands must go from the highest 'min' to the lowest; \(minimum) follows \(previous.minimum)", at: item.location)
                }
                bands.append(PredikatBand(minimum: minimum, label: label))
            }
        }
        let floor = map.int("floor") ?? 1
        if !(1...5).contains(floor) {
            sink.error("'floor' must be a level from 1 to 5, found \(floor)", at: map.location(of: "floor"))
        }
        guard let id, let title else { return nil }
        return Framework(
            id: id, title: title,
            regulation: map.string("regulation") ?? "",
            indexName: map.string("index-name") ?? title,
            levelNames: levelNames, predikat: bands,
            totalWeight: map.double("total-weight") ?? 100,
            floor: floor
        )
    }

    // MARK: - Kinds

    private func decodeKinds(_ node: YAMLNode?) -> [String: EvidenceKind] {
        guard let node, let map = MappingReader(node, what: "'kinds'", sink: sink) else { return [:] }
        var kinds: [String: EvidenceKind] = [:]
        for id in map.keys {
            guard let value = map.node(id, required: true),
                  let kind = MappingReader(value, what: "kind '\(id)'", sink: sink) else { continue }
            kind.rejectUnknownKeys(allowed: ["name", "description", "keywords", "extensions", "yields-to"])
            let keywords = kind.strings("keywords") ?? []
            let extensions = kind.strings("extensions") ?? []
            if keywords.isEmpty && extensions.isEmpty {
                sink.error("kind '\(id)' needs 'keywords' or 'extensions' to recognise a file", at: value.location)
            }
            kinds[id] = EvidenceKind(
                id: id, name: kind.string("name") ?? id, description: kind.string("description"),
                keywords: keywords, extensions: extensions, location: value.location
            )
            kinds[id]?.yieldsTo = kind.strings("yields-to") ?? []
        }
        for kind in kinds.values {
            for other in kind.yieldsTo where kinds[other] == nil {
                sink.error("kind '\(kind.id)' yields to unknown kind '\(other)'\(Suggestion.hint(for: other, in: kinds.keys.sorted()))", at: kind.location)
            }
        }
        return kinds
    }

    // MARK: - Structure

    private func decodeList<T>(_ items: [YAMLNode], what: String, decode: (MappingReader) -> T?) -> [T] {
        var seen: [String: SourceLocation] = [:]
        var result: [T] = []
        for item in items {
            guard var map = MappingReader(item, what: "a \(what)", sink: sink) else { continue }
            if let id = map.string("id", required: true) {
                map.what = "\(what) '\(id)'"
                if let first = seen[id] {
                    sink.error("duplicate \(what) id '\(id)' (first at line \(first.line))", at: map.location(of: "id"))
                    continue
                }
                seen[id] = map.location(of: "id")
            }
            if let value = decode(map) { result.append(value) }
        }
        return result
    }

    private func decodeDomain(_ map: MappingReader) -> Domain? {
        map.rejectUnknownKeys(allowed: ["id", "name", "weight"])
        guard let id = map.string("id"), let name = map.string("name", required: true),
              let weight = map.double("weight", required: true) else { return nil }
        return Domain(id: id, name: name, weight: weight, location: map.node.location)
    }

    private func decodeAspect(_ map: MappingReader) -> Aspect? {
        map.rejectUnknownKeys(allowed: ["id", "name", "domain", "weight"])
        guard let id = map.string("id"), let name = map.string("name", required: true),
              let weight = map.double("weight", required: true) else { return nil }
        return Aspect(id: id, name: name, domain: map.string("domain"), weight: weight, location: map.node.location)
    }

    // MARK: - Indicators

    private func decodeIndicators(_ items: [YAMLNode], kinds: [String: EvidenceKind]) -> [Indicator] {
        var numbers: [Int: SourceLocation] = [:]
        let indicators = decodeList(items, what: "indicator") { map -> Indicator? in
            map.rejectUnknownKeys(allowed: ["id", "number", "name", "aspect", "weight", "levels", "external", "note"])
            let id = map.string("id") ?? "?"
            let number = map.int("number", required: true)
            if let number {
                if let first = numbers[number] {
                    sink.error("duplicate indicator number \(number) (first at line \(first.line))", at: map.location(of: "number"))
                }
                numbers[number] = map.location(of: "number")
            }
            let levels = map.node("levels", required: true).map { decodeLevels($0, indicator: id, kinds: kinds) } ?? []
            guard let number, let name = map.string("name", required: true),
                  let aspect = map.string("aspect", required: true),
                  let weight = map.double("weight", required: true) else { return nil }
            var indicator = Indicator(id: id, number: number, name: name, aspect: aspect, weight: weight, levels: levels, location: map.node.location)
            indicator.external = map.node("external").flatMap { decodeExternal($0, indicator: id) }
            return indicator
        }
        return indicators
    }

    private func decodeLevels(_ node: YAMLNode, indicator: String, kinds: [String: EvidenceKind]) -> [LevelDefinition] {
        guard let map = MappingReader(node, what: "levels of indicator \(indicator)", sink: sink) else { return [] }
        var levels: [LevelDefinition] = []
        for key in map.keys {
            guard let level = Int(key), (1...5).contains(level) else {
                sink.error("level '\(key)' of indicator \(indicator) is outside 1–5", at: map.location(of: key))
                continue
            }
            guard let value = map.node(key, required: true),
                  let levelMap = MappingReader(value, what: "level \(level) of indicator \(indicator)", sink: sink) else { continue }
            levelMap.rejectUnknownKeys(allowed: ["criteria", "requirements", "cumulative", "manual", "note"])
            let criteria = levelMap.string("criteria", required: true) ?? ""
            let what = "level \(level) of indicator \(indicator)"
            let requirements = decodeList(levelMap.list("requirements") ?? [], what: "requirement") { req in
                decodeRequirement(req, where: what, kinds: kinds)
            }
            levels.append(LevelDefinition(
                level: level, criteria: criteria, requirements: requirements,
                cumulative: levelMap.bool("cumulative") ?? true, manual: levelMap.string("manual"), location: value.location
            ))
        }
        let missing = (1...5).filter { level in !levels.contains { $0.level == level } }
        if !missing.isEmpty {
            sink.error("indicator \(indicator) does not define level(s) \(missing.map(String.init).joined(separator: ", ")); every level 1–5 needs its criteria", at: node.location)
        }
        return levels.sorted { $0.level < $1.level }
    }

    private func decodeRequirement(_ map: MappingReader, where what: String, kinds: [String: EvidenceKind]) -> Requirement? {
        map.rejectUnknownKeys(allowed: ["id", "kinds", "min", "description", "example", "reject", "max-age-years", "distinct-years", "disabled", "note"])
        let id = map.string("id") ?? "?"
        let kindList = map.strings("kinds", required: true) ?? []
        if map.has("kinds") && kindList.isEmpty {
            sink.error("requirement '\(id)' of \(what) names no kinds", at: map.location(of: "kinds"))
        }
        for kind in kindList where kinds[kind] == nil {
            sink.error("requirement '\(id)' of \(what) uses unknown evidence kind '\(kind)'\(Suggestion.hint(for: kind, in: kinds.keys.sorted()))", at: map.node("kinds")?.location)
        }
        let minimum = map.int("min") ?? 1
        if minimum < 1 {
            sink.error("'min' of requirement '\(id)' must be at least 1", at: map.location(of: "min"))
        }
        guard let description = map.string("description", required: true) else { return nil }
        var requirement = Requirement(id: id, kinds: kindList, minimum: minimum, description: description, example: map.string("example"), location: map.node.location)
        requirement.maxAgeYears = map.int("max-age-years")
        if let age = requirement.maxAgeYears, age < 0 {
            sink.error("'max-age-years' must not be negative", at: map.location(of: "max-age-years"))
        }
        requirement.distinctYears = map.bool("distinct-years") ?? false
        if let node = map.node("reject"), let reject = MappingReader(node, what: "'reject' of requirement '\(id)'", sink: sink) {
            reject.rejectUnknownKeys(allowed: ["keywords", "message"])
            if let keywords = reject.strings("keywords", required: true), let message = reject.string("message", required: true) {
                requirement.reject = Rejection(keywords: keywords, message: message)
            }
        }
        return requirement
    }

    private func decodeExternal(_ node: YAMLNode, indicator: String) -> ExternalScoring? {
        guard let map = MappingReader(node, what: "'external' of indicator \(indicator)", sink: sink) else { return nil }
        map.rejectUnknownKeys(allowed: ["index", "bands"])
        guard let index = map.string("index", required: true) else { return nil }
        var bands: [ExternalScoring.Band] = []
        for item in map.list("bands") ?? [] {
            guard let band = MappingReader(item, what: "a band of indicator \(indicator)", sink: sink) else { continue }
            band.rejectUnknownKeys(allowed: ["min", "max", "level"])
            guard let minimum = band.double("min", required: true), let level = band.int("level", required: true) else { continue }
            if !(1...5).contains(level) { sink.error("band level \(level) is outside 1–5", at: band.location(of: "level")) }
            if let previous = bands.last, minimum <= previous.minimum {
                sink.error("bands must go from the lowest 'min' to the highest", at: item.location)
            }
            bands.append(.init(minimum: minimum, maximum: band.double("max"), level: level))
        }
        return ExternalScoring(index: index, bands: bands)
    }

    // MARK: - Weights and references

    private func checkStructure(framework: Framework, domains: [Domain], aspects: [Aspect], indicators: [Indicator], at location: SourceLocation) {
        let domainIDs = domains.map(\.id)
        let aspectIDs = aspects.map(\.id)
        for aspect in aspects {
            if let domain = aspect.domain, !domainIDs.contains(domain) {
                sink.error("aspect '\(aspect.id)' names unknown domain '\(domain)'\(Suggestion.hint(for: domain, in: domainIDs))", at: aspect.location)
            } else if aspect.domain == nil && !domains.isEmpty {
                sink.error("aspect '\(aspect.id)' must name its 'domain' because the pack declares domains", at: aspect.location)
            }
        }
        for indicator in indicators where !aspectIDs.contains(indicator.aspect) {
            sink.error("indicator \(indicator.id) names unknown aspect '\(indicator.aspect)'\(Suggestion.hint(for: indicator.aspect, in: aspectIDs))", at: indicator.location)
        }
        if indicators.isEmpty {
            sink.error("the pack defines no indicators", at: location)
        }
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= Self.weightTolerance }
        for aspect in aspects {
            let members = indicators.filter { $0.aspect == aspect.id }
            let sum = members.reduce(0) { $0 + $1.weight }
            if !members.isEmpty && !close(sum, aspect.weight) {
                sink.error("indicators of aspect '\(aspect.id)' weigh \(format(sum)) in total but the aspect declares \(format(aspect.weight))", at: aspect.location)
            }
        }
        for domain in domains {
            let sum = aspects.filter { $0.domain == domain.id }.reduce(0) { $0 + $1.weight }
            if !close(sum, domain.weight) {
                sink.error("aspects of domain '\(domain.id)' weigh \(format(sum)) in total but the domain declares \(format(domain.weight))", at: domain.location)
            }
        }
        let total = indicators.reduce(0) { $0 + $1.weight }
        if !indicators.isEmpty && !close(total, framework.totalWeight) {
            sink.error("indicator weights add up to \(format(total)) but 'framework.total-weight' is \(format(framework.totalWeight))", at: location)
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
