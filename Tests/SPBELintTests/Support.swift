import Foundation
@testable import SPBELint
@testable import SPBELintReport
import SPBELintReader

/// One folder per test process that holds everything the tests write (trees, caches, the
/// document fixtures), removed when the process exits: a cache folder handed to a run is
/// re-created by the run after any value that named it is gone, and every `swift test` used
/// to leave about 9 MB of such folders in /tmp.
enum TestScratch {
    static let root: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spbe-lint-tests-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { TestScratch.remove() }
        return root
    }()

    /// A new empty folder that lasts until the process exits (a document cache for one run).
    static func folder(_ name: String) -> String {
        let folder = PathName.join(PathName.join(root, UUID().uuidString), name)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes `folder` (the whole scratch by default) and everything in it.
    static func remove(_ folder: String = root) {
        openUp(folder)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Tests take permissions away (unreadable folders); give them back so all of it goes.
    /// Only real folders: `chmod` follows links, and the trees hold links to /etc/passwd.
    private static func openUp(_ folder: String) {
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        _ = chmod(folder, 0o755)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            openUp(PathName.join(folder, name))
        }
    }
}

/// A throw-away folder for fixture trees; removed when the value goes away (and with
/// `TestScratch` at the latest).
final class TempTree {
    let root: String

    init(_ name: String = "tree") {
        root = TestScratch.folder(name)
    }

    deinit {
        TestScratch.remove(PathName.parent(root))
    }

    /// Creates a file (and its folders); content defaults to a small real PDF (one page,
    /// one line of text) that poppler opens.
    @discardableResult
    func file(_ path: String, _ content: String = Fixtures.textPDF) -> String {
        let full = PathName.join(root, path)
        try! FileManager.default.createDirectory(atPath: PathName.parent(full), withIntermediateDirectories: true)
        try! content.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    func folder(_ path: String) {
        try! FileManager.default.createDirectory(atPath: PathName.join(root, path), withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String {
        PathName.join(root, relative)
    }
}

enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let spbe: RulePack = try! RulePackLoader().load(reference: "spbe-2020")

    /// One A4 page saying "Bukti dukung", numbered, dated and signed but with no title: a
    /// PDF every reader opens, whose kind comes from its name as before the documents were
    /// read, and which shows what an enacted regulation named so must show (#23: a text
    /// that shows no nomor, date or signature never meets `enacted: true`).
    static let textPDF = textPDF(saying: "Bukti dukung kegiatan SPBE")

    /// A one-page PDF whose first line of text is `text` (distinct bytes for distinct
    /// files), numbered, dated (in `year`: an audit report is as old as its signature)
    /// and signed.
    static func textPDF(saying text: String, year: Int = 2024) -> String {
        String(decoding: DocumentFixtures.textPDF(lines: [text, "Nomor 5", "Ditetapkan di Contoh", "pada tanggal 12 Maret \(year)", "KEPALA DINAS,", "ttd", "BUDI SANTOSO"]), as: UTF8.self)
    }

    /// A one-page Peraturan Wali Kota laid out as Permendagri 80/2015 has it: the title
    /// block with its nomor, TENTANG and the subject, the konsiderans, a body pasal, and the
    /// enactment (Ditetapkan di, a filled date, the signature block, the Berita Daerah
    /// number). Enacted by its text, so a test about something else is not a test of
    /// what a one-line placeholder PDF proves.
    static func enactedPerwaliPDF(place: String = "Contoh", number: Int = 12, year: Int = 2021, subject: String = "ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK") -> String {
        let city = place.uppercased()
        return String(decoding: DocumentFixtures.textPDF(lines: [
            "WALI KOTA \(city)", "PERATURAN WALI KOTA \(city)", "NOMOR \(number) TAHUN \(year)", "TENTANG", subject,
            "DENGAN RAHMAT TUHAN YANG MAHA ESA", "WALI KOTA \(city),",
            "Menimbang : bahwa untuk melaksanakan ketentuan Peraturan Presiden Nomor 95 Tahun 2018;",
            "Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;", "MEMUTUSKAN:",
            // Short enough for the line to stay on the page (poppler drops what runs past its edge).
            "Menetapkan : PERATURAN WALI KOTA TENTANG \(subject.split(separator: " ").prefix(2).joined(separator: " ")).", "Pasal 1", "Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.",
            "Ditetapkan di \(place)", "pada tanggal 3 Maret \(year)", "WALI KOTA \(city),", "ttd", "BUDI SANTOSO",
            "BERITA DAERAH KOTA \(city) TAHUN \(year) NOMOR \(number)",
        ]), as: UTF8.self)
    }

    /// The page saying only "Bukti dukung": nothing in its text says it was enacted.
    static let unsignedPDF = String(decoding: DocumentFixtures.textPDF(lines: ["Bukti dukung kegiatan SPBE"]), as: UTF8.self)

    /// The date every library test runs on: the library never reads the clock.
    static let today = Day(year: 2026, month: 9, day: 23)!
    /// The run every library test makes: that date, English, an empty environment.
    static let context = RunContext.testing(today: today)

    static func parse(_ text: String) throws -> YAMLNode? {
        try YAMLParser().parse(text, file: "test.yaml")
    }

    /// A report without the line saying document texts were not read (its reason differs
    /// between the build with the `Contents` trait and the one without): everything else
    /// must match in both builds.
    static func withoutBuildNotice(_ text: String) -> String {
        let notices = Messages.Language.allCases.map { Messages(language: $0)(.contentNotRead, ["reason": "\u{0}"]).components(separatedBy: "\u{0}")[0] }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !notices.contains { line.contains($0) } }
            .joined(separator: "\n")
    }

    /// Compares with a golden file; set SPBE_LINT_UPDATE_GOLDEN=1 to rewrite it.
    static func golden(_ name: String, _ actual: String) -> String {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SPBE_LINT_UPDATE_GOLDEN"] == "1" {
            try! actual.write(to: url, atomically: true, encoding: .utf8)
        }
        // Decoded by hand: String(contentsOf:) would drop a byte order mark the CSV golden keeps.
        return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? "<missing golden file \(name)>"
    }
}

/// Runs a program and collects what it printed.
enum Shell {
    /// `waitWhileBusy`: start again while the program is open for writing (see
    /// `Executable`); off only to show what a single attempt meets.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String]? = nil, mergeOutput: Bool = false, input: String? = nil,
                    waitWhileBusy: Bool = true) throws -> CLI.Result {
        // A `Process` that failed to start is not started again: each attempt builds its own.
        func start() throws -> (Process, Pipe, Pipe) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            if let environment { process.environment = environment }
            let out = Pipe()
            let err = mergeOutput ? out : Pipe()
            process.standardOutput = out
            process.standardError = err
            // Never the runner's own stdin: `--pre-push` reads its refs from there.
            process.standardInput = input.map { _ in Pipe() } ?? FileHandle.nullDevice
            try process.run()
            return (process, out, err)
        }
        var attempts = 1
        var started: (Process, Pipe, Pipe)
        while true {
            do {
                started = try start()
                break
            } catch where waitWhileBusy && Executable.isBusy(error) && attempts < 250 {
                // Held open for writing by a child another test was starting at that
                // moment: it lets go at its exec. At most five seconds in all.
                attempts += 1
                usleep(20_000)
            }
        }
        let (process, out, err) = started
        if let input, let pipe = process.standardInput as? Pipe {
            try? pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        // Both pipes drain at once: a child that fills stderr while we wait on stdout would hang.
        nonisolated(unsafe) var stderr = Data()
        let drained = DispatchSemaphore(value: 0)
        if mergeOutput { drained.signal() } else {
            DispatchQueue.global().async {
                stderr = err.fileHandleForReading.readDataToEndOfFile()
                drained.signal()
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                          signaled: process.terminationReason == .uncaughtSignal)
    }
}

/// Programs the tests write and then start (a copy of spbe-lint, a `git` shim, a hook).
/// Linux refuses to start a file that any process holds open for writing (ETXTBSY), and
/// the suite starts programs from many threads at once: a child forked by another test
/// while this file is being written carries a copy of the writing descriptor, for its
/// whole life unless the descriptor is close-on-exec (Foundation's `copyItem` and
/// `write(toFile:)` do not ask for that). Written here with `O_CLOEXEC`, the copy lives
/// only until that child's exec; `Shell.run` waits out that moment.
enum Executable {
    /// Writes `bytes` to the new file `path` (never over an existing one), mode 0755.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            written += n
        }
        // The mode asked for at open is masked by the umask; a program must be runnable.
        guard fchmod(fd, 0o755) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    static func write(script: String, to path: String) throws {
        try write(Array(script.utf8), to: path)
    }

    static func copy(_ source: String, to path: String) throws {
        try write(Array(try Data(contentsOf: URL(fileURLWithPath: source))), to: path)
    }

    /// The start failed because the program is open for writing somewhere.
    static func isBusy(_ error: any Error) -> Bool {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return false }
        return underlying.domain == NSPOSIXErrorDomain && underlying.code == Int(ETXTBSY)
    }
}

/// Packages from PyPI for tests that need an independent judge (a schema validator, a
/// JUnit parser, the pre-commit framework), installed once per machine into a temp folder.
/// Nil when PyPI cannot be reached: such tests report themselves skipped, never passed.
enum PyPI {
    static func install(_ packages: [String], as name: String) -> String? {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("spbe-lint-test-\(name)-\(getuid())").path
        if FileManager.default.fileExists(atPath: target + "/.ready") { return target }
        let result = try? Shell.run("/usr/bin/env", ["python3", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--target", target] + packages)
        guard result?.status == 0 else { return nil }
        FileManager.default.createFile(atPath: target + "/.ready", contents: nil)
        return target
    }
}

/// Runs the built `spbe-lint` binary, as a user would.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed by a signal (a trap, a crash): never acceptable, whatever the status.
        var signaled = false
    }

    static var binary: String { product("spbe-lint") }
    /// The document reader the CLI starts (`DocumentWorker.readerName`), built beside it.
    static var readerBinary: String { product(DocumentWorker.readerName) }

    private static func product(_ name: String) -> String {
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = tests
        // The test runner may sit inside a bundle (macOS) or beside the products (Linux).
        for _ in 0..<4 {
            let path = candidate.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            candidate = candidate.deletingLastPathComponent()
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/" + name).path
    }

    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], input: String? = nil) throws -> Result {
        try Shell.run(binary, arguments, in: directory, environment: testEnvironment(environment), input: input)
    }

    /// The caller's environment without colour or GitHub detection, in English whatever
    /// the caller's locale (tests about Indonesian output say so), plus `extra`.
    static let testCache = TestScratch.folder("test-cache")

    static func testEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_ACTIONS")
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["LANG"] = "C.UTF-8"
        // Document texts are cached per user: the tests keep theirs out of the real home.
        env["XDG_CACHE_HOME"] = testCache
        for (key, value) in extra { env[key] = value }
        return env
    }
}

extension RunContext {
    /// A run as the library tests make it: documents are read in this process (the
    /// reader library is linked into the tests; the program never does this), unless a
    /// test sets `documentWorker` to read through reader processes.
    static func testing(today: Day, language: Messages.Language = .en, environment: [String: String] = [:]) -> RunContext {
        var context = RunContext(today: today, language: language, environment: environment)
        context.inProcessReader = InProcessReader.factory
        return context
    }
}
