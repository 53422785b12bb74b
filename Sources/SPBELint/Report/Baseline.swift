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

    public enum Failure: Error {
        case unreadable(String, String)
        case invalid(String, String)
        case otherFramework(String, expected: String, found: String)
        case cannotWrite(String, String)

        public func localized(_ t: Messages) -> String {
            switch self {
            case .unreadable(let path, let reason): return "error: " + t("baseline.unreadable", ["path": path, "reason": reason])
            case .invalid(let path, let reason): return "error: " + t("baseline.invalid", ["path": path, "reason": reason])
            case .otherFramework(let path, let expected, let found): return "error: " + t("baseline.framework", ["path": path, "expected": expected, "found": found])
            case .cannotWrite(let path, let reason): return "error: " + t("cli.init-cannot-write", ["path": path, "reason": reason])
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
        let fileLevel: [Finding.Category] = [.quality, .wrongDocument, .unassigned, .tree, .duplicate]
        return Entry(ruleId: finding.ruleID, path: fileLevel.contains(finding.category) ? finding.path : nil)
    }

    static func counts(_ finding: Finding) -> Bool {
        finding.severity != .info && finding.category != .baseline
    }

    public init(report: LintReport) {
        version = Self.currentVersion
        framework = report.pack.framework.id
        entries = Array(Set(report.findings.filter(Self.counts).map(Self.entry))).sorted()
    }

    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
    }

    public static func load(from path: String, framework: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.unreadable(path, FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw Failure.invalid(path, "not a spbe-lint baseline (\(error.localizedDescription))")
        }
        guard baseline.version == currentVersion else {
            throw Failure.invalid(path, "baseline version \(baseline.version) is not supported (this spbe-lint writes \(currentVersion))")
        }
        guard baseline.framework == framework else {
            throw Failure.otherFramework(path, expected: framework, found: baseline.framework)
        }
        return baseline
    }

    /// Hides findings the baseline knows; reports entries whose gap is gone.
    public func apply(to report: inout LintReport) {
        let known = Set(entries)
        let current = Set(report.findings.filter(Self.counts).map(Self.entry))
        let hidden = report.findings.filter { Self.counts($0) && known.contains(Self.entry(for: $0)) }.count
        report.findings.removeAll { Self.counts($0) && known.contains(Self.entry(for: $0)) }
        for fixed in entries.sorted() where !current.contains(fixed) {
            report.findings.append(Finding(
                ruleID: fixed.ruleId, category: .baseline, severity: .error, path: fixed.path,
                message: report.messages("baseline.fixed", ["rule": fixed.ruleId + (fixed.path.map { " (\($0))" } ?? "")]),
                hint: report.messages("baseline.fixed.hint")
            ))
        }
        report.baselineHidden = hidden
    }
}
