import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of documents already read, kept outside the evidence tree in
/// `$XDG_CACHE_HOME/spbe-lint/documents-v<version>/` (else `~/.cache/…`): reading a
/// scanned Perwali takes a second, its facts a millisecond. Entries are keyed by the
/// SHA-256 of the file's bytes; a fast path maps (device, inode, size, mtime, ctime) to
/// that digest, as git's index does, so an unchanged file is not even read. A new
/// extractor version uses a new folder, so older facts are never trusted.
///
/// Beside the texts, the facts the analyzer drew from them (one table per analyzer: a
/// changed kind catalogue gets a new one) and the answers of `proven-by` checks: a warm
/// run reads two small tables instead of re-reading and re-analysing every text.
///
/// Another user must not be able to plant what this one's run believes: the folders must
/// be real folders this user owns that nobody else may write, and every entry is opened
/// relative to the verified folder's descriptor, without following links, and used only
/// when it too is this user's and not writable by others (else it is ignored, and never
/// copied into a table of ours). The cache is bounded: past `maxEntries` texts or
/// `maxBytes`, the oldest are removed when a run saves.
public final class DocumentCache: @unchecked Sendable {
    /// Raise whenever the reader or the analyzer would give other facts for the same bytes.
    static let version = 7

    let folder: String
    /// The verified folder, open for the run: every entry is reached through it.
    private let directory: Int32
    /// The bound: texts kept at most, and their bytes in all.
    var maxEntries = 4_000
    var maxBytes = 512 << 20
    private let lock = NSLock()
    private var index: [String: String] = [:]
    private var added: [String: String] = [:]
    /// Facts by digest, for the analyzer of `factsFile`.
    private var facts: [String: DocumentFacts] = [:]
    private var factsAdded = false
    private let factsFile: String
    /// Answers by "digest question" (a content check's missing topics).
    private var answers: [String: String]?
    private var answersAdded = false

    /// The cache folder for `environment`, or nil when there is none that is safe to use:
    /// it must not lie inside the evidence tree, and an existing one must be a real folder
    /// owned by this user (not a link someone planted).
    /// `analyzer` names the analysis whose facts are kept (`DocumentAnalyzer.fingerprint`).
    init?(environment: [String: String], evidenceRoot: String, analyzer: String = "") {
        guard let base = Self.base(environment) else { return nil }
        let folder = base + "/spbe-lint/documents-v\(Self.version)"
        let root = PathName.real(evidenceRoot) ?? PathName.absolute(evidenceRoot)
        let realBase = PathName.real(base) ?? base
        if PathName.isInside(realBase, root) { return nil }
        // XDG_CACHE_HOME need not exist yet (a fresh account, a CI runner): make it.
        if PathName.entry(base) == .missing {
            try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        for path in [base + "/spbe-lint", folder] where mkdir(path, 0o700) != 0 && errno != EEXIST { return nil }
        guard Self.ownFolder(base + "/spbe-lint") != nil else { return nil }
        guard let directory = Self.ownFolder(folder) else { return nil }
        self.folder = folder
        self.directory = directory
        factsFile = "facts-" + String(SHA256.hex(Array(analyzer.utf8)).prefix(16)) + ".bin"
        if let bytes = read(factsFile, limit: 256 << 20) {
            facts = Self.decodeFacts(bytes)
        }
        if let bytes = read("index.tsv", limit: 64 << 20) {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: "\t")
                if parts.count == 2, Self.isDigest(parts[1]) { index[String(parts[0])] = String(parts[1]) }
            }
        }
    }

    deinit { close(directory) }

    /// `$XDG_CACHE_HOME`, else `$HOME/.cache` (absolute paths only).
    static func base(_ environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache" }
        return nil
    }

    /// Where the caches of this user live (`spbe-lint cache clear` empties it).
    public static func location(environment: [String: String]) -> String? {
        base(environment).map { $0 + "/spbe-lint" }
    }

    /// An open descriptor of `path` when it is a real folder (not a link) this user owns
    /// that neither the group nor others may write; nil otherwise.
    static func ownFolder(_ path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, Self.ownAndPrivate(info) else {
            close(fd)
            return nil
        }
        return fd
    }

    static func ownAndPrivate(_ info: stat) -> Bool {
        info.st_uid == geteuid() && info.st_mode & (S_IWGRP | S_IWOTH) == 0
    }

    static func isDigest<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// An entry of the folder, opened through its descriptor without following a link;
    /// nil unless it is a regular file of this user that others cannot write.
    private func read(_ name: String, limit: Int) -> [UInt8]? {
        guard let fd = try? SafeFile.open(name, followLinks: false, relativeTo: directory) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Self.ownAndPrivate(info) else { return nil }
        return try? SafeFile.read(descriptor: fd, limit: limit)
    }

    /// Removes every cache of this user (all versions); the number of entries removed.
    /// A folder that is not this user's own is left alone (and nothing is removed).
    public static func clear(environment: [String: String]) -> (folder: String, removed: Int)? {
        guard let location = location(environment: environment) else { return nil }
        guard PathName.entry(location, follow: false) != .missing else { return (location, 0) }
        guard let top = ownFolder(location) else { return nil }
        defer { close(top) }
        var removed = 0
        for name in entries(top) where name.hasPrefix("documents-v") {
            let fd = openat(top, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            for entry in entries(fd) where unlinkat(fd, entry, 0) == 0 { removed += 1 }
            close(fd)
            unlinkat(top, name, AT_REMOVEDIR)
        }
        return (location, removed)
    }

    /// The names in an open folder (its descriptor stays open).
    private static func entries(_ fd: Int32) -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes the oldest texts once the folder holds more than `maxEntries` of them or
    /// `maxBytes` in all, down to three quarters of either, with their facts.
    private func prune() -> Set<String> {
        var texts: [(name: String, time: Int, size: Int)] = []
        for name in Self.entries(directory) where name.hasSuffix(".txt") || name.contains(".tmp-") {
            var info = stat()
            guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            texts.append((name, Int(info.st_mtim.tv_sec), Int(info.st_size)))
        }
        var total = texts.reduce(0) { $0 + $1.size }
        guard texts.count > maxEntries || total > maxBytes else { return [] }
        var count = texts.count
        var removed = Set<String>()
        for entry in texts.sorted(by: { $0.time < $1.time }) where count > maxEntries * 3 / 4 || total > maxBytes * 3 / 4 {
            guard unlinkat(directory, entry.name, 0) == 0 else { continue }
            count -= 1
            total -= entry.size
            if entry.name.hasSuffix(".txt") { removed.insert(String(entry.name.dropLast(4))) }
        }
        return removed
    }

    /// The fast-path key of a file, from what `fstat` said when it was opened.
    static func statKey(_ stamp: EvidenceInspector.Facts.Stamp) -> String {
        "\(stamp.device)-\(stamp.inode)-\(stamp.size)-\(stamp.modified.seconds).\(stamp.modified.nanoseconds)-\(stamp.changed.seconds).\(stamp.changed.nanoseconds)"
    }

    func digest(forStatKey key: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return index[key] ?? added[key]
    }

    func facts(forDigest digest: String) -> DocumentFacts? {
        lock.lock()
        defer { lock.unlock() }
        return facts[digest]
    }

    func store(_ facts: DocumentFacts, digest: String) {
        lock.lock()
        self.facts[digest] = facts
        factsAdded = true
        lock.unlock()
    }

    /// Maps a file's stat key to the digest of bytes already cached.
    func remember(statKey: String, digest: String) {
        lock.lock()
        if index[statKey] != digest { added[statKey] = digest }
        lock.unlock()
    }

    /// A remembered answer to `question` about the text with `digest`.
    func answer(_ question: String, digest: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if answers == nil { answers = loadAnswers() }
        return answers?[digest + " " + question]
    }

    func store(answer: String, to question: String, digest: String) {
        lock.lock()
        if answers == nil { answers = loadAnswers() }
        answers?[digest + " " + question] = answer
        answersAdded = true
        lock.unlock()
    }

    private func loadAnswers() -> [String: String] {
        guard let bytes = read("answers.tsv", limit: 64 << 20) else { return [:] }
        var answers: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            if parts.count == 2 { answers[String(parts[0])] = String(parts[1]) }
        }
        return answers
    }

    func text(forDigest digest: String) -> DocumentReader.Text? {
        guard Self.isDigest(digest), let bytes = read(digest + ".txt", limit: 1 << 20), let text = Self.decode(bytes) else { return nil }
        return text
    }

    /// Stores a text under its digest; `statKey` (a file on disk) also goes into the
    /// fast-path index. Git blobs have no stat key: they are found by digest.
    func store(_ text: DocumentReader.Text, digest: String, statKey: String?) {
        guard Self.isDigest(digest) else { return }
        writeAtomically(Data(Self.encode(text)), to: digest + ".txt")
        guard let statKey else { return }
        lock.lock()
        added[statKey] = digest
        lock.unlock()
    }

    // An entry is a header line and the two texts with their byte lengths: decoding 500
    // of them is slicing, where JSON took a third of a warm run.
    private static let magic = "spbe-lint-text \(version)"

    /// Also the reader protocol's answer (`DocumentWorker`): one encoding for both.
    public static func encode(_ text: DocumentReader.Text) -> [UInt8] {
        let first = Array(text.first.utf8), last = Array(text.last.utf8), body = Array(text.body.utf8)
        let unreadable = text.unreadable?.code ?? ""
        let header = "\(magic)\n\(text.pages)\t\(text.source.rawValue)\t\(text.ocrPages)\t\(text.bodyOCR ? 1 : 0)\t\(unreadable)\n\(first.count)\t\(last.count)\t\(body.count)\n"
        return Array(header.utf8) + first + last + body
    }

    public static func decode(_ bytes: [UInt8]) -> DocumentReader.Text? {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while lines.count < 3, index < bytes.count {
            if bytes[index] == 10 {
                lines.append(bytes[start..<index])
                start = index + 1
            }
            index += 1
        }
        guard lines.count == 3, String(decoding: lines[0], as: UTF8.self) == magic else { return nil }
        let fields = String(decoding: lines[1], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        let lengths = String(decoding: lines[2], as: UTF8.self).split(separator: "\t").compactMap { Int($0) }
        guard fields.count == 5, let pages = Int(fields[0]), let source = DocumentFacts.Source(rawValue: String(fields[1])),
              let ocrPages = Int(fields[2]), lengths.count == 3, lengths.allSatisfy({ $0 >= 0 }),
              start + lengths[0] + lengths[1] + lengths[2] == bytes.count else { return nil }
        var text = DocumentReader.Text()
        text.pages = pages
        text.source = source
        text.ocrPages = ocrPages
        text.bodyOCR = fields[3] == "1"
        if !fields[4].isEmpty {
            guard let failure = ReadFailure(code: String(fields[4])) else { return nil }
            text.unreadable = failure
        }
        text.first = String(decoding: bytes[start..<(start + lengths[0])], as: UTF8.self)
        text.last = String(decoding: bytes[(start + lengths[0])..<(start + lengths[0] + lengths[1])], as: UTF8.self)
        text.body = String(decoding: bytes[(start + lengths[0] + lengths[1])...], as: UTF8.self)
        return text
    }

    /// Writes the fast-path index once at the end of a run (temp file, then rename: a
    /// reader never sees half an index, two runs never interleave lines), after removing
    /// the oldest texts past the bound, with their facts and index lines.
    func save() {
        let removed = prune()
        lock.lock()
        var merged = index.merging(added) { _, new in new }
        var changed = !added.isEmpty
        if !removed.isEmpty {
            merged = merged.filter { !removed.contains($0.value) }
            changed = true
            for digest in removed where facts.removeValue(forKey: digest) != nil { factsAdded = true }
        }
        index = merged
        added = [:]
        let facts = factsAdded ? self.facts : nil
        factsAdded = false
        let answers = answersAdded ? self.answers : nil
        answersAdded = false
        lock.unlock()
        if changed {
            let text = merged.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
            writeAtomically(Data(text.utf8), to: "index.tsv")
        }
        if let facts { writeAtomically(Data(Self.encodeFacts(facts)), to: factsFile) }
        if let answers {
            let text = answers.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
            writeAtomically(Data(text.utf8), to: "answers.tsv")
        }
    }

    // The facts table (format 2 adds the subject and what an unenacted text lacks, format 3
    // the year the document is dated and whether its body was read whole, #23):
    // per entry the digest, then each field as "<length>:<bytes>" or
    // "-:" for none. Lengths, not separators: a text may hold any character.
    static func encodeFacts(_ table: [String: DocumentFacts]) -> [UInt8] {
        var out = Array("\(magic) facts-3\n".utf8)
        func put(_ value: String?) {
            guard let value else { out += Array("-:".utf8); return }
            let bytes = Array(value.utf8)
            out += Array("\(bytes.count):".utf8) + bytes
        }
        for (digest, facts) in table.sorted(by: { $0.key < $1.key }) {
            put(digest)
            put(facts.source.rawValue)
            put(String(facts.pages))
            put(facts.kind)
            put(facts.title)
            put(facts.nomor)
            put(facts.tahun.map(String.init))
            put(facts.issuer)
            put(facts.status.rawValue)
            put(facts.statusEvidence)
            put(facts.unreadable?.code)
            put(facts.subject)
            put(facts.lacks.map(\.rawValue).joined(separator: ","))
            put(facts.dated.map(String.init))
            put(facts.wholeBody ? "1" : "0")
        }
        return out
    }

    /// The table, or what of it reads cleanly up to the first damaged entry.
    static func decodeFacts(_ bytes: [UInt8]) -> [String: DocumentFacts] {
        let header = Array("\(magic) facts-3\n".utf8)
        guard bytes.starts(with: header) else { return [:] }
        var at = header.count
        func get() -> String?? {
            var length = 0
            var digits = 0
            if at + 1 < bytes.count, bytes[at] == UInt8(ascii: "-"), bytes[at + 1] == UInt8(ascii: ":") {
                at += 2
                return .some(nil)
            }
            while at < bytes.count, (48...57).contains(bytes[at]), digits < 9 {
                length = length * 10 + Int(bytes[at] - 48)
                at += 1
                digits += 1
            }
            guard digits > 0, at < bytes.count, bytes[at] == UInt8(ascii: ":"), at + 1 + length <= bytes.count else { return nil }
            let value = String(decoding: bytes[(at + 1)..<(at + 1 + length)], as: UTF8.self)
            at += 1 + length
            return .some(value)
        }
        var table: [String: DocumentFacts] = [:]
        while at < bytes.count {
            var fields: [String?] = []
            for _ in 0..<15 {
                guard let field = get() else { return table }
                fields.append(field)
            }
            guard let digest = fields[0], digest.utf8.count == 64, let sourceName = fields[1], let source = DocumentFacts.Source(rawValue: sourceName),
                  let pages = fields[2].flatMap({ Int($0) }), let statusName = fields[8], let status = DocumentFacts.Status(rawValue: statusName) else { return table }
            var facts = DocumentFacts()
            facts.source = source
            facts.pages = pages
            facts.kind = fields[3]
            facts.title = fields[4]
            facts.nomor = fields[5]
            facts.tahun = fields[6].flatMap { Int($0) }
            facts.issuer = fields[7]
            facts.status = status
            facts.statusEvidence = fields[9]
            // An unknown failure is not "no failure": the table stops there.
            if let code = fields[10] {
                guard let failure = ReadFailure(code: code) else { return table }
                facts.unreadable = failure
            }
            facts.subject = fields[11]
            facts.lacks = (fields[12] ?? "").split(separator: ",").compactMap { DocumentFacts.Enactment(rawValue: String($0)) }
            facts.dated = fields[13].flatMap { Int($0) }
            facts.wholeBody = fields[14] == "1"
            facts.digest = digest
            table[digest] = facts
        }
        return table
    }

    /// Writes `name` in the verified folder: a new temporary file, then a rename over it.
    private func writeAtomically(_ data: Data, to name: String) {
        let temporary = name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written == data.count { renameat(directory, temporary, directory, name) } else { unlinkat(directory, temporary, 0) }
    }
}
