import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk behind the index, for every tree source (the disk, git's index, a commit),
/// in two phases. Listing reads every folder on every core, one folder per task, and
/// needs no rules, so it can run while the rule pack is still being parsed. Classifying
/// then turns each folder's file names into records, again on every core. Finally the
/// folders are stitched together depth first in byte order, so the index does not depend
/// on which core finished first. The one set of name rules (hidden, litter, not UTF-8,
/// ignores, links, sidecars) is here, whatever the source. Unchecked Sendable: the queue,
/// the listings table and `visited` are guarded by `condition` while listers run
/// (stitching runs after they have all finished, on one thread); a listing itself is
/// touched by one thread at a time (see `Listing`).
final class TreeWalk: @unchecked Sendable {
    struct Task {
        var absolute: String
        var relative: String
        /// The folder's own name, for the conventions.
        var name: String
        /// The listing of the folder holding this one (nil for the root).
        var parent: Int?
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

        init(bytes: UnsafeBufferPointer<UInt8>, start: Int, type: UInt8) {
            var key: UInt64 = 0
            for index in 0..<8 { key = key << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
            self.key = key
            self.start = start
            self.count = bytes.count
            self.type = type
        }
    }

    /// One folder's share of the index. Names point into `arena`. Only one thread
    /// touches a listing at a time: its lister, then one classifier, then the stitcher.
    final class Listing: @unchecked Sendable {
        let task: Task
        var arena: [UInt8] = []
        /// The plain files, in byte order (listing).
        var files: [(start: Int, count: Int)] = []
        /// Sub-folders, each placed after `after` of this folder's files (byte order).
        var children: [(after: Int, child: Child)] = []
        var notices: [EvidenceIndex.Notice] = []
        var readable = true
        var failure: Int32 = 0
        /// Every entry name, kept only when the folder has a sidecar (to report entries
        /// that name nothing).
        var sidecarNames: [String]?
        /// The listing type of the sidecar's entry.
        var sidecarType: UInt8 = 0
        /// Where this folder's files go in the index: runs of files (split by its
        /// sub-folders) and the index position of each run's first file. Set by the layout.
        var runs: [(files: Range<Int>, offset: Int)] = []
        /// Set before classifying.
        var context = RecordMaker.Context()

        init(task: Task) {
            self.task = task
        }
    }

    let source: any TreeSource
    let ignore: IgnoreMatcher
    let ignoreBase: String
    let afterListing: (@Sendable (String) -> Void)?
    /// Set before classifying.
    private var maker: RecordMaker?
    private var messages = Messages.english

    private let condition = NSCondition()
    private var queue: [(id: Int, task: Task)] = []
    private var active = 0
    private var listings: [Listing?] = []
    private var visited: Set<FileIdentity>
    private var rootID = 0
    /// Links not followed because their folder was already walked.
    private var linkLoops: [EvidenceIndex.Notice] = []

    init(source: any TreeSource, ignore: IgnoreMatcher, ignoreBase: String, rootIdentity: FileIdentity?, afterListing: (@Sendable (String) -> Void)?) {
        self.source = source
        self.ignore = ignore
        self.ignoreBase = ignoreBase
        self.afterListing = afterListing
        self.visited = rootIdentity.map { [$0] } ?? []
    }

    /// Lists every folder under `root`. Nil when the root itself can be listed, else its errno.
    func list(root: String) -> Int32? {
        rootID = walk(from: Task(absolute: root, relative: "", name: "", parent: nil))
        guard let rootListing = listings[rootID], rootListing.readable else { return listings[rootID]?.failure ?? 0 }
        return nil
    }

    /// Classifies what `list` found with the rules, and builds the store.
    func finish(maker: RecordMaker, messages: Messages) -> (store: EvidenceStore, notices: [EvidenceIndex.Notice], folders: Int) {
        self.maker = maker
        self.messages = messages
        let (order, total) = layout(rootID)
        assignContexts()
        // Every file has exactly one slot (its run's offset plus its place in the run), so
        // the workers fill disjoint parts of one array: no per-folder copies to stitch.
        let records = [EvidenceStore.Record](unsafeUninitializedCapacity: total) { buffer, count in
            classifyAll(order, into: RecordSlots(buffer: buffer), maker: maker)
            count = total
        }
        var notices = linkLoops
        for id in order { notices += listings[id]!.notices }
        // Indexed by listing id, as the records' `folder` is.
        let table = listings.map { listing in
            EvidenceStore.Folder(path: listing?.task.relative ?? "", names: listing?.arena ?? [], indicatorFolder: listing?.context.folder)
        }
        let store = EvidenceStore(records: records, folders: table, kinds: maker.pack.catalogue, indicatorIDs: maker.indicatorIDs)
        return (store, notices, order.filter { listings[$0]!.readable }.count)
    }

    // MARK: Listing

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
        condition.lock()
        while true {
            if let (id, task) = queue.popLast() {
                active += 1
                condition.unlock()
                let (listing, subfolders) = list(task)
                condition.lock()
                listings[id] = listing
                // A link's folder, if it is followed, hangs under this listing.
                for slot in listing.children.indices {
                    if case .link(var link) = listing.children[slot].child {
                        link.task.parent = id
                        listing.children[slot].child = .link(link)
                    }
                }
                // Sub-folders get their ids here, under the lock, so a folder's id is always
                // larger than its parent's; they are queued for any core.
                for (slot, var subfolder) in subfolders {
                    let childID = listings.count
                    listings.append(nil)
                    listing.children[slot].child = .folder(childID)
                    subfolder.parent = id
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

    /// Reads one folder: its plain files by name, its sub-folders as tasks (returned with
    /// their slot in `children`). Nothing here needs the rules.
    private func list(_ task: Task) -> (Listing, [(Int, Task)]) {
        let listing = Listing(task: task)
        let folder: any SourceFolder
        switch source.open(task) {
        case .failed(let failure):
            listing.failure = failure
            listing.readable = false
            if !task.relative.isEmpty {
                listing.notices.append(.init(code: .unreadable, path: task.relative + "/", arguments: ["reason": String(cString: strerror(failure))]))
            }
            return (listing, [])
        case .opened(let opened):
            folder = opened
        }
        // Names are gathered as raw bytes in the folder's arena and sorted there (byte order:
        // deterministic whatever the file system's listing order), before any String exists.
        // Local arrays, not the listing's: appending through a class property pays an
        // exclusivity check per call.
        var arena: [UInt8] = []
        var spans: [Span] = []
        folder.entries(arena: &arena, spans: &spans)
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
        // The names laid out again in byte order, the order every later step reads them
        // in (classifying, the evaluator, the passes): read in listing order, each name was
        // a cache miss, a tenth of a names-only run on 100k files (#28).
        var ordered: [UInt8] = []
        ordered.reserveCapacity(arena.count)
        arena.withUnsafeBufferPointer { all in
            for slot in spans.indices {
                let start = spans[slot].start
                spans[slot].start = ordered.count
                ordered.append(contentsOf: UnsafeBufferPointer(rebasing: all[start..<(start + spans[slot].count)]))
            }
        }
        arena = ordered
        listing.arena = arena
        afterListing?(task.relative)

        let sidecarName = Array(Sidecar.fileName.utf8)
        if let sidecar = spans.first(where: { $0.count == sidecarName.count && arena[$0.start..<($0.start + $0.count)].elementsEqual(sidecarName) }) {
            listing.sidecarNames = spans.map { String(decoding: arena[$0.start..<($0.start + $0.count)], as: UTF8.self) }
            listing.sidecarType = sidecar.type
        }
        var subfolders: [(Int, Task)] = []
        let folderPath = task.relative
        var files: [(start: Int, count: Int)] = []
        files.reserveCapacity(spans.count)
        var notices: [EvidenceIndex.Notice] = []
        var children: [(after: Int, child: Child)] = []
        defer {
            listing.files = files
            listing.notices += notices
            listing.children = children
        }
        // The names opened once for the whole folder, not once per entry.
        arena.withUnsafeBufferPointer { all in
            for span in spans {
                let (start, count, listedType) = (span.start, span.count, span.type)
                let bytes = UnsafeBufferPointer(rebasing: all[start..<(start + count)])
                // Strings only for what needs one: folders, links, notices, ignore patterns.
                func name() -> String { String(decoding: bytes, as: UTF8.self) }
                func relative() -> String { folderPath.isEmpty ? name() : folderPath + "/" + name() }
                if EvidenceScanner.isNeverEvidence(bytes) { continue }
                if !Self.isValidUTF8(bytes) {
                    notices.append(.init(code: .nameEncoding, path: relative()))
                    continue
                }
                if listedType == UInt8(DT_REG) {
                    if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: false) { continue }
                    files.append((start, count))
                    continue
                }
                switch folder.resolve(name: name(), relative: relative(), type: listedType) {
                case .broken(let notice):
                    notices.append(notice)
                case .file:
                    if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: false) { continue }
                    files.append((start, count))
                case .refused(let notice, let isDirectory):
                    if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: isDirectory) { continue }
                    notices.append(notice)
                case .folder(let absolute, let identity, let isLink):
                    if !ignore.isEmpty && ignore.isIgnored(join(ignoreBase, relative()), isDirectory: true) { continue }
                    let child = Task(absolute: absolute, relative: relative(), name: name(), parent: nil)
                    if isLink, let identity {
                        children.append((files.count, .link(PendingLink(task: child, identity: identity))))
                    } else if identity.map(firstVisit) ?? true {
                        children.append((files.count, .folder(-1)))
                        subfolders.append((children.count - 1, child))
                    } else {
                        notices.append(.init(code: .symlinkLoop, path: relative()))
                    }
                }
            }
        }
        return (listing, subfolders)
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

    // MARK: Classifying

    /// Gives every listing its context; a folder's id is larger than its parent's, so
    /// parents are done first.
    private func assignContexts() {
        let maker = self.maker!
        // Checking one indicator's folder itself ("spbe-lint '19 Tim Koordinasi'"): its own
        // name ties its files, as it would one level down; numbered items inside stay items.
        if let root = listings.first(where: { $0?.task.parent == nil }) ?? nil {
            root.context = maker.enter(folder: source.rootName, path: "", from: RecordMaker.Context())
        }
        for listing in listings {
            guard let listing, let parent = listing.task.parent, let parentContext = listings[parent]?.context else { continue }
            listing.context = maker.enter(folder: listing.task.name, path: listing.task.relative, from: parentContext)
        }
    }

    /// Turns the files of the listings in `order` into records, on every core.
    private func classifyAll(_ order: [Int], into slots: RecordSlots, maker: RecordMaker) {
        let chunks = min(order.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 8)
        guard chunks > 0 else { return }
        let all = listings
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var scratch = RecordMaker.Scratch()
            var index = chunk
            while index < order.count {
                if let listing = all[order[index]], listing.readable { classify(listing, id: order[index], maker: maker, scratch: &scratch, into: slots) }
                index += chunks
            }
        }
    }

    private func classify(_ listing: Listing, id: Int, maker: RecordMaker, scratch: inout RecordMaker.Scratch, into slots: RecordSlots) {
        let sidecar = listing.sidecarNames.flatMap { loadSidecar(listing, names: $0, maker: maker) }
        let arena = listing.arena
        let folder = listing.task.relative
        let context = listing.context
        var notices: [EvidenceIndex.Notice] = []
        var runIndex = 0
        let runs = listing.runs
        // The folder's names opened once, not once per file (a retain and a release each).
        arena.withUnsafeBufferPointer { all in
            for (fileIndex, (start, count)) in listing.files.enumerated() {
                let name = UnsafeBufferPointer(rebasing: all[start..<(start + count)])
                func relative() -> String {
                    let text = String(decoding: name, as: UTF8.self)
                    return folder.isEmpty ? text : folder + "/" + text
                }
                let entry = sidecar.flatMap { $0.entries[String(decoding: name, as: UTF8.self)] }
                var record = maker.record(name: name, nameStart: start, context: context,
                                          sidecar: entry, scratch: &scratch, notices: &notices, path: relative)
                // The store's folder table is indexed by listing id, so records need no fixing later.
                record.folder = UInt32(id)
                while !runs[runIndex].files.contains(fileIndex) { runIndex += 1 }
                let run = runs[runIndex]
                (slots.buffer.baseAddress! + run.offset + fileIndex - run.files.lowerBound).initialize(to: record)
            }
        }
        if !notices.isEmpty { listing.notices += notices }
    }

    private func loadSidecar(_ listing: Listing, names: [String], maker: RecordMaker) -> Sidecar? {
        let displayPath = join(listing.task.relative, Sidecar.fileName)
        switch source.sidecar(of: listing.task, type: listing.sidecarType, displayPath: displayPath, pack: maker.pack, messages: messages) {
        case .refused(let detail):
            listing.notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": detail]))
            return nil
        case .loaded(let loaded):
            for problem in loaded.problems {
                listing.notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": problem]))
            }
            listing.notices += loaded.orphanNotices(present: Set(names), displayPath: displayPath)
            return loaded
        }
    }

    // MARK: Layout

    /// Decides where every file goes: depth first, each folder's files and sub-folders in
    /// byte order. Links to folders are followed here, in that order, when their target
    /// has not been walked yet. Returns the listings in walk order and the file count.
    private func layout(_ rootID: Int) -> (order: [Int], total: Int) {
        var order: [Int] = []
        var total = 0

        /// A folder being laid out.
        struct Position {
            var id: Int
            var nextFile = 0
            var nextChild = 0
        }
        var stack: [Position] = []
        func enter(_ id: Int) {
            order.append(id)
            guard listings[id]!.readable else { return }
            stack.append(Position(id: id))
        }
        enter(rootID)
        while var position = stack.popLast() {
            let listing = listings[position.id]!
            let children = listing.children
            // The files before the next sub-folder, in one run.
            let end = position.nextChild < children.count ? children[position.nextChild].after : listing.files.count
            if position.nextFile < end {
                listing.runs.append((position.nextFile..<end, total))
                total += end - position.nextFile
            }
            position.nextFile = end
            guard position.nextChild < children.count else { continue }
            let child = children[position.nextChild].child
            position.nextChild += 1
            stack.append(position)
            switch child {
            case .folder(let id):
                if listings[id] != nil { enter(id) }
            case .link(let link):
                if visited.insert(link.identity).inserted {
                    enter(walk(from: link.task))
                } else {
                    linkLoops.append(.init(code: .symlinkLoop, path: link.task.relative))
                }
            }
        }
        return (order, total)
    }
}

/// The index's record array, filled by concurrent workers at disjoint slots.
struct RecordSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<EvidenceStore.Record>
}

struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
