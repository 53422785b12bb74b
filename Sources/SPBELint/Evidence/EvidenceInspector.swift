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
        let full = root.hasSuffix("/") ? root + path : root + "/" + path
        var result = Facts(size: 0, head: [], tail: [], readable: false)
        // O_NONBLOCK: never hang on something that turned into a FIFO since the walk.
        let descriptor = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            var status = stat()
            if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                result.size = Int64(status.st_size)
                result.readable = true
                result.head = read(descriptor, count: 16, at: 0)
                if result.size > 16 {
                    let length = Int(min(result.size, 1024))
                    result.tail = read(descriptor, count: length, at: Int64(result.size) - Int64(length))
                }
            }
        }
        facts[path] = result
        return result
    }

    private func read(_ descriptor: Int32, count: Int, at offset: Int64) -> [UInt8] {
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

    /// Groups of paths with identical content (same size first, then a hash of everything).
    func duplicates(among files: [EvidenceFile]) -> [[String]] {
        var bySize: [Int64: [String]] = [:]
        for file in files {
            let size = facts(file.path).size
            if size > 0 { bySize[size, default: []].append(file.path) }
        }
        var groups: [[String]] = []
        for (_, paths) in bySize where paths.count > 1 {
            var byHash: [String: [String]] = [:]
            for path in paths {
                guard let data = FileManager.default.contents(atPath: root.hasSuffix("/") ? root + path : root + "/" + path) else { continue }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                byHash["\(data.count)-\(hash)", default: []].append(path)
            }
            groups += byHash.values.filter { $0.count > 1 }.map { $0.sorted() }
        }
        return groups.sorted { $0[0] < $1[0] }
    }
}
