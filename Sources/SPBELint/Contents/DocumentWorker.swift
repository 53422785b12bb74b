import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child side of document reading. Poppler and Tesseract are C and C++ libraries fed
/// files from a shared drive: a PDF that makes one of them loop, crash or unpack itself
/// into gigabytes must cost one document, not the run. So the CLI reads documents in
/// child processes (`spbe-lint __document-worker`), each confined (`ReaderSandbox`),
/// under an address-space limit, a CPU limit and an alarm of its own, killed with its
/// parent (`PR_SET_PDEATHSIG`), and the parent (`DocumentWorkerPool`) kills one that
/// takes too long.
///
/// The protocol on the child's standard input and output (one socket): a request is a
/// type byte (`DocumentReader.Format`: 0 a PDF, 1 a .docx, 2 an image; plus 0x80 to OCR a
/// PDF's scanned pages in between), the length as 8 bytes little-endian, then the file's
/// bytes; an answer is a type byte (0: the pages read so far, 1: the whole answer), the
/// length and `DocumentCache`'s encoding of the text. The partial answers are why a
/// document whose second page never finishes is still what its first page says.
public enum DocumentWorker {
    /// How the parent starts a worker: this program with `argument`, and `environmentKey`
    /// set, so a folder that happens to be named like the argument is never mistaken.
    public struct Command: Sendable, Equatable {
        public var executable: String
        public var arguments: [String]

        public init(executable: String, arguments: [String] = [DocumentWorker.argument]) {
            self.executable = executable
            self.arguments = arguments
        }
    }

    public static let argument = "__document-worker"
    public static let environmentKey = "SPBE_LINT_DOCUMENT_WORKER"
    /// The limits the parent gives a worker: "<address-space bytes> <document seconds>".
    public static let limitsKey = "SPBE_LINT_DOCUMENT_WORKER_LIMITS"

    /// Whether this process was asked to be a worker (the channel is verified by `serve`).
    public static func isRequested(arguments: [String], environment: [String: String]) -> Bool {
        arguments.count == 2 && arguments[1] == argument && environment[environmentKey] == "1"
    }

    /// The limits a parent wrote into `limitsKey`; the defaults when absent or malformed.
    public static func limits(from environment: [String: String]) -> DocumentReader.Limits {
        var limits = DocumentReader.Limits()
        let fields = (environment[limitsKey] ?? "").split(separator: " ")
        if fields.count == 2, let space = Int(fields[0]), space >= 64 << 20, let seconds = Double(fields[1]), seconds > 0, seconds < 3600 {
            limits.workerAddressSpace = space
            limits.documentSeconds = seconds
        }
        return limits
    }

    static func limitsValue(_ limits: DocumentReader.Limits) -> String {
        "\(limits.workerAddressSpace) \(limits.documentSeconds)"
    }

    /// Whether `fd` is the socket a spbe-lint parent gave this process: a Unix stream
    /// socket whose other end belongs to the parent process. A terminal, a file or a pipe
    /// from someone else is not (the mode cannot be reached by typing an argument and a
    /// variable). The parent's pid, or nil.
    static func parentChannel(_ fd: Int32) -> pid_t? {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK else { return nil }
        var domain: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &length) == 0, domain == AF_UNIX else { return nil }
        // struct ucred (pid, uid, gid): Glibc's module leaves it out without _GNU_SOURCE.
        var credentials: (pid: pid_t, uid: uid_t, gid: gid_t) = (0, 0, 0)
        length = socklen_t(MemoryLayout<(pid_t, uid_t, gid_t)>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0,
              credentials.pid == getppid(), credentials.uid == geteuid() else { return nil }
        return credentials.pid
    }

    /// Serves requests until the parent closes the connection; the exit status (2 when
    /// this process was not started by a spbe-lint parent, or cannot be confined).
    public static func serve(input: Int32 = 0, output: Int32 = 1, limits: DocumentReader.Limits = .init()) -> Int32 {
        guard let parent = parentChannel(input), parentChannel(output) == parent else { return 2 }
        // Dies with the parent (SIGTERM, SIGKILL, Ctrl-C to it): PR_SET_PDEATHSIG = 1.
        // A parent already gone before the call leaves us adopted: stop then too.
        _ = ReaderSandbox.prctlCall(1, UInt(SIGKILL), 0)
        guard getppid() == parent else { return 2 }
        // Past this much address space an allocation fails (and the child dies) instead of
        // the machine swapping: a decompression bomb stops here.
        setLimit(RLIMIT_AS, UInt64(limits.workerAddressSpace))
        setLimit(RLIMIT_FSIZE, 0)
        setLimit(RLIMIT_CORE, 0)
        guard ReaderSandbox.confine() else { return 2 }
        #if Contents
        var engine: OCREngine??
        let reader = DocumentReader(limits: limits)
        // The worker's own clock: if the parent is stopped (SIGSTOP, a suspended laptop)
        // and cannot kill it, the alarm and the CPU limit still end a runaway read.
        let backstop = limits.documentSeconds * 2 + 5
        while let (type, length) = readHeader(input) {
            guard let format = DocumentReader.Format(rawValue: type & 0x7f), length <= UInt64(limits.maxBytes),
                  let bytes = readExactly(input, count: Int(length)) else { return 1 }
            limitCPU(seconds: backstop)
            alarm(UInt32(backstop.rounded(.up)))
            var broken = false
            let text = reader.read(bytes, format: format, wholeBody: type & 0x80 != 0, ocr: {
                if engine == nil { engine = .some(OCREngine()) }
                return engine!
            }, partial: { sofar in
                let answer = DocumentCache.encode(sofar)
                if !broken, !writeAll(output, frame(type: 0, length: UInt64(answer.count)) + answer) { broken = true }
            })
            alarm(0)
            let answer = DocumentCache.encode(text)
            guard !broken, writeAll(output, frame(type: 1, length: UInt64(answer.count)) + answer) else { return 1 }
        }
        return 0
        #else
        return 1
        #endif
    }

    private static func setLimit(_ resource: __rlimit_resource, _ value: UInt64) {
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        setrlimit(Int32(resource.rawValue), &limit)
    }

    /// CPU time is counted for the whole process: the soft limit moves to what was used
    /// so far plus this document's share (SIGXCPU ends it there); the hard limit stays.
    private static func limitCPU(seconds: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let used = Int(usage.ru_utime.tv_sec) + Int(usage.ru_stime.tv_sec) + 1
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_CPU.rawValue), &limit)
        limit.rlim_cur = rlim_t(used + Int(seconds.rounded(.up)))
        if limit.rlim_cur > limit.rlim_max { limit.rlim_cur = limit.rlim_max }
        setrlimit(Int32(RLIMIT_CPU.rawValue), &limit)
    }

    static func frame(type: UInt8? = nil, length: UInt64) -> [UInt8] {
        (type.map { [$0] } ?? []) + (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) }
    }

    private static func readHeader(_ fd: Int32) -> (UInt8, UInt64)? {
        guard let header = readExactly(fd, count: 9) else { return nil }
        return (header[0], header[1...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    private static func readExactly(_ fd: Int32, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, count - done) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return false }
            done += wrote
        }
        return true
    }
}
