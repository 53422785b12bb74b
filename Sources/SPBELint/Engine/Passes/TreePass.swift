/// The tree and the run's setting: unassigned files, misleading folders, the walk's
/// notices, a superseded framework, configs discovery passed over.
struct TreePass: ProducingPass {
    let name = "tree"

    func findings(_ input: PassInput) -> [Finding] {
        var findings = walkFindings(index: input.index, builder: input.builder)
        let pack = input.pack
        let messages = input.context.messages
        let year = input.context.evaluationYear(input.configuration)
        if let from = pack.framework.supersededFrom, year >= from {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/superseded", category: .tree, severity: .warning, path: nil,
                message: messages(.frameworkSuperseded, ["framework": pack.framework.id, "year": year, "by": pack.framework.supersededBy ?? ""]),
                hint: messages(.frameworkSupersededHint)
            ))
        }
        for (path, reason) in input.ignoredConfigs {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/config/ignored", category: .tree, severity: .warning, path: nil,
                message: messages(.configIgnored, ["path": path, "reason": messages(MessageKey(family: "config.ignored", member: reason.hasPrefix("owner") ? "owner" : reason))]),
                hint: messages(.configIgnoredHint)
            ))
        }
        return findings
    }

    /// What the tree itself says: files no indicator claims, folders numbered for one
    /// indicator but named for another or for an office, names that disguise paths, and
    /// the walk's notices (unreadable folders, links, sidecars).
    private func walkFindings(index: EvidenceIndex, builder: FindingBuilder) -> [Finding] {
        var findings: [Finding] = []
        let topics = IndicatorTopics(pack: builder.pack)
        let numbers = Set(builder.pack.indicators.map(\.number))
        let range = ["first": builder.pack.indicators.first?.id ?? "?", "last": builder.pack.indicators.last?.id ?? "?", "pack": builder.pack.framework.id]
        let lookup = RulePack.IndicatorLookup(builder.pack)
        // The tree's own indicator folders, so the hint names "I3 SDM Pemdi/", not a
        // generic "01-…" the tree does not use; the first in natural order per indicator.
        var ownFolders: [String: String] = [:]
        for folder in index.store.folders where !folder.path.isEmpty && folder.indicatorFolder == folder.path {
            guard let number = builder.configuration.conventions.matchFolder(PathName.lastComponent(folder.path))?.number,
                  let indicator = lookup.indicator(number: number), indicator.number == number else { continue }
            if let known = ownFolders[indicator.id], !NaturalOrder.precedes(folder.path, known) { continue }
            ownFolders[indicator.id] = folder.path
        }
        let examples = ownFolders.values.sorted(by: NaturalOrder.precedes).prefix(2).map { "'\($0)/'" }.joined(separator: ", ")
        for file in index.unassigned.sorted(by: { NaturalOrder.precedes($0.path, $1.path) }) {
            // "Indikator 99/…" or "I21-L1-01 ….pdf" follow a convention, but with a number the
            // pack does not have: "move it into an indicator folder" would be the wrong advice.
            let components = file.path.split(separator: "/").map(String.init)
            let number = { (name: String, match: NamePattern.Match?) in LeadingNumber.isDateOrOutline(name) ? nil : match?.number }
            let named = components.dropLast().compactMap { number($0, builder.configuration.conventions.matchFolder($0)) }
                + [components.last.flatMap { number($0, builder.configuration.conventions.matchFile($0)) }].compactMap { $0 }
            if let unknown = named.first(where: { !numbers.contains($0) }) {
                findings.append(Finding(
                    ruleID: "\(builder.pack.framework.id)/unassigned", category: .unassigned, severity: .warning,
                    path: file.path, message: builder.messages(.unassignedUnknownNumber, range.merging(["number": String(unknown)]) { $1 }),
                    hint: builder.messages(.unassignedUnknownNumberHint, range)
                ))
                continue
            }
            let topic = topics.suggest(for: file.name)
            let hint: String
            if let topic, let folder = ownFolders[topic.id] {
                hint = builder.messages(.unassignedSuggestFolder, ["id": topic.id, "name": Indicator.shortName(topic.name), "folder": folder + "/"])
            } else {
                let base = examples.isEmpty ? builder.messages(.unassignedHint) : builder.messages(.unassignedHintTree, ["examples": examples])
                hint = base + (topic.map { builder.messages(.unassignedSuggest, ["id": $0.id, "name": Indicator.shortName($0.name)]) } ?? "")
            }
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/unassigned", category: .unassigned, severity: .warning,
                path: file.path, message: builder.messages(.unassignedMessage), hint: hint
            ))
        }
        // "01 Peta Rencana/": tied to 1 by its number, but its words are another indicator's.
        for folder in index.store.folders where !folder.path.isEmpty && folder.indicatorFolder == folder.path {
            let name = PathName.lastComponent(folder.path)
            guard let number = builder.configuration.conventions.matchFolder(name)?.number,
                  let assigned = lookup.indicator(number: number), assigned.number == number,
                  !topics.fits(name, assigned) else { continue }
            let others = topics.candidates(for: name).filter { $0.id != assigned.id }
            guard !others.isEmpty, others.count <= 3 else { continue }
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/tree/number-topic", category: .tree, severity: .warning, indicator: assigned.id,
                path: folder.path + "/",
                message: builder.messages(.treeNumberTopic, ["id": assigned.id, "name": Indicator.shortName(assigned.name), "other": others.map(\.id).joined(separator: "/"), "otherName": Indicator.shortName(others[0].name)]),
                hint: builder.messages(.treeNumberTopicHint)
            ))
        }
        // "01. Bappeda/": numbered like an indicator, named like an office. Not tied; say why.
        for folder in index.store.folders where !folder.path.isEmpty {
            let name = PathName.lastComponent(folder.path)
            guard builder.configuration.conventions.isOfficeFolder(name), let number = builder.configuration.conventions.matchFolder(name)?.number else { continue }
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/tree/office-folder", category: .tree, severity: .warning,
                path: folder.path + "/", message: builder.messages(.treeOfficeFolder, ["number": number]), hint: builder.messages(.treeOfficeFolderHint)
            ))
        }
        // Folder names come from uploads too: a bidi override in one can disguise every path below it.
        for folder in index.store.folders {
            let name = PathName.lastComponent(folder.path)
            guard !folder.path.isEmpty, name.unicodeScalars.contains(where: TerminalText.isUnsafe) else { continue }
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/tree/folder-name", category: .tree, severity: .warning,
                path: folder.path + "/", message: builder.messages(.treeFolderName), hint: nil
            ))
        }
        for notice in index.notices {
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/tree/\(notice.code.rawValue)", category: .tree,
                // An unreadable folder fails the run (not everything was checked) unless allowed.
                severity: notice.code == .sidecar || notice.code == .sidecarOrphan || (notice.code == .unreadable && !builder.allowsPartial) ? .error : .warning,
                path: notice.path, message: builder.messages(MessageKey(family: "tree", member: notice.code.rawValue), notice.arguments), hint: nil
            ))
        }
        return findings
    }
}
