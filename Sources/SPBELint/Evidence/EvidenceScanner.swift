import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks an evidence tree once with plain POSIX calls and builds the index:
/// every file classified once from its name's bytes, tied to an indicator by the
/// folder and file-name conventions. It never writes, never opens a FIFO or device,
/// and never follows a symbolic link out of the root.
public struct EvidenceScanner: Sendable {
    public let pack: RulePack
    public let conventions: Conventions
    public var ignore: IgnoreMatcher
    /// Path of the evidence root relative to the folder the ignore patterns are
    /// written for (the config file's folder), so a pattern means the same thing
    /// whichever folder the user runs from.
    public var ignoreBase: String
    /// The language of sidecar diagnostics.
    public var messages: Messages = .english
    /// Called after a folder is listed, before its entries are looked at: lets tests
    /// change the tree mid-walk (a file deleted while spbe-lint runs).
    var afterListing: (@Sendable (_ relativePath: String) -> Void)?

    /// Names that are never evidence: system litter and office lock files.
    static let litter: Set<String> = ["Thumbs.db", "desktop.ini", "Desktop.ini", ".DS_Store"]

    /// One rule for the walk and for `--staged`: hidden names, litter, office lock files,
    /// and `*.spbe-lint.md`, `init`'s guides (placeholders must never count as evidence).
    static func isNeverEvidence(_ name: String) -> Bool {
        Array(name.utf8).withUnsafeBufferPointer(isNeverEvidence)
    }

    /// The same rule on raw name bytes, for the walk.
    static func isNeverEvidence(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = name.first else { return true }
        if first == UInt8(ascii: ".") { return true }
        if name.count >= 2 && first == UInt8(ascii: "~") && name[1] == UInt8(ascii: "$") { return true }
        if name.count >= guideSuffix.count && name[(name.count - guideSuffix.count)...].elementsEqual(guideSuffix) { return true }
        // A baseline kept with the evidence (Baseline.conventionalName) is spbe-lint's own.
        if name.count >= baselineSuffix.count && name[(name.count - baselineSuffix.count)...].elementsEqual(baselineSuffix)
            && (name.count == baselineSuffix.count || name[name.count - baselineSuffix.count - 1] == UInt8(ascii: ".")) { return true }
        return name.count <= 11 && litterBytes.contains { $0.elementsEqual(name) }
    }

    private static let guideSuffix = Array(".spbe-lint.md".utf8)
    private static let baselineSuffix = Array(Baseline.conventionalName.utf8)
    private static let litterBytes = litter.map { Array($0.utf8) }

    private let maker: RecordMaker

    public init(pack: RulePack, conventions: Conventions = .standard, ignore: IgnoreMatcher = IgnoreMatcher(patterns: []), ignoreBase: String = "") {
        self.pack = pack
        self.conventions = conventions
        self.ignore = ignore
        self.ignoreBase = ignoreBase
        self.maker = RecordMaker(pack: pack, conventions: conventions)
    }

    public func scan(root: String) throws -> EvidenceIndex {
        let pending = PendingListing(root: root, ignore: ignore, ignoreBase: ignoreBase, afterListing: afterListing)
        pending.run()
        return try scan(pending)
    }

    /// Finishes a listing started before the rules were loaded: classifies every file
    /// and builds the index.
    public func scan(_ pending: PendingListing) throws -> EvidenceIndex {
        let walk = try pending.wait()
        let result = walk.finish(maker: maker, messages: messages)
        return EvidenceIndex(root: pending.root, store: result.store, notices: result.notices, directoriesVisited: result.folders)
    }

    /// What a git snapshot (the index, or a commit) holds under the evidence folder.
    struct GitSnapshot {
        var index: EvidenceIndex
        /// The object id of each indexed file, by path relative to the root: the read
        /// phase streams the blobs it needs (`EvidenceContents`), as it opens files on disk.
        var objects: [String: String]
    }

    /// Builds the index from git's objects instead of the disk: what a commit would contain
    /// (`.index`) or does contain (`.revision`). Untracked files never count (pre-commit
    /// stashes unstaged changes but not untracked files, so a walk of the working tree
    /// could pass a commit that lacks them); a file deleted in the index is gone; sidecars
    /// and file contents are the snapshot's, not the disk's.
    func scanGit(_ listed: [GitObjects.Listed], prefix: String, root: String) throws -> GitSnapshot {
        let prefixBytes = Array(prefix.utf8) + [UInt8(ascii: "/")]
        let inside = prefix.isEmpty ? listed : listed.compactMap { item -> GitObjects.Listed? in
            guard item.entry.bytes.starts(with: prefixBytes) else { return nil }
            var relative = item
            relative.entry.bytes = Array(item.entry.bytes.dropFirst(prefixBytes.count))
            return relative
        }
        // By bytes: a name that is not UTF-8 decodes to the same text as another that spells
        // its replacement character, and must never lend that file its object.
        let objectOf = Dictionary(inside.map { ($0.entry.bytes, $0.object) }, uniquingKeysWith: { first, _ in first })
        let sidecarObjects = inside.filter { PathName.lastComponent($0.entry.path) == Sidecar.fileName && $0.entry.kind == .file }.map(\.object)
        let sidecarBlobs = try GitObjects.read(sidecarObjects, whole: Set(sidecarObjects), wholeLimit: Sidecar.maxBytes, in: root)
        let index = self.index(listing: inside.map(\.entry), root: root) { [pack, messages] path in
            guard let object = objectOf[Array(path.utf8)], let blob = sidecarBlobs[object], let bytes = blob.whole else {
                return Sidecar(bytes: [], displayPath: path, pack: pack, messages: messages).withProblem(path + ": " + messages.label(.error) + messages(.yamlTooLarge, ["bytes": sidecarBlobs[objectOf[Array(path.utf8)] ?? ""]?.size ?? 0, "limit": Sidecar.maxBytes]))
            }
            return Sidecar(bytes: bytes, displayPath: path, pack: pack, messages: messages)
        }
        let store = index.store
        var objects: [String: String] = [:]
        objects.reserveCapacity(store.records.count)
        for position in store.records.indices {
            let path = store.path(at: position)
            if let object = objectOf[Array(path.utf8)] { objects[path] = object }
        }
        return GitSnapshot(index: index, objects: objects)
    }

    /// Builds the index from a list of paths rather than a walk of the disk: the git index,
    /// a commit's tree, or (for the fuzzer) names that exist nowhere, through the same walk
    /// and name rules. `sidecar` reads the sidecar at a relative path from wherever the
    /// listing came from.
    func index(listing: [GitIndex.Entry], root: String, sidecar: @escaping @Sendable (String) -> Sidecar) -> EvidenceIndex {
        // As in the walk: the root folder's own name may tie it to an indicator.
        let rootName = PathName.lastComponent(PathName.real(root) ?? PathName.absolute(root))
        let walk = TreeWalk(source: ListedTree(listing, rootName: rootName, sidecar: sidecar), ignore: ignore, ignoreBase: ignoreBase,
                            rootIdentity: nil, afterListing: nil)
        _ = walk.list(root: root)
        let result = walk.finish(maker: maker, messages: messages)
        return EvidenceIndex(root: root, store: result.store, notices: result.notices, directoriesVisited: result.folders)
    }

    private func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : base + "/" + name
    }

}

/// The listing half of a walk, which needs no rules: `start()` runs it on other
/// threads while the caller loads the rule pack, and `EvidenceScanner.scan(_:)`
/// waits for it and classifies. Unchecked Sendable: `outcome` is written once by the
/// listing thread before `done` is signalled and read only after waiting on it.
public final class PendingListing: @unchecked Sendable {
    public let root: String
    let ignore: IgnoreMatcher
    let ignoreBase: String
    let afterListing: (@Sendable (String) -> Void)?
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<TreeWalk, EvidenceError>?

    public init(root: String, ignore: IgnoreMatcher, ignoreBase: String) {
        self.root = root
        self.ignore = ignore
        self.ignoreBase = ignoreBase
        self.afterListing = nil
    }

    init(root: String, ignore: IgnoreMatcher, ignoreBase: String, afterListing: (@Sendable (String) -> Void)?) {
        self.root = root
        self.ignore = ignore
        self.ignoreBase = ignoreBase
        self.afterListing = afterListing
    }

    /// Lists in the background; `EvidenceScanner.scan(_:)` waits for it.
    public func start() {
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    func run() {
        outcome = Self.list(root: root, ignore: ignore, ignoreBase: ignoreBase, afterListing: afterListing)
        done.signal()
    }

    func wait() throws -> TreeWalk {
        done.wait()
        done.signal()  // a second wait returns at once
        return try outcome!.get()
    }

    private static func list(root: String, ignore: IgnoreMatcher, ignoreBase: String, afterListing: (@Sendable (String) -> Void)?) -> Result<TreeWalk, EvidenceError> {
        var status = stat()
        guard stat(root, &status) == 0 else { return .failure(.rootNotFound(root)) }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { return .failure(.rootNotADirectory(root)) }
        guard let realRoot = PathName.real(root) else { return .failure(.rootUnreadable(root, reason: "cannot resolve the path")) }
        let walk = TreeWalk(source: DiskTree(realRoot: realRoot), ignore: ignore, ignoreBase: ignoreBase, rootIdentity: FileIdentity(status), afterListing: afterListing)
        if let failure = walk.list(root: root) {
            return .failure(.rootUnreadable(root, reason: String(cString: strerror(failure))))
        }
        return .success(walk)
    }
}
