/// Why a rule pack (or a config that names one) could not be used.
public enum RuleError: UserFacingError, CustomStringConvertible {
    case yaml(YAMLError)
    case notFound(reference: String, from: SourceLocation?, shipped: [String])
    case extendsCycle([String], at: SourceLocation?)
    case emptyFile(String)
    /// A folder (or something else that is not a file) was given where a pack file belongs.
    case notAFile(String, String)
    /// Validation found problems; every one of them is listed.
    case invalid([Diagnostic])

    public var diagnostics: [Diagnostic] { diagnostics(.english) }

    public func diagnostics(_ t: Messages) -> [Diagnostic] {
        switch self {
        case .invalid(let list): return list
        case .yaml(let error): return [Diagnostic(.error, error.message(t), at: error.location)]
        case .notFound(_, let from, _), .extendsCycle(_, let from): return [Diagnostic(.error, message(t), at: from)]
        case .emptyFile, .notAFile: return [Diagnostic(.error, message(t), at: nil)]
        }
    }

    func message(_ t: Messages) -> String {
        switch self {
        case .yaml(let error): return error.message(t)
        case .notFound(let reference, _, let shipped):
            // `catalogue: kinds.yaml` copied from a shipped pack into one's own folder means
            // the shipped file, which a pack outside rules/ names by its bare id.
            let bare = PathName.lastComponent(reference).replacingOccurrences(of: ".yaml", with: "")
            let hint = RuleSource.shippedFiles["\(bare).yaml"] != nil && reference != bare
                ? t(.rulesShippedHint, ["name": bare])
                : Suggestion.closest(to: reference, in: shipped).map { t(.hintDidYouMean, ["name": $0]) } ?? ""
            return t(.rulesNotFound, ["name": reference, "shipped": shipped.joined(separator: ", "), "hint": hint])
        case .extendsCycle(let chain, _): return t(.rulesCycle, ["chain": chain.joined(separator: " -> ")])
        case .emptyFile(let file): return "\(file): " + t(.rulesEmpty)
        case .notAFile(let path, let reason): return t(.rulesNotAFile, ["path": path, "reason": reason])
        case .invalid(let list): return list.map(\.description).joined(separator: "\n")
        }
    }

    public var description: String { localized(.english) }

    public func localized(_ t: Messages) -> String {
        switch self {
        case .yaml(let error): return error.localized(t)
        case .invalid(let list): return list.map { $0.localized(t) }.joined(separator: "\n")
        case .emptyFile(let file): return "\(file): " + t.label(.error) + t(.rulesEmpty)
        default: return diagnostics(t).map { $0.localized(t) }.joined(separator: "\n")
        }
    }
}
