import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks inside the files that would count as evidence (never the others): size,
/// first bytes, a PDF's last bytes, the name. Each file is read at most once a run.
/// A reader: used during the read phase only (`contents(of:in:policy:)`), then dropped;
/// the evaluation sees the frozen `EvidenceContents`.
/// Unchecked Sendable without a lock because only the read phase's thread mutates it
/// (`store`, `facts`, the duplicate groups); the parallel readers it starts write disjoint
/// slots through `ParallelChunks` and are joined before it returns.
public final class EvidenceInspector: @unchecked Sendable {
    public enum Problem: Hashable, Sendable {
        case empty
        case htmlPage
        case wrongContent(expected: String)
        case truncatedPDF
        case tooLarge(bytes: Int64, limitMB: Double)
        case controlCharacters
        case nameTooLong(length: Int, limit: Int)
        case unreadable
        /// Listed by the walk, gone when its turn came to be read.
        case vanished
        /// A Git LFS pointer checked out without `git lfs pull`: the document is not there.
        case lfsPointer
        /// A PDF no reader can open (poppler found no document in it).
        case damagedPDF
        /// A PDF with no pages, or whose pages hold neither text nor an image.
        case blankPDF
    }

    /// What one read of a file showed; plain values, so 100,000 of them are one array.
    struct Facts: Sendable {
        var size: Int64 = 0
        /// The first 16 bytes (fewer when the file is shorter: `headCount`).
        var head = SIMD16<UInt8>()
        var headCount = 0
        /// A PDF's last kilobyte holds `%%EOF`.
        var endsLikePDF = false
        var readable = false
        /// Not there any more (ENOENT) when it was opened: told apart from a locked file.
        var vanished = false
        /// FNV-1a of the first 4 KB: the cheap first test of the duplicate search.
        var prefixHash: UInt64 = 0
        /// The file is a Git LFS pointer, not the document it stands for.
        var lfsPointer = false
        /// Its identity and times when it was opened (nil for a git blob): the document
        /// cache finds its text by these without opening the file again.
        var stamp: Stamp?
        /// A PDF read whole by this one read (no longer than the first read) that no
        /// reader could open (`DocumentProbe`): its answer, so it is never read again,
        /// sent to a reader or cached (#28: 70,000 such files cost 20 s through the cache).
        var settled: ReadFailure?

        /// (device, inode, size, mtime, ctime), as git's index keeps them.
        struct Stamp: Sendable {
            var device: UInt64
            var inode: UInt64
            var size: Int64
            var modified: (seconds: Int, nanoseconds: Int)
            var changed: (seconds: Int, nanoseconds: Int)

            init(_ info: stat) {
                device = UInt64(info.st_dev)
                inode = UInt64(info.st_ino)
                size = Int64(info.st_size)
                modified = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
                changed = (info.st_ctim.tv_sec, info.st_ctim.tv_nsec)
            }
        }

        static let lfsHeader = Array("version https://git-lfs.github.com/spec/".utf8)

        /// Facts from the bytes one read gave: `prefix` is the file's first bytes (up to
        /// 4 KB), `tail` its last kilobyte when the file is longer than the prefix.
        /// The disk reader and the git blob reader both end here, so they agree.
        static func from(size: Int64, prefix: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>?, isPDF: Bool) -> Facts {
            var result = Facts()
            result.size = size
            result.readable = true
            guard size > 0 else { return result }
            result.headCount = min(16, prefix.count)
            for index in 0..<result.headCount { result.head[index] = prefix[index] }
            result.prefixHash = FNV1a.hash(prefix)
            result.lfsPointer = size < 1024 && prefix.starts(with: lfsHeader)
            if isPDF {
                if size <= Int64(prefix.count) { result.settled = DocumentProbe.settle(whole: prefix, format: .pdf) }
                let wanted = Int(min(size, 1024))
                if size <= Int64(prefix.count) {
                    result.endsLikePDF = ByteSearch.contains(UnsafeBufferPointer(rebasing: prefix[(prefix.count - min(prefix.count, wanted))...]), EvidenceInspector.endOfFile)
                } else if let tail {
                    result.endsLikePDF = ByteSearch.contains(tail, EvidenceInspector.endOfFile)
                }
            }
            return result
        }

        var headBytes: [UInt8] { (0..<headCount).map { head[$0] } }
    }

    /// A content signature: every `(offset, bytes)` part must be present.
    struct Signature: Sendable {
        var name: String
        var parts: [(offset: Int, bytes: [UInt8])]

        func test(_ facts: Facts) -> Bool {
            parts.allSatisfy { part in
                part.offset + part.bytes.count <= facts.headCount
                    && part.bytes.indices.allSatisfy { facts.head[part.offset + $0] == part.bytes[$0] }
            }
        }
    }

    /// The document reading the probe hands an open file to: a document is opened once,
    /// for its facts, its text and the search for its copies (#22). Reading it again by
    /// its path could read another file (renamed, replaced) than the one whose facts
    /// were taken, and cost a second open of every document on a cold run.
    struct DocumentHandoff: Sendable {
        /// By store position: read for its text when its facts allow it (a PDF, a .docx,
        /// an image a `shows:` requirement asks about).
        var wanted: [Bool]
        /// Reads the document on the probe's descriptor (at offset 0).
        var read: @Sendable (_ position: Int, _ descriptor: Int32, _ facts: Facts) -> DocumentExtraction.Outcome?
        /// Called once for every wanted position, read or not.
        var done: @Sendable () -> Void

        /// Whether facts allow reading a text at all: a file that could be opened, not
        /// empty, not an LFS pointer. The git modes ask the same (`EvidenceContents.readBlobs`).
        static func reads(_ facts: Facts) -> Bool {
            facts.readable && facts.size > 0 && !facts.lfsPointer
        }
    }

    let root: String
    /// False for `--names-only`: only the checks a name allows.
    let readsContents: Bool
    private var store: EvidenceStore?
    /// By store position; nil until read.
    private var facts: [Facts?] = []
    /// The documents read on their probe (a handoff's), in no order, as the chunks read them.
    private var documents: [[(position: Int, outcome: DocumentExtraction.Outcome)]] = []
    private var duplicateCache: (limit: Int64?, groups: [[Int]])?

    /// In git modes: facts of each evidence file from its blob, and its object id, by
    /// path relative to the root. The working tree is then never opened.
    let objects: [String: (facts: Facts, object: String)]?

    init(root: String, readsContents: Bool = true, objects: [String: (facts: Facts, object: String)]? = nil) {
        self.root = root
        self.readsContents = readsContents
        self.objects = objects
    }

    /// Signatures by extension; an extension not listed is not checked.
    static let signatures: [String: Signature] = {
        let zip = [(0, [UInt8]([0x50, 0x4B, 0x03, 0x04]))]
        let jpeg = [(0, [UInt8]([0xFF, 0xD8, 0xFF]))]
        let isoMedia = [(4, Array("ftyp".utf8))]
        return [
            "pdf": Signature(name: "PDF", parts: [(0, Array("%PDF-".utf8))]),
            "png": Signature(name: "PNG", parts: [(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])]),
            "jpg": Signature(name: "JPEG", parts: jpeg), "jpeg": Signature(name: "JPEG", parts: jpeg),
            "gif": Signature(name: "GIF", parts: [(0, Array("GIF8".utf8))]),
            "webp": Signature(name: "WebP", parts: [(0, Array("RIFF".utf8)), (8, Array("WEBP".utf8))]),
            "docx": Signature(name: "DOCX (zip)", parts: zip), "xlsx": Signature(name: "XLSX (zip)", parts: zip),
            "pptx": Signature(name: "PPTX (zip)", parts: zip), "zip": Signature(name: "ZIP", parts: zip),
            "mp4": Signature(name: "MP4", parts: isoMedia), "mov": Signature(name: "QuickTime", parts: isoMedia),
            "heic": Signature(name: "HEIC", parts: isoMedia),
        ]
    }()

    private func bind(_ store: EvidenceStore) {
        guard self.store !== store else { return }
        self.store = store
        facts = [Facts?](repeating: nil, count: store.records.count)
        documents = []
    }

    /// Reads the facts of many files on every core before the (sequential) evaluation
    /// asks for them; each file lands in its own slot. With a `handoff`, each wanted
    /// document is read for its text on the descriptor its facts came from.
    func prefetch(_ positions: [Int], in store: EvidenceStore, handoff: DocumentHandoff? = nil) {
        bind(store)
        if let objects {
            // Git modes: the facts came from the blobs' stream (`EvidenceContents.readBlobs`).
            for position in positions where facts[position] == nil {
                facts[position] = objects[store.path(at: position)]?.facts ?? Facts()
            }
            return
        }
        let todo = positions.filter { facts[$0] == nil }
        guard !todo.isEmpty else { return }
        let root = self.root
        var results = [Facts](repeating: Facts(), count: todo.count)
        // The documents read, gathered once per chunk (most files are none).
        let read = ReadDocuments()
        // Documents take a reader's time each: spread them over every core even in a small tree.
        let chunks = todo.count < 256 && handoff == nil ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
        ParallelChunks.fill(&results, chunks: chunks) { range, put in
            var documents: [(position: Int, outcome: DocumentExtraction.Outcome)] = []
            for (offset, result) in Self.read(Array(todo[range]), in: store, root: root, handoff: handoff, documents: &documents).enumerated() {
                put(range.lowerBound + offset, result)
            }
            if !documents.isEmpty { read.add(documents) }
        }
        for (position, result) in zip(todo, results) { facts[position] = result }
        documents += read.parts
    }

    /// The documents each chunk of the probe read, one list per chunk (never copied into
    /// one: 70,000 outcomes were 30 MB of memmove on the benchmark tree).
    private final class ReadDocuments: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var parts: [[(position: Int, outcome: DocumentExtraction.Outcome)]] = []

        func add(_ some: [(position: Int, outcome: DocumentExtraction.Outcome)]) {
            lock.lock()
            parts.append(some)
            lock.unlock()
        }
    }

    /// Reads the facts of files in store order, opening each relative to its folder's
    /// descriptor (kept open while consecutive files share the folder), so the kernel
    /// does not walk the whole path again for every file.
    static func read(_ positions: [Int], in store: EvidenceStore, root: String, handoff: DocumentHandoff?,
                     documents: inout [(position: Int, outcome: DocumentExtraction.Outcome)]) -> [Facts] {
        var results: [Facts] = []
        results.reserveCapacity(positions.count)
        var folder = -1
        var folderDescriptor: Int32 = -1
        var folderGone = false
        defer { if folderDescriptor >= 0 { close(folderDescriptor) } }
        let reader = FactReader()
        for position in positions {
            let record = store.records[position]
            if Int(record.folder) != folder {
                if folderDescriptor >= 0 { close(folderDescriptor) }
                folder = Int(record.folder)
                let relative = store.folders[folder].path
                let path = relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
                folderDescriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                folderGone = folderDescriptor < 0 && errno == ENOENT
            }
            let wanted = handoff.map { position < $0.wanted.count && $0.wanted[position] } ?? false
            defer { if wanted { handoff?.done() } }
            if folderGone {
                results.append(Facts(vanished: true))
                continue
            }
            let result = store.withName(at: position) { name in
                reader.read(in: folderDescriptor, name: name, extensionLength: Int(record.extLength)) { descriptor, facts in
                    if wanted, let handoff, DocumentHandoff.reads(facts), let document = handoff.read(position, descriptor, facts) {
                        documents.append((position, document))
                    }
                }
            }
            results.append(result)
        }
        return results
    }

    /// Reads one file's facts: the size, the first bytes, whether a PDF ends like one.
    /// Owns its buffers, so one reader per thread reads any number of files without allocating.
    final class FactReader {
        private let name = UnsafeMutablePointer<CChar>.allocate(capacity: 1025)
        private let prefix = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)
        private let tail = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 16)

        deinit {
            name.deallocate()
            prefix.deallocate()
            tail.deallocate()
        }

        /// `opened` is given the descriptor and the facts before the file is closed.
        func read(in folder: Int32, name bytes: UnsafeBufferPointer<UInt8>, extensionLength: Int,
                  opened: (Int32, Facts) -> Void = { _, _ in }) -> Facts {
            let length = min(bytes.count, 1024)
            for offset in 0..<length { name[offset] = CChar(bitPattern: bytes[offset]) }
            name[length] = 0
            var result = Facts()
            // O_NONBLOCK: never hang on something that turned into a FIFO since the walk.
            // A folder that cannot be opened for another reason (permissions) leaves the file unreadable.
            guard folder >= 0 else { return result }
            let descriptor = openat(folder, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else {
                result.vanished = errno == ENOENT
                return result
            }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return result }
            let size = Int64(status.st_size)
            guard size > 0 else { return Facts.from(size: 0, prefix: UnsafeBufferPointer(start: nil, count: 0), tail: nil, isPDF: false) }
            // One read serves the signature check, the duplicate search and a small PDF's ending.
            let got = max(0, pread(descriptor, prefix, 4096, 0))
            let head = UnsafeBufferPointer(start: prefix.assumingMemoryBound(to: UInt8.self), count: got)
            let isPDF = extensionLength == 3 && bytes.count > 3
                && bytes[(bytes.count - 3)...].map({ $0 | 0x20 }).elementsEqual(Array("pdf".utf8))
            var ending: UnsafeBufferPointer<UInt8>?
            if isPDF && size > Int64(got) {
                let wanted = Int(min(size, 1024))
                let read = max(0, pread(descriptor, tail, wanted, off_t(size) - off_t(wanted)))
                ending = UnsafeBufferPointer(start: tail.assumingMemoryBound(to: UInt8.self), count: read)
            }
            result = Facts.from(size: size, prefix: head, tail: ending, isPDF: isPDF)
            result.stamp = Facts.Stamp(status)
            opened(descriptor, result)
            return result
        }
    }

    static let endOfFile = Array("%%EOF".utf8)

    /// Reads what the evaluation will ask about, once, and freezes it: the facts of
    /// `positions` (the files that could count) and, when `duplicates` is on, the groups
    /// of identical copies among them. Nothing is read after this returns.
    /// With a `handoff`, the documents among them are read on the same open and returned
    /// by position (their digests also settle which of them are copies).
    func contents(of positions: [Int], in store: EvidenceStore, policy: QualityPolicy,
                  handoff: DocumentHandoff? = nil) -> (contents: EvidenceContents, documents: [[(position: Int, outcome: DocumentExtraction.Outcome)]]) {
        guard readsContents else { return (EvidenceContents(readsContents: false, facts: [], duplicateGroups: []), []) }
        // Every candidate, whatever the pack's policy: a requirement may set its own.
        prefetch(positions, in: store, handoff: handoff)
        bind(store)
        let groups = policy.duplicates ? duplicatePositions(maxBytes: policy.maxSizeMB.map { Int64($0 * 1_048_576) }) : []
        return (EvidenceContents(readsContents: true, facts: facts, duplicateGroups: groups), documents)
    }

    /// Groups of paths with identical content, among the files already inspected (those
    /// that would count as evidence). Like fdupes: same size, then the same first 4 KB,
    /// then a hash of everything, and only then a byte-for-byte comparison, so a hash
    /// collision can never call two files the same. Documents read on their probe are
    /// compared by the SHA-256 of those bytes instead, without opening them again. A file that was not read (unreadable,
    /// gone) or is over `maxBytes` is never compared: two locked files are not duplicates,
    /// and a 4 GB upload already reported as too large is not read in full for this.
    func duplicates(maxBytes: Int64? = nil) -> [[String]] {
        guard let store else { return [] }
        return duplicatePositions(maxBytes: maxBytes).map { $0.map { store.path(at: $0) } }
    }

    /// The same groups as store positions, each in path order, computed once per run:
    /// the evaluation counts a group once toward a requirement, the report warns about it.
    func duplicatePositions(maxBytes: Int64? = nil) -> [[Int]] {
        if let known = duplicateCache, known.limit == maxBytes { return known.groups }
        guard let store else { return [] }
        var groups: [[Int]] = []
        var digestOf: [Int: String] = [:]
        for part in documents {
            for (position, outcome) in part { if let digest = outcome.facts.digest { digestOf[position] = digest } }
        }
        if let objects {
            // Git names a blob by its content: equal object ids are equal bytes.
            var byObject: [String: [Int]] = [:]
            for (position, facts) in facts.enumerated() {
                guard let facts, facts.readable, facts.size > 0, facts.size <= (maxBytes ?? Int64.max) else { continue }
                if let object = objects[store.path(at: position)]?.object { byObject[object, default: []].append(position) }
            }
            groups = byObject.values.filter { $0.count > 1 }
        } else {
            var bySize: [Int64: [Int]] = [:]
            for (position, facts) in facts.enumerated() {
                guard let facts, facts.readable, facts.size > 0, facts.size <= (maxBytes ?? Int64.max) else { continue }
                bySize[facts.size, default: []].append(position)
            }
            for (size, positions) in bySize where positions.count > 1 {
                for candidates in Dictionary(grouping: positions, by: { facts[$0]?.prefixHash ?? 0 }).values where candidates.count > 1 {
                    // Documents read whole on their probe carry the SHA-256 of their bytes:
                    // equal digests are equal bytes (as git's object names), and nothing
                    // is opened again. A group that mixes in a file without one is read.
                    let digests = candidates.map { digestOf[$0] }
                    if digests.allSatisfy({ $0 != nil }) {
                        var byDigest: [String: [Int]] = [:]
                        for (position, digest) in zip(candidates, digests) { byDigest[digest!, default: []].append(position) }
                        groups += byDigest.values.filter { $0.count > 1 }
                        continue
                    }
                    var byHash: [UInt64: [Int]] = [:]
                    for position in candidates {
                        if let hash = ContentReader(root: root, path: store.path(at: position), size: size)?.hash() { byHash[hash, default: []].append(position) }
                    }
                    for bucket in byHash.values where bucket.count > 1 {
                        var remaining = bucket.sorted { store.path(at: $0) < store.path(at: $1) }
                        while remaining.count > 1 {
                            let first = remaining.removeFirst()
                            let same = remaining.filter { ContentReader.equal(root: root, store.path(at: first), store.path(at: $0), size: size) }
                            if !same.isEmpty { groups.append([first] + same) }
                            remaining.removeAll { same.contains($0) }
                        }
                    }
                }
            }
        }
        groups = groups.map { $0.sorted { store.path(at: $0) < store.path(at: $1) } }.sorted { store.path(at: $0[0]) < store.path(at: $1[0]) }
        duplicateCache = (maxBytes, groups)
        return groups
    }

    /// One evidence file opened for its full contents: never through a symlink swapped in
    /// since the walk, never anything but a regular file of the size the walk recorded.
    struct ContentReader {
        let descriptor: Int32

        init?(root: String, path: String, size: Int64) {
            let full = root.hasSuffix("/") ? root + path : root + "/" + path
            guard let fd = try? SafeFile.open(full, followLinks: false) else { return nil }
            var status = stat()
            guard fstat(fd, &status) == 0, Int64(status.st_size) == size else {
                systemClose(fd)
                return nil
            }
            descriptor = fd
        }

        func close() { systemClose(descriptor) }

        /// FNV-1a of the whole file; nil when a read fails.
        func hash() -> UInt64? {
            defer { close() }
            var hash = FNV1a()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
                if got < 0 { return nil }
                if got == 0 { return hash.value }
                hash.add(buffer[0..<got])
            }
        }

        /// Whether two files hold the same bytes, read side by side.
        static func equal(root: String, _ a: String, _ b: String, size: Int64) -> Bool {
            guard let left = ContentReader(root: root, path: a, size: size) else { return false }
            defer { left.close() }
            guard let right = ContentReader(root: root, path: b, size: size) else { return false }
            defer { right.close() }
            var one = [UInt8](repeating: 0, count: 65_536)
            var two = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = one.withUnsafeMutableBytes { systemRead(left.descriptor, $0.baseAddress, $0.count) }
                guard got >= 0 else { return false }
                var filled = 0
                while filled < got {
                    let more = two.withUnsafeMutableBytes { systemRead(right.descriptor, $0.baseAddress! + filled, got - filled) }
                    guard more > 0 else { return false }
                    filled += more
                }
                if got == 0 {
                    return two.withUnsafeMutableBytes { systemRead(right.descriptor, $0.baseAddress, 1) } == 0
                }
                if one[0..<got] != two[0..<got] { return false }
            }
        }
    }
}
