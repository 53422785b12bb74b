import SPBELint
import Foundation

/// `spbe-lint init`: an evidence tree with one folder per indicator, a guide in each
/// listing what every level needs, and a starter `.spbe-lint.yaml`. It never
/// overwrites a file, and what it writes never counts as evidence: the guides are
/// named `*.spbe-lint.md`, which the walker skips.
public struct Scaffolder: Sendable {
    public static let guideName = "README.spbe-lint.md"

    public struct Outcome: Sendable {
        public var created: [String] = []
        /// Files that already existed and were left untouched.
        public var kept: [String] = []
    }

    public enum Failure: UserFacingError, CustomStringConvertible {
        case notAFolder(String)
        case cannotWrite(String, String)
        /// The folder is already set up for another framework (its config or its guides).
        case otherFramework(String, String)

        public var description: String { localized(.english) }

        public func localized(_ t: Messages) -> String {
            switch self {
            case .notAFolder(let path): return t.label(.error) + t(.cliInitNotFolder, ["path": path])
            case .cannotWrite(let path, let reason): return t.label(.error) + t(.cliInitCannotWrite, ["path": path, "reason": reason])
            case .otherFramework(let path, let other): return t.label(.error) + t(.cliInitOtherFramework, ["path": path, "other": other])
            }
        }
    }

    public var pack: RulePack
    public var messages: Messages
    public var instansi: String?
    public var year: Int
    /// What the starter config's `rules:` says: the shipped id, or the pack's path
    /// relative to the new config (a custom pack must stay a path, or the tree it
    /// scaffolds could not be checked with it).
    public var rulesReference: String?
    /// Fill a folder already set up for another framework.
    public var force = false
    /// The config schema's path or URL for the editor's `yaml-language-server` line.
    public var schemaReference: String?

    public init(pack: RulePack, messages: Messages, instansi: String? = nil, year: Int, rulesReference: String? = nil) {
        self.pack = pack
        self.messages = messages
        self.instansi = instansi
        self.year = year
        self.rulesReference = rulesReference
    }

    /// A folder name the default conventions tie back to the indicator.
    public func folderName(for indicator: Indicator) -> String {
        var name = Indicator.shortName(indicator.name)
            .replacingOccurrences(of: " Instansi Pusat/Pemerintah Daerah", with: "")
            .replacingOccurrences(of: "/", with: "-")
        if name.count > 60 {
            // Cut at a word boundary: "…Layanan Digital Pemeri" reads as a typo.
            let clipped = name.prefix(60)
            name = clipped.lastIndex(of: " ").map { String(clipped[..<$0]) } ?? String(clipped)
            name = name.trimmingCharacters(in: .whitespaces)
        }
        let prefix = indicator.id.first?.isLetter == true ? indicator.id : String(format: "%02d", indicator.number)
        return "\(prefix) - \(name)"
    }

    public func scaffold(into root: String) throws -> Outcome {
        var outcome = Outcome()
        try makeFolder(root)
        if !force { try refuseOtherFramework(in: root) }
        try write(starterConfig(), to: PathName.join(root, ".spbe-lint.yaml"), outcome: &outcome)
        let explainer = IndicatorExplainer(pack: pack, messages: messages)
        for indicator in pack.indicators.sorted(by: { $0.number < $1.number }) {
            let folder = PathName.join(root, folderName(for: indicator))
            // A symlinked indicator folder may point anywhere: nothing is written through it.
            if PathName.entry(folder, follow: false) == .link {
                outcome.kept.append(folder)
                continue
            }
            try makeFolder(folder)
            let guide = "<!-- spbe-lint:scaffold — this guide is not evidence; spbe-lint never counts *.spbe-lint.md -->\n\n"
                + "```\n" + explainer.explain(indicator) + "```\n"
            try write(guide, to: PathName.join(folder, Self.guideName), outcome: &outcome)
        }
        return outcome
    }

    /// Scaffolding SPBE into a Pemdi tree mixes 47 folders into 20: refuse unless forced.
    private func refuseOtherFramework(in root: String) throws {
        let configPath = PathName.join(root, ".spbe-lint.yaml")
        if PathName.entry(configPath, follow: false) == .file,
           let config = try? Configuration.load(path: configPath, messages: messages),
           let existing = try? RulePackLoader(messages: messages).load(for: config, year: year),
           existing.framework.id != pack.framework.id {
            throw Failure.otherFramework(root, existing.framework.id)
        }
        let mine = Set(pack.indicators.map(folderName(for:)))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for entry in entries.sorted() where !mine.contains(entry) {
            if PathName.entry(PathName.join(PathName.join(root, entry), Self.guideName), follow: false) == .file {
                throw Failure.otherFramework(root, entry)
            }
        }
    }

    func starterConfig() -> String {
        let t = messages
        // The editor line must be a comment of its own: a path with spaces still works there.
        let schema = schemaReference.map { "# yaml-language-server: $schema=\($0)" } ?? "# " + t(.starterSchemaMissing)
        var lines = [
            schema,
            "# spbe-lint — \(pack.framework.title) (\(pack.framework.regulation))",
            "# " + t(.starterHeader),
            "rules: " + DoubleQuoted.quote(rulesReference ?? pack.framework.id),
            "instansi: " + DoubleQuoted.quote(instansi ?? "Pemerintah …"),
            "# instansi-type: pemerintah-daerah",
            "year: \(year)",
            "# interview: \(year)-09-21   # " + t(.starterInterview),
            "# window-days: 5          # " + t(.starterWindow),
            "ignore:",
            "  - \"_draft/\"",
            "# " + t(.starterOpd),
            "# opd:",
            "#   - [Diskominfo, Dinas Komunikasi dan Informatika]",
            "#   - Bappeda",
            "# " + t(.starterWaivers),
            "# waivers:",
            "#   - {indicator: \"\(waiverExample.indicator)\", requirement: \(waiverExample.requirement), reason: \"…\", expires: \(year)-12-31}",
            "# " + t(.starterFollowUp),
            "# follow-up:",
            "#   - {indicator: \"\(waiverExample.indicator)\", note: \"…\", requirement: \(waiverExample.requirement)}",
            "# " + t(.starterIndicators),
            "indicators:",
        ]
        for indicator in pack.indicators.sorted(by: { $0.number < $1.number }) {
            // Uncommenting and filling in the line must give valid YAML: the comment that
            // names the index comes after the closing brace, never inside it.
            let external = indicator.external.map { (", index: 1.0", "  \($0.index)") } ?? ("", "")
            lines.append("  # \"\(indicator.id)\": {owner: \"…\", claim: 1\(external.0)}   # \(Indicator.shortName(indicator.name))\(external.1)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A waiver the pack accepts as written: the first indicator with a requirement, and
    /// that requirement's id (a made-up id would fail the moment a user uncommented it).
    var waiverExample: (indicator: String, requirement: String) {
        for indicator in pack.indicators.sorted(by: { $0.number < $1.number }) {
            if let requirement = indicator.levels.lazy.flatMap(\.requirements).first {
                return (indicator.id, requirement.id)
            }
        }
        return (pack.indicators.first?.id ?? "1", "manual")
    }

    private func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure.notAFolder(path) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
    }

    private func write(_ text: String, to path: String, outcome: inout Outcome) throws {
        if FileManager.default.fileExists(atPath: path) {
            outcome.kept.append(path)
            return
        }
        do {
            // withoutOverwriting: O_EXCL, so a file created meanwhile is still not clobbered.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            outcome.created.append(path)
        } catch {
            if FileManager.default.fileExists(atPath: path) {
                outcome.kept.append(path)
            } else {
                throw Failure.cannotWrite(path, error.localizedDescription)
            }
        }
    }
}
