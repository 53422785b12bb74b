import SPBELint
/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
/// finding, escaped as the Actions toolkit does. Chosen automatically when
/// `GITHUB_ACTIONS` is set and no `--format` is given.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (automatic under GITHUB_ACTIONS)"

    public init(options: ReporterOptions = ReporterOptions()) {}

    /// Message text: `%`, CR and LF are escaped as the toolkit does; any other control or
    /// bidi character is shown visibly, since the Actions log renders ANSI sequences.
    static func escapeData(_ text: String) -> String {
        TerminalText.escape(text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Property values additionally escape `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func report(_ report: LintReport) -> String {
        var lines: [String] = []
        for finding in report.findings {
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            var properties: [String] = []
            if let path = finding.path {
                let root = report.root.hasSuffix("/") ? report.root : report.root + "/"
                properties.append("file=" + Self.escapeProperty(root == "./" ? path : root + path))
            }
            properties.append("title=" + Self.escapeProperty("spbe-lint \(finding.ruleID)"))
            // Each part is escaped on its own: a newline inside a name is shown, not obeyed.
            var message = TerminalText.escape(finding.message)
            if let hint = finding.hint { message += "\n" + TerminalText.escape(hint) }
            lines.append("::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))")
        }
        // The summary's command follows the exit code: a failing run never ends on a notice.
        let command = report.exitCode == 0 ? "notice" : "error"
        lines.append("::\(command) title=spbe-lint::\(Self.escapeData(report.summaryLine))")
        return lines.joined(separator: "\n") + "\n"
    }
}
