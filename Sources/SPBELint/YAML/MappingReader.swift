/// Reads one YAML mapping into typed values, reporting wrong types, missing keys
/// and unknown keys (with a did-you-mean) to a sink instead of stopping at the first.
struct MappingReader {
    let node: YAMLNode
    let sink: DiagnosticSink
    /// What this mapping is, for messages ("indicator '3'"): rendered only when a
    /// message needs it, because a clean load reads thousands of mappings.
    private var describe: () -> String
    var what: String { describe() }
    /// In document order. Small mappings (a pack's thousands of them hold a handful of
    /// keys each) are looked through; a large one (a sidecar or config someone filled
    /// with 100,000 keys) gets a hash index, so reading it stays linear.
    private var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    private var positions: [String: Int]?
    static let indexedFrom = 16

    init?(_ node: YAMLNode, what: @autoclosure @escaping () -> String, sink: DiagnosticSink) {
        guard let pairs = node.mapping else {
            sink.error(.diagMustBeMapping, ["what": what(), "found": Self.shape(node, sink)], at: node.location)
            return nil
        }
        self.node = node
        self.sink = sink
        self.describe = what
        for pair in pairs {
            guard let key = pair.key.scalar else {
                sink.error(.diagKeyNotText, ["what": describe(), "found": Self.shape(pair.key, sink)], at: pair.key.location)
                continue
            }
            entries.append((key, pair.key, pair.value))
        }
        if entries.count >= Self.indexedFrom {
            // Duplicate keys were refused by the parser; the first position wins regardless.
            positions = Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    var keys: [String] { entries.map(\.key) }

    private func entry(_ key: String) -> (key: String, keyNode: YAMLNode, value: YAMLNode)? {
        if let positions { return positions[key].map { entries[$0] } }
        return entries.first { $0.key == key }
    }

    mutating func rename(_ what: @autoclosure @escaping () -> String) {
        describe = what
    }

    func has(_ key: String) -> Bool { entry(key) != nil }

    func node(_ key: String, required: Bool = false) -> YAMLNode? {
        guard let value = entry(key)?.value, !value.isNull else {
            if required { sink.error(.diagMissingKey, ["what": what, "key": key], at: node.location) }
            return nil
        }
        return value
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard let text = value.scalar else {
            sink.error(.diagMustBeText, ["key": key, "what": what, "found": Self.shape(value, sink)], at: value.location)
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = node(key, required: required) else { return nil }
        return Self.int(value, key: key, what: what, sink: sink)
    }

    static func int(_ value: YAMLNode, key: String, what: @autoclosure () -> String, sink: DiagnosticSink) -> Int? {
        guard case .scalar(let text, true) = value.kind, let number = Int(text) else {
            sink.error(.diagMustBeInteger, ["key": key, "what": what(), "found": describe(value, sink)], at: value.location)
            return nil
        }
        return number
    }

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let value = node(key, required: required) else { return nil }
        guard case .scalar(let text, true) = value.kind, let number = Double(text), number.isFinite else {
            sink.error(.diagMustBeNumber, ["key": key, "what": what, "found": Self.describe(value, sink)], at: value.location)
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar {
        case "true", "True", "yes": return true
        case "false", "False", "no": return false
        default:
            sink.error(.diagMustBeBool, ["key": key, "what": what, "found": Self.describe(value, sink)], at: value.location)
            return nil
        }
    }

    /// Accepts a single scalar or a list of scalars.
    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let value = node(key, required: required) else { return nil }
        return Self.strings(value, key: key, what: what, sink: sink)
    }

    static func strings(_ value: YAMLNode, key: String, what: @autoclosure () -> String, sink: DiagnosticSink) -> [String]? {
        if let text = value.scalar { return [text] }
        guard let items = value.sequence else {
            sink.error(.diagMustBeTextList, ["key": key, "what": what(), "found": shape(value, sink)], at: value.location)
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar else {
                sink.error(.diagItemsMustBeText, ["key": key, "what": what(), "found": shape(item, sink)], at: item.location)
                continue
            }
            result.append(text)
        }
        return result
    }

    func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let value = node(key, required: required) else { return nil }
        guard let items = value.sequence else {
            sink.error(.diagMustBeList, ["key": key, "what": what, "found": Self.shape(value, sink)], at: value.location)
            return nil
        }
        return items
    }

    func location(of key: String) -> SourceLocation? {
        entry(key)?.keyNode.location
    }

    /// Reports every key not in `allowed`; call once after reading.
    func rejectUnknownKeys(allowed: [String]) {
        for (key, keyNode, _) in entries where !allowed.contains(key) {
            // The key is quoted short and escaped: a config symlinked to /etc/shadow must not
            // echo its lines back as "unknown key 'root:*:…'".
            sink.error(.diagUnknownKey, ["key": Self.excerpt(key), "what": what, "hint": sink.hint(for: key, in: allowed)], at: keyNode.location)
        }
    }

    /// At most 40 characters of untrusted text, control characters shown visibly.
    static func excerpt(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(39)) + "…" : text
        return TerminalText.escape(short)
    }

    static func describe(_ value: YAMLNode, _ sink: DiagnosticSink) -> String {
        if let text = value.scalar, !value.isNull { return "'\(excerpt(text))'" }
        return shape(value, sink)
    }

    static func shape(_ node: YAMLNode, _ sink: DiagnosticSink) -> String {
        switch node.kind {
        case .scalar: return sink.messages(node.isNull ? .shapeNull : .shapeScalar)
        case .sequence: return sink.messages(.shapeList)
        case .mapping: return sink.messages(.shapeMapping)
        }
    }
}
