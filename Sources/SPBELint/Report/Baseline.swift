import Foundation

/// Today's findings, recorded so a team can adopt spbe-lint with known gaps and be
/// told only about new ones. Keyed by rule id (plus the path for findings about one
/// file), never by line, so it does not churn. It may only shrink: a baselined gap
/// that is fixed but still listed is itself reported.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable, Comparable {
        public var ruleId: String
        public var path: String?

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.ruleId, lhs.path ?? "") < (rhs.ruleId, rhs.path ?? "")
        }
    }

    public enum Failure: UserFacingError {
        case unreadable(String, String)
        case invalid(String, String)
        case otherFramework(String, expected: String, found: String)
        case cannotWrite(String, String)
        /// Writing there could destroy something spbe-lint did not create.
        case refusedTarget(String, reason: String)

        public func localized(_ t: Messages) -> String {
            switch self {
            case .unreadable(let path, let reason): return t.label(.error) + t(.baselineUnreadable, ["path": path, "reason": reason])
            case .invalid(let path, let reason): return t.label(.error) + t(.baselineInvalid, ["path": path, "reason": reason])
            case .otherFramework(let path, let expected, let found): return t.label(.error) + t(.baselineFramework, ["path": path, "expected": expected, "found": found])
            case .cannotWrite(let path, let reason): return t.label(.error) + t(.cliInitCannotWrite, ["path": path, "reason": reason])
            case .refusedTarget(let path, let reason): return t.label(.error) + t(.baselineRefused, ["path": path, "reason": t(MessageKey(family: "baseline.refused", member: reason))])
            }
        }
    }

    public static let currentVersion = 1
    public var version: Int
    public var framework: String
    public var entries: [Entry]

    /// Findings about one file carry its path in the key; the others are about an
    /// indicator and keep their key when folders are renamed.
    static func entry(for finding: Finding) -> Entry {
        Entry(ruleId: finding.ruleID, path: finding.category.scope == .file ? finding.path : nil)
    }

    /// The asesor's notes are not baselined: they close with evidence or `done:`, and a
    /// baseline must not hide one past its deadline.
    static func counts(_ finding: Finding) -> Bool {
        finding.severity != .info && finding.category != .baseline && finding.category != .followUp
    }

    public init(report: LintReport) {
        version = Self.currentVersion
        framework = report.pack.framework.id
        entries = Array(Set(report.findings.filter { Self.counts($0) && !report.coverage.reports($0) }.map(Self.entry))).sorted()
    }

    /// The name a baseline kept with the evidence goes by ("spbe-lint-baseline.json",
    /// ".spbe-lint-baseline.json", "dinas.spbe-lint-baseline.json"): the walk never takes
    /// such a file for evidence, so a repository whose top is the evidence folder keeps
    /// its baseline there without a stray-file report or `--force` (#25).
    public static let conventionalName = "spbe-lint-baseline.json"

    /// Whether `name` is a baseline's own name (see `conventionalName`).
    public static func isOwnName(_ name: String) -> Bool {
        name == conventionalName || name.hasSuffix("." + conventionalName)
    }

    /// Writes the baseline, refusing any target it could damage: not a path to a file,
    /// something other than a regular file (a device, a FIFO, a symlink), a place inside
    /// the evidence tree under another name than a baseline's (it would become evidence,
    /// or replace the tree's own config), or an existing file that is not a spbe-lint
    /// baseline. `force` lifts the last two.
    public func write(to path: String, evidenceRoot: String? = nil, force: Bool = false) throws {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw Failure.refusedTarget(path, reason: "folder") }
        switch PathName.entry(path, follow: false) {
        case .folder: throw Failure.refusedTarget(path, reason: "folder")
        case .link, .other: throw Failure.refusedTarget(path, reason: "special")
        case .file:
            if !force, (try? Self.decode(SafeFile.read(path, limit: 64 << 20, followLinks: false), path: path)) == nil {
                throw Failure.refusedTarget(path, reason: "foreign")
            }
        case .missing: break
        }
        if !force, !Self.isOwnName(PathName.lastComponent(path)), let evidenceRoot, let root = PathName.real(evidenceRoot) {
            let folder = PathName.real(PathName.parent(path)) ?? PathName.absolute(PathName.parent(path))
            if PathName.isInside(PathName.join(folder, PathName.lastComponent(path)), root) {
                throw Failure.refusedTarget(path, reason: "inside")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            // .atomic writes a new file and renames it over the old: a reader never sees half.
            try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> Baseline {
        do {
            return try JSONDecoder().decode(Baseline.self, from: Data(bytes))
        } catch {
            throw Failure.invalid(path, "not a spbe-lint baseline (\(error.localizedDescription))")
        }
    }

    public static func load(from path: String, framework: String) throws -> Baseline {
        let bytes: [UInt8]
        do {
            bytes = try SafeFile.read(path, limit: 64 << 20)
        } catch {
            throw Failure.unreadable(path, error.reason)
        }
        let baseline = try decode(bytes, path: path)
        guard baseline.version == currentVersion else {
            throw Failure.invalid(path, "baseline version \(baseline.version) is not supported (this spbe-lint writes \(currentVersion))")
        }
        guard baseline.framework == framework else {
            throw Failure.otherFramework(path, expected: framework, found: baseline.framework)
        }
        return baseline
    }

    /// A path as one shell word: as it is when plain, else in single quotes.
    static func shellWord(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._-/+,:@%".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Hides findings the baseline knows; reports entries whose gap is gone.
    /// `path` is the baseline file as the run was given it: the hint repeats it in the
    /// command that refreshes the baseline.
    public func apply(to report: inout LintReport, path: String? = nil) {
        let command = "spbe-lint check --write-baseline " + (path.map(Self.shellWord) ?? "FILE") + " " + Self.shellWord(report.root)
        let known = Set(entries)
        let current = Set(report.findings.filter(Self.counts).map(Self.entry))
        // A folder that could not be read is never "known": hiding it would pass a partial run.
        let coverage = report.coverage
        let hides = { (finding: Finding) in Self.counts(finding) && !coverage.reports(finding) && known.contains(Self.entry(for: finding)) }
        let hidden = report.findings.filter(hides).count
        report.findings.removeAll(where: hides)
        for fixed in entries.sorted() where !current.contains(fixed) {
            report.findings.append(Finding(
                ruleID: fixed.ruleId, category: .baseline, severity: .error, path: fixed.path,
                // The report shows the path, or else the rule id, as the subject: the message
                // names the rule only when the subject is the path.
                message: report.messages(.baselineFixed, ["rule": fixed.path == nil ? "" : ": " + fixed.ruleId]),
                hint: report.messages(.baselineFixedHint, ["command": command])
            ))
        }
        report.baselineHidden = hidden
    }
}
