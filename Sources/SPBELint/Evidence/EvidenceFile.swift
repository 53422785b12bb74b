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
    public var indicator: String?
    public var level: Int?
    public var assignment: Assignment?
    /// The indicator folder the file sits in (set when tied by folder).
    public var indicatorFolder: String?
    /// Kinds the file counts as (name keyword and extension both fit).
    public var kinds: [String]
    /// Kinds whose keywords fit but whose extensions do not: shown as hints
    /// ("found SK Tim.docx, but an SK must be .pdf").
    public var nearKinds: [String]
    /// `kinds` and `nearKinds` as bits in the order of `KindCatalogue.ids`, so the
    /// evaluator can test a file against a requirement without touching strings.
    public var kindMask: UInt64 = 0
    public var nearKindMask: UInt64 = 0
    /// The document's year: a sidecar `year`, else the latest 20xx in the name.
    public var year: Int?

    /// Sizes and dates are not here: the walk takes plain files from the folder listing
    /// without a stat, and the content checks read them only for files that matter.
    public init(path: String, name: String? = nil) {
        self.path = path
        let name = name ?? Self.lastComponent(path)
        self.name = name
        self.ext = Self.fileExtension(name)
        self.kinds = []
        self.nearKinds = []
        self.year = Self.year(in: name)
    }

    init(path: String, name: String, ext: String, indicator: String?, level: Int?, assignment: Assignment?,
         indicatorFolder: String?, kinds: [String], nearKinds: [String], kindMask: UInt64, nearKindMask: UInt64, year: Int?) {
        self.path = path
        self.name = name
        self.ext = ext
        self.indicator = indicator
        self.level = level
        self.assignment = assignment
        self.indicatorFolder = indicatorFolder
        self.kinds = kinds
        self.nearKinds = nearKinds
        self.kindMask = kindMask
        self.nearKindMask = nearKindMask
        self.year = year
    }

    static func lastComponent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// Lower-case extension from the bytes after the last dot ("" for none or a dot file).
    static func fileExtension(_ name: String) -> String {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return "" }
        var ext: [UInt8] = []
        for byte in bytes[bytes.index(after: dot)...] {
            ext.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return String(decoding: ext, as: UTF8.self)
    }

    /// "Laporan Audit 2024.pdf", "RKA_2025", "14-06-2023" → the latest plausible year.
    static func year(in name: String) -> Int? {
        year(inBytes: name.utf8)
    }

    static func year(inBytes bytes: String.UTF8View) -> Int? {
        var copy = Array(bytes)
        return copy.withUnsafeMutableBufferPointer { year(inBytes: UnsafeBufferPointer($0)) }
    }

    /// Runs of exactly four digits from 2000 to 2099; the largest wins.
    static func year(inBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] &- 48 < 10 else {
                index += 1
                continue
            }
            var end = index
            var value = 0
            while end < count && bytes[end] &- 48 < 10 {
                value = value &* 10 &+ Int(bytes[end] &- 48)
                end += 1
            }
            if end - index == 4 && value >= 2000 && value <= 2099 && value > best { best = value }
            index = end
        }
        return best == 0 ? nil : best
    }

    /// How many bytes after the last dot form the extension (0: none, or a dot file).
    static func extensionLength(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var index = name.count - 1
        while index > 0 {
            if name[index] == UInt8(ascii: ".") { return name.count - 1 - index }
            index -= 1
        }
        return 0
    }

    public var stem: String {
        ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

}
