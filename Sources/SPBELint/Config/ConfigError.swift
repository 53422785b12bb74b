/// Why a `.spbe-lint.yaml` could not be used.
public enum ConfigError: UserFacingError, CustomStringConvertible {
    case yaml(YAMLError)
    case invalid([Diagnostic])
    case notFound(String)

    public var description: String { localized(.english) }

    public func localized(_ t: Messages) -> String {
        switch self {
        case .yaml(let error): return error.localized(t)
        case .invalid(let list): return list.map { $0.localized(t) }.joined(separator: "\n")
        case .notFound(let path): return t.label(.error) + t(.configNotFound, ["path": path])
        }
    }
}
