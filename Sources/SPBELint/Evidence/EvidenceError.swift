/// Why an evidence tree could not be scanned at all (as opposed to a notice about one entry).
public enum EvidenceError: UserFacingError, Equatable, CustomStringConvertible {
    case rootNotFound(String)
    case rootNotADirectory(String)
    case rootUnreadable(String, reason: String)
    /// `--staged` needs git and a repository.
    case git(String, reason: String)
    /// The evidence folder's repository lies inside the one the run was started in: a
    /// `.git` that arrived with the evidence (an unpacked zip), not used unless named.
    case gitNested(String, top: String, outer: String)
    /// `--git-repository` names another repository than the evidence folder's.
    case gitOther(String, top: String, named: String)

    public var description: String { localized(.english) }

    public func localized(_ t: Messages) -> String {
        switch self {
        case .rootNotFound(let path): return t.label(.error) + t(.evidenceNotFound, ["path": path])
        case .rootNotADirectory(let path): return t.label(.error) + t(.evidenceNotFolder, ["path": path])
        case .rootUnreadable(let path, let reason): return t.label(.error) + t(.evidenceUnreadable, ["path": path, "reason": reason])
        case .git(let path, let reason): return t.label(.error) + t(.evidenceGit, ["path": path, "reason": reason])
        case .gitNested(let path, let top, let outer): return t.label(.error) + t(.evidenceGitNested, ["path": path, "top": top, "outer": outer])
        case .gitOther(let path, let top, let named): return t.label(.error) + t(.evidenceGitOther, ["path": path, "top": top, "named": named])
        }
    }
}
