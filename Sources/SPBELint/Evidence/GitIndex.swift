/// A path in a git snapshot (the index or a commit's tree), as the index builder needs it.
enum GitIndex {
    struct Entry: Sendable {
        enum Kind: Sendable { case file, symlink, submodule }
        /// Relative to the folder asked about.
        var path: String
        var kind: Kind
        /// The path up to its first component that is not UTF-8 (the folder or file the walk
        /// would refuse), nil when every component is UTF-8. `path` then holds replacement
        /// characters and must not count as evidence.
        var undecodable: String? = nil
    }
}
