import SPBELint
import Foundation

/// `spbe-lint install-hook`: a plain `.git/hooks/pre-commit` (or `pre-push`) for teams without the
/// pre-commit framework. It writes only where nothing is, or over a hook it provably
/// wrote itself (a regular UTF-8 file carrying its marker). Anything else — another
/// tool's hook, an unreadable or non-UTF-8 file, a symlink — is refused; with `force`
/// it is first moved aside to a backup, never destroyed.
public struct HookInstaller: Sendable {
    public static let marker = "# installed by spbe-lint install-hook"

    public enum Failure: UserFacingError {
        case notRepository(String)
        case foreignHook(String)
        case cannotWrite(String, String)
        /// `core.hooksPath` points at a shared folder of hooks other repositories use too.
        case sharedHooks(String)
        /// `--baseline` names a file that is not there: every commit would fail.
        case baselineMissing(String)

        public func localized(_ t: Messages) -> String {
            switch self {
            case .notRepository(let reason): return t.label(.error) + t(.hookNotRepository, ["reason": reason])
            case .foreignHook(let path): return t.label(.error) + t(.hookForeign, ["path": path])
            case .cannotWrite(let path, let reason): return t.label(.error) + t(.cliInitCannotWrite, ["path": path, "reason": reason])
            case .sharedHooks(let path): return t.label(.error) + t(.hookShared, ["path": path])
            case .baselineMissing(let path): return t.label(.error) + t(.hookBaselineMissing, ["path": path])
            }
        }
    }

    /// What an installation did, for the CLI to report.
    public struct Outcome: Sendable {
        public var path: String
        /// The evidence folder as the hook names it, relative to the repository top.
        public var folder: String
        /// Where a replaced foreign hook was moved (with `force`).
        public var backup: String?
        /// The folder does not exist (yet): the hook will fail until it does.
        public var folderMissing = false
    }

    /// The evidence folder, relative to the repository's top.
    public var folder: String
    /// The binary to fall back on when `spbe-lint` is not on PATH at commit time.
    public var binary: String
    /// A baseline file (relative to the repository top) the hook passes on.
    public var baseline: String?
    /// Which git hook: `pre-commit` judges the index, `pre-push` every pushed commit.
    public var stage: Stage
    /// `--lang` given to install-hook: the hook's messages speak it whatever the
    /// committer's locale.
    public var language: Messages.Language?

    public enum Stage: String, Sendable, CaseIterable {
        case preCommit = "pre-commit", prePush = "pre-push"
    }

    public init(folder: String, binary: String, baseline: String? = nil, stage: Stage = .preCommit, language: Messages.Language? = nil) {
        self.folder = folder
        self.binary = binary
        self.baseline = baseline
        self.stage = stage
        self.language = language
    }

    public func script() -> String {
        // `--` ends the options: a folder named "-x" stays a folder.
        let mode = stage == .preCommit ? "--staged" : "--pre-push"
        let options = "check \(mode) --quiet" + (language.map { " --lang " + $0.rawValue } ?? "")
            + (baseline.map { " --baseline " + Self.quote($0) } ?? "") + " -- " + Self.quote(folder)
        let what = stage == .preCommit
            ? "the evidence that is staged for this commit (git index, not the working tree)"
            : "every commit being pushed (git gives them on standard input), from git's objects"
        return """
        #!/bin/sh
        \(Self.marker)
        # Checks \(what).
        # Hooks run from the repository top; the folder is relative to it.
        cd "$(git rev-parse --show-toplevel)" || exit 2
        if command -v spbe-lint >/dev/null 2>&1; then
            exec spbe-lint \(options)
        fi
        exec \(Self.quote(binary)) \(options)

        """
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The running binary, as the kernel knows it (not argv[0], which may be a bare name).
    public static var runningBinary: String {
        PathName.real("/proc/self/exe") ?? PathName.absolute(CommandLine.arguments[0])
    }

    /// Installs into the repository that contains `directory`. `folder` and `baseline`
    /// are read relative to `directory` (as typed) and written relative to the top.
    public static func install(folder: String, baseline: String?, binary: String, stage: Stage = .preCommit, language: Messages.Language? = nil,
                               from directory: String, force: Bool) throws -> Outcome {
        let top = try git(["rev-parse", "--show-toplevel"], in: directory)
        let realTop = PathName.real(top) ?? top
        func fromTop(_ path: String) -> String {
            let absolute = PathName.absolute(PathName.join(directory, path))
            let resolved = PathName.real(absolute) ?? absolute
            return PathName.isInside(resolved, realTop) ? PathName.relative(resolved, from: realTop) : resolved
        }
        // A baseline that is not there fails every commit: refuse it now, not at each commit.
        if let baseline, PathName.entry(PathName.absolute(PathName.join(directory, baseline))) != .file {
            throw Failure.baselineMissing(baseline)
        }
        let installer = HookInstaller(folder: fromTop(folder), binary: binary, baseline: baseline.map(fromTop), stage: stage, language: language)
        var outcome = try installer.install(in: directory, force: force)
        outcome.folderMissing = PathName.entry(PathName.join(realTop, installer.folder)) != .folder
        return outcome
    }

    public func install(in directory: String, force: Bool) throws -> Outcome {
        let hooksPath = try? Self.git(["config", "--get", "core.hooksPath"], in: directory)
        let hooks = try Self.git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], in: directory)
        if let shared = hooksPath, !shared.isEmpty, !force { throw Failure.sharedHooks(hooks) }
        let path = PathName.join(hooks, stage.rawValue)
        var backup: String?
        switch PathName.entry(path, follow: false) {
        case .missing:
            break
        case .file where Self.isOurs(path):
            break
        default:
            guard force else { throw Failure.foreignHook(path) }
            backup = try Self.moveAside(path)
        }
        do {
            try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            try script().write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
        return Outcome(path: path, folder: folder, backup: backup)
    }

    /// A regular file, readable, valid UTF-8, carrying the marker: nothing less is ours.
    static func isOurs(_ path: String) -> Bool {
        guard let bytes = try? SafeFile.read(path, limit: 1 << 20, followLinks: false),
              let text = String(validating: bytes, as: UTF8.self) else { return false }
        return text.contains(marker)
    }

    /// Renames the old hook to `pre-commit.bak` (or `.bak.2`, …): never overwrites a backup.
    static func moveAside(_ path: String) throws -> String {
        var candidate = path + ".bak"
        var number = 2
        while PathName.entry(candidate, follow: false) != .missing {
            candidate = path + ".bak.\(number)"
            number += 1
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: candidate)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
        return candidate
    }

    static func git(_ arguments: [String], in directory: String) throws -> String {
        do {
            return try GitObjects.git(arguments, in: directory)
        } catch EvidenceError.git(_, let reason) {
            throw Failure.notRepository(reason)
        }
    }
}
