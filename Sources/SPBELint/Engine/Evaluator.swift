/// Evaluates every indicator of a pack against one evidence index.
public struct Evaluator: Sendable {
    public var pack: RulePack

    public init(pack: RulePack) {
        self.pack = pack
    }

    /// `target` gives the level to check an indicator against; nil means the next
    /// level above what the evidence supports.
    public func evaluate(_ index: EvidenceIndex, target: (Indicator) -> Int?) -> [IndicatorResult] {
        pack.indicators.sorted { $0.number < $1.number }.map { indicator in
            let files = index.files(for: indicator.id)
            var supported = pack.framework.floor
            for level in 1...5 {
                if indicator.requirements(for: level).allSatisfy({ status(of: $0.requirement, declaredAt: $0.level, files: files).isMet }) {
                    supported = max(supported, level)
                } else {
                    break
                }
            }
            let wanted = target(indicator) ?? min(5, supported + 1)
            let targetLevel = min(5, max(1, wanted))
            let requirements = indicator.requirements(for: targetLevel).map {
                status(of: $0.requirement, declaredAt: $0.level, files: files)
            }
            return IndicatorResult(
                indicator: indicator, files: files, supportedLevel: supported, targetLevel: targetLevel,
                requirements: requirements, folder: Self.folder(of: files)
            )
        }
    }

    func status(of requirement: Requirement, declaredAt level: Int, files: [EvidenceFile]) -> RequirementStatus {
        let wanted = Set(requirement.kinds)
        let matched = files.filter { !wanted.isDisjoint(with: $0.kinds) }.map(\.path)
        let near = files.filter { wanted.isDisjoint(with: $0.kinds) && !wanted.isDisjoint(with: $0.nearKinds) }.map(\.path)
        return RequirementStatus(requirement: requirement, declaredAt: level, matched: matched, nearMisses: near)
    }

    /// The deepest folder shared by the files tied to the indicator through a folder.
    static func folder(of files: [EvidenceFile]) -> String? {
        let folders = files.filter { $0.assignment == .folder }.map { $0.directory.split(separator: "/") }
        guard var common = folders.first else { return nil }
        for parts in folders.dropFirst() {
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return common.isEmpty ? nil : common.joined(separator: "/")
    }
}
