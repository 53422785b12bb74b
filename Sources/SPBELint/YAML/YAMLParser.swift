import CYAML
import Foundation

/// Builds a `YAMLNode` tree from libyaml's event stream, enforcing bounds that make
/// hostile input (alias bombs, absurd nesting, huge files) fail fast with a location.
public struct YAMLParser: Sendable {
    public struct Limits: Sendable {
        public var maxBytes: Int
        public var maxDepth: Int
        /// Counts every node produced, an alias counting as the whole subtree it stands for.
        public var maxNodes: Int

        public init(maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int = 500_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    public func parseFile(atPath path: String, displayName: String? = nil) throws -> YAMLNode? {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            bytes = try SafeFile.read(path, limit: limits.maxBytes)
        } catch .tooLarge {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            throw YAMLError.tooLarge(file: name, bytes: size ?? limits.maxBytes + 1, limit: limits.maxBytes)
        } catch {
            throw YAMLError.unreadable(file: name, reason: error.reason)
        }
        return try parse(bytes, file: name)
    }

    public func parse(_ text: String, file: String) throws -> YAMLNode? {
        try parse(Array(text.utf8), file: file)
    }

    /// Returns nil for an empty document (a file with only comments, say).
    public func parse(_ bytes: [UInt8], file: String) throws -> YAMLNode? {
        if bytes.count > limits.maxBytes {
            throw YAMLError.tooLarge(file: file, bytes: bytes.count, limit: limits.maxBytes)
        }
        if let bad = Self.firstInvalidUTF8(bytes, file: file) {
            throw YAMLError.invalidUTF8(bad)
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(file: file, limits: limits)
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                throw YAMLError.syntax(SourceLocation(file: file, line: 1, column: 1), "libyaml could not initialise")
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.syntaxError(parser, file: file)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.handle(event)
            }
            return builder.root
        }
    }

    private static func syntaxError(_ parser: yaml_parser_t, file: String) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        let location = SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        return .syntax(location, context.map { "\(problem) \($0)" } ?? problem)
    }

    /// libyaml reports bad encoding with a byte offset only; we want line and column.
    static func firstInvalidUTF8(_ bytes: [UInt8], file: String) -> SourceLocation? {
        // Valid text is the rule: the standard library's check is far faster than the
        // scalar-by-scalar walk below, which is only needed to place an error.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return SourceLocation(file: file, line: line, column: column)
            }
        }
    }
}

/// Turns events into nodes with an explicit stack, so depth is bounded by our
/// limit rather than by the thread's stack.
private struct TreeBuilder {
    /// An open collection. Mutated in place on the stack: popping it, changing a copy
    /// and pushing it back would copy its array for every item (quadratic on a pack).
    struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Keys by first place, built only once a mapping grows past a handful of keys.
        var seen: [String: SourceLocation] = [:]
        var start: SourceLocation
        var anchor: String?
        var size = 1

        /// Where `key` first appeared in this mapping, if it did. Most mappings hold a few
        /// keys, where looking through them beats hashing every key of the pack.
        mutating func firstOccurrence(of key: String, at location: SourceLocation) -> SourceLocation? {
            if pairs.count < 16 { return pairs.first { $0.key.scalar == key }?.key.location }
            if seen.isEmpty {
                for pair in pairs { if let text = pair.key.scalar { seen[text] = pair.key.location } }
            }
            if let first = seen[key] { return first }
            seen[key] = location
            return nil
        }
    }

    let file: String
    let limits: YAMLParser.Limits
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var produced = 0
    var documents = 0
    var root: YAMLNode?

    init(file: String, limits: YAMLParser.Limits) {
        self.file = file
        self.limits = limits
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    mutating func count(_ amount: Int, at: SourceLocation) throws {
        produced += amount
        if produced > limits.maxNodes {
            throw YAMLError.aliasExpansion(at, limit: limits.maxNodes)
        }
    }

    mutating func handle(_ event: yaml_event_t) throws {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLError.multipleDocuments(at) }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text: String
            if let value = scalar.value {
                text = value.withMemoryRebound(to: UInt8.self, capacity: scalar.length) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
                }
            } else {
                text = ""
            }
            try count(1, at: at)
            let node = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: at)
            if let anchor = Self.string(scalar.anchor) { anchors[anchor] = (node, 1) }
            try add(node, size: 1)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else { throw YAMLError.undefinedAlias(name, at) }
            try count(target.size, at: at)
            try add(target.node, size: target.size)
        case YAML_SEQUENCE_START_EVENT:
            try push(Frame(isMapping: false, start: at, anchor: Self.string(event.data.sequence_start.anchor)), at: at)
        case YAML_MAPPING_START_EVENT:
            try push(Frame(isMapping: true, start: at, anchor: Self.string(event.data.mapping_start.anchor)), at: at)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node = YAMLNode(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.start)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            try add(node, size: frame.size)
        default:
            break
        }
    }

    mutating func push(_ frame: Frame, at: SourceLocation) throws {
        if stack.count >= limits.maxDepth { throw YAMLError.nestingTooDeep(at, limit: limits.maxDepth) }
        try count(1, at: at)
        stack.append(frame)
    }

    mutating func add(_ node: YAMLNode, size: Int) throws {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if let text = node.scalar, let first = stack[top].firstOccurrence(of: text, at: node.location) {
                throw YAMLError.duplicateKey(text, node.location, first: first)
            }
            stack[top].pendingKey = node
        }
    }
}
