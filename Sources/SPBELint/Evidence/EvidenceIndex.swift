/// Everything the walk learned, built once and read by every rule.
public struct EvidenceIndex: Sendable {
    /// Something about the tree the user should know that is not an evidence gap.
    public struct Notice: Sendable, Hashable {
        public enum Code: String, Sendable, Hashable, Codable {
            case unreadable, symlinkOutside = "symlink-outside", symlinkBroken = "symlink-broken",
                 symlinkLoop = "symlink-loop", specialFile = "special-file", nameEncoding = "name-encoding",
                 nameConflict = "name-conflict", sidecar, sidecarOrphan = "sidecar-orphan", vanished
        }

        public var code: Code
        public var path: String
        /// Values for the code's message in `rules/messages.yaml` (`tree.<code>`).
        public var arguments: [String: String]

        init(code: Code, path: String, arguments: [String: String] = [:]) {
            self.code = code
            self.path = path
            self.arguments = arguments
        }
    }

    public var root: String
    /// In walk order (depth first, names in byte order), so every report is deterministic.
    public var files: [EvidenceFile]
    public var notices: [Notice]
    public var directoriesVisited: Int
    private var byIndicator: [String: [Int]]

    init(root: String, files: [EvidenceFile], notices: [Notice], directoriesVisited: Int) {
        self.root = root
        self.files = files
        self.notices = notices.sorted { ($0.path, $0.code.rawValue) < ($1.path, $1.code.rawValue) }
        self.directoriesVisited = directoriesVisited
        var grouped: [String: [Int]] = [:]
        for (position, file) in self.files.enumerated() {
            if let indicator = file.indicator { grouped[indicator, default: []].append(position) }
        }
        self.byIndicator = grouped
    }

    public func files(for indicator: String) -> [EvidenceFile] {
        (byIndicator[indicator] ?? []).map { files[$0] }
    }

    public var unassigned: [EvidenceFile] {
        files.filter { $0.indicator == nil }
    }
}
