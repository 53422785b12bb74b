/// Where rule data comes from: the copy of `rules/` built into the binary, or a file.
public enum RuleSource: Sendable, Hashable {
    case shipped(String)
    case file(String)

    /// Names users and messages see. Shipped files are shown under `rules/` because
    /// the embedded copy is byte-for-byte the repository's `rules/`.
    public var displayName: String {
        switch self {
        case .shipped(let path): return "rules/\(path)"
        case .file(let path): return path
        }
    }

    public static var shippedFiles: [String: String] { EmbeddedRules.files }

    /// Shipped rule packs by id (file names at the top of `rules/` whose head declares a
    /// framework). Worked out once, from the first lines only: every command line is
    /// parsed with the list (completions), and the packs are 150 KB of text.
    public static let shippedPacks: [String] = shippedFiles
        .filter { !$0.key.contains("/") && $0.key.hasSuffix(".yaml") && declaresFramework($0.value) }
        .map { String($0.key.dropLast(5)) }
        .sorted()

    private static func declaresFramework(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(4096))
        let wanted = Array("\nframework:".utf8)
        guard head.count >= wanted.count else { return false }
        return (0...(head.count - wanted.count)).contains { start in head[start..<(start + wanted.count)].elementsEqual(wanted) }
    }

    func read(limits: YAMLParser.Limits) throws -> YAMLNode? {
        let parser = YAMLParser(limits: limits)
        switch self {
        case .shipped(let path):
            guard let text = Self.shippedFiles[path] else {
                throw RuleError.notFound(reference: path, from: nil, shipped: Self.shippedPacks)
            }
            return try parser.parse(text, file: displayName)
        case .file(let path):
            return try parser.parseFile(atPath: path)
        }
    }

    /// Resolves a reference written inside this source: a bare name (`spbe-2020`)
    /// means a shipped pack; anything with a slash or `.yaml` is a path relative to
    /// the declaring file.
    func resolve(_ reference: String) -> RuleSource? {
        let isBareName = !reference.contains("/") && !reference.hasSuffix(".yaml") && !reference.hasSuffix(".yml")
        if isBareName {
            return Self.shippedFiles["\(reference).yaml"] != nil ? .shipped("\(reference).yaml") : nil
        }
        switch self {
        case .shipped(let path):
            let normalized = PathName.normalize(PathName.join(PathName.parent(path), reference))
            return Self.shippedFiles[normalized] != nil ? .shipped(normalized) : nil
        case .file(let path):
            let full = PathName.join(PathName.parent(path), reference)
            if PathName.entry(full) == .file { return .file(full) }
            // A shipped pack copied into a project still says `catalogue: kinds.yaml`:
            // with no such file beside it, that bare name means the shipped one.
            if !reference.contains("/"), Self.shippedFiles[reference] != nil { return .shipped(reference) }
            return nil
        }
    }

    /// The same file reached by two spellings (`./b.yaml`, `b.yaml`, a symlink) has
    /// one identity, so `extends:` cycles are found whatever the spelling.
    var identity: String {
        switch self {
        case .shipped(let path): return "shipped:" + PathName.normalize(path)
        case .file(let path): return "file:" + (PathName.real(path) ?? PathName.absolute(path))
        }
    }
}
