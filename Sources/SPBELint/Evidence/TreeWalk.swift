import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk behind `EvidenceScanner.scan`: folders are listed and their files turned
/// into records on every core, one folder per task, and the results are then stitched
/// together depth first in byte order, so the index does not depend on which core
/// finished first. Plain files are taken from the folder listing's type, as `find`
/// does: only folders, links and unknown types are stat-ed.
final class TreeWalk: @unchecked Sendable {
    struct Task {
        var absolute: String
        var relative: String
        var context: RecordMaker.Context
    }

    /// A link to a folder, followed (or not) only while stitching, in walk order: which
    /// of two routes to the same folder counts must not depend on timing.
    struct PendingLink {
        var task: Task
        var identity: FileIdentity
    }

    enum Child {
        case folder(Int)
        case link(PendingLink)
    }

    /// A name in a folder's arena; `key` is its first eight bytes, big-endian.
    struct Span {
        var key: UInt64
        var start: Int
        var count: Int
        var type: UInt8
    }

    /// One folder's share of the index. Record names point into `arena`.
    final class Listing {
        let task: Task
        var arena: [UInt8] = []
        var records: [EvidenceStore.Record] = []
        /// Sub-folders, each placed after `after` of this folder's files (byte order).
        var children: [(after: Int, child: Child)] = []
        var notices: [EvidenceIndex.Notice] = []
        var readable = true
        var failure: Int32 = 0

        init(task: Task) {
            self.task = task
        }
    }

    let maker: RecordMaker
    let ignore: IgnoreMatcher
    let ignoreBase: String
    let realRoot: String
    let messages: Messages
    let afterListing: (@Sendable (String) -> Void)?

    private let condition = NSCondition()
    private var queue: [(id: Int, task: Task)] = []
    private var active = 0
    private var listings: [Listing?] = []
    private var visited: Set<FileIdentity>

    init(maker: RecordMaker, ignore: IgnoreMatcher, ignoreBase: String, realRoot: String, rootIdentity: FileIdentity,
         messages: Messages, afterListing: (@Sendable (String) -> Void)?) {
        self.maker = maker
        self.ignore = ignore
        self.ignoreBase = ignoreBase
        self.realRoot = realRoot
        self.messages = messages
        self.afterListing = afterListing
        self.visited = [rootIdentity]
    }

    /// Walks the tree under `root` and returns the store, the notices and the number
    /// of folders read. Nil when the root itself cannot be listed.
    func run(root: String) -> Result<(store: EvidenceStore, notices: [EvidenceIndex.Notice], folders: Int), RootFailure> {
        let rootID = walk(from: Task(absolute: root, relative: "", context: .init()))
        guard let rootListing = listings[rootID], rootListing.readable else {
            return .failure(RootFailure(code: listings[rootID]?.failure ?? 0))
        }
        return .success(stitch(rootID))
    }

    struct RootFailure: Error {
        var code: Int32
    }

    // MARK: Parallel listing

    /// Lists `task`'s folder and everything below it on every core; returns its id.
    private func walk(from task: Task) -> Int {
        condition.lock()
        let id = listings.count
        listings.append(nil)
        queue.append((id, task))
        condition.unlock()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
        return id
    }

    private func work() {
        var scratch = RecordMaker.Scratch()
        condition.lock()
        while true {
            if let (id, task) = queue.popLast() {
                active += 1
                condition.unlock()
                let (listing, subfolders) = list(task, scratch: &scratch)
                condition.lock()
                listings[id] = listing
                // Sub-folders get their ids here, under the lock, and are queued for any core.
                for (slot, subfolder) in subfolders {
                    let childID = listings.count
                    listings.append(nil)
                    listing.children[slot].child = .folder(childID)
                    queue.append((childID, subfolder))
                }
                active -= 1
                if !subfolders.isEmpty || (queue.isEmpty && active == 0) { condition.broadcast() }
                continue
            }
            if active == 0 { break }
            condition.wait()
        }
        condition.unlock()
    }

    private func firstVisit(_ identity: FileIdentity) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return visited.insert(identity).inserted
    }

    /// Reads one folder: its files become records, its sub-folders become tasks
    /// (returned with their slot in `children`).
    private func list(_ task: Task, scratch: inout RecordMaker.Scratch) -> (Listing, [(Int, Task)]) {
        let listing = Listing(task: task)
        let descriptor = open(task.absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0, let handle = fdopendir(descriptor) else {
            listing.failure = errno
            if descriptor >= 0 { close(descriptor) }
            listing.readable = false
            if !task.relative.isEmpty {
                listing.notices.append(.init(code: .unreadable, path: task.relative + "/", arguments: ["reason": String(cString: strerror(listing.failure))]))
            }
            return (listing, [])
        }
        defer { closedir(handle) }
        // Names are gathered as raw bytes in the folder's arena and sorted there (byte order:
        // deterministic whatever the file system's listing order), before any String exists.
        // Local arrays, not the listing's: appending through a class property pays an
        // exclusivity check per call.
        var arena: [UInt8] = []
        var spans: [Span] = []
        while let entry = readdir(handle) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { bytes in
                    let length = strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))
                    if (length == 1 && bytes[0] == 46) || (length == 2 && bytes[0] == 46 && bytes[1] == 46) { return }
                    var key: UInt64 = 0
                    for index in 0..<8 { key = key << 8 | UInt64(index < length ? bytes[index] : 0) }
                    spans.append(Span(key: key, start: arena.count, count: length, type: type))
                    arena.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
                }
            }
        }
        arena.withUnsafeBufferPointer { all in
            // The first eight bytes as one integer settle almost every comparison.
            spans.sort { a, b in
                if a.key != b.key { return a.key < b.key }
                let shared = min(a.count, b.count)
                if shared > 8 {
                    let order = memcmp(all.baseAddress! + a.start + 8, all.baseAddress! + b.start + 8, shared - 8)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        listing.arena = arena
        afterListing?(task.relative)

        let sidecar = loadSidecar(task, listing: listing, spans: spans)
        var subfolders: [(Int, Task)] = []
        let folderDescriptor = dirfd(handle)
        let context = task.context
        let folder = task.relative
        var records: [EvidenceStore.Record] = []
        records.reserveCapacity(spans.count)
        var notices: [EvidenceIndex.Notice] = []
        var children: [(after: Int, child: Child)] = []
        defer {
            listing.records = records
            listing.notices += notices
            listing.children = children
        }
        for span in spans {
            let (start, count, direntType) = (span.start, span.count, span.type)
            // Strings only for what needs one: folders, links, notices, ignore patterns.
            func name() -> String { String(decoding: arena[start..<(start + count)], as: UTF8.self) }
            func relative() -> String { folder.isEmpty ? name() : folder + "/" + name() }
            let (never, valid) = arena.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[start..<(start + count)])
                return (EvidenceScanner.isNeverEvidence(bytes), Self.isValidUTF8(bytes))
            }
            if never { continue }
            if !valid {
                notices.append(.init(code: .nameEncoding, path: relative()))
                continue
            }
            if direntType == UInt8(DT_REG) {
                if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: false) { continue }
                addRecord(&records, &notices, arena: arena, start: start, count: count, context: context, sidecar: sidecar, scratch: &scratch, relative: relative)
                continue
            }
            var status = stat()
            if fstatat(folderDescriptor, name(), &status, AT_SYMLINK_NOFOLLOW) != 0 {
                notices.append(.init(code: .vanished, path: relative()))
                continue
            }
            var type = status.st_mode & S_IFMT
            var isLink = false
            if type == S_IFLNK {
                isLink = true
                guard let target = EvidenceScanner.realPath(task.absolute + "/" + name()) else {
                    notices.append(.init(code: .symlinkBroken, path: relative()))
                    continue
                }
                guard target == realRoot || target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
                    notices.append(.init(code: .symlinkOutside, path: relative(), arguments: ["target": target]))
                    continue
                }
                guard stat(target, &status) == 0 else {
                    notices.append(.init(code: .symlinkBroken, path: relative()))
                    continue
                }
                type = status.st_mode & S_IFMT
            }
            let isDirectory = type == S_IFDIR
            if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: isDirectory) { continue }
            if isDirectory {
                let path = relative()
                let child = Task(absolute: task.absolute + "/" + name(), relative: path,
                                 context: maker.enter(folder: name(), path: path, from: task.context))
                if isLink {
                    children.append((records.count, .link(PendingLink(task: child, identity: FileIdentity(status)))))
                } else if firstVisit(FileIdentity(status)) {
                    children.append((records.count, .folder(-1)))
                    subfolders.append((children.count - 1, child))
                } else {
                    notices.append(.init(code: .symlinkLoop, path: path))
                }
                continue
            }
            guard type == S_IFREG else {
                notices.append(.init(code: .specialFile, path: relative()))
                continue
            }
            addRecord(&records, &notices, arena: arena, start: start, count: count, context: context, sidecar: sidecar, scratch: &scratch, relative: relative)
        }
        return (listing, subfolders)
    }

    private func addRecord(_ records: inout [EvidenceStore.Record], _ notices: inout [EvidenceIndex.Notice], arena: [UInt8], start: Int, count: Int, context: RecordMaker.Context, sidecar: Sidecar?,
                           scratch: inout RecordMaker.Scratch, relative: () -> String) {
        let entry = sidecar.flatMap { $0.entries[String(decoding: arena[start..<(start + count)], as: UTF8.self)] }
        let record = arena.withUnsafeBufferPointer { all in
            maker.record(name: UnsafeBufferPointer(rebasing: all[start..<(start + count)]), nameStart: start, context: context,
                         sidecar: entry, scratch: &scratch, notices: &notices, path: relative)
        }
        records.append(record)
    }

    private func loadSidecar(_ task: Task, listing: Listing, spans: [Span]) -> Sidecar? {
        let wanted = Array(Sidecar.fileName.utf8)
        guard spans.contains(where: { $0.count == wanted.count && listing.arena[$0.start..<($0.start + $0.count)].elementsEqual(wanted) }) else { return nil }
        let sidecarPath = task.absolute + "/" + Sidecar.fileName
        var status = stat()
        guard lstat(sidecarPath, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let displayPath = join(task.relative, Sidecar.fileName)
        let loaded = Sidecar(path: sidecarPath, displayPath: displayPath, pack: maker.pack, messages: messages)
        for problem in loaded.problems {
            listing.notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": problem]))
        }
        let present = Set(spans.map { String(decoding: listing.arena[$0.start..<($0.start + $0.count)], as: UTF8.self) })
        for name in loaded.entries.keys.sorted() where !present.contains(name) {
            listing.notices.append(.init(code: .sidecarOrphan, path: displayPath, arguments: ["name": name]))
        }
        return loaded
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 {
            return String(validating: bytes, as: UTF8.self) != nil
        }
        return true
    }

    private func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : base + "/" + name
    }

    // MARK: Stitching

    /// Concatenates the listings depth first, each folder's files and sub-folders in
    /// byte order; links to folders are followed here, in that order, when their target
    /// has not been walked yet.
    private func stitch(_ rootID: Int) -> (store: EvidenceStore, notices: [EvidenceIndex.Notice], folders: Int) {
        var names: [UInt8] = []
        var records: [EvidenceStore.Record] = []
        var folders: [EvidenceStore.Folder] = []
        var notices: [EvidenceIndex.Notice] = []
        var total = 0
        var bytes = 0
        for listing in listings {
            total += listing?.records.count ?? 0
            bytes += listing?.arena.count ?? 0
        }
        records.reserveCapacity(total)
        names.reserveCapacity(bytes)

        /// A folder being stitched; its arrays are copied out of the listing once.
        struct Position {
            var records: [EvidenceStore.Record]
            var arena: [UInt8]
            var children: [(after: Int, child: Child)]
            var folder: UInt32
            var nextFile = 0
            var nextChild = 0
        }
        var stack: [Position] = []
        func enter(_ listing: Listing) {
            notices += listing.notices
            guard listing.readable else { return }
            folders.append(EvidenceStore.Folder(path: listing.task.relative, indicatorFolder: listing.task.context.folder))
            stack.append(Position(records: listing.records, arena: listing.arena, children: listing.children, folder: UInt32(folders.count - 1)))
        }
        enter(listings[rootID]!)
        while let top = stack.popLast() {
            var position = top
            // The files before the next sub-folder, in one run.
            let end = position.nextChild < position.children.count ? position.children[position.nextChild].after : position.records.count
            position.arena.withUnsafeBufferPointer { arena in
                for index in position.nextFile..<end {
                    var record = position.records[index]
                    let start = Int(record.nameStart)
                    record.nameStart = UInt32(names.count)
                    record.folder = position.folder
                    names.append(contentsOf: UnsafeBufferPointer(rebasing: arena[start..<(start + Int(record.nameLength))]))
                    records.append(record)
                }
            }
            position.nextFile = end
            guard position.nextChild < position.children.count else { continue }
            let child = position.children[position.nextChild].child
            position.nextChild += 1
            stack.append(position)
            switch child {
            case .folder(let id):
                if let listing = listings[id] { enter(listing) }
            case .link(let link):
                if visited.insert(link.identity).inserted {
                    enter(listings[walk(from: link.task)]!)
                } else {
                    notices.append(.init(code: .symlinkLoop, path: link.task.relative))
                }
            }
        }
        let store = EvidenceStore(names: names, records: records, folders: folders, kindIDs: maker.classifier.ids, indicatorIDs: maker.indicatorIDs)
        return (store, notices, folders.count)
    }
}

struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
