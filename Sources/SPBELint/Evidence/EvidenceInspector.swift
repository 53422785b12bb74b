import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks inside the files that would count as evidence (never the others): size,
/// first bytes, a PDF's last bytes, the name. Each file is read at most once a run.
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
    }

    struct Facts {
        var size: Int64
        var head: [UInt8]
        var tail: [UInt8]
        var readable: Bool
        /// FNV-1a of the first 4 KB: the cheap first test of the duplicate search.
        var prefixHash: UInt64 = 0
    }

    let root: String
    private var facts: [String: Facts] = [:]
    /// What each file failed, as first found; the report lists every file once.
    private(set) var found: [String: [Problem]] = [:]

    init(root: String) {
        self.root = root
    }

    /// Signatures by extension; an extension not listed is not checked.
    static let signatures: [String: (name: String, test: @Sendable ([UInt8]) -> Bool)] = {
        func starts(_ prefix: [UInt8]) -> @Sendable ([UInt8]) -> Bool { { $0.starts(with: prefix) } }
        let zip = starts([0x50, 0x4B, 0x03, 0x04])
        let jpeg = starts([0xFF, 0xD8, 0xFF])
        let isoMedia: @Sendable ([UInt8]) -> Bool = { $0.count >= 8 && Array($0[4..<8]) == Array("ftyp".utf8) }
        return [
            "pdf": ("PDF", starts(Array("%PDF-".utf8))),
            "png": ("PNG", starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
            "jpg": ("JPEG", jpeg), "jpeg": ("JPEG", jpeg),
            "gif": ("GIF", starts(Array("GIF8".utf8))),
            "webp": ("WebP", { $0.count >= 12 && $0.starts(with: Array("RIFF".utf8)) && Array($0[8..<12]) == Array("WEBP".utf8) }),
            "docx": ("DOCX (zip)", zip), "xlsx": ("XLSX (zip)", zip), "pptx": ("PPTX (zip)", zip), "zip": ("ZIP", zip),
            "mp4": ("MP4", isoMedia), "mov": ("QuickTime", isoMedia), "heic": ("HEIC", isoMedia),
        ]
    }()

    func facts(_ path: String) -> Facts {
        if let known = facts[path] { return known }
        let result = Self.read(path, root: root)
        facts[path] = result
        return result
    }

    /// Reads the facts of many files on every core before the (sequential) evaluation
    /// asks for them; each file lands in its own slot.
    func prefetch(_ files: [EvidenceFile]) {
        let todo = files.filter { facts[$0.path] == nil }
        guard todo.count > 64 else {
            // Not worth threads, but every candidate must still be known to the duplicate search.
            for file in todo { facts[file.path] = Self.read(file.path, root: root) }
            return
        }
        var results = [Facts?](repeating: nil, count: todo.count)
        let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
        let size = (todo.count + chunks - 1) / chunks
        let root = self.root
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = InspectorSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * size
                let upper = min(todo.count, lower + size)
                guard lower < upper else { return }
                for position in lower..<upper { slots.buffer[position] = Self.read(todo[position].path, root: root) }
            }
        }
        for (file, result) in zip(todo, results) { facts[file.path] = result }
    }

    /// Only what the checks need: the size, the first bytes when the extension has a
    /// signature, the last bytes of a PDF.
    static func read(_ path: String, root: String) -> Facts {
        let full = root.hasSuffix("/") ? root + path : root + "/" + path
        let ext = EvidenceFile.fileExtension(path)
        var result = Facts(size: 0, head: [], tail: [], readable: false)
        // O_NONBLOCK: never hang on something that turned into a FIFO since the walk.
        let descriptor = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            var status = stat()
            if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                result.size = Int64(status.st_size)
                result.readable = true
                if result.size > 0 {
                    // One read serves the signature check and the duplicate search.
                    let prefix = read(descriptor, count: 4096, at: 0)
                    result.head = Array(prefix.prefix(16))
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in prefix { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                    result.prefixHash = hash
                }
                if ext == "pdf" && result.size > 16 {
                    let length = Int(min(result.size, 1024))
                    result.tail = read(descriptor, count: length, at: Int64(result.size) - Int64(length))
                }
            }
        }
        return result
    }

    private static func read(_ descriptor: Int32, count: Int, at offset: Int64) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got > 0 ? Array(buffer.prefix(got)) : []
    }

    func problems(of file: EvidenceFile, policy: QualityPolicy) -> [Problem] {
        let problems = check(file, policy: policy)
        if !problems.isEmpty && found[file.path] == nil { found[file.path] = problems }
        return problems
    }

    private func check(_ file: EvidenceFile, policy: QualityPolicy) -> [Problem] {
        var problems: [Problem] = []
        if policy.fileNames {
            if file.name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { problems.append(.controlCharacters) }
            if file.name.count > policy.maxNameLength { problems.append(.nameTooLong(length: file.name.count, limit: policy.maxNameLength)) }
        }
        guard policy.empty || policy.magic || policy.truncatedPDF || policy.maxSizeMB != nil else { return problems }
        let facts = facts(file.path)
        guard facts.readable else { return problems + [.unreadable] }
        if facts.size == 0 {
            if policy.empty { problems.append(.empty) }
            return problems
        }
        if let limit = policy.maxSizeMB, Double(facts.size) > limit * 1_048_576 {
            problems.append(.tooLarge(bytes: facts.size, limitMB: limit))
        }
        if policy.magic, let signature = Self.signatures[file.ext], !signature.test(facts.head) {
            let text = String(decoding: facts.head, as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
            problems.append(text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<!doc") ? .htmlPage : .wrongContent(expected: signature.name))
        } else if policy.truncatedPDF, file.ext == "pdf" {
            let tail = facts.tail.isEmpty ? facts.head : facts.tail
            if !String(decoding: tail, as: UTF8.self).contains("%%EOF") { problems.append(.truncatedPDF) }
        }
        return problems
    }

    /// Groups of paths with identical content, among the files already inspected (those
    /// that would count as evidence). Like fdupes: same size, then the same first 4 KB,
    /// and only then a hash of everything, so distinct files are rarely read in full.
    func duplicates() -> [[String]] {
        var bySize: [Int64: [String]] = [:]
        for (path, facts) in facts where facts.readable && facts.size > 0 {
            bySize[facts.size, default: []].append(path)
        }
        var groups: [[String]] = []
        for (_, paths) in bySize where paths.count > 1 {
            for candidates in Dictionary(grouping: paths, by: { facts[$0]?.prefixHash ?? 0 }).values where candidates.count > 1 {
                groups += Dictionary(grouping: candidates, by: { hash(of: $0, limit: nil) }).values.filter { $0.count > 1 }.map { $0.sorted() }
            }
        }
        return groups.sorted { $0[0] < $1[0] }
    }

    /// FNV-1a of the file's first `limit` bytes (all of it when nil); 0 when unreadable.
    private func hash(of path: String, limit: Int?) -> UInt64 {
        let full = root.hasSuffix("/") ? root + path : root + "/" + path
        let descriptor = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var remaining = limit ?? Int.max
        while remaining > 0 {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, min($0.count, remaining)) }
            if got <= 0 { break }
            for byte in buffer[0..<got] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            remaining -= got
        }
        return hash
    }
}

/// A buffer concurrent readers fill at disjoint indices.
private struct InspectorSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<EvidenceInspector.Facts?>
}
