/// Why a rule pack (or a config that names one) could not be used.
public enum RuleError: Error, CustomStringConvertible {
    case yaml(YAMLError)
    case notFound(reference: String, from: SourceLocation?, shipped: [String])
    case extendsCycle([String], at: SourceLocation?)
    case emptyFile(String)
    /// Validation found problems; every one of them is listed.
    case invalid([Diagnostic])

    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let list): return list
        case .yaml(let error): return [Diagnostic(.error, Self.strip(error.description), at: error.location)]
        default: return [Diagnostic(.error, description, at: nil)]
        }
    }

    public var description: String {
        switch self {
        case .yaml(let error):
            return error.description
        case .notFound(let reference, let from, let shipped):
            let place = from.map { "\($0): " } ?? ""
            return "\(place)error: rule pack '\(reference)' not found (shipped packs: \(shipped.joined(separator: ", ")))\(Suggestion.hint(for: reference, in: shipped))"
        case .extendsCycle(let chain, let at):
            let place = at.map { "\($0): " } ?? ""
            return "\(place)error: 'extends' forms a cycle: \(chain.joined(separator: " -> "))"
        case .emptyFile(let file):
            return "\(file): error: the file holds no YAML document"
        case .invalid(let list):
            return list.map(\.description).joined(separator: "\n")
        }
    }

    /// YAMLError descriptions already carry "file:line:col: error: "; a Diagnostic adds its own.
    private static func strip(_ text: String) -> String {
        guard let range = text.range(of: "error: ") else { return text }
        return String(text[range.upperBound...])
    }
}
