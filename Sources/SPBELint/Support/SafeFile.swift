#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files spbe-lint is told about (configs, rule packs, sidecars, baselines).
/// Any of them may be something other than a file: a FIFO or `/dev/stdin` blocks a
/// plain open or read forever, `/proc/self/mem` fails half-way. So every input is
/// opened non-blocking, must be a regular file by `fstat` on the open descriptor
/// (no race with a swap), and every read error is an error: never "treat as empty".
public enum SafeFile {
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case notRegular(String)
        case symlink
        case permission
        case tooLarge(Int)
        case io(String)

        /// A short English reason; messages.yaml carries the translated sentences.
        public var reason: String {
            switch self {
            case .missing: return "no such file"
            case .notRegular(let kind): return "not a regular file (\(kind))"
            case .symlink: return "is a symbolic link"
            case .permission: return "permission denied"
            case .tooLarge(let limit): return "larger than \(limit) bytes"
            case .io(let detail): return "read error: \(detail)"
            }
        }
    }

    /// The whole file, at most `limit` bytes. With `followLinks: false` a symlink is refused.
    public static func read(_ path: String, limit: Int, followLinks: Bool = true) throws(Failure) -> [UInt8] {
        let fd = try open(path, followLinks: followLinks)
        defer { close(fd) }
        return try read(descriptor: fd, limit: limit)
    }

    /// Opens for reading without blocking and without trusting the name: only a regular file passes.
    public static func open(_ path: String, followLinks: Bool = true, relativeTo folder: Int32 = AT_FDCWD) throws(Failure) -> Int32 {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
        if !followLinks { flags |= O_NOFOLLOW }
        let fd = openat(folder, path, flags)
        if fd < 0 {
            switch errno {
            case ENOENT, ENOTDIR: throw .missing
            case EACCES, EPERM: throw .permission
            case ELOOP where !followLinks: throw .symlink
            default: throw .io(String(cString: strerror(errno)))
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let detail = String(cString: strerror(errno))
            close(fd)
            throw .io(detail)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notRegular(kindName(info.st_mode))
        }
        // A regular file never blocks; clearing the flag keeps reads plain.
        let current = fcntl(fd, F_GETFL)
        if current >= 0 { _ = fcntl(fd, F_SETFL, current & ~O_NONBLOCK) }
        return fd
    }

    public static func read(descriptor fd: Int32, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            if bytes.count > limit { throw .tooLarge(limit) }
        }
    }

    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "folder"
        case S_IFIFO: return "FIFO"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFSOCK: return "socket"
        case S_IFLNK: return "symbolic link"
        default: return "special file"
        }
    }
}

/// `read(2)`, named apart from the Swift methods called `read` around it.
@inline(__always)
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

/// `close(2)`, for types that have a `close()` of their own.
@inline(__always)
func systemClose(_ fd: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(fd)
    #elseif canImport(Musl)
    _ = Musl.close(fd)
    #else
    _ = Darwin.close(fd)
    #endif
}
