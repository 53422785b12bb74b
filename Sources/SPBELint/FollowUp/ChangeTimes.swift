import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// When each evidence file last changed, as a day of the user's calendar: the file's
/// modification time on disk, or in a git mode the time of the last commit that touched
/// it (in `--staged`, a file the commit changes is changing today). Asked only for the
/// files of indicators that have follow-up notes.
public struct ChangeTimes: Sendable {
    public enum Source: String, Sendable {
        case disk, git
    }

    let source: Source
    private let root: String
    private let utcOffset: Int
    /// Git modes: the day of every path (relative to the evidence folder) the history knows.
    private let known: [String: Day]
    /// `--staged`: paths whose staged content differs from HEAD.
    private let today: Day?
    private let staged: Set<String>

    static func disk(root: String, context: RunContext) -> ChangeTimes {
        ChangeTimes(source: .disk, root: root, utcOffset: context.utcOffsetSeconds, known: [:], today: nil, staged: [])
    }

    /// Reads the history once: `git log --name-only`, newest first, so a path's first
    /// appearance is its last change. Renames count as changes (`--no-renames`).
    static func git(root: String, source: GitObjects.Source, context: RunContext) throws -> ChangeTimes {
        let (top, prefix) = try GitObjects.locate(root)
        let scope = prefix.isEmpty ? "." : prefix
        var revision: String?
        var staged: Set<String> = []
        switch source {
        case .revision(let name):
            revision = try GitObjects.git(["rev-parse", "--verify", "--end-of-options", name + "^{commit}"], in: top)
        case .index:
            revision = try? GitObjects.git(["rev-parse", "--verify", "-q", "HEAD^{commit}"], in: top)
            let arguments = revision == nil
                ? ["git", "-c", "core.quotepath=off", "ls-files", "--cached", "-z", "--", scope]
                : ["git", "-c", "core.quotepath=off", "diff", "--cached", "--name-only", "--no-renames", "-z", revision!, "--", scope]
            for path in try GitObjects.run(arguments, in: top).split(separator: 0) {
                staged.insert(Self.relative(String(decoding: path, as: UTF8.self), prefix: prefix))
            }
        }
        var known: [String: Day] = [:]
        if let revision, !revision.isEmpty {
            let output = try GitObjects.run(["git", "-c", "core.quotepath=off", "log", "-z", "--format=%x01%ct", "--name-only", "--no-renames", revision, "--", scope], in: top)
            var day: Day?
            for token in output.split(separator: 0) {
                if token.first == 1 {
                    let seconds = Int(String(decoding: token.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                    day = seconds.map { Self.day(seconds: $0, utcOffset: context.utcOffsetSeconds) }
                    continue
                }
                let path = String(decoding: token.drop { $0 == UInt8(ascii: "\n") }, as: UTF8.self)
                guard let day, !path.isEmpty else { continue }
                let relative = Self.relative(path, prefix: prefix)
                if known[relative] == nil { known[relative] = day }
            }
        }
        return ChangeTimes(source: .git, root: root, utcOffset: context.utcOffsetSeconds, known: known,
                           today: source == .index ? context.today : nil, staged: staged)
    }

    private static func relative(_ path: String, prefix: String) -> String {
        prefix.isEmpty || !path.hasPrefix(prefix + "/") ? path : String(path.dropFirst(prefix.count + 1))
    }

    /// The day a Unix time falls on at `utcOffset` seconds east of UTC.
    static func day(seconds: Int, utcOffset: Int) -> Day {
        let local = seconds + utcOffset
        return Day(ordinal: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// The day `path` (relative to the evidence folder) last changed; nil when unknown
    /// (a file that vanished, a path the history never saw).
    func day(of path: String) -> Day? {
        switch source {
        case .disk:
            var info = stat()
            guard lstat(PathName.join(root, path), &info) == 0 else { return nil }
            return Self.day(seconds: Int(info.st_mtim.tv_sec), utcOffset: utcOffset)
        case .git:
            if let today, staged.contains(path) { return today }
            return known[path]
        }
    }
}
