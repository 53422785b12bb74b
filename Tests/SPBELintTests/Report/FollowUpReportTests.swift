import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Interview follow-up: in every report")
struct FollowUpReportTests {
    /// Every report format carries the notes: sections in text, HTML and checklists, the
    /// list in JSON, and code-scanning formats count the open ones.
    @Test(arguments: ["2026-08-18", "2026-08-25"])
    func everyReportCarriesIt(today: String) throws {
        let tree = FollowUpScenario.tree()
        let late = today == "2026-08-25"
        let run = { (format: String) in try CLI.run([tree.root, "--format", format, "--today", today]).stdout }
        let text = try run("text")
        #expect(text.contains("Interview follow-up") && text.contains("supplied: Unggah laporan") && text.contains("there before the interview"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run("json").utf8)) as? [String: Any])
        let notes = try #require(json["followUp"] as? [[String: Any]])
        #expect(notes.count == 6 && notes.allSatisfy { $0["indicator"] != nil && $0["note"] != nil && $0["status"] != nil && $0["files"] != nil })
        let findings = (json["findings"] as? [[String: Any]] ?? []).filter { $0["category"] as? String == "follow-up" }
        #expect(findings.count == 3 && findings.allSatisfy { $0["severity"] as? String == (late ? "error" : "warning") })
        let html = try run("html")
        let section = try #require(html.range(of: "<section class=\"follow-up\">"))
        #expect(section.lowerBound < (html.range(of: "<h2>")?.upperBound ?? html.endIndex) || html[..<section.lowerBound].components(separatedBy: "<section").count <= 3, "near the top")
        #expect(html.contains("Unggah screenshot dashboard SP4N-LAPOR") && html.contains("there before the interview"))
        let markdown = try run("markdown")
        #expect(markdown.contains("## Interview follow-up") && markdown.contains("| Asesor's note |"))
        let csv = try run("csv")
        #expect(csv.components(separatedBy: "Asesor's note").count - 1 == 3, "the three unanswered notes are checklist rows: \(csv)")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(run("sarif").utf8)) as? [String: Any])
        let results = ((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let noteResults = results.filter { ($0["ruleId"] as? String)?.contains("/follow-up/") == true }
        #expect(noteResults.count == 3 && noteResults.allSatisfy { $0["level"] as? String == (late ? "error" : "warning") }, "\(noteResults)")
        let github = try run("github")
        let annotations = github.split(separator: "\n").filter { $0.contains("asesor") }
        #expect(annotations.count == 3 && annotations.allSatisfy { $0.hasPrefix(late ? "::error" : "::warning") }, "\(annotations)")
        // JUnit has failures only: a note fails its case once the deadline has passed.
        let junit = try run("junit")
        let failed = junit.contains("asesor&apos;s note not yet answered") || junit.contains("asesor's note not yet answered")
        #expect(failed == late, "\(junit.prefix(400))")
    }

    /// Notes and owners are typed by whoever edits the config, file names by whoever
    /// uploads: none may become markup, a formula or a terminal escape in any format.
    @Test func hostileNotesStayText() throws {
        let tree = FollowUpScenario.tree()
        let hostile = "\\u001b[31m<script>alert(1)</script> | **x** =cmd"
        tree.file(".spbe-lint.yaml", FollowUpScenario.config + "  - indicator: \"42\"\n    note: \"=HYPERLINK(1) \(hostile)\"\n    owner: \"<b>OPD</b>\"\n")
        let run = { (arguments: [String]) in try CLI.run([tree.root, "--today", "2026-08-18"] + arguments).stdout }
        let html = try run(["--format", "html"])
        #expect(!html.contains("<script>") && !html.contains("<b>OPD</b>") && html.contains("&lt;script&gt;"))
        let text = try run(["--format", "text"]) + (try CLI.run(["follow-up", tree.root, "--today", "2026-08-18"]).stdout)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        let markdown = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--format", "markdown"]).stdout
        #expect(!markdown.contains("<script>") && !markdown.contains(" | **x**"), "\(markdown)")
        let csv = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--format", "csv"]).stdout
        #expect(csv.contains(",'=HYPERLINK(1)") && !csv.contains(",=HYPERLINK"), "\(csv)")
    }
}
