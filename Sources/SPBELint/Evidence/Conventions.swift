/// How an evidence tree says which indicator and level a file belongs to.
/// The defaults live in `rules/conventions.yaml`; a config's lists come before them, or
/// replace them with `replace: true`.
public struct Conventions: Sendable, Hashable {
    /// Tried on each folder name, first match wins; may capture `{n}` and/or `{level}`.
    public var folders: [NamePattern]
    /// Tried on each file name (extension included).
    public var files: [NamePattern]
    /// Words that name an office (OPD): a numbered folder starting with one ("01. Bappeda")
    /// is a list of offices, not an indicator.
    public var officeWords: Set<String> = []

    public init(folders: [NamePattern], files: [NamePattern], officeWords: Set<String> = []) {
        self.folders = folders
        self.files = files
        self.officeWords = officeWords
    }

    /// "01. Bappeda", "02 Dinas Kesehatan": the first word after the number names an office.
    public func isOfficeFolder(_ name: String) -> Bool {
        guard !officeWords.isEmpty else { return false }
        let words = NameNormalizer.words(NameNormalizer.normalize(name)).drop { $0.allSatisfy(\.isNumber) }
        return words.first.map { officeWords.contains(String($0)) } ?? false
    }

    public func matchFolder(_ name: String) -> NamePattern.Match? {
        for pattern in folders {
            if let match = pattern.match(name) { return match }
        }
        return nil
    }

    public func matchFile(_ name: String) -> NamePattern.Match? {
        for pattern in files {
            if let match = pattern.match(name) { return match }
        }
        return nil
    }

    func matchFile(bytes name: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> NamePattern.Match? {
        let isASCII = isASCII ?? !name.contains { $0 >= 0x80 }
        for index in files.indices {
            if let match = files[index].match(bytes: name, isASCII: isASCII) { return match }
        }
        return nil
    }

    /// The same, trying only `files[i]` for each bit `i` of `candidates` (in order): the
    /// patterns that could start with the name's first byte (`fileCandidates`). A pattern
    /// left out would have refused the name on its first byte, so the answer is the same.
    func matchFile(bytes name: UnsafeBufferPointer<UInt8>, isASCII: Bool, candidates: UInt64) -> NamePattern.Match? {
        var remaining = candidates
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if let match = files[index].match(bytes: name, isASCII: isASCII) { return match }
        }
        return nil
    }

    /// Per first byte, the file patterns that could start with it, as bits of
    /// `files`' positions; nil when there are more patterns than bits. A digit-led name
    /// was tried against all seven shipped patterns, a retain and a release each, where
    /// one can match it (#28).
    var fileCandidates: [UInt64]? {
        guard files.count <= 64 else { return nil }
        return (0...255).map { byte in
            var bits: UInt64 = 0
            for (index, pattern) in files.enumerated() where pattern.couldStart(with: UInt8(byte)) { bits |= 1 << UInt64(index) }
            return bits
        }
    }

    /// Reads a `conventions:` mapping (from rules/conventions.yaml or a config).
    static func decode(_ node: YAMLNode, base: Conventions?, sink: DiagnosticSink) -> Conventions {
        guard let map = MappingReader(node, what: sink.messages(.whatConventions), sink: sink) else { return base ?? Conventions(folders: [], files: []) }
        map.rejectUnknownKeys(allowed: ConfigSchema.conventions.keys)
        // A config's patterns come first and the shipped ones still apply after them,
        // unless the config says `replace: true`.
        let replace = map.bool("replace") ?? false
        func patterns(_ key: String) -> [NamePattern]? {
            guard let list = map.node(key) else { return nil }
            var result: [NamePattern] = []
            for item in list.sequence ?? [list] {
                guard let text = item.scalar else {
                    sink.error(.diagPatternText, ["key": key], at: item.location)
                    continue
                }
                guard let pattern = NamePattern(text) else {
                    sink.error(.diagPatternInvalid, ["pattern": text], at: item.location)
                    continue
                }
                result.append(pattern)
            }
            return result
        }
        func combined(_ mine: [NamePattern]?, _ inherited: [NamePattern]) -> [NamePattern] {
            guard let mine else { return inherited }
            return replace ? mine : mine + inherited
        }
        let offices = Set((map.strings("office-words") ?? []).map { $0.lowercased() })
        return Conventions(
            folders: combined(patterns("folders"), base?.folders ?? []),
            files: combined(patterns("files"), base?.files ?? []),
            officeWords: replace ? offices : offices.union(base?.officeWords ?? [])
        )
    }

    /// The shipped defaults from `rules/conventions.yaml`.
    public static let standard: Conventions = {
        let sink = DiagnosticSink()
        guard let text = RuleSource.shippedFiles["conventions.yaml"],
              let root = try? YAMLParser().parse(text, file: "rules/conventions.yaml"),
              let node = NodeMerger.value("conventions", in: root) else {
            return Conventions(folders: [], files: [])
        }
        return decode(node, base: nil, sink: sink)
    }()
}
