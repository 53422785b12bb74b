import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Real documents, made by scripts/make-document-fixtures.py (text PDFs and image-only
/// "scans"), read through poppler and Tesseract. MANIFEST.tsv holds the verdict each
/// document must get, written with the script before any reader ran.
@Suite("Reading documents", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake, "needs the Contents trait, python3 and pdftoppm"))
struct DocumentReadingTests {
    /// The fixtures once per test process (the scans take a few seconds to make).
    static var fixtures: String { DocumentFixtures.make() }

    static func tree() throws -> TempTree {
        let tree = TempTree("bukti")
        // proofs/, screens/ and coverage/ hold trees of their own, for other tests.
        let others: Set<String> = ["proofs", "PROOFS.tsv", "screens", "SCREENS.tsv", "coverage", "COVERAGE.tsv"]
        for entry in try FileManager.default.contentsOfDirectory(atPath: fixtures) where !others.contains(entry) {
            try FileManager.default.copyItem(atPath: fixtures + "/" + entry, toPath: tree.path(entry))
        }
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        return tree
    }

    static func run(_ tree: TempTree, cache: String) throws -> LintReport {
        let context = RunContext.testing(today: Fixtures.today, environment: ["XDG_CACHE_HOME": cache])
        return try Linter(options: .init(context: context)).run(root: tree.root)
    }

    /// The manifest's verdicts: what each document counts as, and why not when it does not.
    @Test func everyDocumentGetsItsVerdict() throws {
        let tree = try Self.tree()
        let cache = TempTree("cache")
        let report = try Self.run(tree, cache: cache.root)
        let manifest = try String(contentsOfFile: tree.path("MANIFEST.tsv"), encoding: .utf8)
        var checked = 0
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let (path, verdict) = (fields[0], fields[1])
            let about = report.findings.filter { $0.path == path && $0.ruleID.hasSuffix("/content") }
            if verdict.hasPrefix("counts") {
                #expect(about.isEmpty, "\(path): \(about.map(\.message))")
                let result = try #require(report.results.first { $0.files.contains { $0.path == path } })
                #expect(result.requirements.contains { $0.matched.contains(path) } || result.supportedLevel >= 1, "\(path) should count")
            } else if verdict.hasPrefix("draft: marked") {
                #expect(about.contains { $0.message.contains("marked DRAFT") }, "\(path): \(about.map(\.message))")
            } else if verdict.hasPrefix("draft: no nomor") {
                #expect(about.contains { $0.message.contains("no nomor") }, "\(path): \(about.map(\.message))")
            } else if verdict.hasPrefix("not this instansi") {
                #expect(about.contains { $0.message.contains("BUPATI KABUPATEN LAIN") && $0.message.contains("not by Pemerintah Kota Sukamaju") }, "\(path): \(about.map(\.message))")
            } else if verdict.hasPrefix("wrong document") {
                #expect(about.contains { $0.message.contains("its first page is Undangan") }, "\(path): \(about.map(\.message))")
            } else {
                Issue.record("unknown verdict \(verdict)")
            }
            checked += 1
        }
        #expect(checked == 7)
        #expect(report.statistics.ocrPages >= 2, "the scans went through OCR")
    }

    /// The enacted Perwali meets an `enacted: true` requirement by its text alone, even
    /// named with no kind word at all.
    @Test func contentProvesAKindTheNameDoesNot() throws {
        let tree = try Self.tree()
        try FileManager.default.moveItem(atPath: tree.path("01/Perwali 5 Tahun 2024 SPBE.pdf"), toPath: tree.path("01/scan0001.pdf"))
        let report = try Self.run(tree, cache: TestScratch.folder("cache"))
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.requirements.contains { $0.matched.contains("01/scan0001.pdf") }, "\(first.requirements.map(\.matched))")
    }

    /// A second run reads nothing: every text comes from the cache, keyed outside the tree,
    /// and the tree is byte for byte what it was.
    @Test func warmRunsReadFromTheCacheOutsideTheTree() throws {
        let tree = try Self.tree()
        // A cache home that does not exist yet is made (a fresh account, a CI runner).
        let cache = TempTree("cache")
        let home = cache.root + "/not/yet/there"
        let before = try ReadOnlyTests.fingerprint(tree.root)
        let cold = try Self.run(tree, cache: home)
        #expect(cold.statistics.documentsRead == 7)
        let warm = try Self.run(tree, cache: home)
        #expect(warm.statistics.documentCacheHits == 7)
        #expect(warm.statistics.documentsRead == 0)
        #expect(warm.statistics.ocrPages == 0)
        #expect(warm.findings.map(\.message) == cold.findings.map(\.message))
        #expect(try ReadOnlyTests.fingerprint(tree.root) == before)
        #expect(FileManager.default.fileExists(atPath: home + "/spbe-lint/documents-v\(DocumentCache.version)/index.tsv"))
    }

    /// A link inside the tree is read like the file it points to: an invitation linked in
    /// as "Perwali …" was left unread (the reader refused links the walk had accepted)
    /// and counted by its name.
    @Test func aLinkedDocumentIsReadLikeAFile() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\n")
        tree.folder("arsip")
        tree.folder("01 Arsitektur")
        try FileManager.default.copyItem(atPath: Self.fixtures + "/05/Perwali Arsitektur SPBE.pdf", toPath: tree.path("arsip/undangan.pdf"))
        let name = "01 Arsitektur/Perwali No 5 Tahun 2024 tentang Arsitektur SPBE.pdf"
        try FileManager.default.createSymbolicLink(atPath: tree.path(name), withDestinationPath: "../arsip/undangan.pdf")
        let cache = TempTree("cache")
        for run in ["cold", "warm"] {
            let report = try Self.run(tree, cache: cache.root)
            #expect(report.findings.contains { $0.path == name && $0.message.contains("its first page is Undangan") }, "\(run): \(report.findings.map(\.message))")
            #expect((report.results.first { $0.indicator.id == "1" }?.supportedLevel ?? 9) < 2, "\(run): level 2 needs the enacted Perwali")
        }
    }

    /// A cache folder inside the evidence tree is never used (nothing written there), and an
    /// entry with the same stat key but other bytes is not trusted: the digest decides.
    @Test func cacheNeverInsideTheTreeAndKeyedByContent() throws {
        let tree = try Self.tree()
        let before = try ReadOnlyTests.fingerprint(tree.root)
        let inside = try Self.run(tree, cache: tree.path("cache"))
        #expect(inside.statistics.documentsRead == 7)
        #expect(try ReadOnlyTests.fingerprint(tree.root) == before)
        #expect(DocumentCache(environment: ["XDG_CACHE_HOME": tree.root], evidenceRoot: tree.root) == nil)
    }

    /// Indicator 13 at target 3 with five configured OPDs (one with a long name too).
    static let fiveOPDs = """
    instansi: Pemerintah Kota Sukamaju
    year: 2025
    indicators: {"13": {target: 3}}
    opd:
      - [Diskominfo, Dinas Komunikasi dan Informatika]
      - Bappeda
      - Dinas Kesehatan
      - BPKAD
      - Inspektorat
    """

    /// "Seluruh unit kerja/perangkat daerah": the notulen names 3 of the 5 configured OPDs
    /// (one by its long name), so level 3 of indicator 13 is not met and the gap names the
    /// other two; a daftar hadir naming them completes it.
    @Test func coverageOfEveryOPD() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", Self.fiveOPDs)
        let folder = "13 Keterpaduan Rencana dan Anggaran/"
        try DocumentFixtures.writeText(tree.path(folder + "RKA SKPD Belanja TIK 2025.pdf"), lines: ["RENCANA KERJA DAN ANGGARAN", "Belanja TIK 2025"])
        try DocumentFixtures.writeText(tree.path(folder + "Notulen Konsultasi Anggaran TIK OPD 2025.pdf"), lines: [
            "NOTULEN RAPAT", "Konsultasi Rencana dan Anggaran SPBE 2025", "Peserta:", "1. Dinas Komunikasi dan Informatika",
            "2. Bappeda", "3. Dinas Kesehatan", "Hasil: rencana belanja TIK dibahas bersama.",
        ])
        let partial = try Self.run(tree, cache: TestScratch.folder("cache"))
        let thirteen = try #require(partial.results.first { $0.indicator.id == "13" })
        #expect(thirteen.supportedLevel == 2)
        let gap = try #require(partial.findings.first { $0.ruleID.hasSuffix("13/L3/konsultasi") })
        #expect(gap.message.contains("3 of the 5 OPDs") && gap.message.contains("not named: BPKAD, Inspektorat"), "\(gap.message)")
        try DocumentFixtures.writeText(tree.path(folder + "Notulen Konsultasi Anggaran TIK tahap 2.pdf"), lines: [
            "NOTULEN RAPAT", "Peserta: BPKAD dan Inspektorat",
        ])
        let whole = try Self.run(tree, cache: TestScratch.folder("cache"))
        #expect(whole.results.first { $0.indicator.id == "13" }?.supportedLevel == 3, "\(whole.findings.filter { $0.indicator == "13" }.map(\.message))")
    }

    /// A scanned notulen whose attendance pages go on past page 2: with the config's
    /// opd list its scanned pages in between are OCR'd too, so BPKAD and Inspektorat,
    /// who sign on page 3 of 4, are found (COVERAGE.tsv has the verdict, written first).
    @Test func unitsOnScannedPagesInBetween() throws {
        let tree = TempTree("bukti")
        let config = Self.fiveOPDs
        tree.file(".spbe-lint.yaml", config)
        let manifest = try String(contentsOfFile: Self.fixtures + "/COVERAGE.tsv", encoding: .utf8)
        let fields = try #require(manifest.split(separator: "\n").first?.split(separator: "\t").map(String.init))
        #expect(fields[1].hasPrefix("level 3"))
        try FileManager.default.createDirectory(atPath: PathName.parent(tree.path(fields[0])), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/coverage/" + fields[0], toPath: tree.path(fields[0]))
        try DocumentFixtures.writeText(tree.path("13 Keterpaduan Rencana dan Anggaran/RKA SKPD Belanja TIK 2025.pdf"), lines: ["RENCANA KERJA DAN ANGGARAN", "Belanja TIK 2025"])
        let cache = TempTree("cache")
        let report = try Self.run(tree, cache: cache.root)
        let thirteen = try #require(report.results.first { $0.indicator.id == "13" })
        #expect(thirteen.supportedLevel == 3, "\(report.findings.filter { $0.indicator == "13" }.map(\.message))")
        #expect(report.statistics.ocrPages == 4, "every page of the scan")
        // Without the opd list nothing asks for the units: the pages in between stay unread.
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninstansi: Pemerintah Kota Sukamaju\nyear: 2025\n")
        let plain = try Self.run(tree, cache: TestScratch.folder("cache"))
        #expect(plain.statistics.ocrPages == 3)
        // A text read earlier without them is read again when the units are asked for.
        let first = TempTree("cache")
        _ = try Self.run(tree, cache: first.root)
        tree.file(".spbe-lint.yaml", config)
        let again = try Self.run(tree, cache: first.root)
        #expect(again.results.first { $0.indicator.id == "13" }?.supportedLevel == 3)
        #expect(again.statistics.documentsRead == 1)
    }

    /// An audit report whose name has no year is dated by its text: 2021 is outside
    /// "2 tahun terakhir" in 2025, so it does not count; the same report dated 2025 does.
    @Test func auditDatedByItsText() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninstansi: Pemerintah Kota Sukamaju\nyear: 2025\n")
        let path = "29 Audit Infrastruktur/Laporan Hasil Audit Infrastruktur SPBE.pdf"
        try DocumentFixtures.writeText(tree.path(path), lines: ["LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE", "TAHUN 2021", "Inspektorat Kota Sukamaju"])
        let old = try Self.run(tree, cache: TestScratch.folder("cache"))
        let stale = try #require(old.results.first { $0.indicator.id == "29" })
        #expect(stale.requirements.contains { $0.stale.contains(path) }, "\(stale.requirements.map(\.stale))")
        try DocumentFixtures.writeText(tree.path(path), lines: ["LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE", "TAHUN 2025", "Inspektorat Kota Sukamaju"])
        let fresh = try Self.run(tree, cache: TestScratch.folder("cache"))
        let current = try #require(fresh.results.first { $0.indicator.id == "29" })
        #expect(current.requirements.contains { $0.matched.contains(path) }, "\(current.requirements.map(\.matched))")
    }

    /// A .docx is read from its word/document.xml: a notulen in Word completes the OPD
    /// coverage, and a Perwali typed in Word is a near miss (the requirement wants the
    /// signed PDF), never a regulation that counts. A zip bomb is cut at 8 MB of XML.
    @Test func wordDocuments() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninstansi: Pemerintah Kota Sukamaju\nyear: 2025\nindicators: {\"13\": {target: 3}}\nopd: [Bappeda, BPKAD]\n")
        let folder = "13 Keterpaduan Rencana dan Anggaran/"
        try DocumentFixtures.writeText(tree.path(folder + "RKA SKPD Belanja TIK 2025.pdf"), lines: ["RENCANA KERJA DAN ANGGARAN", "Belanja TIK 2025"])
        try DocumentFixtures.writeDOCX(tree.path(folder + "Rekap Konsultasi Anggaran TIK 2025.docx"), paragraphs: [
            "NOTULEN RAPAT", "Konsultasi Rencana dan Anggaran SPBE", "Peserta: Bappeda &amp; BPKAD",
        ])
        try DocumentFixtures.writeDOCX(tree.path("01 Arsitektur/Perwali Arsitektur SPBE.docx"), paragraphs: [
            "PERATURAN WALI KOTA SUKAMAJU", "NOMOR 12 TAHUN 2021", "TENTANG ARSITEKTUR SPBE", "Ditetapkan di Sukamaju",
        ])
        try DocumentFixtures.writeDOCX(tree.path("01 Arsitektur/Notulen bom.docx"), paragraphs: [], bombBytes: 64 << 20)
        let report = try Self.run(tree, cache: TestScratch.folder("cache"))
        let thirteen = try #require(report.results.first { $0.indicator.id == "13" })
        #expect(thirteen.supportedLevel == 3, "\(report.findings.filter { $0.indicator == "13" }.map(\.message))")
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.requirements.allSatisfy { !$0.matched.contains("01 Arsitektur/Perwali Arsitektur SPBE.docx") })
        #expect(report.statistics.documents >= 3)
    }

    /// Hostile PDFs: garbage after the header, no pages, a billboard-sized blank page, an
    /// encrypted-looking trailer, a content stream that inflates to 64 MB. None crashes or
    /// hangs, and none counts as an enacted document.
    @Test func hostileDocumentsNeverCrashOrCount() throws {
        let tree = try DocumentFixtures.hostileTree()
        let started = Date()
        let report = try Self.run(tree, cache: TestScratch.folder("cache"))
        #expect(Date().timeIntervalSince(started) < 60)
        let first = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(first.requirements.allSatisfy { $0.matched.isEmpty || $0.requirement.enacted == false }, "\(first.requirements.map(\.matched))")
    }
}

enum DocumentFixtures {
    /// Hostile PDFs in indicator 1: garbage after the header, no pages, a billboard-sized
    /// page, a content stream that inflates to 64 MB.
    static func hostileTree() throws -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\ninstansi: Pemerintah Kota Sukamaju\n")
        tree.file("01/Perwali rusak.pdf", "%PDF-1.4\n" + String(repeating: "garbage ", count: 5000) + "\n%%EOF\n")
        try DocumentFixtures.write(tree.path("01/Perwali kosong.pdf"), pages: 0)
        try DocumentFixtures.write(tree.path("01/Perwali besar.pdf"), pages: 1, mediaBox: "0 0 200000 200000")
        try DocumentFixtures.writeBomb(tree.path("01/Perwali bom.pdf"), inflatedBytes: 64 << 20)
        return tree
    }

    static var canMake: Bool {
        ["/usr/bin/python3", "/usr/bin/pdftoppm"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The fixtures folder, made once per test process: suites run in parallel, and one
    /// that copied the folder while another was still writing it saw half the documents.
    static func make() -> String { folder }

    private static let folder: String = {
        let folder = TestScratch.folder("documents")
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/make-document-fixtures.py").path
        _ = try? Shell.run("/usr/bin/python3", [script, folder])
        return folder
    }()

    /// A .docx (a zip with word/document.xml) of these paragraphs, written by python3's
    /// zipfile; `bombBytes` appends a paragraph of that many spaces (compresses to ~KB).
    static func writeDOCX(_ path: String, paragraphs: [String], bombBytes: Int = 0) throws {
        try FileManager.default.createDirectory(atPath: PathName.parent(path), withIntermediateDirectories: true)
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let script = """
        import sys, zipfile
        body = sys.argv[2] + ("<w:p><w:r><w:t>" + " " * int(sys.argv[3]) + "x</w:t></w:r></w:p>" if int(sys.argv[3]) else "")
        xml = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>'
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", xml)
        """
        let result = try Shell.run("/usr/bin/python3", ["-c", script, path, body, String(bombBytes)])
        #expect(result.status == 0, "\(result.stderr)")
    }

    static let invitation = ["PEMERINTAH KOTA SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Nomor : 005/211/Diskominfo",
                             "Perihal : Undangan Rapat Koordinasi SPBE", "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri rapat"]
    static let perwaliTitle = ["WALI KOTA SUKAMAJU", "PROVINSI JAWA BARAT", "PERATURAN WALI KOTA SUKAMAJU", "NOMOR 5 TAHUN 2024",
                               "TENTANG", "PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "WALI KOTA SUKAMAJU,"]

    /// Two pages: `firstPage` as text, then a page whose content stream inflates to
    /// `inflatedBytes` of text operators (compressed a chunk at a time, so making it is cheap):
    /// reading page 2 takes far longer than any limit a test sets.
    static func writeSlowSecondPage(_ path: String, firstPage: [String], inflatedBytes: Int = 256 << 20) throws {
        try FileManager.default.createDirectory(atPath: PathName.parent(path), withIntermediateDirectories: true)
        let text = firstPage.map { "(\($0)) '" }.joined(separator: "\n")
        let script = """
        import sys, zlib
        first = ("BT /F1 12 Tf 72 780 Td 16 TL\\n" + sys.argv[2] + "\\nET").encode()
        z = zlib.compressobj(9)
        chunk = b"BT /F1 1 Tf (a) Tj ET\\n" * 40000
        parts = [z.compress(chunk) for _ in range(int(sys.argv[3]) // len(chunk))]
        data = b"".join(parts) + z.flush()
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                   b"<< /Length %d >>\\nstream\\n" % len(first) + first + b"\\nendstream",
                   b"<< /Length %d /Filter /FlateDecode >>\\nstream\\n" % len(data) + data + b"\\nendstream"]
        out = bytearray(b"%PDF-1.4\\n")
        offsets = []
        for i, body in enumerate(objects):
            offsets.append(len(out))
            out += b"%d 0 obj\\n" % (i + 1) + body + b"\\nendobj\\n"
        xref = len(out)
        out += b"xref\\n0 %d\\n0000000000 65535 f \\n" % (len(objects) + 1)
        for o in offsets:
            out += b"%010d 00000 n \\n" % o
        out += b"trailer\\n<< /Size %d /Root 1 0 R >>\\nstartxref\\n%d\\n%%%%EOF\\n" % (len(objects) + 1, xref)
        open(sys.argv[1], "wb").write(out)
        """
        let result = try Shell.run("/usr/bin/python3", ["-c", script, path, text, String(inflatedBytes)])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A one-page PDF under the standard security handler (RC4, revision 2) whose user
    /// password is not empty: no reader opens it without the password.
    static func encryptedPDF() -> [UInt8] {
        let key = String(repeating: "7A", count: 32), user = String(repeating: "C3", count: 32)
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <\(key)> /U <\(user)> /P -4 >>",
        ]
        var bytes = pdf(objects.map { Array($0.utf8) })
        let trailer = Array("/Root 1 0 R >>".utf8)
        let replacement = Array("/Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>".utf8)
        if let at = (0...(bytes.count - trailer.count)).last(where: { Array(bytes[$0..<($0 + trailer.count)]) == trailer }) {
            bytes.replaceSubrange(at..<(at + trailer.count), with: replacement)
        }
        return bytes
    }

    /// A "scan": one page whose only content is an image in `filter` (JBIG2Decode,
    /// JPXDecode) whose stream is garbage.
    static func brokenScan(filter: String) -> [UInt8] {
        let garbage = String(repeating: "\u{7}broken image data ", count: 200)
        let draw = "q 595 0 0 842 0 0 cm /Im0 Do Q"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /\(filter) /Length \(garbage.utf8.count) >>\nstream\n\(garbage)\nendstream",
            "<< /Length \(draw.utf8.count) >>\nstream\n\(draw)\nendstream",
        ]
        return pdf(objects.map { Array($0.utf8) })
    }

    /// A one-page text PDF with these lines.
    static func writeText(_ path: String, lines: [String]) throws {
        try FileManager.default.createDirectory(atPath: PathName.parent(path), withIntermediateDirectories: true)
        try Data(textPDF(lines: lines)).write(to: URL(fileURLWithPath: path))
    }

    /// The bytes of a one-page Helvetica PDF, one line of text per entry.
    static func textPDF(lines: [String]) -> [UInt8] {
        let text = lines.map { "(\($0)) '" }.joined(separator: "\n")
        let stream = "BT /F1 12 Tf 72 780 Td 16 TL\n\(text)\nET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
        ]
        return pdf(objects.map { Array($0.utf8) })
    }

    /// A PDF with `pages` blank pages (no text, no image).
    static func write(_ path: String, pages: Int, mediaBox: String = "0 0 595 842") throws {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        var kids: [String] = []
        for _ in 0..<pages {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] >>")
            kids.append("\(objects.count) 0 R")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages) >>"
        try Data(pdf(objects.map { Array($0.utf8) })).write(to: URL(fileURLWithPath: path))
    }

    /// One page whose content stream is `inflatedBytes` spaces, Flate-compressed (by
    /// python3's zlib: the file is small, inflating it is the attack).
    static func writeBomb(_ path: String, inflatedBytes: Int) throws {
        let script = """
        import sys, zlib
        data = zlib.compress(b" " * \(inflatedBytes), 9)
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                   b"<< /Length %d /Filter /FlateDecode >>\\nstream\\n" % len(data) + data + b"\\nendstream"]
        out = bytearray(b"%PDF-1.4\\n")
        offsets = []
        for i, body in enumerate(objects):
            offsets.append(len(out))
            out += b"%d 0 obj\\n" % (i + 1) + body + b"\\nendobj\\n"
        xref = len(out)
        out += b"xref\\n0 %d\\n0000000000 65535 f \\n" % (len(objects) + 1)
        for o in offsets:
            out += b"%010d 00000 n \\n" % o
        out += b"trailer\\n<< /Size %d /Root 1 0 R >>\\nstartxref\\n%d\\n%%%%EOF\\n" % (len(objects) + 1, xref)
        open(sys.argv[1], "wb").write(out)
        """
        let result = try Shell.run("/usr/bin/python3", ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    static func pdf(_ objects: [[UInt8]]) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}

/// A level whose criterion is about a regulation's contents, shown by its text
/// (`proven-by`): the verdicts written in PROOFS.tsv before anything read the files.
@Suite("Levels shown by a document's text", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
struct ContentProofTests {
    static let arsitektur = "01 Arsitektur/Perwali 11 Tahun 2021 tentang Arsitektur SPBE.pdf"

    /// A tree holding one proof fixture (`case_`/`relative`) under `config`, read with a
    /// fresh cache.
    static func run(_ case_: String, _ relative: String = arsitektur, config: String) throws -> LintReport {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", config)
        try FileManager.default.createDirectory(atPath: PathName.parent(tree.path(relative)), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: DocumentFixtures.make() + "/proofs/" + case_ + "/" + relative, toPath: tree.path(relative))
        return try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
    }

    static let sukamaju = "rules: spbe-2020\ninstansi: Pemerintah Kota Sukamaju\nyear: 2025\n"

    @Test func everyProofGetsItsVerdict() throws {
        let folder = DocumentFixtures.make()
        let manifest = try String(contentsOfFile: folder + "/PROOFS.tsv", encoding: .utf8)
        var checked = 0
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let case_ = String(fields[0].prefix { $0 != "/" })
            let relative = String(fields[0].dropFirst(case_.count + 1))
            let report = try Self.run(case_, relative, config: Self.sukamaju)
            let result = try #require(report.results.first { $0.indicator.id == "1" })
            let notes = report.findings.filter { $0.indicator == "1" }
            let verdict = fields[1]
            if verdict.hasPrefix("level 3 shown") {
                #expect(result.supportedLevel == 3, "\(case_): \(notes.map(\.message))")
                #expect(notes.contains { $0.category == .contentProof && $0.message.contains("level 3 is shown by the text of '\(relative)'") && $0.message.contains("'Keamanan SPBE'") })
                #expect(!notes.contains { $0.category == .manual && $0.level == 3 })
            } else if verdict.hasPrefix("level 2: 'Keamanan SPBE'") {
                #expect(result.supportedLevel == 2, "\(case_)")
                let manual = notes.first { $0.category == .manual && $0.level == 3 }?.message ?? ""
                #expect(manual.contains("does not name 'Keamanan SPBE' (at least 2 times each)") && !manual.contains("'Proses Bisnis'"), "\(manual)")
            } else if verdict.hasPrefix("level 2: every topic named once") {
                #expect(result.supportedLevel == 2, "\(case_)")
                let manual = notes.first { $0.category == .manual && $0.level == 3 }?.message ?? ""
                #expect(manual.contains("'Referensi Arsitektur', 'Proses Bisnis'"), "\(manual)")
            } else if verdict.hasPrefix("level 1: a draft") {
                #expect(result.supportedLevel == 1, "\(case_)")
                #expect(!notes.contains { $0.category == .contentProof })
            } else {
                Issue.record("unknown verdict \(verdict)")
            }
            checked += 1
        }
        #expect(checked == 4)
    }

    /// Another instansi's Perwali with every topic does not show the level (nor count).
    @Test func anotherInstansisTextProvesNothing() throws {
        let report = try Self.run("full", config: "rules: spbe-2020\ninstansi: Pemerintah Kota Lain\nyear: 2025\n")
        let result = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(result.supportedLevel == 1)
        #expect(!report.findings.contains { $0.category == .contentProof })
    }

    /// `confirmed: 3` still stands (a person read it), but a text that lacks a topic of
    /// the criterion makes the report ask them to look again.
    @Test func aConfirmationTheTextContradictsIsFlagged() throws {
        let relative = Self.arsitektur
        let report = try Self.run("no-keamanan", config: Self.sukamaju + "indicators:\n  \"1\": {confirmed: 3}\n")
        let result = try #require(report.results.first { $0.indicator.id == "1" })
        #expect(result.supportedLevel == 3)
        let warning = report.findings.first { $0.category == .contentProof && $0.severity == .warning }
        #expect(warning?.message.contains("level 3 is confirmed in the config, but the text of '\(relative)' does not name 'Keamanan SPBE'") == true, "\(report.findings.map(\.message))")
    }

    @Test func topicsAreCountedAsWordsNotLetters() {
        let proof = ContentProof(kinds: ["perkada"], topics: [.init(["Data Induk"]), .init(["Basis Data", "Database"])], times: 2, heuristic: "test")
        #expect(proof.missing(in: "DATA INDUK ... data  induk; basis\ndata, Database").isEmpty)
        #expect(proof.missing(in: "datainduk data induk basis data basis data").map(\.name) == ["Data Induk"])
        #expect(proof.missing(in: "").count == 2)
    }
}

/// A gate reads what it gates: `--staged` and `--rev` read the documents' texts from
/// git's objects, so an invitation staged as "Perwali" is blocked even when the working
/// tree holds the real one (and the other way round).
@Suite("Document texts in git modes", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
struct GitDocumentTests {
    @Test func stagedAndRevisionRunsReadTheBlobs() throws {
        let fixtures = DocumentFixtures.make()
        let repo = try EvidenceRepository()
        repo.tree.file(".spbe-lint.yaml", "instansi: Pemerintah Kota Sukamaju\nrules: spbe-2020\ntarget: 1\nindicators:\n  \"1\": {target: 2}\n")
        let name = "01/Perwali No 5 Tahun 2024 tentang Arsitektur SPBE.pdf"
        try FileManager.default.createDirectory(atPath: repo.tree.path("01"), withIntermediateDirectories: true)
        let invitation = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/05/Perwali Arsitektur SPBE.pdf"))
        let perwali = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/01/Perwali 5 Tahun 2024 SPBE.pdf"))
        try invitation.write(to: URL(fileURLWithPath: repo.tree.path(name)))
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "undangan")
        // The good copy on disk, unstaged: the commit would still hold the invitation.
        try perwali.write(to: URL(fileURLWithPath: repo.tree.path(name)))
        let cache = TempTree("cache")
        let environment = ["XDG_CACHE_HOME": cache.root]
        #expect(try CLI.run([repo.root], environment: environment).status == 0, "the working tree has the enacted Perwali")
        let staged = try CLI.run(["check", "--staged", repo.root], environment: environment)
        #expect(staged.status == 1 && staged.stdout.contains("its first page is Undangan"), "\(staged.stdout)")
        #expect(!staged.stdout.contains("were not read"), "\(staged.stdout)")
        try repo.git("add", "-A")
        #expect(try CLI.run(["check", "--staged", repo.root], environment: environment).status == 0)
        // A revision is judged by its own blobs: HEAD still holds the invitation.
        let head = try CLI.run(["check", "--rev", "HEAD", repo.root], environment: environment)
        #expect(head.status == 1 && head.stdout.contains("its first page is Undangan"), "\(head.stdout)")
        #expect(try CLI.run(["check", "--rev", "HEAD", repo.root, "--names-only"], environment: environment).status == 0, "by name alone it would pass")
    }
}
