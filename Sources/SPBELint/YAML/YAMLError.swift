/// Why a YAML file could not be turned into a node tree.
public enum YAMLError: UserFacingError, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case invalidUTF8(SourceLocation)
    case syntax(SourceLocation, String)
    case duplicateKey(String, SourceLocation, first: SourceLocation)
    case undefinedAlias(String, SourceLocation)
    case aliasExpansion(SourceLocation, limit: Int)
    case nestingTooDeep(SourceLocation, limit: Int)
    case multipleDocuments(SourceLocation)

    public var location: SourceLocation? {
        switch self {
        case .unreadable, .tooLarge: return nil
        case .invalidUTF8(let at), .syntax(let at, _), .duplicateKey(_, let at, _),
             .undefinedAlias(_, let at), .aliasExpansion(let at, _), .nestingTooDeep(let at, _),
             .multipleDocuments(let at):
            return at
        }
    }

    public var description: String { localized(.english) }

    /// The message without its location, in the given language.
    public func message(_ t: Messages) -> String {
        switch self {
        case .unreadable(_, let reason): return t(.yamlUnreadable, ["reason": reason])
        case .tooLarge(_, let bytes, let limit): return t(.yamlTooLarge, ["bytes": bytes, "limit": limit])
        case .invalidUTF8: return t(.yamlInvalidUtf8)
        case .syntax(_, let detail): return t(.yamlSyntax, ["detail": detail])
        case .duplicateKey(let key, _, let first): return t(.yamlDuplicateKey, ["key": key, "line": first.line, "column": first.column])
        case .undefinedAlias(let name, _): return t(.yamlUndefinedAlias, ["name": name])
        case .aliasExpansion(_, let limit): return t(.yamlAliasBomb, ["limit": limit])
        case .nestingTooDeep(_, let limit): return t(.yamlTooDeep, ["limit": limit])
        case .multipleDocuments: return t(.yamlMultipleDocuments)
        }
    }

    public func localized(_ t: Messages) -> String {
        switch self {
        case .unreadable(let file, _), .tooLarge(let file, _, _):
            return "\(file): " + t.label(.error) + message(t)
        default:
            return (location.map { "\($0): " } ?? "") + t.label(.error) + message(t)
        }
    }
}
