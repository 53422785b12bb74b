import Foundation
import SPBELint
#if canImport(Glibc)
import Glibc
#endif

/// A reader that proves its own confinement: started exactly like a document reader
/// (`DocumentWorkerPool`, the same socket check, `ReaderService.confine`), it then tries
/// what a compromised reader would and answers what happened, one line per attempt, as
/// the first-page text of its answer. The tests run it through the real pool, so removing
/// any part of the confinement makes them fail. Like the worker mode it needs the argument
/// alone, the variable and a spbe-lint parent on the socket; it reads no document.
///
/// The request is one frame whose bytes are the path of a file the user can read; the
/// attempts: reading it, listing its folder, creating a file beside it, an IPv4 and a
/// Unix socket, fork, and running /bin/true.
public enum ReaderSelfTest {
    public static let argument = "__reader-self-test"

    public static func isRequested(arguments: [String], environment: [String: String]) -> Bool {
        arguments.count == 2 && arguments[1] == argument && environment[DocumentWorker.environmentKey] == "1"
    }

    public static func run(input: Int32 = 0, output: Int32 = 1) -> Int32 {
        let limits = DocumentWorker.limits(from: ProcessInfo.processInfo.environment)
        guard ReaderService.confine(input: input, output: output, limits: limits) else { return 2 }
        var header = [UInt8](repeating: 0, count: 9)
        guard read(input, &header, 9) == 9 else { return 1 }
        let length = header[1...].reversed().reduce(0) { $0 << 8 | Int($1) }
        guard length < 4096 else { return 1 }
        var bytes = [UInt8](repeating: 0, count: length)
        guard length == 0 || read(input, &bytes, length) == length else { return 1 }
        let path = String(decoding: bytes, as: UTF8.self)
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let lines = [
            "landlock " + String(describing: ReaderLandlock.abi()),
            "read " + outcome(open(path, O_RDONLY | O_CLOEXEC)),
            "list " + outcome(open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)),
            "write " + outcome(open(folder + "/written-by-reader", O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)),
            "inet " + outcome(socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)),
            "unix " + outcome(socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)),
            "fork " + forkOutcome(),
            "exec " + spawnOutcome(),
            "fonts " + outcome(open("/etc/fonts", O_RDONLY | O_DIRECTORY | O_CLOEXEC)),
        ]
        var text = DocumentReader.Text()
        text.first = lines.joined(separator: "\n")
        let answer = DocumentCache.encode(text)
        let frame = DocumentWorker.frame(type: 1, length: UInt64(answer.count)) + answer
        return write(output, frame, frame.count) == frame.count ? 0 : 1
    }

    /// "allowed" or "denied <errno name>".
    private static func outcome(_ result: Int32) -> String {
        if result >= 0 {
            close(result)
            return "allowed"
        }
        return "denied " + name(errno)
    }

    private static func name(_ code: Int32) -> String {
        switch code {
        case EACCES: return "EACCES"
        case EPERM: return "EPERM"
        case ENOSYS: return "ENOSYS"
        default: return "errno \(code)"
        }
    }

    private static func forkOutcome() -> String {
        let child = fork()
        if child == 0 { _exit(0) }
        if child > 0 {
            var status: Int32 = 0
            waitpid(child, &status, 0)
            return "allowed"
        }
        return "denied " + name(errno)
    }

    private static func spawnOutcome() -> String {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        let result = posix_spawn(&pid, "/bin/true", nil, nil, argv, environ)
        if result == 0 {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return "allowed"
        }
        return "denied " + name(result)
    }
}
