/// A path in a git snapshot (the index or a commit's tree), as the index builder needs it.
enum GitIndex {
    struct Entry: Sendable {
        enum Kind: Sendable { case file, symlink, submodule }
        /// Relative to the folder asked about.
        var path: String
        var kind: Kind
    }
}
