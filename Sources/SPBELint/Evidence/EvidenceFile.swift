/// One file of the evidence tree, as the index knows it after the single walk.
public struct EvidenceFile: Sendable, Hashable {
    /// How the file was tied to its indicator, for explanations and debugging.
    public enum Assignment: String, Sendable, Hashable, Codable {
        case folder, fileName = "file-name", sidecar
    }

    /// Relative to the evidence root, `/`-separated.
    public var path: String
    public var name: String
    /// Lower-case, without the dot; empty when the name has none.
    public var ext: String
    public var size: Int64
    /// Seconds since 1970.
    public var modified: Double
    public var indicator: String?
    public var level: Int?
    public var assignment: Assignment?
    /// Kinds the file counts as (name keyword and extension both fit).
    public var kinds: [String]
    /// Kinds whose keywords fit but whose extensions do not: shown as hints
    /// ("found SK Tim.docx, but an SK must be .pdf").
    public var nearKinds: [String]

    public init(path: String, size: Int64 = 0, modified: Double = 0) {
        self.path = path
        let name = path.split(separator: "/").last.map(String.init) ?? path
        self.name = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            self.ext = name[name.index(after: dot)...].lowercased()
        } else {
            self.ext = ""
        }
        self.size = size
        self.modified = modified
        self.kinds = []
        self.nearKinds = []
    }

    public var stem: String {
        ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
