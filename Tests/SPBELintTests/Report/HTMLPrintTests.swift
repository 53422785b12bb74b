import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The HTML report as a head of office sees it: opened and printed by a real browser
/// (Debian's chromium, headless), offline, on A4, with the bars on paper.
@Suite("HTML report in a browser")
struct HTMLPrintTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func fixture() throws -> (TempTree, String) {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", """
        rules: spbe-2020
        instansi: Pemerintah Kota Contoh
        interview: 2026-09-21
        target: 3
        indicators:
          "1": {owner: Bagian Hukum, claim: 3}
          "2": {owner: Bagian Hukum}
          "12": {owner: Bappeda}
          "42": {owner: Diskominfo, claim: 2}
        waivers:
          - {indicator: "12", requirement: dokumen, reason: "Peta Rencana sedang direviu", expires: 2026-12-31}
        """)
        tree.file("01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("42/Screenshot Dashboard LAPOR.png", "png")
        tree.file("Lain-lain/foto kegiatan <script>alert(1)</script>.pdf")
        let report = try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!, language: .id))).run(root: tree.root)
        return (tree, HTMLReporter().report(report))
    }

    /// Runs chromium headless with a fresh profile and a net log; returns the URLs the
    /// page itself requested (the browser's own update and account pings are told
    /// apart by their initiator).
    static func browse(_ html: String, in tree: TempTree, _ mode: [String]) throws -> (status: Int32, pageRequests: [String]) {
        let page = tree.file("../report.html", html)
        // Chromium refuses a net log path with "..": name it plainly.
        let log = PathName.join(PathName.parent(tree.root), "net.json")
        let result = try Shell.run(chromium!, ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                               "--user-data-dir=" + tree.path("../profile"), "--no-first-run", "--disable-background-networking",
                                               "--log-net-log=" + log] + mode + ["file://" + page],
                                   environment: ["HOME": tree.path(".."), "PATH": "/usr/bin:/bin"])
        let script = """
        import json, sys
        d = json.load(open(sys.argv[1]))
        names = {v: k for k, v in d['constants']['logEventTypes'].items()}
        for e in d['events']:
            p = e.get('params', {})
            if names.get(e['type']) == 'URL_REQUEST_START_JOB' and 'url' in p and p.get('initiator') != 'not an origin' and not p['url'].startswith(('file:', 'data:')):
                print(p.get('url'))
        """
        #expect(result.status == 0, "\(result.stderr.suffix(600))")
        let urls = try Shell.run("/usr/bin/env", ["python3", "-c", script, log])
        // A log the detector cannot read must fail the test, never pass it as "no requests".
        #expect(urls.status == 0, "net log unreadable: \(urls.stderr)")
        return (result.status, urls.stdout.split(separator: "\n").map(String.init))
    }

    @Test(.enabled(if: chromium != nil, "Debian's chromium is not installed (.ci/run installs it)"))
    func printsOnA4OfflineWithBars() throws {
        let (tree, html) = try Self.fixture()
        // What a head of office needs on the page, in their words.
        for text in ["Indeks SPBE yang didukung bukti", "Batas unggah Senin, 28 September 2026", "sisa 4 hari kerja",
                     "Kemajuan per OPD", "Yang harus dilengkapi: Bagian Hukum", "Untuk koordinator SPBE", "Pengecualian (waiver)",
                     "Peta Rencana sedang direviu", "garis tipis: tingkat 1 sampai 5", "tanda oranye"] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(!html.contains("<script>"), "a file name never becomes markup")
        // Nothing to fetch: no link, source or CSS url() at all.
        for reference in ["src=", "href=", "url(", "@import"] { #expect(!html.contains(reference), "\(reference)") }

        let pdf = tree.path("../report.pdf")
        let printed = try Self.browse(html, in: tree, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf])
        #expect(printed.status == 0)
        #expect(printed.pageRequests.isEmpty, "the page requested \(printed.pageRequests)")
        let info = try Shell.run("/usr/bin/env", ["pdfinfo", pdf]).stdout
        #expect(info.contains("(A4)"), "\(info)")
        // Each OPD starts a page: at least the headline page plus one per OPD section.
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 5, "\(info)")
        // The text is on paper, and so are the bars (green pixels on page 1) with
        // the browser's default print settings.
        let text = try Shell.run("/usr/bin/env", ["pdftotext", "-f", "1", "-l", "1", pdf, "-"]).stdout
        #expect(text.contains("Nilai per domain dan aspek"), "\(text.prefix(400))")
        let ppm = tree.path("../page")
        _ = try Shell.run("/usr/bin/env", ["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-singlefile", pdf, ppm])
        let image = try Data(contentsOf: URL(fileURLWithPath: ppm + ".ppm"))
        #expect(Self.greenPixels(ppm: image) > 50, "the bars print")

        let shot = tree.path("../report.png")
        let screen = try Self.browse(html, in: tree, ["--window-size=1100,1400", "--screenshot=" + shot])
        #expect(screen.status == 0 && screen.pageRequests.isEmpty)
        #expect(((try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0) > 20_000)
    }

    /// As a person sees it: printed at A4 and at a phone's width, in both languages, no
    /// two words on any page lie on top of each other (a header running over the next
    /// column), and no word is cut inside a cell.
    @Test(.enabled(if: chromium != nil && PrintedWords.pdftotext, "Debian's chromium is not installed (scripts/install-deps.sh installs it)"),
          arguments: [Messages.Language.id, .en])
    func noWordsOverlapAtA4OrPhoneWidth(language: Messages.Language) throws {
        for pack in ["spbe-2020", "pemdi-2026"] {
            let tree = try Self.overlapFixture(pack: pack)
            let report = try Linter(options: .init(context: RunContext.testing(today: Day("2026-09-23")!, language: language))).run(root: tree.root)
            let html = HTMLReporter().report(report)
            // A phone prints what its screen shows: the page as wide as a phone (90 mm, about 340 px).
            let phone = html.replacingOccurrences(of: "@page{size:A4;", with: "@page{size:90mm 600mm;")
            #expect(phone != html)
            for (name, page) in [("A4", html), ("phone", phone)] {
                let pdf = tree.path("../\(name).pdf")
                let printed = try Self.browse(page, in: tree, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf])
                #expect(printed.status == 0)
                let words = try PrintedWords(pdf: pdf)
                #expect(!words.pages.isEmpty)
                let overlaps = words.overlaps()
                #expect(overlaps.isEmpty, "\(pack) \(language) \(name): \(overlaps.prefix(6))")
                let split = words.splitWords(source: Self.visibleText(page))
                #expect(split.isEmpty, "\(pack) \(language) \(name): words cut \(split.prefix(12))")
            }
        }
    }

    /// Owners, claims, a waiver and files of several kinds: every table of the page filled.
    static func overlapFixture(pack: String) throws -> TempTree {
        let tree = TempTree("bukti")
        let pemdi = pack == "pemdi-2026"
        tree.file(".spbe-lint.yaml", """
        rules: \(pack)
        instansi: Pemerintah Kabupaten Contoh Raya
        interview: 2026-09-21
        target: 3
        indicators:
          \(pemdi ? "I1" : "\"1\""): {owner: Bagian Organisasi dan Tata Laksana, claim: 3}
          \(pemdi ? "I2" : "\"2\""): {owner: Bagian Hukum}
          \(pemdi ? "I9" : "\"12\""): {owner: Badan Perencanaan Pembangunan Daerah}
          \(pemdi ? "I13" : "\"42\""): {owner: Dinas Komunikasi dan Informatika, claim: 2}
        """)
        tree.file(pemdi ? "I1 Tata Kelola/I1-L1-01 Rancangan Renstra Diskominfo memuat RAN Pemdi.pdf" : "01/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file(pemdi ? "I13 Aplikasi/Screenshot Dashboard.png" : "42/Screenshot Dashboard LAPOR.png", "png")
        tree.file("Lain-lain/foto kegiatan.pdf")
        return tree
    }

    /// The page's words as a reader sees them: tags dropped, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let body = text.range(of: "<body>") { text = String(text[body.upperBound...]) }
        // The narrow layout prints each cell's column name before it ("Jenis: …").
        var labels: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "data-label=\""), let end = rest[start.upperBound...].firstIndex(of: "\"") {
            labels.append(rest[start.upperBound..<end] + ":")
            rest = rest[end...]
        }
        text = text.replacingOccurrences(of: "<wbr>", with: "")
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) + " " + labels.joined(separator: " ")
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The detector above can fail: a page that loads an image from the network is caught.
    @Test(.enabled(if: chromium != nil, "Debian's chromium is not installed (.ci/run installs it)"))
    func aPageThatFetchesIsCaught() throws {
        let tree = TempTree()
        let result = try Self.browse("<!DOCTYPE html><img src=\"http://127.0.0.1:59999/logo.png\">", in: tree, ["--screenshot=" + tree.path("../x.png")])
        #expect(result.pageRequests.contains("http://127.0.0.1:59999/logo.png"), "\(result.pageRequests)")
    }

    /// Counts pixels close to the bar green (#1f883d) in a binary PPM (P6).
    static func greenPixels(ppm: Data) -> Int {
        let bytes = [UInt8](ppm)
        var fields: [Int] = [], index = 2, current = 0, inNumber = false
        while fields.count < 3 && index < bytes.count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 { current = current * 10 + Int(byte - 48); inNumber = true } else if inNumber { fields.append(current); current = 0; inNumber = false }
            index += 1
        }
        var count = 0
        var offset = index
        while offset + 2 < bytes.count {
            let (r, g, b) = (Int(bytes[offset]), Int(bytes[offset + 1]), Int(bytes[offset + 2]))
            if abs(r - 0x1f) < 40 && abs(g - 0x88) < 40 && abs(b - 0x3d) < 40 { count += 1 }
            offset += 3
        }
        return count
    }
}
