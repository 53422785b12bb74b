/// The shape of a value in a config or a rule pack. The validators take their key lists
/// from these definitions and `JSONSchema` renders them for editors, so the schema an
/// editor checks against and the keys `rules check` accepts are one list, not two.
public indirect enum Shape: Sendable {
    /// A scalar. `choices` closes the set; `pattern` is a JSON Schema (ECMA) regex.
    case text(choices: [String]? = nil, pattern: String? = nil)
    case integer(ClosedRange<Int>? = nil)
    case number(minimum: Double? = nil)
    case boolean
    /// An ISO date, 2026-09-21.
    case date
    case list(Shape)
    /// One value or a list of them (`kinds: sk` or `kinds: [sk, perkada]`).
    case oneOrList(Shape)
    case object(SchemaObject)
    /// A mapping whose keys are data (indicator ids, kind ids, levels).
    case dictionary(keyPattern: String?, value: Shape)
    case anyOf([Shape])
    /// A requirement id: any text (a local pack has its own ids), with the ids of the
    /// shipped packs offered for completion.
    case requirementID
    /// A key left empty (YAML null): `indicators:` with every entry still commented out,
    /// as `init` writes it.
    case empty

    /// Indicator ids and the like: people write `"1"`, `1` and `I5` alike.
    static let identifier = Shape.anyOf([.text(), .integer()])
    static let level = Shape.integer(1...5)
}

/// A mapping with named keys: what each key holds and says.
public struct SchemaObject: Sendable {
    public struct Field: Sendable {
        public var name: String
        public var shape: Shape
        public var required: Bool
        public var help: String
    }

    public var help: String
    public var fields: [Field]

    public init(_ help: String, _ fields: [Field]) {
        self.help = help
        self.fields = fields
    }

    /// The keys the validator accepts (`rejectUnknownKeys(allowed:)`).
    public var keys: [String] { fields.map(\.name) }
    public var required: [String] { fields.filter(\.required).map(\.name) }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

/// `key("rules", .text(), "…")`: a field, optional unless said.
func key(_ name: String, _ shape: Shape, required: Bool = false, _ help: String) -> SchemaObject.Field {
    .init(name: name, shape: shape, required: required, help: help)
}
