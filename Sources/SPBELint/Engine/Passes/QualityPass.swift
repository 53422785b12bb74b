/// Files of the right kind that cannot count, and formats the portal will not take.
struct QualityPass: ProducingPass {
    let name = "quality"

    func findings(_ input: PassInput) -> [Finding] {
        var findings = input.builder.qualityFindings(results: input.results, index: input.index)
        // A document whose text could not be read is judged by its name: say so, once per
        // file, as a note (a damaged PDF is already a quality error of its own).
        let messages = input.context.messages
        let store = input.index.store
        for (position, document) in input.contents.documents.sorted(by: { $0.key < $1.key }) {
            // Damaged and blank PDFs are quality errors of their own, and so is a file
            // over the upload limit: one finding says it, not a second note (#22).
            guard let reason = document.unreadable, !reason.isDamage else { continue }
            if reason == .tooLarge, input.contents.problems(at: position, in: store, policy: input.pack.quality)
                .contains(where: { if case .tooLarge = $0 { return true }; return false }) { continue }
            findings.append(Finding(
                ruleID: "\(input.pack.framework.id)/content/unreadable", category: .quality, severity: .info,
                indicator: store.records[position].hasIndicator ? store.indicatorIDs[Int(store.records[position].indicator)] : nil,
                path: store.path(at: position),
                message: messages(reason.isIllegible ? .contentIllegible : .contentUnreadable, ["reason": reason.message(messages)]), hint: nil
            ))
        }
        return findings
    }
}
