#if canImport(Glibc)
import Glibc
#endif

/// Hides the user's files from a reader. After start-up a reader gets each document's
/// bytes over its socket, so the only files it still opens by path are system data read
/// lazily: Tesseract's language data, fonts and fontconfig's configuration and cache,
/// poppler's encoding data, modules the C library loads on demand. A Landlock ruleset
/// (Linux 5.13 and later) lets the process read beneath exactly those folders and
/// nothing else: no home folder, no evidence tree, no /tmp, no spbe-lint cache; it
/// creates, removes, renames and writes nothing anywhere (seccomp already refuses most
/// of that; Landlock says so again for every path).
///
/// A kernel without Landlock (older, or disabled at boot) leaves the reader able to read
/// what the user can; `status` says which, and the README's trust boundary says what
/// still holds then (the seccomp filter and the limits of `ReaderSandbox`).
enum ReaderLandlock {
    enum Status: Equatable, Sendable {
        /// The ruleset is in force, at this Landlock ABI version.
        case enforced(abi: Int)
        /// This kernel has no Landlock (or it is disabled): reads are not restricted.
        case unavailable
        /// Landlock exists but refused the ruleset: the caller must stop.
        case failed
    }

    /// Folders (and single files) a reader may read beneath; everything else is hidden.
    /// Measured with strace over the test fixtures and the document corpus: these are
    /// what poppler, cairo, fontconfig, glib and Tesseract open after start-up.
    static func readable(environment: [String: String]) -> [String] {
        var paths = [
            "/usr/share/tesseract-ocr", "/usr/share/fonts", "/usr/share/poppler", "/usr/share/fontconfig",
            "/usr/share/texmf/fonts", "/usr/share/X11/fonts", "/usr/local/share/fonts",
            "/etc/fonts", "/var/cache/fontconfig", "/usr/lib", "/usr/lib64", "/lib", "/lib64",
            "/etc/ld.so.cache", "/etc/localtime", "/usr/share/zoneinfo",
            "/sys/devices/system/cpu", "/proc/self", "/dev/null", "/dev/urandom",
        ]
        if let prefix = environment["TESSDATA_PREFIX"], prefix.hasPrefix("/") { paths.append(prefix) }
        // fontconfig's per-user cache, only that folder of the home: without it fontconfig
        // rescans every font (it cannot write the cache anyway).
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            paths.append(cache + "/fontconfig")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            paths.append(home + "/.cache/fontconfig")
        }
        return paths
    }

    /// The Landlock ABI version of this kernel, 0 when it has none.
    static func abi() -> Int {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        // landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION = 1).
        let version = syscall6(444, 0, 0, 1)
        return version > 0 ? version : 0
        #else
        return 0
        #endif
    }

    /// Restricts this process (and any thread it starts later) to reading beneath
    /// `readable`. Needs `no_new_privs` first (`ReaderSandbox.confine`).
    static func restrict(readable: [String]) -> Status {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        let version = abi()
        guard version > 0 else { return .unavailable }
        // The ruleset binds the calling thread and the threads it starts later; one
        // started earlier would escape it. A reader confines itself before any (measured:
        // the worker starts none before, OCR runs with OMP_THREAD_LIMIT=1).
        guard threads() == 1 else { return .failed }
        // EXECUTE, WRITE_FILE, READ_FILE, READ_DIR, REMOVE_DIR, REMOVE_FILE, MAKE_CHAR,
        // MAKE_DIR, MAKE_REG, MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK, MAKE_SYM (ABI 1); REFER
        // (2); TRUNCATE (3); IOCTL_DEV (5).
        var handled: UInt64 = (1 << 13) - 1
        if version >= 2 { handled |= 1 << 13 }
        if version >= 3 { handled |= 1 << 14 }
        if version >= 5 { handled |= 1 << 15 }
        let readFile: UInt64 = 1 << 2, readDirectory: UInt64 = 1 << 3
        // struct landlock_ruleset_attr's first field only: the kernel takes a shorter
        // struct as the older ABI's, so network and scope rules stay unhandled here
        // (the seccomp filter refuses sockets).
        var attributes = handled
        let ruleset = withUnsafePointer(to: &attributes) { pointer in
            syscall6(444, UInt(bitPattern: Int(bitPattern: pointer)), 8, 0)
        }
        guard ruleset >= 0 else { return .failed }
        defer { close(Int32(ruleset)) }
        for path in readable {
            // O_PATH: a handle for the rule, not a read; a missing folder is skipped.
            let fd = open(path, 0o10000000 /* O_PATH, not in Glibc's module */ | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { continue }
            let access = info.st_mode & S_IFMT == S_IFDIR ? readFile | readDirectory : readFile
            // struct landlock_path_beneath_attr is packed: u64 allowed_access, s32 parent_fd.
            var rule = [UInt8](repeating: 0, count: 12)
            for index in 0..<8 { rule[index] = UInt8(truncatingIfNeeded: access >> (8 * UInt64(index))) }
            for index in 0..<4 { rule[8 + index] = UInt8(truncatingIfNeeded: UInt32(bitPattern: fd) >> (8 * UInt32(index))) }
            // landlock_add_rule(ruleset, LANDLOCK_RULE_PATH_BENEATH = 1, &rule, 0).
            let added = rule.withUnsafeBytes { buffer in
                syscall6(445, UInt(ruleset), 1, UInt(bitPattern: Int(bitPattern: buffer.baseAddress)))
            }
            guard added == 0 else { return .failed }
        }
        // landlock_restrict_self(ruleset, 0).
        guard syscall6(446, UInt(ruleset), 0, 0) == 0 else { return .failed }
        return .enforced(abi: version)
        #else
        return .unavailable
        #endif
    }

    #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// The threads of this process (entries of /proc/self/task); 1 when /proc is absent.
    static func threads() -> Int {
        guard let folder = opendir("/proc/self/task") else { return 1 }
        defer { closedir(folder) }
        var count = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != "." && name != ".." { count += 1 }
        }
        return max(count, 1)
    }

    /// syscall(2) is variadic, so Swift does not import it (see `ReaderSandbox`).
    private static func syscall6(_ number: Int, _ a: UInt, _ b: UInt, _ c: UInt) -> Int {
        typealias Syscall = @convention(c) (Int, UInt, UInt, UInt, UInt, UInt) -> Int
        guard let symbol = dlsym(nil, "syscall") else { return -1 }
        return unsafeBitCast(symbol, to: Syscall.self)(number, a, b, c, 0, 0)
    }
    #endif
}
