import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parent side of document reading (see `DocumentWorker`): child processes started
/// on the first document that is not in the cache (a warm run starts none), lent to one
/// reading thread at a time and reused, each given `Limits.documentSeconds` per
/// document. A child that takes longer is killed and the document is "too slow"; one
/// that dies is "reader stopped"; either way the next document gets a fresh child, and
/// what the child had sent of the pages it read stays. No more children run at once than
/// `Limits.readersMemory` holds at `workerAddressSpace` each. When no child can be
/// started the document is not read ("no reader"): an upload is never parsed in this
/// process, where nothing limits it.
final class DocumentWorkerPool: DocumentTextReading, @unchecked Sendable {
    let command: DocumentWorker.Command
    let environment: [String: String]
    let limits: DocumentReader.Limits
    private let lock = NSLock()
    private var idle: [Child] = []
    private var started = 0
    /// Children that may exist at once (the memory budget).
    private let slots: DispatchSemaphore
    let capacity: Int

    /// `environment` is the run's; OpenMP inside Tesseract is held to one thread unless
    /// the user chose otherwise (libgomp reads it when it loads, so only a new process
    /// can be told: with its default threads a 3-page scan took 4.6 s instead of 1.0 s).
    init(command: DocumentWorker.Command, environment: [String: String], limits: DocumentReader.Limits) {
        self.command = command
        var environment = environment
        environment[DocumentWorker.environmentKey] = "1"
        environment[DocumentWorker.limitsKey] = DocumentWorker.limitsValue(limits)
        if environment["OMP_THREAD_LIMIT"] == nil { environment["OMP_THREAD_LIMIT"] = "1" }
        self.environment = environment
        self.limits = limits
        capacity = max(1, limits.readersMemory / max(1, limits.workerAddressSpace))
        slots = DispatchSemaphore(value: capacity)
    }

    deinit { finish() }

    /// Processes started so far (for `--stats` and the tests).
    var processesStarted: Int {
        lock.lock()
        defer { lock.unlock() }
        return started
    }

    /// The idle children's process ids (for the tests that look at them in /proc).
    var childProcessIDs: [pid_t] {
        lock.lock()
        defer { lock.unlock() }
        return idle.filter(\.alive).map(\.pid)
    }

    /// Reads one document in a child within `seconds` (the per-document limit unless
    /// given); "no reader" when no child could be started.
    func read(_ bytes: [UInt8], format: DocumentReader.Format, wholeBody: Bool = false, seconds: Double? = nil) -> DocumentReader.Text {
        slots.wait()
        defer { slots.signal() }
        guard let child = checkOut() else {
            var failure = DocumentReader.Text()
            failure.unreadable = .noReader
            return failure
        }
        let answer = child.read(bytes, type: format.rawValue | (wholeBody ? 0x80 : 0), seconds: seconds ?? limits.documentSeconds)
        if child.alive { checkIn(child) }
        return answer
    }

    /// Ends every idle child: their input closes, they exit, and are waited for.
    func finish() {
        lock.lock()
        let children = idle
        idle.removeAll()
        lock.unlock()
        for child in children { child.stop(kill: false) }
    }

    private func checkOut() -> Child? {
        lock.lock()
        while let child = idle.popLast() {
            lock.unlock()
            // A child dies with the thread that started it (PR_SET_PDEATHSIG): one left
            // idle by a thread that has since ended is gone, not a verdict on a document.
            if child.exited() {
                lock.lock()
                continue
            }
            return child
        }
        lock.unlock()
        guard let child = Child(command: command, environment: environment) else { return nil }
        lock.lock()
        started += 1
        lock.unlock()
        return child
    }

    private func checkIn(_ child: Child) {
        lock.lock()
        idle.append(child)
        lock.unlock()
    }

    /// One worker process and its end of a socket pair (a socket, not a pipe: a send to
    /// a dead child returns an error instead of raising SIGPIPE in the parent).
    final class Child {
        private(set) var alive = true
        /// Set when a wait ran out of time (not when the child closed its end).
        private var timedOut = false
        let pid: pid_t
        private let socket: Int32

        init?(command: DocumentWorker.Command, environment: [String: String]) {
            var ends: [Int32] = [-1, -1]
            let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            guard socketpair(AF_UNIX, type, 0, &ends) == 0 else { return nil }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, ends[1], 0)
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
            // Poppler prints "Syntax Error" for every oddity of a damaged PDF: not the
            // user's business; what it means reaches the report as facts.
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            // The reading threads run with signals blocked (Dispatch's workers do): a child
            // would inherit that mask and ignore Ctrl-C, SIGTERM and its own alarm. Every
            // signal is unblocked and set to its default, and the child gets a process
            // group of its own (the parent's death ends it: PR_SET_PDEATHSIG).
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setpgroup(&attributes, 0)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
            let argv = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            let status = posix_spawn(&pid, command.executable, &actions, &attributes, argv, envp)
            close(ends[1])
            guard status == 0 else {
                close(ends[0])
                return nil
            }
            self.pid = pid
            self.socket = ends[0]
            _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
        }

        deinit { stop(kill: true) }

        /// Whether the child has ended on its own (reaped here).
        func exited() -> Bool {
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == pid else { return false }
            alive = false
            close(socket)
            return true
        }

        /// Sends the document and waits for its text until `seconds` have passed. The
        /// pages the child reported before it stopped are kept, marked with the failure.
        func read(_ bytes: [UInt8], type: UInt8, seconds: Double) -> DocumentReader.Text {
            let deadline = Stopwatch()
            let limitMS = seconds * 1000
            func remaining() -> Int32 { Int32(max(0, min(Double(Int32.max), limitMS - deadline.milliseconds))) }
            var sofar = DocumentReader.Text()
            let request = DocumentWorker.frame(type: type, length: UInt64(bytes.count))
            guard sendAll(request, remaining: remaining), sendAll(bytes, remaining: remaining) else {
                return gaveUp(sofar, seconds: seconds)
            }
            while true {
                guard let header = receive(count: 9, remaining: remaining), header[0] <= 1 else { return gaveUp(sofar, seconds: seconds) }
                let length = header[1...].reversed().reduce(0) { $0 << 8 | Int($1) }
                // An answer is a text capped at a few MB; anything longer is not one.
                guard length <= 64 << 20, let answer = receive(count: length, remaining: remaining),
                      let text = DocumentCache.decode(answer) else {
                    return gaveUp(sofar, seconds: seconds)
                }
                if header[0] == 1 { return text }
                sofar = text
            }
        }

        /// The child failed this document: killed when it ran out of time (and then the
        /// document is "too slow"), else it died on its own.
        private func gaveUp(_ sofar: DocumentReader.Text, seconds: Double) -> DocumentReader.Text {
            var failure = sofar
            failure.unreadable = timedOut ? .tooSlow(seconds: seconds) : .readerStopped
            if failure.first.isEmpty && failure.last.isEmpty { failure.source = .none }
            stop(kill: true)
            return failure
        }

        func stop(kill killing: Bool) {
            guard alive else { return }
            alive = false
            if killing { kill(pid, SIGKILL) }
            close(socket)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }

        private func sendAll(_ bytes: [UInt8], remaining: () -> Int32) -> Bool {
            var done = 0
            while done < bytes.count {
                guard wait(for: Int16(POLLOUT), remaining()) else { return false }
                let sent = bytes.withUnsafeBytes { send(socket, $0.baseAddress! + done, bytes.count - done, Int32(MSG_NOSIGNAL)) }
                if sent < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard sent > 0 else { return false }
                done += sent
            }
            return true
        }

        private func receive(count: Int, remaining: () -> Int32) -> [UInt8]? {
            var bytes = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                guard wait(for: Int16(POLLIN), remaining()) else { return nil }
                let got = bytes.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + done, count - done, 0) }
                if got < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard got > 0 else { return nil }
                done += got
            }
            return bytes
        }

        /// Waits until the socket is ready for `events`, or the time is up (false).
        private func wait(for events: Int16, _ milliseconds: Int32) -> Bool {
            var entry = pollfd(fd: socket, events: events, revents: 0)
            while true {
                let ready = milliseconds > 0 ? poll(&entry, 1, milliseconds) : 0
                if ready < 0 && errno == EINTR { continue }
                if ready == 0 { timedOut = true }
                return ready > 0
            }
        }
    }
}
