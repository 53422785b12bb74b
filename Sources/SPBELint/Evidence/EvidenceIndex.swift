/// Everything the walk learned, built once and read by every rule.
public struct EvidenceIndex: Sendable {
    /// Something about the tree the user should know that is not an evidence gap.
    public struct Notice: Sendable, Hashable {
        public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
            case unreadable, symlinkOutside = "symlink-outside", symlinkBroken = "symlink-broken",
                 symlinkLoop = "symlink-loop", specialFile = "special-file", nameEncoding = "name-encoding",
                 nameConflict = "name-conflict", sidecar, sidecarOrphan = "sidecar-orphan", vanished,
                 gitSymlink = "git-symlink", submodule
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
    public let files: EvidenceFiles
    public var notices: [Notice]
    public var directoriesVisited: Int
    /// Store positions of each indicator's files, by indicator id.
    private let byIndicator: [String: [Int32]]
    private let unassignedPositions: [Int32]

    init(root: String, store: EvidenceStore, notices: [Notice], directoriesVisited: Int) {
        self.root = root
        self.files = EvidenceFiles(store: store)
        self.notices = notices.sorted { ($0.path, $0.code.rawValue) < ($1.path, $1.code.rawValue) }
        self.directoriesVisited = directoriesVisited
        var grouped = [[Int32]](repeating: [], count: store.indicatorIDs.count)
        var unassigned: [Int32] = []
        for (position, record) in store.records.enumerated() {
            if record.hasIndicator { grouped[Int(record.indicator)].append(Int32(position)) } else { unassigned.append(Int32(position)) }
        }
        var byIndicator: [String: [Int32]] = [:]
        for (position, id) in store.indicatorIDs.enumerated() where !grouped[position].isEmpty { byIndicator[id] = grouped[position] }
        self.byIndicator = byIndicator
        self.unassignedPositions = unassigned
    }

    var store: EvidenceStore { files.store }

    public func files(for indicator: String) -> EvidenceFiles {
        EvidenceFiles(store: files.store, positions: byIndicator[indicator] ?? [])
    }

    public var unassigned: EvidenceFiles {
        EvidenceFiles(store: files.store, positions: unassignedPositions)
    }
}
