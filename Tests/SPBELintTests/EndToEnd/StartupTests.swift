import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The main program pays for the document libraries only through its reader (#28): a run
/// that reads no document (`--version`, `--names-only`) never maps poppler, cairo, glib,
/// Tesseract or leptonica, and a file whose bytes cannot be a document never reaches a
/// reader. The dynamic loader itself says what it loaded (`LD_DEBUG=libs`), so the test
/// does not trust the link line it guards.
@Suite("Start-up without the document libraries")
struct StartupTests {
    static let documentLibraries = ["libpoppler", "libtesseract", "liblept", "libcairo", "libglib", "libgobject", "libgio"]

    /// The shared objects the loader initialised for one run of `executable`.
    static func loaded(_ executable: String, _ arguments: [String]) throws -> [String] {
        let result = try Shell.run(executable, arguments, environment: CLI.testEnvironment(["LD_DEBUG": "libs"]))
        #expect(!result.signaled)
        return result.stderr.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "calling init: ") else { return nil }
            return String(line[range.upperBound...])
        }
    }

    @Test func versionAndNamesOnlyMapNoDocumentLibrary() throws {
        let tree = TempTree()
        tree.file("Domain 1/Indikator 01/Perwali 12 Tahun 2021 tentang SPBE.pdf", Fixtures.enactedPerwaliPDF())
        for arguments in [["--version"], [tree.root, "--names-only"]] {
            let libraries = try Self.loaded(CLI.binary, arguments)
            // The loader spoke: without this the test could not fail.
            #expect(libraries.contains { $0.contains("libc.so") }, "LD_DEBUG printed no library for \(arguments): \(libraries)")
            let documentLibraries = libraries.filter { path in Self.documentLibraries.contains { path.contains($0) } }
            #expect(documentLibraries.isEmpty, "\(arguments) loaded \(documentLibraries)")
        }
    }

    /// The other half: the reader is where the libraries are (else the first test would
    /// pass on a build that lost its reader).
    @Test(.enabled(if: ContentsSupport.available)) func theReaderIsWhereTheLibrariesAre() throws {
        let libraries = try Self.loaded(CLI.readerBinary, [])
        #expect(libraries.contains { $0.contains("libpoppler") } && libraries.contains { $0.contains("libtesseract") }, "\(libraries)")
    }

    /// 41 files named `.pdf` that hold no PDF object and one real Perwali: the probe answers
    /// the 41 (40 small enough for the inspector's first read, one from its whole bytes;
    /// the assessors could not open them either), one reader reads the Perwali.
    @Test(.enabled(if: ContentsSupport.available && DocumentFixtures.canMake)) func filesThatCannotBeDocumentsNeverReachAReader() throws {
        let tree = TempTree()
        tree.file("Domain 1/Indikator 01/Perwali 12 Tahun 2021 tentang SPBE.pdf", Fixtures.enactedPerwaliPDF())
        for n in 1...40 {
            tree.file("Domain 1/Indikator 02/Laporan Pelaksanaan Manajemen Layanan \(n).pdf", "%PDF-1.4\n" + String(repeating: "x", count: n * 37) + "\n%%EOF\n")
        }
        // Larger than the inspector's first read: settled from the whole bytes before a reader.
        tree.file("Domain 1/Indikator 02/Laporan Pelaksanaan Manajemen Layanan 41.pdf", "%PDF-1.4\n" + String(repeating: "y", count: 10_000) + "\n%%EOF\n")
        let cache = TestScratch.folder("cache")
        let result = try CLI.run([tree.root, "--stats"], environment: ["XDG_CACHE_HOME": cache])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("documents 42: 42 read, 0 from cache"), "\(result.stderr)")
        #expect(result.stderr.contains("(41 settled by their bytes, no reader asked), 1 reader processes"), "\(result.stderr)")
        // Settled, not waved through: each is the damaged PDF it is.
        let damaged = result.stdout.split(separator: "\n").filter { $0.contains("unusable file: Domain 1/Indikator 02/Laporan Pelaksanaan") && $0.contains("cannot be opened") }
        #expect(damaged.count == 41, "\(result.stdout)")
    }

    /// Reached through a link (a PATH folder pointing into an install), spbe-lint still
    /// finds its reader beside the real file; a copy without the reader reads nothing and
    /// says so, and counts nothing by its text.
    @Test(.enabled(if: ContentsSupport.available && DocumentFixtures.canMake)) func theReaderIsFoundThroughALinkAndMissedByACopy() throws {
        let tree = TempTree()
        tree.file("Domain 1/Indikator 01/Perwali 12 Tahun 2021 tentang SPBE.pdf", Fixtures.enactedPerwaliPDF())
        let bin = TempTree("bin with spaces")
        try FileManager.default.createSymbolicLink(atPath: bin.path("spbe-lint"), withDestinationPath: CLI.binary)
        let linked = try Shell.run(bin.path("spbe-lint"), [tree.root, "--stats"], environment: CLI.testEnvironment(["XDG_CACHE_HOME": TestScratch.folder("cache")]))
        #expect(linked.stderr.contains("1 read, 0 from cache") && linked.stderr.contains("1 reader processes"), "\(linked.stderr)")
        try Executable.copy(CLI.binary, to: bin.path("copied"))
        let copied = try Shell.run(bin.path("copied"), [tree.root, "--stats", "--verbose"], environment: CLI.testEnvironment(["XDG_CACHE_HOME": TestScratch.folder("cache")]))
        #expect(!copied.signaled && !copied.stderr.contains("reader processes"), "\(copied.stderr)")
        #expect(copied.stdout.contains("no reader process could be started"), "\(copied.stdout)")
        // Once, with the cause and the way out: the installation, not the uploads.
        #expect(copied.stderr.components(separatedBy: "spbe-lint-reader was not found beside \(bin.path("copied"))").count == 2, "\(copied.stderr)")
        #expect(copied.stderr.contains("swift build") && !linked.stderr.contains("was not found"), "\(copied.stderr)")
    }

    /// The probe refuses only what no reader could read: every fixture document a reader
    /// reads is let through, each kind.
    @Test func theProbeLetsThroughWhatAReaderReads() throws {
        let limits = DocumentReader.Limits()
        let pdf = Array(Fixtures.enactedPerwaliPDF().utf8)
        #expect(DocumentProbe.settle(pdf, format: .pdf, limits: limits) == nil)
        #expect(DocumentProbe.settle(Array("%PDF-1.4\nnothing here\n%%EOF\n".utf8), format: .pdf, limits: limits) == .badCatalog)
        #expect(DocumentProbe.settle([], format: .pdf, limits: limits) == .empty)
        // A .docx is a zip: its end-of-directory record is what every reader looks for first.
        #expect(DocumentProbe.settle(Array("PK\u{3}\u{4}not a zip".utf8), format: .docx, limits: limits) == .damaged)
        #expect(DocumentProbe.settle(Array("PK\u{3}\u{4}body".utf8) + [0x50, 0x4b, 0x05, 0x06] + Array(repeating: 0, count: 18), format: .docx, limits: limits) == nil)
        var png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x03, 0x20, 0, 0, 0x02, 0x58, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        #expect(DocumentProbe.settle(png, format: .image, limits: limits) == nil, "an 800×600 PNG header")
        #expect(DocumentProbe.settle(Array("GIF89a".utf8), format: .image, limits: limits) == .damaged)
    }
}
