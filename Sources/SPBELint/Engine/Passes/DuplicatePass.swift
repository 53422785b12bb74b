/// Byte-identical copies within one indicator. Only files that are evidence of some
/// kind: two empty placeholders are not news. The same file under two indicators (one
/// Perbup for 1 and 2) is what the portal wants; copies within one indicator are the news.
struct DuplicatePass: ProducingPass {
    let name = "duplicates"

    func findings(_ input: PassInput) -> [Finding] {
        var findings: [Finding] = []
        let quality = input.pack.quality
        guard quality.duplicates, input.contents.readsContents else { return [] }
        let messages = input.context.messages
        let store = input.index.store
        for group in input.contents.duplicateGroups {
            for (_, copies) in Dictionary(grouping: group, by: { store.records[$0].indicator }).sorted(by: { $0.key < $1.key }) where copies.count > 1 {
                let paths = copies.map { store.path(at: $0) }
                findings.append(Finding(
                    ruleID: "\(input.pack.framework.id)/quality/duplicate", category: .duplicate, severity: .warning,
                    path: paths[0], message: messages(.qualityDuplicate, ["others": paths.dropFirst().joined(separator: "', '")]),
                    hint: messages(.qualityDuplicateHint)
                ))
            }
        }
        return findings
    }
}
