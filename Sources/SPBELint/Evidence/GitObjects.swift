import Foundation

/// What a commit will contain (the index) or what a commit contains (any revision),
/// read from git's object store and never from the working tree: a hook that judged the
/// disk would pass a commit of a 0-byte PDF whose good copy sits on disk unstaged.
public enum GitObjects {
    /// Which snapshot to judge.
    public enum Source: Sendable, Equatable {
        /// The index: what the next commit will contain (pre-commit).
        case index
        /// A commit, by any name git accepts (pre-push, CI on a pull request).
        case revision(String)
    }

    /// One blob's bytes as far as the checks need them.
    struct Blob: Sendable {
        var size: Int64
        /// The first 4 KB.
        var head: [UInt8]
        /// The last kilobyte, when the blob is longer than `head`.
        var tail: [UInt8]
        /// The whole blob, for the few files read whole (configs, sidecars).
        var whole: [UInt8]?
    }

    /// A listed path with its object id, relative to the folder it was listed for.
    struct Listed: Sendable {
        var entry: GitIndex.Entry
        var object: String
    }

    /// Settings put before every git command: a repository's own config (which may have
    /// arrived with the evidence) must not make git run a program. None of the commands
    /// used here (rev-parse, ls-files, ls-tree, cat-file) runs hooks, diff drivers,
    /// textconv or filters; what could still run something is neutralised: the
    /// fsmonitor hook (ls-files), and any transport (a partial clone fetching a missing
    /// blob would start ssh, a proxy or a remote helper).
    static let safety = ["-c", "core.fsmonitor=false", "-c", "core.sshCommand=false", "-c", "core.gitProxy=",
                         "-c", "protocol.allow=never", "-c", "credential.helper=",
                         "-c", "core.quotepath=off"]
    /// git as /usr/bin/env starts it: no lazy fetch of a missing object, no prompt.
    static let command = ["GIT_NO_LAZY_FETCH=1", "GIT_TERMINAL_PROMPT=0", "git"] + safety

    /// The repository top and the folder's path inside it ("" at the top).
    /// The same, refusing a repository that lies inside the one `workingDirectory` belongs
    /// to (a `.git` that arrived with the evidence: its config is a stranger's) unless it
    /// is `named`; a `named` repository must be the folder's.
    static func locate(_ folder: String, workingDirectory: String?, named: String?) throws -> (top: String, prefix: String) {
        let found = try locate(folder)
        if let named {
            let realNamed = PathName.real(named) ?? PathName.absolute(named)
            guard realNamed == found.top else { throw EvidenceError.gitOther(folder, top: found.top, named: realNamed) }
            return found
        }
        guard let workingDirectory, let outer = try? locate(workingDirectory).top else { return found }
        if outer != found.top, PathName.isInside(found.top, outer) { throw EvidenceError.gitNested(folder, top: found.top, outer: outer) }
        return found
    }

    static func locate(_ folder: String) throws -> (top: String, prefix: String) {
        let top = try git(["rev-parse", "--show-toplevel"], in: folder)
        let realTop = PathName.real(top) ?? top
        let realFolder = PathName.real(folder) ?? PathName.absolute(folder)
        guard PathName.isInside(realFolder, realTop) else { throw EvidenceError.git(folder, reason: "not inside \(top)") }
        let prefix = realFolder == realTop ? "" : String(realFolder.dropFirst(realTop.count + 1))
        return (realTop, prefix)
    }

    /// Every path of the snapshot, relative to the repository top.
    static func list(_ source: Source, top: String) throws -> [Listed] {
        let arguments: [String]
        switch source {
        case .index:
            arguments = command + ["ls-files", "--cached", "-s", "-z"]
        case .revision(let revision):
            let commit = try git(["rev-parse", "--verify", "--end-of-options", revision + "^{commit}"], in: top)
            arguments = command + ["ls-tree", "-r", "-z", "--full-tree", commit]
        }
        let output = try run(arguments, in: top)
        var result: [Listed] = []
        for record in output.split(separator: 0) {
            // ls-files: "<mode> <object> <stage>\t<path>"; ls-tree: "<mode> <type> <object>\t<path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[record.startIndex..<tab].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3 else { continue }
            let mode = fields[0]
            let object = source == .index ? fields[1] : fields[2]
            let bytes = Array(record[record.index(after: tab)...])
            let kind: GitIndex.Entry.Kind = mode == "120000" ? .symlink : mode == "160000" ? .submodule : .file
            if result.last?.entry.bytes == bytes { continue } // merge conflicts list a path once per stage
            result.append(Listed(entry: GitIndex.Entry(bytes: bytes, kind: kind), object: object))
        }
        return result
    }

    /// Reads blobs through one `git cat-file --batch`, streamed: each blob's head and tail
    /// are kept (its whole bytes only for `whole`, up to `wholeLimit`), nothing is written
    /// to disk. A blob that is missing (a partial clone) is simply absent from the result.
    static func read(_ objects: [String], whole: Set<String> = [], wholeLimit: Int = 4 << 20, in folder: String) throws -> [String: Blob] {
        let unique = Array(Set(objects)).sorted()
        guard !unique.isEmpty else { return [:] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command + ["cat-file", "--batch"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw EvidenceError.git(folder, reason: "cannot run git: \(error.localizedDescription)") }
        // The requests are written while the answers are read: git blocks on a full pipe.
        DispatchQueue.global().async {
            try? input.fileHandleForWriting.write(contentsOf: Data(unique.joined(separator: "\n").utf8 + [10]))
            try? input.fileHandleForWriting.close()
        }
        nonisolated(unsafe) var message = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            message = errors.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        var reader = StreamReader(handle: output.fileHandleForReading)
        var blobs: [String: Blob] = [:]
        for _ in unique {
            guard let header = reader.line() else { break }
            let fields = header.split(separator: " ")
            guard fields.count == 3, let size = Int64(fields[2]) else { continue } // "<oid> missing"
            let object = String(fields[0])
            let keepWhole = whole.contains(object) && size <= wholeLimit
            var blob = Blob(size: size, head: [], tail: [], whole: keepWhole ? [] : nil)
            reader.consume(Int(size)) { chunk, offset in
                if offset < 4096 { blob.head += chunk.prefix(4096 - offset) }
                if keepWhole { blob.whole! += chunk }
                let end = offset + chunk.count
                if size > 4096, end > Int(size) - 1024 {
                    let from = max(0, Int(size) - 1024 - offset)
                    blob.tail += chunk[(chunk.startIndex + from)...]
                }
            }
            _ = reader.line() // the newline after the contents
            blobs[object] = blob
        }
        process.waitUntilExit()
        drained.wait()
        guard process.terminationStatus == 0 else {
            throw EvidenceError.git(folder, reason: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return blobs
    }

    /// Buffered reading of git's output: lines, and runs of exactly N bytes.
    struct StreamReader {
        let handle: FileHandle
        var buffer: [UInt8] = []
        var position = 0
        var finished = false

        init(handle: FileHandle) {
            self.handle = handle
        }

        private mutating func fill() -> Bool {
            guard !finished else { return false }
            let data = handle.availableData
            if data.isEmpty {
                finished = true
                return false
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            buffer += data
            return true
        }

        mutating func line() -> String? {
            while true {
                if let newline = buffer[position...].firstIndex(of: 10) {
                    let text = String(decoding: buffer[position..<newline], as: UTF8.self)
                    position = newline + 1
                    return text
                }
                guard fill() else { return nil }
            }
        }

        /// Hands over the next `count` bytes in chunks, with each chunk's offset.
        mutating func consume(_ count: Int, _ body: (ArraySlice<UInt8>, Int) -> Void) {
            var offset = 0
            while offset < count {
                if position == buffer.count { guard fill() else { return } }
                let take = min(count - offset, buffer.count - position)
                body(buffer[position..<(position + take)], offset)
                position += take
                offset += take
            }
        }
    }

    public static func git(_ arguments: [String], in folder: String) throws -> String {
        String(decoding: try run(command + arguments, in: folder), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func run(_ arguments: [String], in folder: String) throws -> Data {
        let result: Subprocess.Output
        do { result = try Subprocess.run(arguments, in: folder) } catch {
            throw EvidenceError.git(folder, reason: "cannot run git: \(error.localizedDescription)")
        }
        guard result.status == 0 else { throw EvidenceError.git(folder, reason: result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return result.stdout
    }
}
