/// Writes a `SchemaObject` as JSON Schema (draft 2020-12) for editors: the VS Code YAML
/// extension reads it from a `# yaml-language-server: $schema=…` line and then completes
/// keys, shows each key's help and marks unknown keys, as `rules check` would.
public enum JSONSchema {
    public enum Document: String, CaseIterable, Sendable {
        case config, rules

        public var object: SchemaObject { self == .config ? ConfigSchema.root : RulePackSchema.root }
        /// The file name in `schemas/` and under `share/spbe-lint/schemas/`.
        public var fileName: String { self == .config ? "config.schema.json" : "rule-pack.schema.json" }
        var title: String { self == .config ? "spbe-lint configuration (.spbe-lint.yaml)" : "spbe-lint rule pack" }
    }

    public static func render(_ document: Document) -> String {
        var root: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://spbe-lint.invalid/schemas/\(document.fileName)")),
            ("title", .string(document.title)),
        ]
        if case .object(let fields) = json(.object(document.object)) { root += fields }
        return JSON.object(root).text(indent: 0) + "\n"
    }

    /// Every requirement id of the shipped packs, and `manual`, sorted.
    static var shippedRequirementIDs: [String] {
        var ids: Set<String> = [FollowUpNote.manual]
        for reference in RuleSource.shippedPacks {
            guard let pack = try? RulePackLoader().load(reference: reference) else { continue }
            for indicator in pack.indicators { for level in indicator.levels { for requirement in level.requirements { ids.insert(requirement.id) } } }
        }
        return ids.sorted()
    }

    static func json(_ shape: Shape) -> JSON {
        switch shape {
        case .text(let choices, let pattern):
            var fields: [(String, JSON)] = [("type", .string("string"))]
            if let choices { fields.append(("enum", .array(choices.map(JSON.string)))) }
            if let pattern { fields.append(("pattern", .string(pattern))) }
            return .object(fields)
        case .integer(let range):
            var fields: [(String, JSON)] = [("type", .string("integer"))]
            if let range {
                fields.append(("minimum", .number(String(range.lowerBound))))
                fields.append(("maximum", .number(String(range.upperBound))))
            }
            return .object(fields)
        case .number(let minimum):
            var fields: [(String, JSON)] = [("type", .string("number"))]
            if let minimum { fields.append(("minimum", .number(TextFormat.weight(minimum)))) }
            return .object(fields)
        case .boolean:
            return .object([("type", .string("boolean"))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .list(let item):
            return .object([("type", .string("array")), ("items", json(item))])
        case .oneOrList(let item):
            return .object([("anyOf", .array([json(item), .object([("type", .string("array")), ("items", json(item))])]))])
        case .object(let object):
            var properties: [(String, JSON)] = []
            for field in object.fields {
                var property = json(field.shape)
                property.prepend(("description", .string(field.help)))
                properties.append((field.name, property))
            }
            var fields: [(String, JSON)] = [
                ("type", .string("object")), ("description", .string(object.help)),
                ("additionalProperties", .bool(false)), ("properties", .object(properties)),
            ]
            if !object.required.isEmpty { fields.append(("required", .array(object.required.map(JSON.string)))) }
            return .object(fields)
        case .dictionary(let keyPattern, let value):
            var fields: [(String, JSON)] = [("type", .string("object")), ("additionalProperties", json(value))]
            if let keyPattern { fields.append(("propertyNames", .object([("pattern", .string(keyPattern))]))) }
            return .object(fields)
        case .anyOf(let shapes):
            return .object([("anyOf", .array(shapes.map(json)))])
        case .requirementID:
            // Editors complete from the enum branch; the plain branch keeps a local pack's ids valid.
            return .object([("anyOf", .array([json(.text(choices: shippedRequirementIDs)), json(.text())]))])
        case .empty:
            return .object([("type", .string("null"))])
        }
    }
}

/// Just enough JSON to write a schema with its keys in a stable, readable order.
enum JSON {
    case string(String), number(String), bool(Bool), array([JSON]), object([(String, JSON)])

    mutating func prepend(_ field: (String, JSON)) {
        if case .object(let fields) = self { self = .object([field] + fields) }
    }

    func text(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .string(let value): return DoubleQuoted.quote(value)
        case .number(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .array(let items):
            if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                return "[" + items.map { $0.text(indent: 0) }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { pad + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { pad + DoubleQuoted.quote($0.0) + ": " + $0.1.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)}"
        }
    }
}
