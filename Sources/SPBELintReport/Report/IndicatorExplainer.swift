import SPBELint
/// `spbe-lint explain`: an indicator's weight, criteria per level and the evidence
/// each level needs, for reading in a terminal.
public struct IndicatorExplainer: Sendable {
    public var pack: RulePack
    public var messages: Messages
    public var width: Int

    public init(pack: RulePack, messages: Messages = .english, width: Int = 100) {
        self.pack = pack
        self.messages = messages
        self.width = width
    }

    /// Finds the pack that has an indicator with exactly this id among the shipped
    /// ones ("I10" is Pemdi's, "10" is SPBE's), for when no pack was named.
    public static func shippedPack(defining reference: String) -> RulePack? {
        for id in RuleSource.shippedPacks {
            guard let pack = try? RulePackLoader().load(reference: id) else { continue }
            if pack.indicators.contains(where: { $0.id.caseInsensitiveCompare(reference) == .orderedSame }) { return pack }
        }
        return nil
    }

    public func explain(_ indicator: Indicator, level only: Int? = nil) -> String {
        var out: [String] = []
        let t = messages
        out.append(t(.explainTitle, ["id": indicator.id, "name": indicator.name]))
        let aspect = pack.aspect(indicator.aspect)
        let domain = pack.domain(aspect?.domain)
        var place = pack.framework.title
        if let domain { place += " › Domain \(domain.name)" }
        if let aspect { place += " › Aspek \(aspect.name)" }
        out.append(place)
        var weights = t(.explainWeight, ["weight": t.weight(indicator.weight)])
        if let aspect {
            weights += t(.explainWeightParent, ["aspect": t.weight(aspect.weight), "domain": domain.map { ", domain \(t.weight($0.weight))" } ?? ""])
        }
        out.append(weights + " · \(pack.framework.regulation)")
        if let note = indicator.note { out += wrap("\(t(.explainNote)): \(note)", indent: "") }
        if let external = indicator.external {
            var line = t(.explainExternal, ["index": external.index])
            if let scale = external.scale { line += t(.explainScale, ["low": t.decimal(scale.lowerBound), "high": t.decimal(scale.upperBound)]) }
            if !external.bands.isEmpty {
                line += ": " + external.bands.map { band in
                    t(.explainBand, ["level": band.level, "min": t.decimal(band.minimum)]) + (band.maximum.map { " < \(t.decimal($0))" } ?? "")
                        + (band.values.map { t(.explainBandValue, ["from": t.decimal($0.lowerBound), "to": t.decimal($0.upperBound)]) } ?? "")
                }.joined(separator: "; ")
            } else {
                line += t(.explainDirect)
            }
            out.append(line)
        }
        for definition in indicator.levels where only == nil || definition.level == only {
            out.append("")
            let domainNames = pack.aspect(indicator.aspect).flatMap { pack.domain($0.domain) }?.levelNames ?? [:]
            let name = (domainNames[definition.level] ?? pack.framework.levelNames[definition.level]).map { " — \($0)" } ?? ""
            out.append(t(.explainLevel, ["level": definition.level]) + name)
            out += wrap("\(t(.explainCriteria)): \(definition.criteria)", indent: "  ")
            if let note = definition.note { out += wrap("\(t(.explainNote)): \(note)", indent: "  ") }
            let requirements = only == nil
                ? definition.requirements.map { (level: definition.level, requirement: $0) }
                : indicator.requirements(for: definition.level)
            if requirements.isEmpty && definition.manual == nil {
                out.append("  " + t(definition.level <= pack.framework.floor ? .explainNoneFloor : .explainNoneMore))
            } else if !requirements.isEmpty {
                out.append("  \(t(.explainEvidence)):")
                for (level, requirement) in requirements {
                    let kinds = requirement.kinds.compactMap { pack.kinds[$0] }
                    let formats = Set(kinds.flatMap(\.extensions)).sorted().map { "." + $0 }.joined(separator: " ")
                    let inherited = level < definition.level ? t(.explainInherited, ["level": level]) : ""
                    out += wrap("- \(requirement.minimum)× \(requirement.code.map { "\($0) " } ?? "")\(requirement.description)\(inherited) [\(requirement.kinds.joined(separator: ", "))\(formats.isEmpty ? "" : "; " + formats)]", indent: "    ", hanging: "      ")
                    if let example = requirement.example { out.append("      \(t(.explainExample)): \(example)") }
                    out.append("      " + t(.explainRequirementId, ["indicator": indicator.id, "requirement": requirement.id]))
                    if let heuristic = requirement.heuristic(in: t.language) { out += wrap("\(t(.explainHeuristic)): \(heuristic)", indent: "      ") }
                    if let reject = requirement.reject { out += wrap("\(t(.explainNot)): \(reject.message)", indent: "      ") }
                }
            }
            if let manual = definition.manual {
                out += wrap("\(t(.explainManual)): \(manual)", indent: "  ")
                out.append("    " + t(.explainRequirementId, ["indicator": indicator.id, "requirement": "manual"]))
            }
            if only == nil && definition.cumulative && !requirements.isEmpty && !indicator.requirements(for: definition.level - 1).isEmpty {
                out.append("  " + t(.explainPlusLower))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        var lines: [String] = []
        var current = indent
        let next = hanging ?? indent + "  "
        for word in text.split(separator: " ") {
            let prefix = lines.isEmpty ? indent : next
            if current.count + word.count + 1 > width && current.count > prefix.count {
                lines.append(current)
                current = next + word
            } else {
                current += (current.count == prefix.count ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines
    }
}
