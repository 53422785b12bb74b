import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Anyone who can upload chooses the names. Every output format runs over a tree of
/// names built to forge that format, and a real parser for each format (Python's json,
/// xml.etree, csv, html.parser; markdown-it-py for Markdown) checks that no name left
/// its field: no escape sequence on the terminal, no new table cell, link, image or
/// HTML element, no spreadsheet formula, no extra GitHub workflow command.
@Suite("Hostile names in every format")
struct HostileNamesTests {
    static let names: [String] = [
        "\u{1B}[2J\u{1B}[31mOK Perwali.pdf",
        "SK \u{202E}fdp.exe Tim.pdf",
        "Perwali\rNo 1.pdf",
        "Perwali\nNo 2.pdf",
        "[Unggah ulang di sini](https:evil.example) Perwali.pdf",
        "![x](https:evil.example-a.png) SK.pdf",
        "<script>alert(1)<-script> SK.pdf",
        "<img src=x onerror=alert(1)> SK.pdf",
        "Perwali | kolom | palsu.pdf",
        "=HYPERLINK(\"http:evil\") Perwali.pdf",
        "+cmd Perwali.pdf",
        "-2+3 SK.pdf",
        "@SUM(1) SK.pdf",
        "\tTab SK.pdf",
        "::error ::forged Perwali.pdf",
        "%0A::error::x Perwali.pdf",
        "]]> <x> & Perwali.pdf",
        "\u{85}NEL\u{2028}LS\u{9B}31m Perwali.pdf",
        "www.evil.example SK.pdf",
        "user@evil.example SK.pdf",
        "http:--evil `code` *bold* _it_ ~~del~~ SK.pdf",
    ]

    /// The names as empty files in an indicator folder (each draws an "empty file"
    /// finding that quotes it) and once more, with content, outside any indicator
    /// (each draws an "unassigned" finding), plus one name that is not UTF-8.
    static func fixture() throws -> TempTree {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nindicators:\n  \"1\": {owner: \"<b>Hukum</b> | =cmd\"}\n")
        tree.folder("01 Arsitektur")
        tree.folder("Lain")
        for name in names {
            FileManager.default.createFile(atPath: tree.path("01 Arsitektur/" + name), contents: Data())
            FileManager.default.createFile(atPath: tree.path("Lain/" + name), contents: Data("%PDF-1.4\n%%EOF\n".utf8))
        }
        // Bytes that are not UTF-8 at all: only the C API can make such a name.
        let raw: [UInt8] = Array(tree.path("01 Arsitektur/").utf8) + Array("Perwali \u{0}".utf8).dropLast() + [0xFF, 0xFE, 0x1B] + Array(".pdf".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        return tree
    }

    static let checker = #"""
    import csv, io, json, re, sys, xml.etree.ElementTree as ET
    from html.parser import HTMLParser
    fmt, path = sys.argv[1], sys.argv[2]
    data = open(path, 'rb').read()
    text = data.decode('utf-8')  # every format must be valid UTF-8
    bad = lambda s: re.search('[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]', s)
    def fail(why): print('FAIL', fmt, why); sys.exit(1)
    if fmt == 'text':
        if bad(text): fail('raw control or bidi character: %r' % bad(text).group())
    elif fmt in ('json', 'sarif'):
        doc = json.loads(text)
        if fmt == 'sarif':
            for rule in doc['runs'][0]['tool']['driver']['rules']:
                md = rule['help']['markdown']
                try:
                    from markdown_it import MarkdownIt
                except ImportError:
                    continue
                for token in MarkdownIt('gfm-like').parse(md):
                    kinds = [token.type] + [c.type for c in (token.children or [])]
                    if set(kinds) & {'link_open', 'image', 'html_inline', 'html_block'}: fail('markdown in help: %r' % md)
    elif fmt == 'junit':
        ET.fromstring(data)
    elif fmt == 'csv':
        rows = list(csv.reader(io.StringIO(text, newline='')))
        width = len(rows[0])
        for row in rows:
            if len(row) != width: fail('row with %d cells, header has %d: %r' % (len(row), width, row))
            for cell in row:
                if cell[:1] in ('=', '+', '-', '@', '\t', '\r'): fail('formula cell %r' % cell)
    elif fmt == 'html':
        class P(HTMLParser):
            tags = set(); evil = []
            def handle_starttag(self, tag, attrs):
                self.tags.add(tag)
                for k, v in attrs:
                    if k.startswith('on') or 'evil' in (v or ''): self.evil.append((tag, k, v))
        p = P(); p.feed(text)
        if p.tags & {'script', 'img', 'a', 'x', 'b', 'iframe'}: fail('tag from a name: %s' % (p.tags & {'script', 'img', 'a', 'x', 'b', 'iframe'}))
        if p.evil: fail('attribute from a name: %r' % p.evil)
    elif fmt == 'markdown':
        from markdown_it import MarkdownIt
        tokens = MarkdownIt('gfm-like').parse(text)
        widths = set()
        row = 0
        for token in tokens:
            kinds = [token.type] + [c.type for c in (token.children or [])]
            if set(kinds) & {'link_open', 'image', 'html_inline', 'html_block'}: fail('markdown from a name near line %s' % (token.map,))
            if token.type == 'table_open': widths = set()
            if token.type == 'tr_open': row = 0
            if token.type in ('td_open', 'th_open'): row += 1
            if token.type == 'tr_close': widths.add(row)
            # every row of one table as wide as its header: a name never adds a cell
            if token.type == 'table_close' and len(widths) > 1: fail('table rows of different widths: %s' % widths)
    elif fmt == 'github':
        lines = text.split('\n')[:-1]
        for line in lines:
            if not re.match(r'^::(error|warning|notice) [^:\r\n]*(::|$)', line): fail('forged line %r' % line)
        if bad(text.replace('\n', '')): fail('raw control character')
        print(len(lines))
    print('ok')
    """#

    @Test(arguments: ["text", "json", "sarif", "junit", "csv", "html", "markdown", "github"])
    func noNameLeavesItsField(format: String) throws {
        guard let judges = PyPI.install(["markdown-it-py[linkify]==3.0.0"], as: "markdown-linkify") else {
            Issue.record("PyPI unreachable: markdown-it-py is needed to judge Markdown (skipped, not passed)")
            return
        }
        let tree = try Self.fixture()
        let result = try CLI.run([tree.root, "--format", format])
        #expect(result.status == 1, "the empty files are gaps: \(result.stderr)")
        #expect(!result.stdout.isEmpty)
        let output = tree.path("../out.\(format)")
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: output))
        let check = try Shell.run("/usr/bin/env", ["python3", "-c", Self.checker, format, output],
                                  environment: CLI.testEnvironment(["PYTHONPATH": judges]), mergeOutput: true)
        #expect(check.status == 0, "\(check.stdout)")
        if format == "github" {
            // One annotation per finding plus the summary: a name never adds a command.
            let json = try CLI.run([tree.root, "--format", "json"])
            let findings = ((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [Any])?.count ?? -1
            #expect(check.stdout.hasPrefix("\(findings + 1)\n"), "\(check.stdout) vs \(findings) findings")
        }
        // Every hostile name really reached the output, so the checks above saw it.
        if format == "json" {
            #expect(result.stdout.contains("Perwali | kolom | palsu.pdf"))
            #expect(result.stdout.contains("\\u001b[2J"))
        }
    }

    @Test func textEscapesVisibly() throws {
        let tree = try Self.fixture()
        let result = try CLI.run([tree.root])
        #expect(result.stdout.contains("\\x1b[2J\\x1b[31mOK Perwali.pdf"))
        #expect(result.stdout.contains("SK <U+202E>fdp.exe Tim.pdf"))
        #expect(result.stdout.contains("Perwali\\rNo 1.pdf"))
        #expect(result.stdout.contains("Perwali\\nNo 2.pdf"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    /// Terminal and bidi control characters in a name and in the document text a finding
    /// quotes (an invitation's first line, read from the PDF): no format lets one through raw
    /// (JSON and XML encode what they must; the rest show it visibly).
    @Test(.enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
    func controlCharactersInDocumentTextNeverReachTheOutputRaw() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        tree.folder("01")
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
        var lines = DocumentFixtures.invitation
        lines[3] = "Perihal : Undangan Rapat " + hostile
        let pdf = DocumentFixtures.textPDF(lines: lines)
        try Data(pdf).write(to: URL(fileURLWithPath: tree.path("01/Perwali Arsitektur SPBE \(hostile).pdf")))
        let report = try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
        #expect(report.findings.contains { $0.message.contains("its first page is Undangan") }, "\(report.findings.map(\.message))")
        let unsafe: (Unicode.Scalar) -> Bool = { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" }
        for reporter in Reporters.all {
            var output = reporter.init(options: ReporterOptions()).report(report)
            // CSV ends its records with CRLF (RFC 4180).
            if reporter.identifier == "csv" { output = output.replacingOccurrences(of: "\r\n", with: "\n") }
            let raw = output.unicodeScalars.filter(unsafe).map { String($0.value, radix: 16) }
            #expect(raw.isEmpty, "\(reporter.identifier): \(Set(raw).sorted())")
        }
    }
}
