#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a walk's folders come from: the disk, or a list of paths (git's index or a
/// commit's tree, the fuzzer's names). A source only lists and says what an entry is;
/// every rule about names (hidden, litter, not UTF-8, ignored), links, sidecars and how a
/// file is classified lives once in `TreeWalk`, so the pre-commit gate and the report on
/// the disk cannot disagree about which files count (#22).
protocol TreeSource: Sendable {
    /// The root folder's own name: it may tie the whole tree to an indicator.
    var rootName: String { get }
    /// Opens one folder for listing.
    func open(_ folder: TreeWalk.Task) -> TreeOpening
    /// The sidecar of `folder`, whose listing holds `Sidecar.fileName` with listing type `type`.
    func sidecar(of folder: TreeWalk.Task, type: UInt8, displayPath: String, pack: RulePack, messages: Messages) -> SidecarRead
}

enum TreeOpening {
    case opened(any SourceFolder)
    /// The folder cannot be listed: errno.
    case failed(Int32)
}

/// A folder of a source, open while the walk looks at its entries (one thread).
protocol SourceFolder {
    /// Appends every entry's name bytes to `arena` and a span per entry; `Span.type` is
    /// `DT_REG` for a plain file, else a code only this source's `resolve` needs to know.
    func entries(arena: inout [UInt8], spans: inout [TreeWalk.Span])
    /// What an entry not listed as a plain file is.
    func resolve(name: String, relative: String, type: UInt8) -> SourceEntry
}

enum SourceEntry {
    case file
    /// `identity` finds loops (nil where there are no links to follow); a folder reached
    /// through a link is followed only while stitching, in walk order.
    case folder(absolute: String, identity: FileIdentity?, isLink: Bool)
    /// Not evidence; said unless an ignore pattern covers it (a device, a committed link,
    /// a submodule).
    case refused(EvidenceIndex.Notice, isDirectory: Bool)
    /// Not evidence, said whatever the ignores: what it is cannot be known (a link that
    /// leads nowhere or out of the tree, a name gone since the listing).
    case broken(EvidenceIndex.Notice)
}

enum SidecarRead {
    case loaded(Sidecar)
    /// Not read at all (a FIFO or a link): the detail for the notice.
    case refused(String)
}

/// The evidence folder on disk, read with plain POSIX calls: plain files are taken from
/// the listing's type, as `find` does; only folders, links and unknown types are stat-ed.
/// Never follows a link out of the root, never opens a FIFO or a device.
struct DiskTree: TreeSource {
    let realRoot: String

    var rootName: String { PathName.lastComponent(realRoot) }

    func open(_ folder: TreeWalk.Task) -> TreeOpening {
        let descriptor = openFolder(folder.absolute)
        guard descriptor >= 0, let handle = fdopendir(descriptor) else {
            let failure = errno
            if descriptor >= 0 { close(descriptor) }
            return .failed(failure)
        }
        return .opened(Folder(handle: handle, absolute: folder.absolute, realRoot: realRoot))
    }

    func sidecar(of folder: TreeWalk.Task, type: UInt8, displayPath: String, pack: RulePack, messages: Messages) -> SidecarRead {
        let path = folder.absolute + "/" + Sidecar.fileName
        var status = stat()
        guard lstat(path, &status) == 0 else { return .refused(messages(.yamlUnreadable, ["reason": String(cString: strerror(errno))])) }
        // `ln -s /dev/stdin .bukti.yaml` or a FIFO: never read, and not silently ignored either.
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .refused(messages(.yamlUnreadable, ["reason": SafeFile.Failure.notRegular(SafeFile.kindName(status.st_mode)).reason]))
        }
        return .loaded(Sidecar(path: path, displayPath: displayPath, pack: pack, messages: messages))
    }

    final class Folder: SourceFolder {
        let handle: OpaquePointer
        let absolute: String
        let realRoot: String

        init(handle: OpaquePointer, absolute: String, realRoot: String) {
            self.handle = handle
            self.absolute = absolute
            self.realRoot = realRoot
        }

        deinit { closedir(handle) }

        func entries(arena: inout [UInt8], spans: inout [TreeWalk.Span]) {
            while let entry = readdir(handle) {
                let type = entry.pointee.d_type
                withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { bytes in
                        let length = strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))
                        if (length == 1 && bytes[0] == 46) || (length == 2 && bytes[0] == 46 && bytes[1] == 46) { return }
                        spans.append(TreeWalk.Span(bytes: UnsafeBufferPointer(start: bytes, count: length), start: arena.count, type: type))
                        arena.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
                    }
                }
            }
        }

        func resolve(name: String, relative: String, type: UInt8) -> SourceEntry {
            var status = stat()
            if fstatat(dirfd(handle), name, &status, AT_SYMLINK_NOFOLLOW) != 0 {
                return .broken(.init(code: .vanished, path: relative))
            }
            var kind = status.st_mode & S_IFMT
            let isLink = kind == S_IFLNK
            if isLink {
                guard let target = PathName.real(absolute + "/" + name) else { return .broken(.init(code: .symlinkBroken, path: relative)) }
                guard target == realRoot || target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
                    return .broken(.init(code: .symlinkOutside, path: relative, arguments: ["target": target]))
                }
                guard stat(target, &status) == 0 else { return .broken(.init(code: .symlinkBroken, path: relative)) }
                kind = status.st_mode & S_IFMT
            }
            switch kind {
            case S_IFDIR: return .folder(absolute: absolute + "/" + name, identity: FileIdentity(status), isLink: isLink)
            case S_IFREG: return .file
            default: return .refused(.init(code: .specialFile, path: relative), isDirectory: false)
            }
        }
    }
}

private func openFolder(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
}

/// A tree given as a list of paths: git's index (`--staged`), a commit's tree (`--rev`),
/// or names that exist nowhere (the fuzzer, the name corpus). Folders are implied by the
/// paths; names keep their bytes, so one that is not UTF-8 is refused by the walk's rule.
struct ListedTree: TreeSource {
    /// The listing type of a submodule (git's mode 160000): no `DT_` value means it.
    static let submodule: UInt8 = 0xF0

    let rootName: String
    /// Each folder's entries by the folder's path bytes ("" at the root).
    private let folders: [[UInt8]: [(name: [UInt8], type: UInt8)]]
    private let loadSidecar: @Sendable (String) -> Sidecar

    /// `sidecar` reads the sidecar at a relative path from wherever the listing came from.
    init(_ listing: [GitIndex.Entry], rootName: String, sidecar: @escaping @Sendable (String) -> Sidecar) {
        self.rootName = rootName
        self.loadSidecar = sidecar
        var folders: [[UInt8]: [(name: [UInt8], type: UInt8)]] = [[]: []]
        for entry in listing {
            // Empty components ("a//b", a leading slash) mean nothing, as on a disk.
            let components = entry.bytes.split(separator: UInt8(ascii: "/"))
            guard let last = components.last else { continue }
            // The parent's path; its folders are made once, by the first path inside them
            // (a listing's paths mostly share their folder with the one before).
            var folder = Array(components.dropLast().joined(separator: [UInt8(ascii: "/")]))
            if folders[folder] == nil {
                folder = []
                for component in components.dropLast() {
                    let inside = folder.isEmpty ? Array(component) : folder + [UInt8(ascii: "/")] + component
                    if folders[inside] == nil {
                        folders[inside] = []
                        folders[folder, default: []].append((Array(component), UInt8(DT_DIR)))
                    }
                    folder = inside
                }
            }
            let type: UInt8
            switch entry.kind {
            case .file: type = UInt8(DT_REG)
            case .symlink: type = UInt8(DT_LNK)
            case .submodule: type = Self.submodule
            }
            folders[folder, default: []].append((Array(last), type))
        }
        self.folders = folders
    }

    func open(_ folder: TreeWalk.Task) -> TreeOpening {
        .opened(Folder(entries: folders[Array(folder.relative.utf8)] ?? []))
    }

    func sidecar(of folder: TreeWalk.Task, type: UInt8, displayPath: String, pack: RulePack, messages: Messages) -> SidecarRead {
        // A committed link is a link, as on the disk: never read.
        guard type == UInt8(DT_REG) else { return .refused(messages(.yamlUnreadable, ["reason": SafeFile.Failure.notRegular(SafeFile.kindName(S_IFLNK)).reason])) }
        return .loaded(loadSidecar(displayPath))
    }

    struct Folder: SourceFolder {
        let listed: [(name: [UInt8], type: UInt8)]

        init(entries: [(name: [UInt8], type: UInt8)]) {
            listed = entries
        }

        func entries(arena: inout [UInt8], spans: inout [TreeWalk.Span]) {
            for (name, type) in listed {
                name.withUnsafeBufferPointer { spans.append(TreeWalk.Span(bytes: $0, start: arena.count, type: type)) }
                arena += name
            }
        }

        func resolve(name: String, relative: String, type: UInt8) -> SourceEntry {
            switch type {
            case UInt8(DT_DIR): return .folder(absolute: relative, identity: nil, isLink: false)
            case ListedTree.submodule: return .refused(.init(code: .submodule, path: relative), isDirectory: true)
            default: return .refused(.init(code: .gitSymlink, path: relative), isDirectory: false)
            }
        }
    }
}
