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

    public enum Failure: Error, CustomStringConvertible {
        case notAFolder(String)
        case cannotWrite(String, String)

        public var description: String { localized(.english) }

        public func localized(_ t: Messages) -> String {
            switch self {
            case .notAFolder(let path): return "error: " + t("cli.init-not-folder", ["path": path])
            case .cannotWrite(let path, let reason): return "error: " + t("cli.init-cannot-write", ["path": path, "reason": reason])
            }
        }
    }

    public var pack: RulePack
    public var messages: Messages
    public var instansi: String?
    public var year: Int

    public init(pack: RulePack, messages: Messages, instansi: String? = nil, year: Int) {
        self.pack = pack
        self.messages = messages
        self.instansi = instansi
        self.year = year
    }

    /// A folder name the default conventions tie back to the indicator.
    public func folderName(for indicator: Indicator) -> String {
        var name = TextReporter.shortName(indicator.name)
            .replacingOccurrences(of: " Instansi Pusat/Pemerintah Daerah", with: "")
            .replacingOccurrences(of: "/", with: "-")
        if name.count > 60 { name = String(name.prefix(60)).trimmingCharacters(in: .whitespaces) }
        let prefix = indicator.id.first?.isLetter == true ? indicator.id : String(format: "%02d", indicator.number)
        return "\(prefix) - \(name)"
    }

    public func scaffold(into root: String) throws -> Outcome {
        var outcome = Outcome()
        try makeFolder(root)
        try write(starterConfig(), to: (root as NSString).appendingPathComponent(".spbe-lint.yaml"), outcome: &outcome)
        let explainer = IndicatorExplainer(pack: pack, messages: messages)
        for indicator in pack.indicators.sorted(by: { $0.number < $1.number }) {
            let folder = (root as NSString).appendingPathComponent(folderName(for: indicator))
            try makeFolder(folder)
            let guide = "<!-- spbe-lint:scaffold — this guide is not evidence; spbe-lint never counts *.spbe-lint.md -->\n\n"
                + "```\n" + explainer.explain(indicator) + "```\n"
            try write(guide, to: (folder as NSString).appendingPathComponent(Self.guideName), outcome: &outcome)
        }
        return outcome
    }

    func starterConfig() -> String {
        var lines = [
            "# spbe-lint — \(pack.framework.title) (\(pack.framework.regulation))",
            "# Created by `spbe-lint init`; the reference is docs/rules.md and README.md.",
            "rules: \(pack.framework.id)",
            "instansi: \"\(instansi ?? "Pemerintah …")\"",
            "# instansi-type: pemerintah-daerah",
            "year: \(year)",
            "# interview: \(year)-09-21      # penilaian interviu; the report then shows the deadline",
            "# window-days: 5",
            "ignore:",
            "  - \"_draft/\"",
            "# waivers:",
            "#   - {indicator: \"\(pack.indicators.first?.id ?? "1")\", requirement: reviu, reason: \"…\", expires: \(year)-12-31}",
            "indicators:",
        ]
        for indicator in pack.indicators.sorted(by: { $0.number < $1.number }) {
            let external = indicator.external.map { ", index: …  # \($0.index)" } ?? ""
            lines.append("  # \"\(indicator.id)\": {owner: \"…\", claim: 1\(external)}   # \(TextReporter.shortName(indicator.name))")
        }
        return lines.joined(separator: "\n") + "\n"
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
