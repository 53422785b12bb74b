import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SPBELint

/// The reader process's side of `DocumentWorker`'s protocol: confines itself, then reads
/// each document it is sent and answers with its text, page by page.
public enum ReaderService {
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
        guard confine(input: input, output: output, limits: limits) else { return 2 }
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
                if !broken, !writeAll(output, DocumentWorker.frame(type: 0, length: UInt64(answer.count)) + answer) { broken = true }
            })
            alarm(0)
            let answer = DocumentCache.encode(text)
            guard !broken, writeAll(output, DocumentWorker.frame(type: 1, length: UInt64(answer.count)) + answer) else { return 1 }
        }
        return 0
        #else
        return 1
        #endif
    }

    /// Everything a reader does to itself before it reads a byte of an upload; false when
    /// this process was not started by a spbe-lint parent or cannot be confined as the
    /// README says (the caller stops). Shared with `ReaderSelfTest`, which proves it.
    static func confine(input: Int32, output: Int32, limits: DocumentReader.Limits) -> Bool {
        guard let parent = parentChannel(input), parentChannel(output) == parent else { return false }
        // Dies with the parent (SIGTERM, SIGKILL, Ctrl-C to it): PR_SET_PDEATHSIG = 1.
        // A parent already gone before the call leaves us adopted: stop then too.
        _ = ReaderSandbox.prctlCall(1, UInt(SIGKILL), 0)
        guard getppid() == parent else { return false }
        // Past this much address space an allocation fails (and the child dies) instead of
        // the machine swapping: a decompression bomb stops here.
        setLimit(RLIMIT_AS, UInt64(limits.workerAddressSpace))
        setLimit(RLIMIT_FSIZE, 0)
        setLimit(RLIMIT_CORE, 0)
        guard ReaderSandbox.confine() else { return false }
        // A kernel without Landlock leaves reads open (documented); one that refuses the
        // ruleset must not leave a reader less confined than documented.
        let readable = ReaderLandlock.readable(environment: ProcessInfo.processInfo.environment)
        return ReaderLandlock.restrict(readable: readable) != .failed
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
