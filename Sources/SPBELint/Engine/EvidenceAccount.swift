/// One indicator's files as the evaluation saw them: the ones that counted (for which
/// requirements) and the ones looked at and not counted, each with the reason. It is read
/// off what the evaluator already decided (`RequirementStatus`, the copies, the unusable
/// files' problems): reporters print it and never decide again.
public struct EvidenceAccount: Sendable, Hashable {
    /// Why a file of the indicator did not count. The raw value is the JSON spelling.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// Its bytes could not be read (or it vanished during the run).
        case unread
        /// The requirement's `reject`, or a first page that states another kind or lacks
        /// what the requirement says it shows.
        case wrongDocument = "wrong-document"
        /// A draft where an enacted document is required.
        case draft
        /// Issued by another instansi.
        case otherInstansi = "other-instansi"
        /// Older than the requirement allows, or no year where one is needed.
        case tooOld = "too-old"
        /// The right kind by name in a format the requirement does not take.
        case wrongFormat = "wrong-format"
        /// A byte-identical copy of another file of the indicator.
        case duplicate
        /// Empty, not what its extension says, cut off, too large, a bad name.
        case unusable
        /// No requirement up to the target level asks for a file like it.
        case notAsked = "not-asked"
    }

    public struct Counted: Sendable, Hashable {
        public var path: String
        /// The requirements it counted for, in declaration order.
        public var requirements: [String]
        /// Something a person should know although it counted (its text was not read).
        public var note: String?
    }

    public struct NotCounted: Sendable, Hashable {
        public var path: String
        public var reason: Reason
        /// The reason in the report's words, with what the engine found ("issued by …").
        public var detail: String
        /// The requirement it was held against, when there was one.
        public var requirement: String?
    }

    public var counted: [Counted]
    public var notCounted: [NotCounted]

    public var isEmpty: Bool { counted.isEmpty && notCounted.isEmpty }
}

extension FindingBuilder {
    /// The account of one result. `notes` are per-file notes the quality pass made
    /// (a text that could not be read), by path.
    func account(of result: IndicatorResult, notes: [String: String] = [:]) -> EvidenceAccount {
        var counted: [String: [String]] = [:]
        var countedOrder: [String] = []
        var notCounted: [EvidenceAccount.NotCounted] = []
        var seen: Set<String> = []
        func reject(_ path: String, _ reason: EvidenceAccount.Reason, _ detail: String, _ requirement: String?) {
            guard seen.insert(path).inserted else { return }
            notCounted.append(EvidenceAccount.NotCounted(path: path, reason: reason, detail: detail, requirement: requirement))
        }
        // Counted first: a file that counts for one requirement and not for another counted.
        // A copy is a duplicate where its original counts for the same requirement (the
        // evaluator counts the pair once); a copy of a file that counts for nothing counts.
        func isCopy(_ path: String, in matched: Set<String>) -> String? {
            guard let original = result.duplicateOf[path], original != path, matched.contains(original) else { return nil }
            return original
        }
        let matchedSets = result.requirements.map { Set($0.matched) }
        for (status, matched) in zip(result.requirements, matchedSets) {
            for path in status.matched {
                if isCopy(path, in: matched) != nil { continue }
                if counted[path] == nil { countedOrder.append(path) }
                counted[path, default: []].append(status.requirement.id)
            }
        }
        seen = Set(countedOrder)
        for (status, matched) in zip(result.requirements, matchedSets) {
            let id = status.requirement.id
            for path in status.matched {
                if let original = isCopy(path, in: matched) {
                    reject(path, .duplicate, messages(.accountDuplicate, ["original": original]), id)
                }
            }
            for rejection in status.contentRejections {
                let reason: EvidenceAccount.Reason
                switch rejection.reason {
                case .otherKind, .notShown, .signInPage: reason = .wrongDocument
                case .textDated: reason = .tooOld
                case .draftMarked, .draftUnsigned, .notEnacted: reason = .draft
                case .otherRole, .otherSubject: reason = .wrongDocument
                case .otherIssuer: reason = .otherInstansi
                case .notRead: reason = .unread
                }
                reject(rejection.path, reason, describe(rejection.reason), id)
            }
            for path in status.drafts { reject(path, .draft, messages(.draftMessage), id) }
            for path in status.rejected { reject(path, .wrongDocument, status.requirement.reject?.message ?? messages(.accountWrongDocument), id) }
            for path in status.stale {
                let detail = status.requirement.maxAgeYears.map { messages(.accountTooOld, ["years": $0]) } ?? messages(.accountUndated)
                reject(path, .tooOld, detail, id)
            }
            for path in status.unusable {
                let problems = result.problems[path] ?? []
                let unread = problems.contains { if case .unreadable = $0 { return true }; if case .vanished = $0 { return true }; return false }
                let detail = problems.map(describe).joined(separator: "; ")
                reject(path, unread ? .unread : .unusable, detail.isEmpty ? messages(.qualityUnreadable) : detail, id)
            }
            for path in status.nearMisses {
                let formats = status.requirement.kinds.compactMap { pack.kinds[$0] }.flatMap(\.extensions)
                var unique: [String] = []
                for ext in formats where !unique.contains(ext) { unique.append(ext) }
                reject(path, .wrongFormat, messages(.accountWrongFormat, ["formats": unique.map { "." + $0 }.joined(separator: " ")]), id)
            }
        }
        for path in result.files.paths where !seen.contains(path) {
            if let original = result.duplicateOf[path] {
                reject(path, .duplicate, messages(.accountDuplicate, ["original": original]), nil)
            } else {
                reject(path, .notAsked, messages(.accountNotAsked, ["level": result.targetLevel]), nil)
            }
        }
        return EvidenceAccount(
            counted: countedOrder.map { EvidenceAccount.Counted(path: $0, requirements: counted[$0] ?? [], note: notes[$0]) },
            notCounted: notCounted
        )
    }
}

extension LintReport {
    /// What counted for `result` and what did not, with the reasons, in the report's language.
    public func account(of result: IndicatorResult) -> EvidenceAccount {
        var context = RunContext(today: today, language: messages.language)
        context.environment = [:]
        let builder = FindingBuilder(pack: pack, configuration: configuration, context: context)
        var notes: [String: String] = [:]
        for finding in findings where finding.indicator == result.indicator.id && finding.ruleID.hasSuffix("/content/unreadable") {
            if let path = finding.path { notes[path] = finding.message }
        }
        return builder.account(of: result, notes: notes)
    }
}
