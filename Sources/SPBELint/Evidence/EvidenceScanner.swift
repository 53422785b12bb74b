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

    /// Names that are never evidence: system litter and office lock files.
    static let litter: Set<String> = ["Thumbs.db", "desktop.ini", "Desktop.ini", ".DS_Store"]

    public init(pack: RulePack, conventions: Conventions = .standard, ignore: IgnoreMatcher = IgnoreMatcher(patterns: []), ignoreBase: String = "") {
        self.pack = pack
        self.conventions = conventions
        self.ignore = ignore
        self.ignoreBase = ignoreBase
    }

    private struct Context {
        var indicator: Indicator?
        var level: Int?
    }

    private struct PendingDirectory {
        var absolute: String
        var relative: String
        var context: Context
    }

    public func scan(root: String) throws -> EvidenceIndex {
        var status = stat()
        guard stat(root, &status) == 0 else {
            throw EvidenceError.rootNotFound(root)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { throw EvidenceError.rootNotADirectory(root) }
        guard let realRoot = Self.realPath(root) else { throw EvidenceError.rootUnreadable(root, reason: "cannot resolve the path") }

        let classifier = EvidenceClassifier(kinds: pack.kinds)
        var files: [EvidenceFile] = []
        var notices: [EvidenceIndex.Notice] = []
        var visited: Set<FileIdentity> = [FileIdentity(status)]
        var pending = [PendingDirectory(absolute: root, relative: "", context: Context())]
        var directories = 0

        while let directory = pending.popLast() {
            guard let handle = opendir(directory.absolute) else {
                let reason = String(cString: strerror(errno))
                if directory.relative.isEmpty { throw EvidenceError.rootUnreadable(root, reason: reason) }
                notices.append(.init(code: .unreadable, path: directory.relative + "/", arguments: ["reason": reason]))
                continue
            }
            directories += 1
            let descriptor = dirfd(handle)
            var names: [(name: String, valid: Bool)] = []
            while let entry = readdir(handle) {
                let decoded = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { chars -> (String, Bool) in
                        if let valid = String(validatingCString: chars) { return (valid, true) }
                        return (String(cString: chars), false)
                    }
                }
                if decoded.0 == "." || decoded.0 == ".." { continue }
                names.append((decoded.0, decoded.1))
            }
            names.sort { $0.name < $1.name }

            var sidecar: Sidecar?
            if names.contains(where: { $0.name == Sidecar.fileName }) {
                let sidecarPath = directory.absolute + "/" + Sidecar.fileName
                var sidecarStatus = stat()
                if lstat(sidecarPath, &sidecarStatus) == 0, (sidecarStatus.st_mode & S_IFMT) == S_IFREG {
                    let loaded = Sidecar(path: sidecarPath, displayPath: join(directory.relative, Sidecar.fileName), pack: pack, messages: messages)
                    for problem in loaded.problems {
                        notices.append(.init(code: .sidecar, path: join(directory.relative, Sidecar.fileName), arguments: ["detail": problem]))
                    }
                    for name in loaded.entries.keys.sorted() where !names.contains(where: { $0.name == name }) {
                        notices.append(.init(code: .sidecarOrphan, path: join(directory.relative, Sidecar.fileName), arguments: ["name": name]))
                    }
                    sidecar = loaded
                }
            }

            for (name, valid) in names {
                // `*.spbe-lint.md` are `init`'s guides: placeholders must never count as evidence.
                if name.hasPrefix(".") || Self.litter.contains(name) || name.hasPrefix("~$") || name.hasSuffix(".spbe-lint.md") { continue }
                let relative = join(directory.relative, name)
                let absolute = directory.absolute + "/" + name
                if !valid {
                    notices.append(.init(code: .nameEncoding, path: relative))
                    continue
                }
                var entryStatus = stat()
                if fstatat(descriptor, name, &entryStatus, AT_SYMLINK_NOFOLLOW) != 0 {
                    notices.append(.init(code: .vanished, path: relative))
                    continue
                }
                var type = entryStatus.st_mode & S_IFMT
                if type == S_IFLNK {
                    guard let target = Self.realPath(absolute) else {
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
                    pending.append(PendingDirectory(absolute: absolute, relative: relative, context: enter(folder: name, from: directory.context)))
                    continue
                }
                guard type == S_IFREG else {
                    notices.append(.init(code: .specialFile, path: relative))
                    continue
                }
                var file = EvidenceFile(path: relative, size: Int64(entryStatus.st_size), modified: Self.modified(entryStatus))
                classifier.classify(&file)
                assign(&file, context: directory.context, notices: &notices)
                if let entry = sidecar?.entries[name] {
                    if let kinds = entry.kinds { file.kinds = kinds; file.nearKinds = [] }
                    if let indicator = entry.indicator { file.indicator = indicator; file.assignment = .sidecar }
                    if let level = entry.level { file.level = level }
                    if let year = entry.year { file.year = year }
                }
                files.append(file)
            }
            closedir(handle)
        }
        return EvidenceIndex(root: root, files: files, notices: notices, directoriesVisited: directories)
    }

    private func enter(folder name: String, from context: Context) -> Context {
        var next = context
        guard let match = conventions.matchFolder(name) else { return next }
        if next.indicator == nil, let number = match.number, let indicator = pack.indicator(number: number) {
            next.indicator = indicator
            next.level = match.level ?? next.level
        } else if let level = match.level, match.number == nil || next.indicator != nil {
            next.level = level
        }
        return next
    }

    private func assign(_ file: inout EvidenceFile, context: Context, notices: inout [EvidenceIndex.Notice]) {
        let match = conventions.matchFile(file.name)
        file.level = match?.level ?? context.level
        if let indicator = context.indicator {
            file.indicator = indicator.id
            file.assignment = .folder
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

    static func modified(_ status: stat) -> Double {
        #if canImport(Darwin)
        return Double(status.st_mtimespec.tv_sec) + Double(status.st_mtimespec.tv_nsec) / 1e9
        #else
        return Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        #endif
    }
}

private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
