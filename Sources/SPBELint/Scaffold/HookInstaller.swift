import Foundation

/// `spbe-lint install-hook`: a plain `.git/hooks/pre-commit` for teams without the
/// pre-commit framework. It never replaces a hook it did not write unless forced.
public struct HookInstaller: Sendable {
    public static let marker = "# installed by spbe-lint install-hook"

    public enum Failure: Error {
        case notRepository(String)
        case foreignHook(String)
        case cannotWrite(String, String)

        public func localized(_ t: Messages) -> String {
            switch self {
            case .notRepository(let reason): return "error: " + t("hook.not-repository", ["reason": reason])
            case .foreignHook(let path): return "error: " + t("hook.foreign", ["path": path])
            case .cannotWrite(let path, let reason): return "error: " + t("cli.init-cannot-write", ["path": path, "reason": reason])
            }
        }
    }

    /// The evidence folder, as given by the user (relative to the repository's top).
    public var folder: String
    /// The binary to fall back on when `spbe-lint` is not on PATH at commit time.
    public var binary: String

    public init(folder: String, binary: String) {
        self.folder = folder
        self.binary = binary
    }

    public func script() -> String {
        """
        #!/bin/sh
        \(Self.marker)
        # Checks the evidence that is staged for this commit (git index, not the working tree).
        if command -v spbe-lint >/dev/null 2>&1; then
            exec spbe-lint check --staged \(Self.quote(folder))
        fi
        exec \(Self.quote(binary)) check --staged \(Self.quote(folder))

        """
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Installs into the repository that contains `directory`; returns the hook's path.
    public func install(from directory: String, force: Bool) throws -> String {
        let hooks = try Self.git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], in: directory)
        let path = PathName.join(hooks, "pre-commit")
        if let existing = try? String(contentsOfFile: path, encoding: .utf8), !existing.contains(Self.marker), !force {
            throw Failure.foreignHook(path)
        }
        do {
            try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            try script().write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
        return path
    }

    static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure.notRepository(error.localizedDescription) }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure.notRepository(message.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
