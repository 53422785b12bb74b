/// Files of the right kind that cannot count, and formats the portal will not take.
struct QualityPass: ProducingPass {
    let name = "quality"

    func findings(_ input: PassInput) -> [Finding] {
        var findings = fileFindings(results: input.results, index: input.index, builder: input.builder)
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

    /// Files of the right kind that cannot count (empty, mislabelled, cut off, too large,
    /// a name that breaks uploads), each file once; and formats the portal will not take.
    private func fileFindings(results: [IndicatorResult], index: EvidenceIndex, builder: FindingBuilder) -> [Finding] {
        var findings: [Finding] = []
        var reported: Set<String> = []
        for result in results {
            for (path, problems) in result.problems.sorted(by: { $0.key < $1.key }) where reported.insert(path).inserted {
                for problem in problems {
                    findings.append(Finding(
                        ruleID: "\(builder.pack.framework.id)/quality/\(FindingBuilder.code(problem))", category: .quality, severity: .error,
                        indicator: result.indicator.id, path: path, message: builder.describe(problem), hint: builder.messages(.qualityHint)
                    ))
                }
            }
        }
        // An archive or an old Office file in an indicator folder counts for nothing and the
        // portal will not take it: say so instead of dropping it silently.
        // Compared as packed bytes: no String per file for the 100,000 that are fine.
        // A handful of extensions: a scan of them is cheaper than hashing each file's (#28).
        let convert = Array(Set(builder.pack.quality.convertExtensions.compactMap { Array($0.utf8).withUnsafeBufferPointer(EvidenceClassifier.packed) }))
        if !convert.isEmpty {
            let store = index.store
            let records = store.records
            // A folder's names are opened once per run of its files, not once per file
            // (a retain and a bounds check per file were most of this pass, #28).
            var toConvert: [Int] = []
            var first = 0
            while first < records.count {
                let folder = records[first].folder
                var end = first + 1
                while end < records.count && records[end].folder == folder { end += 1 }
                store.folders[Int(folder)].names.withUnsafeBufferPointer { names in
                    for position in first..<end where records[position].hasIndicator && (1...8).contains(records[position].extLength) {
                        let record = records[position]
                        let last = Int(record.nameStart) + Int(record.nameLength)
                        if let key = EvidenceClassifier.packed(UnsafeBufferPointer(rebasing: names[(last - Int(record.extLength))..<last])),
                           convert.contains(key) {
                            toConvert.append(position)
                        }
                    }
                }
                first = end
            }
            for position in toConvert {
                let ext = store.ext(at: position)
                let indicator = store.indicatorIDs[Int(store.records[position].indicator)]
                findings.append(Finding(
                    ruleID: "\(builder.pack.framework.id)/quality/convert", category: .quality, severity: .warning, indicator: indicator,
                    path: store.path(at: position), message: builder.messages(.qualityConvert, ["ext": ext]), hint: builder.messages(.qualityConvertHint)
                ))
            }
        }
        return findings
    }
}
