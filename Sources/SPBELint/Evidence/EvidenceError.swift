/// Why an evidence tree could not be scanned at all (as opposed to a notice about one entry).
public enum EvidenceError: Error, Equatable, CustomStringConvertible {
    case rootNotFound(String)
    case rootNotADirectory(String)
    case rootUnreadable(String, reason: String)

    public var description: String {
        switch self {
        case .rootNotFound(let path): return "error: evidence folder '\(path)' does not exist"
        case .rootNotADirectory(let path): return "error: '\(path)' is not a folder; give the evidence folder to scan"
        case .rootUnreadable(let path, let reason): return "error: cannot read evidence folder '\(path)': \(reason)"
        }
    }
}
