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
final class DocumentCache: @unchecked Sendable {
    /// Raise whenever the reader or the analyzer would give other facts for the same bytes.
    static let version = 1

    let folder: String
    private let lock = NSLock()
    private var index: [String: String] = [:]
    private var added: [String: String] = [:]
    private(set) var hits = 0

    /// The cache folder for `environment`, or nil when there is none that is safe to use:
    /// it must not lie inside the evidence tree, and an existing one must be a real folder
    /// owned by this user (not a link someone planted).
    init?(environment: [String: String], evidenceRoot: String) {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        let folder = base + "/spbe-lint/documents-v\(Self.version)"
        let root = PathName.real(evidenceRoot) ?? PathName.absolute(evidenceRoot)
        let realBase = PathName.real(base) ?? base
        if PathName.isInside(realBase, root) || realBase == root { return nil }
        for path in [base + "/spbe-lint", folder] {
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return nil }
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else { return nil }
        }
        self.folder = folder
        if let bytes = try? SafeFile.read(folder + "/index.tsv", limit: 64 << 20, followLinks: false) {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: "\t")
                if parts.count == 2, parts[1].count == 64 { index[String(parts[0])] = String(parts[1]) }
            }
        }
    }

    /// The fast-path key of an open file.
    static func statKey(_ info: stat) -> String {
        "\(info.st_dev)-\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    func digest(forStatKey key: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return index[key] ?? added[key]
    }

    func text(forDigest digest: String) -> DocumentReader.Text? {
        guard let bytes = try? SafeFile.read(folder + "/" + digest + ".json", limit: 1 << 20, followLinks: false),
              let text = try? JSONDecoder().decode(DocumentReader.Text.self, from: Data(bytes)) else { return nil }
        lock.lock()
        hits += 1
        lock.unlock()
        return text
    }

    func store(_ text: DocumentReader.Text, digest: String, statKey: String) {
        guard let data = try? JSONEncoder().encode(text) else { return }
        Self.writeAtomically(data, to: folder + "/" + digest + ".json")
        lock.lock()
        added[statKey] = digest
        lock.unlock()
    }

    /// Writes the fast-path index once at the end of a run (temp file, then rename: a
    /// reader never sees half an index, two runs never interleave lines).
    func save() {
        lock.lock()
        let merged = index.merging(added) { _, new in new }
        let changed = !added.isEmpty
        lock.unlock()
        guard changed else { return }
        let text = merged.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
        Self.writeAtomically(Data(text.utf8), to: folder + "/index.tsv")
    }

    private static func writeAtomically(_ data: Data, to path: String) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written == data.count { rename(temporary, path) } else { unlink(temporary) }
    }
}
