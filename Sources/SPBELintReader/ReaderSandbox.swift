#if canImport(Glibc)
import Glibc
#endif

/// What a reader process may still do once it has started, applied before it reads any
/// byte of an upload. Poppler and Tesseract parse hostile files; if one of them is made
/// to run code, that code should find a process that can read (fonts, Tesseract's
/// language data, its own socket) and compute, and little else.
///
/// On Linux (x86_64 and aarch64), enforced by the kernel:
/// - `no_new_privs`: no set-uid program can give it more rights;
/// - a seccomp filter: creating, opening for writing, renaming, linking or deleting files
///   fails (EPERM), as do new processes (fork, vfork, clone without CLONE_THREAD), running
///   a program (execve), opening or accepting network or local sockets, ptrace and
///   io_uring; threads still start (clone3 answers ENOSYS, so the C library falls back
///   to clone, whose flags the filter can see);
/// - resource limits: no file can be written past 0 bytes (RLIMIT_FSIZE), no core dump,
///   an address-space cap, a CPU-seconds cap per document, a wall-clock alarm.
/// Reading files by path stays possible here (fonts and language data are read by
/// path); `ReaderLandlock` then limits reads to the system data folders a reader needs,
/// where the kernel has Landlock.
enum ReaderSandbox {
    /// Whether the filter applies on this platform.
    static var filters: Bool {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return true
        #else
        return false
        #endif
    }

    /// Applies `no_new_privs` and the seccomp filter to this process; false when the
    /// kernel refused (the caller then stops: a reader never runs unconfined by surprise).
    static func confine() -> Bool {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        guard prctlNoNewPrivs() else { return false }
        var program = filterProgram()
        return program.withUnsafeMutableBufferPointer { buffer -> Bool in
            var fprog = sock_fprog(len: UInt16(buffer.count), filter: buffer.baseAddress)
            // PR_SET_SECCOMP = 22, SECCOMP_MODE_FILTER = 2.
            return withUnsafeMutablePointer(to: &fprog) { pointer in
                prctlCall(22, 2, UInt(bitPattern: Int(bitPattern: UnsafeMutableRawPointer(pointer)))) == 0
            }
        }
        #else
        return true
        #endif
    }

    #if os(Linux) && (arch(x86_64) || arch(arm64))
    private static func prctlNoNewPrivs() -> Bool {
        // PR_SET_NO_NEW_PRIVS = 38.
        prctlCall(38, 1, 0) == 0
    }

    /// prctl through syscall(2): Glibc's prctl is variadic and not imported into Swift.
    static func prctlCall(_ option: Int, _ argument: UInt, _ argument2: UInt) -> Int {
        #if arch(x86_64)
        let number = 157
        #else
        let number = 167
        #endif
        return syscallShim(number, UInt(option), argument, argument2)
    }

    /// syscall(2) is variadic, so Swift does not import it; glibc's is assembly that takes
    /// its arguments from the integer registers, which a fixed signature fills alike.
    private static func syscallShim(_ number: Int, _ a: UInt, _ b: UInt, _ c: UInt) -> Int {
        typealias Syscall = @convention(c) (Int, UInt, UInt, UInt, UInt, UInt) -> Int
        guard let symbol = dlsym(nil, "syscall") else { return -1 }
        return unsafeBitCast(symbol, to: Syscall.self)(number, a, b, c, 0, 0)
    }

    /// linux/filter.h's `struct sock_filter` and `struct sock_fprog` (not in Glibc's module).
    struct sock_filter {
        var code: UInt16
        var jt: UInt8
        var jf: UInt8
        var k: UInt32
    }

    struct sock_fprog {
        var len: UInt16
        var filter: UnsafeMutablePointer<sock_filter>?
    }

    // BPF opcodes (linux/filter.h) and seccomp return values (linux/seccomp.h).
    private static let ldAbsW: UInt16 = 0x20  // BPF_LD | BPF_W | BPF_ABS
    private static let jeqK: UInt16 = 0x15  // BPF_JMP | BPF_JEQ | BPF_K
    private static let jsetK: UInt16 = 0x45  // BPF_JMP | BPF_JSET | BPF_K
    private static let jgeK: UInt16 = 0x35  // BPF_JMP | BPF_JGE | BPF_K
    private static let retK: UInt16 = 0x06  // BPF_RET | BPF_K
    private static let allow: UInt32 = 0x7fff_0000
    private static let killProcess: UInt32 = 0x8000_0000
    private static func errno(_ value: Int32) -> UInt32 { 0x0005_0000 | UInt32(value) }

    #if arch(x86_64)
    private static let auditArch: UInt32 = 0xC000_003E
    private static let openNumber: UInt32? = 2
    private static let openatNumber: UInt32 = 257
    private static let cloneNumber: UInt32 = 56
    private static let clone3Number: UInt32 = 435
    private static let openat2Number: UInt32 = 437
    /// execve, execveat, fork, vfork, socket, connect, accept, accept4, bind, listen,
    /// creat, unlink, unlinkat, rename, renameat, renameat2, mkdir, mkdirat, rmdir, link,
    /// linkat, symlink, symlinkat, truncate, chmod, fchmodat, chown, lchown, fchownat,
    /// mknod, mknodat, ptrace, open_by_handle_at, io_uring_setup.
    private static let denied: [UInt32] = [59, 322, 57, 58, 41, 42, 43, 288, 49, 50, 85, 87, 263, 82, 264, 316, 83, 258, 84, 86,
                                           265, 88, 266, 76, 90, 268, 92, 94, 260, 133, 259, 101, 304, 425]
    #else
    private static let auditArch: UInt32 = 0xC000_00B7
    private static let openNumber: UInt32? = nil
    private static let openatNumber: UInt32 = 56
    private static let cloneNumber: UInt32 = 220
    private static let clone3Number: UInt32 = 435
    private static let openat2Number: UInt32 = 437
    /// execve, execveat, socket, connect, accept, accept4, bind, listen, unlinkat,
    /// renameat, renameat2, mkdirat, linkat, symlinkat, truncate, fchmodat, fchownat,
    /// mknodat, ptrace, open_by_handle_at, io_uring_setup.
    private static let denied: [UInt32] = [221, 281, 198, 203, 202, 242, 200, 201, 35, 38, 276, 34, 37, 36, 45, 53, 54, 33, 117, 265, 425]
    #endif

    /// O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | O_TMPFILE's directory bit.
    private static let writeFlags: UInt32 = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000 | 0o20000000
    private static let cloneThread: UInt32 = 0x0001_0000

    static func filterProgram() -> [sock_filter] {
        var program: [sock_filter] = []
        func statement(_ code: UInt16, _ k: UInt32) { program.append(sock_filter(code: code, jt: 0, jf: 0, k: k)) }
        func jump(_ code: UInt16, _ k: UInt32, _ jt: UInt8, _ jf: UInt8) { program.append(sock_filter(code: code, jt: jt, jf: jf, k: k)) }
        // seccomp_data: nr at 0, arch at 4, args[i] at 16 + 8i (low half first).
        statement(ldAbsW, 4)
        jump(jeqK, auditArch, 1, 0)
        statement(retK, killProcess)
        statement(ldAbsW, 0)
        // x32 system calls (bit 30) bypass the numbers below: refuse them all.
        jump(jgeK, 0x4000_0000, 0, 1)
        statement(retK, errno(EPERM))
        for number in denied {
            jump(jeqK, number, 0, 1)
            statement(retK, errno(EPERM))
        }
        jump(jeqK, clone3Number, 0, 1)
        statement(retK, errno(ENOSYS))
        jump(jeqK, openat2Number, 0, 1)
        statement(retK, errno(ENOSYS))
        // clone: a thread (CLONE_THREAD set) is allowed, a new process is not.
        jump(jeqK, cloneNumber, 0, 4)
        statement(ldAbsW, 16)
        jump(jsetK, cloneThread, 0, 1)
        statement(retK, allow)
        statement(retK, errno(EPERM))
        // open(path, flags) and openat(dir, path, flags): reading only.
        if let openNumber {
            statement(ldAbsW, 0)
            jump(jeqK, openNumber, 0, 3)
            statement(ldAbsW, 16 + 8)
            jump(jsetK, writeFlags, 0, 1)
            statement(retK, errno(EPERM))
        }
        statement(ldAbsW, 0)
        jump(jeqK, openatNumber, 0, 3)
        statement(ldAbsW, 16 + 16)
        jump(jsetK, writeFlags, 0, 1)
        statement(retK, errno(EPERM))
        statement(retK, allow)
        return program
    }
    #endif
}
