/// Why an evidence tree could not be scanned at all (as opposed to a notice about one entry).
public enum EvidenceError: UserFacingError, Equatable, CustomStringConvertible {
    case rootNotFound(String)
    case rootNotADirectory(String)
    case rootUnreadable(String, reason: String)
    /// `--staged` needs git and a repository.
    case git(String, reason: String)

    public var description: String { localized(.english) }

    public func localized(_ t: Messages) -> String {
        switch self {
        case .rootNotFound(let path): return t.label(.error) + t(.evidenceNotFound, ["path": path])
        case .rootNotADirectory(let path): return t.label(.error) + t(.evidenceNotFolder, ["path": path])
        case .rootUnreadable(let path, let reason): return t.label(.error) + t(.evidenceUnreadable, ["path": path, "reason": reason])
        case .git(let path, let reason): return t.label(.error) + t(.evidenceGit, ["path": path, "reason": reason])
        }
    }
}
