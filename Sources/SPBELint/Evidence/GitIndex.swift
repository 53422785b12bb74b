/// A path in a git snapshot (the index or a commit's tree), as the index builder needs it.
enum GitIndex {
    struct Entry: Sendable {
        enum Kind: Sendable { case file, symlink, submodule }
        /// The path's bytes, relative to the folder asked about: a name that is not UTF-8
        /// keeps its bytes, so the walk refuses it as it refuses one on disk.
        var bytes: [UInt8]
        var kind: Kind

        init(bytes: [UInt8], kind: Kind) {
            self.bytes = bytes
            self.kind = kind
        }

        init(path: String, kind: Kind) {
            self.init(bytes: Array(path.utf8), kind: kind)
        }

        /// The path as text (replacement characters where it is not UTF-8): for lookups of
        /// files spbe-lint reads itself (configs), never for evidence.
        var path: String { String(decoding: bytes, as: UTF8.self) }
    }
}
