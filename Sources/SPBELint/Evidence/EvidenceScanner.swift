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
/// every file stat-ed once, classified once, tied to an indicator by the folder
/// and file-name conventions. It never writes, never opens a FIFO or device,
/// and never follows a symbolic link out of the root.
public struct EvidenceScanner: Sendable {
    public var pack: RulePack
    public var conventions: Conventions
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
        name.hasPrefix(".") || litter.contains(name) || name.hasPrefix("~$") || name.hasSuffix(".spbe-lint.md")
    }

    /// Indicator number → position in `pack.indicators`.
    private let indicatorIndex: [Int: Int]

    public init(pack: RulePack, conventions: Conventions = .standard, ignore: IgnoreMatcher = IgnoreMatcher(patterns: []), ignoreBase: String = "") {
        self.pack = pack
        self.indicatorIndex = Dictionary(pack.indicators.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.conventions = conventions
        self.ignore = ignore
        self.ignoreBase = ignoreBase
    }

    private struct Context {
        /// Index into `pack.indicators`: small, so copying a context per file is cheap.
        var indicator: Int?
        var level: Int?
        /// Relative path of the folder that tied the indicator.
        var folder: String?
    }

    /// One open folder of the depth-first walk. A class: the loop touches it once per
    /// entry, and a struct of strings and arrays would be copied (and retained) each time.
    private final class Frame {
        let absolute: String
        let relative: String
        let context: Context
        let names: [(name: String, valid: Bool, type: UInt8)]
        var next = 0
        let sidecar: Sidecar?
        /// Entries are stat-ed relative to this descriptor, so the kernel does not resolve
        /// the whole path again for every file; -1 falls back to the path.
        let descriptor: Int32

        init(absolute: String, relative: String, context: Context, names: [(name: String, valid: Bool, type: UInt8)], sidecar: Sidecar?) {
            self.absolute = absolute
            self.relative = relative
            self.context = context
            self.names = names
            self.sidecar = sidecar
            self.descriptor = Glibc.open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        func status(of name: String, into status: inout stat) -> Bool {
            descriptor >= 0
                ? fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0
                : lstat(absolute + "/" + name, &status) == 0
        }
    }

    /// A file seen by the walk, before classification.
    private struct Seen {
        var path: String
        var name: String
        var context: Context
        var sidecar: Sidecar.Entry?
    }

    public func scan(root: String) throws -> EvidenceIndex {
        var status = stat()
        guard stat(root, &status) == 0 else {
            throw EvidenceError.rootNotFound(root)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { throw EvidenceError.rootNotADirectory(root) }
        guard let realRoot = Self.realPath(root) else { throw EvidenceError.rootUnreadable(root, reason: "cannot resolve the path") }

        var seen: [Seen] = []
        var notices: [EvidenceIndex.Notice] = []
        var visited: Set<FileIdentity> = [FileIdentity(status)]
        var directories = 0
        // Depth first, entries in byte order: the order of the index is deterministic
        // without sorting every path at the end.
        guard let rootFrame = try open(root, relative: "", context: Context(), notices: &notices) else {
            throw EvidenceError.rootUnreadable(root, reason: String(cString: strerror(errno)))
        }
        directories += 1
        var stack = [rootFrame]

        while let directory = stack.last {
            guard directory.next < directory.names.count else {
                stack.removeLast()
                continue
            }
            let (name, valid, direntType) = directory.names[directory.next]
            directory.next += 1
            if Self.isNeverEvidence(name) { continue }
            let relative = join(directory.relative, name)
            if !valid {
                notices.append(.init(code: .nameEncoding, path: relative))
                continue
            }
            // Like `find -type f`, trust the folder listing's type for plain files: no
            // stat per file. Folders, links and unknown types are stat-ed.
            if direntType == UInt8(DT_REG) {
                if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative), isDirectory: false) { continue }
                seen.append(Seen(path: relative, name: name, context: directory.context, sidecar: directory.sidecar?.entries[name]))
                continue
            }
            var entryStatus = stat()
            if !directory.status(of: name, into: &entryStatus) {
                notices.append(.init(code: .vanished, path: relative))
                continue
            }
            var type = entryStatus.st_mode & S_IFMT
            if type == S_IFLNK {
                guard let target = Self.realPath(directory.absolute + "/" + name) else {
                    notices.append(.init(code: .symlinkBroken, path: relative))
                    continue
                }
                guard target == realRoot || target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
                    notices.append(.init(code: .symlinkOutside, path: relative, arguments: ["target": target]))
                    continue
                }
                guard stat(target, &entryStatus) == 0 else {
                    notices.append(.init(code: .symlinkBroken, path: relative))
                    continue
                }
                type = entryStatus.st_mode & S_IFMT
            }
            let isDirectory = type == S_IFDIR
            if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative), isDirectory: isDirectory) { continue }

            if isDirectory {
                guard visited.insert(FileIdentity(entryStatus)).inserted else {
                    notices.append(.init(code: .symlinkLoop, path: relative))
                    continue
                }
                let context = enter(folder: name, path: relative, from: directory.context)
                if let frame = try open(directory.absolute + "/" + name, relative: relative, context: context, notices: &notices) {
                    directories += 1
                    stack.append(frame)
                }
                continue
            }
            guard type == S_IFREG else {
                notices.append(.init(code: .specialFile, path: relative))
                continue
            }
            seen.append(Seen(path: relative, name: name, context: directory.context, sidecar: directory.sidecar?.entries[name]))
        }

        let files = classify(seen, notices: &notices)
        return EvidenceIndex(root: root, files: files, notices: notices, directoriesVisited: directories)
    }

    /// Builds the index from `git ls-files` instead of the disk: what a commit would
    /// contain. Untracked files never count (pre-commit stashes unstaged changes but not
    /// untracked files, so a walk of the working tree could pass a commit that lacks
    /// them); a file deleted in the index is gone.
    public func scanStaged(root: String) throws -> EvidenceIndex {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { throw EvidenceError.rootNotFound(root) }
        guard isDirectory.boolValue else { throw EvidenceError.rootNotADirectory(root) }
        let listing = try GitIndex.list(in: root)
        var notices: [EvidenceIndex.Notice] = []
        var seen: [Seen] = []
        var contexts: [String: Context] = ["": Context()]
        var folders: Set<String> = [""]
        var sidecars: [String: Sidecar] = [:]

        func context(for folder: String) -> Context {
            if let known = contexts[folder] { return known }
            let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/"))
            let parent = slash.map { String(folder[..<$0]) } ?? ""
            let name = slash.map { String(folder[folder.utf8.index(after: $0)...]) } ?? folder
            let result = enter(folder: name, path: folder, from: context(for: parent))
            contexts[folder] = result
            folders.insert(folder)
            return result
        }

        for entry in listing.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            let components = entry.path.split(separator: "/").map(String.init)
            guard let name = components.last else { continue }
            // The same skips as the walk: hidden names anywhere on the path, litter, guides, ignores.
            if components.contains(where: { $0.hasPrefix(".") }) {
                if name == Sidecar.fileName, let folder = components.dropLast().joined(separator: "/") as String?,
                   !components.dropLast().contains(where: { $0.hasPrefix(".") }) {
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
            let folder = components.dropLast().joined(separator: "/")
            seen.append(Seen(path: entry.path, name: name, context: context(for: folder), sidecar: nil))
        }
        for (folder, sidecar) in sidecars {
            let displayPath = join(folder, Sidecar.fileName)
            for problem in sidecar.problems { notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": problem])) }
            for index in seen.indices where seen[index].path.hasPrefix(folder.isEmpty ? "" : folder + "/") {
                let rest = folder.isEmpty ? seen[index].path : String(seen[index].path.dropFirst(folder.count + 1))
                if !rest.contains("/"), let entry = sidecar.entries[rest] { seen[index].sidecar = entry }
            }
        }
        let files = classify(seen, notices: &notices)
        return EvidenceIndex(root: root, files: files, notices: notices, directoriesVisited: folders.count)
    }

    /// Reads a folder's entry names (and its sidecar). Nil, with a notice, when it cannot be read.
    private func open(_ absolute: String, relative: String, context: Context, notices: inout [EvidenceIndex.Notice]) throws -> Frame? {
        guard let handle = opendir(absolute) else {
            if !relative.isEmpty {
                notices.append(.init(code: .unreadable, path: relative + "/", arguments: ["reason": String(cString: strerror(errno))]))
            }
            return nil
        }
        defer { closedir(handle) }
        // Names are gathered as raw bytes in one buffer and sorted there (byte order:
        // deterministic whatever the file system's listing order), before any String exists.
        var buffer: [UInt8] = []
        var spans: [(start: Int, count: Int, type: UInt8)] = []
        while let entry = readdir(handle) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { bytes in
                    let length = strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))
                    if (length == 1 && bytes[0] == 46) || (length == 2 && bytes[0] == 46 && bytes[1] == 46) { return }
                    spans.append((buffer.count, length, type))
                    buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
                }
            }
        }
        let names: [(name: String, valid: Bool, type: UInt8)] = buffer.withUnsafeBufferPointer { all in
            spans.sort { a, b in
                let order = memcmp(all.baseAddress! + a.start, all.baseAddress! + b.start, min(a.count, b.count))
                return order != 0 ? order < 0 : a.count < b.count
            }
            return spans.map { span in
                let bytes = UnsafeBufferPointer(rebasing: all[span.start..<(span.start + span.count)])
                if let valid = String(validating: bytes, as: UTF8.self) { return (valid, true, span.type) }
                return (String(decoding: bytes, as: UTF8.self), false, span.type)
            }
        }

        afterListing?(relative)
        var sidecar: Sidecar?
        if names.contains(where: { $0.name == Sidecar.fileName }) {
            let sidecarPath = absolute + "/" + Sidecar.fileName
            var sidecarStatus = stat()
            if lstat(sidecarPath, &sidecarStatus) == 0, (sidecarStatus.st_mode & S_IFMT) == S_IFREG {
                let displayPath = join(relative, Sidecar.fileName)
                let loaded = Sidecar(path: sidecarPath, displayPath: displayPath, pack: pack, messages: messages)
                for problem in loaded.problems {
                    notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": problem]))
                }
                for name in loaded.entries.keys.sorted() where !names.contains(where: { $0.name == name }) {
                    notices.append(.init(code: .sidecarOrphan, path: displayPath, arguments: ["name": name]))
                }
                sidecar = loaded
            }
        }
        return Frame(absolute: absolute, relative: relative, context: context, names: names, sidecar: sidecar)
    }

    /// Classifies and ties files to indicators on every core; each file lands in its
    /// own slot, so the result does not depend on scheduling.
    private func classify(_ seen: [Seen], notices: inout [EvidenceIndex.Notice]) -> [EvidenceFile] {
        let classifier = EvidenceClassifier(kinds: pack.kinds)
        let chunks = seen.count < 2_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
        let size = (seen.count + chunks - 1) / max(chunks, 1)
        var files = [EvidenceFile?](repeating: nil, count: seen.count)
        var conflicts = [[EvidenceIndex.Notice]](repeating: [], count: chunks)
        files.withUnsafeMutableBufferPointer { output in
            conflicts.withUnsafeMutableBufferPointer { conflictOutput in
                // Each chunk writes only its own slots, so sharing the buffers is safe.
                let outputBase = DisjointSlots(buffer: output)
                let conflictBase = DisjointSlots(buffer: conflictOutput)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * size
                    let upper = min(seen.count, lower + size)
                    guard lower < upper else { return }
                    var local: [EvidenceIndex.Notice] = []
                    for position in lower..<upper {
                        let item = seen[position]
                        var file = EvidenceFile(path: item.path, name: item.name)
                        classifier.classify(&file)
                        assign(&file, context: item.context, notices: &local)
                        if let entry = item.sidecar {
                            if let kinds = entry.kinds {
                                file.kinds = kinds
                                file.nearKinds = []
                                file.kindMask = pack.kindMask(kinds)
                                file.nearKindMask = 0
                            }
                            if let indicator = entry.indicator { file.indicator = indicator; file.assignment = .sidecar }
                            if let level = entry.level { file.level = level }
                            if let year = entry.year { file.year = year }
                        }
                        outputBase.buffer[position] = file
                    }
                    conflictBase.buffer[chunk] = local
                }
            }
        }
        notices += conflicts.flatMap { $0 }
        return files.compactMap { $0 }
    }

    private func enter(folder name: String, path: String, from context: Context) -> Context {
        var next = context
        guard let match = conventions.matchFolder(name) else { return next }
        if next.indicator == nil, let number = match.number, let indicator = indicatorIndex[number] {
            next.indicator = indicator
            next.folder = path
            next.level = match.level ?? next.level
        } else if let level = match.level, match.number == nil || next.indicator != nil {
            next.level = level
        }
        return next
    }

    private func assign(_ file: inout EvidenceFile, context: Context, notices: inout [EvidenceIndex.Notice]) {
        let match = conventions.matchFile(file.name)
        file.level = match?.level ?? context.level
        if let position = context.indicator {
            let indicator = pack.indicators[position]
            file.indicator = indicator.id
            file.assignment = .folder
            file.indicatorFolder = context.folder
            if let number = match?.number, number != indicator.number, let other = pack.indicator(number: number) {
                notices.append(.init(code: .nameConflict, path: file.path, arguments: ["named": other.id, "filed": indicator.id]))
            }
        } else if let number = match?.number, let indicator = pack.indicator(number: number) {
            file.indicator = indicator.id
            file.assignment = .fileName
        }
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

/// A buffer that concurrent workers fill at disjoint indices.
private struct DisjointSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
