/// Why a YAML file could not be turned into a node tree.
public enum YAMLError: Error, Equatable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read file: \(reason)"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): error: file is \(bytes) bytes; YAML files over \(limit) bytes are refused"
        case .invalidUTF8(let at):
            return "\(at): error: invalid UTF-8 byte sequence; save the file as UTF-8"
        case .syntax(let at, let message):
            return "\(at): error: YAML syntax: \(message)"
        case .duplicateKey(let key, let at, let first):
            return "\(at): error: duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .undefinedAlias(let name, let at):
            return "\(at): error: alias '*\(name)' refers to an anchor that is not defined before it"
        case .aliasExpansion(let at, let limit):
            return "\(at): error: aliases expand to more than \(limit) nodes; refusing a possible alias bomb"
        case .nestingTooDeep(let at, let limit):
            return "\(at): error: nesting deeper than \(limit) levels"
        case .multipleDocuments(let at):
            return "\(at): error: more than one YAML document in the file; keep one document per file"
        }
    }
}
