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
        return name.count <= 11 && litterBytes.contains { $0.elementsEqual(name) }
    }

    private static let guideSuffix = Array(".spbe-lint.md".utf8)
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
        var status = stat()
        guard stat(root, &status) == 0 else {
            throw EvidenceError.rootNotFound(root)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { throw EvidenceError.rootNotADirectory(root) }
        guard let realRoot = Self.realPath(root) else { throw EvidenceError.rootUnreadable(root, reason: "cannot resolve the path") }
        let walk = TreeWalk(maker: maker, ignore: ignore, ignoreBase: ignoreBase, realRoot: realRoot, rootIdentity: FileIdentity(status),
                            messages: messages, afterListing: afterListing)
        switch walk.run(root: root) {
        case .success(let result):
            return EvidenceIndex(root: root, store: result.store, notices: result.notices, directoriesVisited: result.folders)
        case .failure(let failure):
            throw EvidenceError.rootUnreadable(root, reason: String(cString: strerror(failure.code)))
        }
    }

    /// Builds the index from `git ls-files` instead of the disk: what a commit would
    /// contain. Untracked files never count (pre-commit stashes unstaged changes but not
    /// untracked files, so a walk of the working tree could pass a commit that lacks
    /// them); a file deleted in the index is gone.
    public func scanStaged(root: String) throws -> EvidenceIndex {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { throw EvidenceError.rootNotFound(root) }
        guard isDirectory.boolValue else { throw EvidenceError.rootNotADirectory(root) }
        let listing = try GitIndex.list(in: root).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var notices: [EvidenceIndex.Notice] = []
        var contexts: [String: RecordMaker.Context] = ["": RecordMaker.Context()]
        var folderIndex: [String: Int] = [:]
        var folders: [EvidenceStore.Folder] = []

        func context(for folder: String) -> RecordMaker.Context {
            if let known = contexts[folder] { return known }
            let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/"))
            let parent = slash.map { String(folder[..<$0]) } ?? ""
            let name = slash.map { String(folder[folder.utf8.index(after: $0)...]) } ?? folder
            let result = maker.enter(folder: name, path: folder, from: context(for: parent))
            contexts[folder] = result
            return result
        }
        func folderPosition(_ folder: String) -> Int {
            if let known = folderIndex[folder] { return known }
            folders.append(EvidenceStore.Folder(path: folder, indicatorFolder: context(for: folder).folder))
            folderIndex[folder] = folders.count - 1
            return folders.count - 1
        }

        // The same skips as the walk: hidden names anywhere on the path, litter, guides,
        // ignores. Sidecars first, so the files after them can use what they declare.
        var sidecars: [String: Sidecar] = [:]
        var candidates: [(folder: String, name: String, path: String)] = []
        for entry in listing {
            let components = entry.path.split(separator: "/").map(String.init)
            guard let name = components.last else { continue }
            let folder = components.dropLast().joined(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) {
                if name == Sidecar.fileName, !components.dropLast().contains(where: { $0.hasPrefix(".") }) {
                    sidecars[folder] = Sidecar(path: (root as NSString).appendingPathComponent(entry.path), displayPath: entry.path, pack: pack, messages: messages)
                }
                continue
            }
            if Self.isNeverEvidence(name) { continue }
            if !ignore.isEmpty {
                var ignored = false
                for depth in 1..<components.count where ignore.isIgnored(join(ignoreBase, components.prefix(depth).joined(separator: "/")), isDirectory: true) {
                    ignored = true
                    break
                }
                if ignored || ignore.isIgnored(join(ignoreBase, entry.path), isDirectory: false) { continue }
            }
            switch entry.kind {
            case .symlink:
                notices.append(.init(code: .symlinkOutside, path: entry.path, arguments: ["target": "(git symlink)"]))
                continue
            case .submodule:
                notices.append(.init(code: .specialFile, path: entry.path))
                continue
            case .file:
                break
            }
            candidates.append((folder, name, entry.path))
        }
        var names: [String: Set<String>] = [:]
        for candidate in candidates { names[candidate.folder, default: []].insert(candidate.name) }
        for (folder, sidecar) in sidecars {
            let displayPath = join(folder, Sidecar.fileName)
            for problem in sidecar.problems { notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": problem])) }
            // As in the walk: an entry naming a file the commit does not contain.
            for name in sidecar.entries.keys.sorted() where names[folder]?.contains(name) != true {
                notices.append(.init(code: .sidecarOrphan, path: displayPath, arguments: ["name": name]))
            }
        }

        var arena: [UInt8] = []
        var records: [EvidenceStore.Record] = []
        var scratch = RecordMaker.Scratch()
        for candidate in candidates {
            let start = arena.count
            arena.append(contentsOf: candidate.name.utf8)
            var record = arena.withUnsafeBufferPointer { all in
                maker.record(name: UnsafeBufferPointer(rebasing: all[start...]), nameStart: start, context: context(for: candidate.folder),
                             sidecar: sidecars[candidate.folder]?.entries[candidate.name], scratch: &scratch, notices: &notices, path: { candidate.path })
            }
            record.folder = UInt32(folderPosition(candidate.folder))
            records.append(record)
        }
        for folder in contexts.keys.sorted() { _ = folderPosition(folder) }
        let store = EvidenceStore(names: arena, records: records, folders: folders, kindIDs: maker.classifier.ids, indicatorIDs: maker.indicatorIDs)
        return EvidenceIndex(root: root, store: store, notices: notices, directoriesVisited: folders.count)
    }

    private func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : base + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
