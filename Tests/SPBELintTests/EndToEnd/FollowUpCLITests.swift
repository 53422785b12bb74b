import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// `spbe-lint follow-up` and the follow-up in every report format, on the scenario of
/// `FollowUpScenario` (interview Friday 14 August 2026, due Monday 24 August).
@Suite("Interview follow-up: command and formats")
struct FollowUpCLITests {
    static let statuses = ["supplied", "present-before", "insufficient", "open", "done"]

    @Test func commandGroupsByOwnerWithDaysLeft() throws {
        let tree = FollowUpScenario.tree()
        let english = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18"])
        #expect(english.status == 1, "notes are open before the deadline: \(english.stderr)")
        for expected in ["Interview follow-up", "5 working days left", "Bagian Organisasi", "Bagian Hukum", "(no owner set)",
                         "supplied: Unggah laporan", "19 Tim Koordinasi/Laporan Pelaksanaan Tim Koordinasi SPBE 2026.pdf (2026-08-17)",
                         "there before the interview", "not enough yet", "open: Unggah screenshot", "done: Reviu program kerja",
                         "modification times"] {
            #expect(english.stdout.contains(expected), "\(expected) in \(english.stdout)")
        }
        // Owners in order, the unowned last.
        let owners = ["  Bagian Hukum", "  Bagian Organisasi", "  Diskominfo", "  (no owner set)"].map { english.stdout.range(of: $0 + "\n")?.lowerBound }
        #expect(owners.allSatisfy { $0 != nil } && owners.map { $0! } == owners.map { $0! }.sorted())
        let indonesian = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--lang", "id"])
        for expected in ["Tindak lanjut interviu", "sisa 5 hari kerja", "sudah disusulkan", "sudah ada sebelum interviu", "berkas belum memenuhi", "belum ditindaklanjuti", "selesai"] {
            #expect(indonesian.stdout.contains(expected), "\(expected) in \(indonesian.stdout)")
        }
    }

    @Test func exitCodesBeforeAndAfterTheDeadline() throws {
        let tree = FollowUpScenario.tree()
        // The follow-up command: 1 while anything is open, on the last day and after it.
        #expect(try CLI.run(["follow-up", tree.root, "--today", "2026-08-24"]).status == 1)
        #expect(try CLI.run(["follow-up", tree.root, "--today", "2026-08-25"]).status == 1)
        // The lint run: open notes are warnings until the deadline, errors after it.
        let lint = { (today: String) in try CLI.run([tree.root, "--target", "1", "--format", "json", "--today", today]) }
        let before = try lint("2026-08-24"), after = try lint("2026-08-25")
        #expect(before.status == 0, "reminders do not fail the run: \(before.stdout.suffix(600))")
        #expect(after.status == 1, "open notes past the deadline do")
        // Every note answered or done: the command passes.
        let closed = FollowUpScenario.config.components(separatedBy: "follow-up:")[0] + """
        follow-up:
          - {indicator: "19", note: "Unggah laporan pelaksanaan", requirement: laporan}
          - {indicator: "42", note: "Screenshot LAPOR", done: 2026-08-20}

        """
        tree.file(".spbe-lint.yaml", closed)
        let done = try CLI.run(["follow-up", tree.root, "--today", "2026-08-25"])
        #expect(done.status == 0, "\(done.stdout)\(done.stderr)")
    }

    @Test func followUpFormats() throws {
        let tree = FollowUpScenario.tree()
        let csv = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 7, "a header and one row per note: \(csv.stdout)")
        for status in Self.statuses { #expect(csv.stdout.contains(",\(status),"), "\(status) in \(csv.stdout)") }
        #expect(rows[1].hasPrefix("Bagian Hukum,1 "), "grouped by owner: \(rows[1])")

        let json = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["due"] as? String == "2026-08-24" && document["workingDaysLeft"] as? Int == 5 && document["exitCode"] as? Int == 1)
        let notes = try #require(document["followUp"] as? [[String: Any]])
        #expect(notes.compactMap { $0["status"] as? String } == ["supplied", "present-before", "insufficient", "open", "open", "done"])
        #expect((notes[0]["files"] as? [[String: Any]])?.first?["changed"] as? String == "2026-08-17")

        let markdown = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18", "--format", "markdown", "--lang", "id"])
        for expected in ["# Tindak lanjut hasil penilaian interviu — Pemerintah Kota Contoh", "| Perihal | Tindak lanjut hasil penilaian interviu |",
                         "### Bagian Organisasi", "**belum ditindaklanjuti**", "sisa 5 hari kerja"] {
            #expect(markdown.stdout.contains(expected), "\(expected) in \(markdown.stdout)")
        }
    }

    /// The nota dinas to each OPD as a Word attachment: the same sheet as every format,
    /// written by `WordDocument` (A4, a table per OPD, each OPD from a new page).
    @Test func followUpAsWordAttachment() throws {
        let tree = FollowUpScenario.tree()
        let path = PathName.join(PathName.parent(tree.root), "tindak-lanjut.docx")
        let written = try Shell.run("/bin/bash", ["-c", "\"$0\" follow-up \"$1\" --today 2026-08-18 --format docx --lang id > \"$2\"", CLI.binary, tree.root, path],
                                    environment: CLI.testEnvironment())
        #expect(written.status == 1, "notes are open: \(written.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: Data("PK".utf8)), "a zip package")
        let xml = try Shell.run("/usr/bin/env", ["python3", "-c", "import zipfile,sys; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", path])
        #expect(xml.status == 0, "\(xml.stderr)")
        for expected in ["Tindak lanjut hasil penilaian interviu", "Bagian Organisasi", "Unggah laporan pelaksanaan Tim Koordinasi SPBE tahun 2026",
                         "sisa 5 hari kerja", "w:w=\"11906\"", "<w:pageBreakBefore/>"] {
            #expect(xml.stdout.contains(expected), "\(expected)")
        }
    }

    @Test func gitTimesAreCommitTimes() throws {
        let repo = try EvidenceRepository()
        let tree = repo.tree
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        year: 2026
        interview: 2026-08-14
        follow-up:
          - {indicator: "1", note: "Perwali Arsitektur", requirement: kebijakan}
          - {indicator: "19", note: "Laporan pelaksanaan Tim Koordinasi", requirement: laporan}
          - {indicator: "42", note: "Screenshot dashboard LAPOR", requirement: screenshot}

        """)
        tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        let at = { (date: String) in ["GIT_AUTHOR_DATE": date + "T10:00:00+07:00", "GIT_COMMITTER_DATE": date + "T10:00:00+07:00"] }
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "before the interview", environment: at("2026-08-10"))
        tree.file("19/Laporan Pelaksanaan Tim Koordinasi SPBE 2026.pdf")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "after it", environment: at("2026-08-19"))
        // On disk every file is new (written just now); the commits say otherwise.
        let statuses = { (arguments: [String]) throws -> [String] in
            let result = try CLI.run(["follow-up", tree.root, "--today", "2026-08-20", "--format", "json"] + arguments)
            let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (document?["followUp"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        }
        #expect(try statuses(["--rev", "HEAD"]) == ["present-before", "supplied", "open"])
        #expect(try statuses(["--rev", "HEAD~1"]) == ["present-before", "open", "open"])
        // Staged now: the commit being made is today's.
        tree.file("42/Screenshot Dashboard LAPOR.png", "png")
        try repo.git("add", "42")
        #expect(try statuses(["--staged", "--names-only"]) == ["present-before", "supplied", "supplied"])
        // Read, the staged "screenshot" is three bytes of text: it arrived, but does not count.
        #expect(try statuses(["--staged"]) == ["present-before", "supplied", "insufficient"])
    }

    @Test func importReadsThreeShapesAndListsWhatItCannot() throws {
        let tree = FollowUpScenario.tree()
        let config = try String(contentsOfFile: tree.path(".spbe-lint.yaml"), encoding: .utf8)
        let lines = tree.file("catatan.txt", """
        Catatan asesor penilaian interviu

        Indikator 19: lengkapi laporan pelaksanaan Tim Koordinasi SPBE
        - Indikator 1 – unggah Perwali yang sudah diundangkan
        I13 - unggah RKA belanja TIK 2026
        Indikator 99: tidak ada indikator ini
        secara umum sudah baik

        """)
        let result = try CLI.run(["follow-up", tree.root, "--import", lines])
        #expect(result.status == 1, "unread lines make it exit 1")
        #expect(result.stdout.contains("follow-up:\n  - indicator: \"19\"\n    note: \"lengkapi laporan pelaksanaan Tim Koordinasi SPBE\"\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  - indicator: \"1\"\n    note: \"unggah Perwali yang sudah diundangkan\""))
        #expect(result.stdout.contains("  - indicator: \"13\"\n    note: \"unggah RKA belanja TIK 2026\""))
        for expected in ["catatan.txt:1: warning:", "catatan.txt:6: warning:", "'99'", "catatan.txt:7: warning:", "secara umum sudah baik", "3 lines were not read"] {
            #expect(result.stderr.contains(expected), "\(expected) in \(result.stderr)")
        }
        let csv = tree.file("catatan.csv", "No;Indikator;Catatan Asesor;OPD\r\n1;19;\"Lengkapi laporan; \"\"final\"\"\nbertanda tangan\";Bagian Organisasi\r\n2;I13;Unggah RKA;Bappeda\r\n")
        let fromCSV = try CLI.run(["follow-up", tree.root, "--import", csv])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromCSV.stdout.contains("    note: \"Lengkapi laporan; \\\"final\\\"\\nbertanda tangan\"\n    owner: \"Bagian Organisasi\""), "\(fromCSV.stdout)")
        // What it prints is valid config: pasted in, it loads.
        tree.file(".spbe-lint.yaml", config.components(separatedBy: "follow-up:")[0] + fromCSV.stdout.split(separator: "\n", maxSplits: 1)[1])
        #expect(try CLI.run(["follow-up", tree.root, "--today", "2026-08-18"]).status == 1)
        tree.file(".spbe-lint.yaml", config)
        #expect(try String(contentsOfFile: tree.path(".spbe-lint.yaml"), encoding: .utf8) == config, "the import never edits the config")
    }

    @Test func importRefusesWhatIsNotAFile() throws {
        let tree = FollowUpScenario.tree()
        let fifo = tree.path("catatan.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try CLI.run(["follow-up", tree.root, "--import", fifo])
        #expect(result.status == 2 && result.stderr.contains("not a regular file"), "\(result.stderr)")
        #expect(try CLI.run(["follow-up", tree.root, "--import", tree.path("missing.txt")]).status == 2)
    }

    @Test func withoutAnInterviewDateTheCommandSaysSo() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        let result = try CLI.run(["follow-up", tree.root])
        #expect(result.status == 2 && result.stderr.contains("no interview date"))
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninterview: 2026-08-14\n")
        let none = try CLI.run(["follow-up", tree.root, "--today", "2026-08-18"])
        #expect(none.status == 0 && none.stderr.contains("no follow-up notes"))
    }
}
