/// Decides each note's status from the evidence. A note tied to a requirement is
/// answered by a file that counts for that requirement; a note about the whole indicator,
/// by files that raise the level it supports. "New" means changed on or after the first
/// day the window counts (the day after the interview, or the interview day itself with
/// `count-interview-day`). Unknown times count as old: a file is never credited as
/// supplied on a guess.
struct FollowUpJudge {
    let pack: RulePack
    let configuration: Configuration
    let evaluator: Evaluator
    let builder: FindingBuilder
    let results: [String: IndicatorResult]
    let deadline: Deadline
    let times: ChangeTimes
    let today: Day
    var messages: Messages { builder.messages }

    func judge(_ notes: [FollowUpNote]) -> FollowUp {
        FollowUp(deadline: deadline, today: today, timeSource: times.source, items: notes.compactMap(judge))
    }

    func judge(_ note: FollowUpNote) -> FollowUp.Item? {
        guard let indicator = pack.indicator(note.indicator), let result = results[indicator.id] else { return nil }
        let requirement = Self.requirement(for: note, in: indicator, pack: pack)
        let nothingToUpload = indicator.levels.allSatisfy { $0.requirements.isEmpty }
        let manual = note.requirement == FollowUpNote.manual || (requirement == nil && nothingToUpload)
        var item = FollowUp.Item(
            note: note, indicatorName: Indicator.shortName(result.displayName),
            owner: note.owner ?? configuration.indicators[indicator.id]?.owner,
            requirement: manual ? FollowUpNote.manual : requirement?.requirement.id, requirementDescription: requirement?.requirement.description,
            manual: manual, status: .open, files: [], reasons: [], folder: result.folder
        )
        if let done = note.done {
            item.status = .done
            item.reasons = [messages(.followUpReasonDone, ["date": messages.date(done)])]
            return item
        }
        if manual {
            item.reasons = [messages(.followUpReasonManual, ["snippet": "done: \(today)"])]
            return item
        }
        let files = result.files
        let first = deadline.firstCountedDay
        var day: [String: Day?] = [:]
        for path in files.paths { day[path] = times.day(of: path) }
        func isNew(_ path: String) -> Bool { (day[path] ?? nil).map { $0 >= first } ?? false }
        func file(_ path: String) -> FollowUp.File { FollowUp.File(path: path, changed: day[path] ?? nil) }
        let statuses = allStatuses(indicator, files: files)
        let counted = Set(statuses.flatMap(\.matched))
        let newFiles = files.paths.filter(isNew)

        if let (requirement, level) = requirement {
            // The report's own status when the target level asks for it (slot matching
            // applied), else this requirement on its own.
            let status = result.requirements.first { $0.requirement.id == requirement.id }
                ?? evaluator.status(of: requirement, declaredAt: level, files: files)
            let matched = status.matched
            let newMatched = matched.filter(isNew)
            // A file counted for another requirement of the indicator is not an answer to this note.
            let matchedSet = Set(matched), looked = candidates(status)
            let tried = newFiles.filter { !matchedSet.contains($0) && (looked.contains($0) || !counted.contains($0)) }
            if status.isMet && !newMatched.isEmpty {
                item.status = .supplied
                item.files = newMatched.map(file)
            } else if status.isMet {
                item.status = .presentBefore
                item.files = matched.map(file)
                item.reasons = [messages(.followUpReasonPresent, ["paths": FindingBuilder.list(matched)])]
            } else if !newMatched.isEmpty || !tried.isEmpty {
                item.status = .insufficient
                item.files = (newMatched + tried).map(file)
                item.reasons = explain(tried, known: reasons([status], result: result), wanted: requirement) + [builder.hint(for: status, namingFiles: tried.isEmpty)]
            } else {
                item.reasons = [builder.hint(for: status)]
            }
            return item
        }

        // The whole indicator: did the new files raise the level the evidence supports?
        let old = files.indices.filter { !isNew(files.path($0)) }.map { Int32($0) }
        let before = evaluator.evaluate(indicator, files: files.subset(old))
        if result.supportedLevel > before.supportedLevel {
            item.status = .supplied
            let answering = newFiles.filter(counted.contains)
            item.files = (answering.isEmpty ? newFiles : answering).map(file)
        } else if before.meetsTarget {
            item.status = .presentBefore
            let matched = Array(Set(before.requirements.flatMap(\.matched))).sorted()
            item.files = matched.map(file)
            item.reasons = [messages(.followUpReasonPresentLevel, ["level": before.supportedLevel, "paths": FindingBuilder.list(matched)])]
        } else if !newFiles.isEmpty {
            item.status = .insufficient
            item.files = newFiles.map(file)
            item.reasons = [messages(.followUpReasonLevelUnchanged, ["level": result.supportedLevel, "target": result.targetLevel])]
                + explain(newFiles.filter { !counted.contains($0) }, known: reasons(statuses, result: result), wanted: nil)
                + result.gaps.prefix(2).map { builder.hint(for: $0) }
        } else {
            item.reasons = result.gaps.prefix(2).map { builder.hint(for: $0) }
            if item.reasons.isEmpty { item.reasons = result.manualGates.prefix(1).map { messages(.manualMessage, ["level": $0.level, "text": $0.text]) } }
        }
        return item
    }

    /// Every distinct requirement of the indicator, at any level, against these files.
    func allStatuses(_ indicator: Indicator, files: EvidenceFiles) -> [RequirementStatus] {
        var seen = Set<String>()
        var statuses: [RequirementStatus] = []
        for level in indicator.levels {
            for requirement in level.requirements where seen.insert(requirement.id).inserted {
                statuses.append(evaluator.status(of: requirement, declaredAt: level.level, files: files))
            }
        }
        return statuses
    }

    /// Files a requirement looked at and turned down.
    func candidates(_ status: RequirementStatus) -> Set<String> {
        Set(status.nearMisses + status.rejected + status.stale + status.unusable + status.drafts + status.contentRejections.map(\.path))
    }

    /// Why each file the statuses turned down does not count, in the words of the
    /// document checks: built once per note, so a thousand new files cost one pass.
    func reasons(_ statuses: [RequirementStatus], result: IndicatorResult) -> [String: String] {
        func strip(_ hint: String) -> String { hint.hasPrefix("; ") ? String(hint.dropFirst(2)) : hint }
        var why: [String: String] = [:]
        // Later buckets do not overwrite: the first requirement's reason stands, as in the report.
        func add(_ path: String, _ text: @autoclosure () -> String) { if why[path] == nil { why[path] = text() } }
        for status in statuses {
            for rejection in status.contentRejections { add(rejection.path, "'\(rejection.path)': " + builder.describe(rejection.reason)) }
            for path in status.drafts { add(path, "'\(path)': " + messages(.draftMessage)) }
            if let reject = status.requirement.reject { for path in status.rejected { add(path, "'\(path)': " + reject.message) } }
            for path in status.unusable {
                let problems = result.problems[path] ?? []
                add(path, "'\(path)': " + (problems.isEmpty ? messages(.followUpFileUnusable) : problems.map(builder.describe).joined(separator: "; ")))
            }
            for path in status.stale {
                add(path, strip(status.requirement.maxAgeYears.map { messages(.hintStaleAge, ["path": path, "years": $0]) } ?? messages(.hintStaleDated, ["path": path])))
            }
            for path in status.nearMisses { add(path, strip(messages(.hintNear, ["path": path]))) }
        }
        return why
    }

    /// The reasons for `paths`, at most `limit` of them and then how many more.
    func explain(_ paths: [String], known: [String: String], wanted: Requirement?, limit: Int = 5) -> [String] {
        let kinds = (wanted?.kinds ?? []).compactMap { pack.kinds[$0]?.name }
        var lines = paths.prefix(limit).map { path in
            known[path] ?? (kinds.isEmpty
                ? messages(.followUpFileNotCounted, ["path": path])
                : messages(.followUpFileNotKind, ["path": path, "kinds": kinds.joined(separator: messages(.hintOr))]))
        }
        if paths.count > limit { lines.append(messages(.followUpFileMore, ["count": paths.count - limit])) }
        return lines
    }

    /// The requirement a note asks for: the config's `requirement:`, else the one whose
    /// words (id, description, kinds) the note shares most, when one stands out.
    static func requirement(for note: FollowUpNote, in indicator: Indicator, pack: RulePack) -> (requirement: Requirement, level: Int)? {
        var all: [(requirement: Requirement, level: Int)] = []
        for level in indicator.levels {
            for requirement in level.requirements where !all.contains(where: { $0.requirement.id == requirement.id }) {
                all.append((requirement, level.level))
            }
        }
        if let id = note.requirement { return all.first { $0.requirement.id == id } }
        let words = Set(NameNormalizer.words(NameNormalizer.normalize(note.note)).map(String.init).filter { $0.count >= 4 && !$0.allSatisfy(\.isNumber) })
        guard !words.isEmpty else { return nil }
        let scored = all.map { entry -> (entry: (requirement: Requirement, level: Int), score: Int) in
            let requirement = entry.requirement
            var text = requirement.id + " " + requirement.description
            for kind in requirement.kinds.compactMap({ pack.kinds[$0] }) {
                text += " " + kind.id + " " + kind.name + " " + kind.keywords.joined(separator: " ")
            }
            let vocabulary = Set(NameNormalizer.words(NameNormalizer.normalize(text)).map(String.init))
            return (entry, words.intersection(vocabulary).count)
        }
        guard let best = scored.map(\.score).max(), best > 0, scored.filter({ $0.score == best }).count == 1 else { return nil }
        return scored.first { $0.score == best }?.entry
    }
}
