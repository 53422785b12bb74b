import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The analyzer on plain text: every rule without poppler or Tesseract. Expected facts are
/// written from how the documents are laid out (title near the top, "Ditetapkan di" in
/// the signature block), not from what the analyzer happens to return.
@Suite("Document facts from text")
struct DocumentAnalyzerTests {
    static let analyzer = DocumentAnalyzer(catalogue: Fixtures.spbe.catalogue)

    static let perwali = """
    WALI KOTA SUKAMAJU
    PROVINSI JAWA BARAT
    PERATURAN WALI KOTA SUKAMAJU
    NOMOR 5 TAHUN 2024
    TENTANG
    SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
    """
    static let signature = "Ditetapkan di Sukamaju\npada tanggal 12 Maret 2024\nWALI KOTA SUKAMAJU,\nttd\nBUDI SANTOSO"

    @Test func enactedPerwali() {
        let facts = Self.analyzer.analyze(first: Self.perwali, last: Self.signature, pages: 3, source: .textLayer)
        #expect(facts.kind == "perkada")
        #expect(facts.title == "PERATURAN WALI KOTA SUKAMAJU")
        #expect(facts.nomor == "5")
        #expect(facts.tahun == 2024)
        #expect(facts.issuer == "WALI KOTA SUKAMAJU")
        #expect(facts.status == .enacted)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == true)
        #expect(Self.analyzer.issuedBy("Pemerintah Kabupaten Lain", facts) == false)
        #expect(Self.analyzer.issuedBy(nil, facts) == nil)
        // init's placeholder names no place: it must not make every Perwali another's.
        #expect(Self.analyzer.issuedBy("Pemerintah …", facts) == nil)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota", facts) == nil)
    }

    @Test(arguments: [
        ("DRAFT\nPERATURAN WALI KOTA SUKAMAJU\nNOMOR ... TAHUN 2024", "DRAFT"),
        ("RANCANGAN\nPERATURAN BUPATI CONTOH\nNOMOR    TAHUN 2025", "RANCANGAN"),
        ("KONSEP\nKEPUTUSAN WALI KOTA SUKAMAJU\nNOMOR 1 TAHUN 2024\nDitetapkan di Sukamaju", "KONSEP"),
    ])
    func markedDrafts(text: String, marker: String) {
        let facts = Self.analyzer.analyze(first: text, pages: 1, source: .textLayer)
        #expect(facts.status == .draft)
        #expect(facts.statusEvidence == marker)
    }

    /// A regulation with neither a nomor nor a place of enactment is a draft; a letter
    /// that only mentions "rancangan" in its body is not marked.
    @Test func unsignedRegulationAndLetterBody() {
        let unsigned = Self.analyzer.analyze(first: "PERATURAN WALI KOTA SUKAMAJU\nTENTANG\nSPBE", pages: 1, source: .textLayer)
        #expect(unsigned.status == .draft)
        #expect(unsigned.statusEvidence == nil)
        let letter = """
        PEMERINTAH KOTA SUKAMAJU
        Nomor : 005/211/Diskominfo
        Perihal : Undangan Rapat Koordinasi SPBE
        Dengan hormat, kami mengundang Bapak/Ibu membahas Rancangan Peraturan Wali Kota tentang SPBE.
        """
        let facts = Self.analyzer.analyze(first: letter, pages: 1, source: .textLayer)
        #expect(facts.kind == "undangan")
        #expect(facts.status != .draft)
    }

    @Test(arguments: [
        ("NOTULEN RAPAT\nTim Koordinasi SPBE", "notulen"),
        ("DAFTAR HADIR\nRapat Koordinasi SPBE", "daftar-hadir"),
        ("BERITA ACARA SERAH TERIMA", "berita-acara"),
        ("NOTA DINAS\nKepada: Sekretaris Daerah", "nota-dinas"),
        ("SURAT EDARAN\nNOMOR 3 TAHUN 2025", "surat-edaran"),
        ("KEPUTUSAN BUPATI CONTOH\nNOMOR 100/45/2025", "sk"),
        ("PERATURAN DAERAH KOTA SUKAMAJU\nNOMOR 2 TAHUN 2023", "perda"),
        ("Lorem ipsum dolor sit amet", nil),
    ])
    func statedKinds(text: String, kind: String?) {
        #expect(Self.analyzer.analyze(first: text, pages: 1, source: .textLayer).kind == kind)
    }

    /// "Nomor : 100/45/2025" gives the year from the nomor when there is no TAHUN.
    @Test func nomorWithYearInside() {
        let facts = Self.analyzer.analyze(first: "KEPUTUSAN BUPATI CONTOH\nNomor : 100/45/2025", pages: 1, source: .textLayer)
        #expect(facts.nomor == "100")
        #expect(facts.tahun == 2025)
    }

    /// A report's year from its title when it has no nomor.
    @Test func reportYearFromTheTitle() {
        let facts = Self.analyzer.analyze(first: "LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE\nTAHUN 2021\nInspektorat Kota Sukamaju", pages: 1, source: .textLayer)
        #expect(facts.tahun == 2021)
        #expect(facts.nomor == nil)
    }

    /// "KEPUTUSAN KEPALA DINAS …" names an office, not a place: an OPD's decision, and no
    /// verdict on whose region it is.
    @Test func officeDecisionsHaveNoRegion() {
        let facts = Self.analyzer.analyze(first: "KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\nNOMOR 7 TAHUN 2025", pages: 1, source: .textLayer)
        #expect(facts.kind == "sk")
        #expect(facts.issuer == "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA")
        #expect(DocumentAnalyzer.role(of: facts.issuer) == .opd)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == nil)
    }

    /// OCR splits and misreads: one slip in five letters of the place is the same place;
    /// a different place is still another instansi.
    @Test func ocrSlipsInTheIssuer() {
        var facts = Self.analyzer.analyze(first: "PERATURAN WALI KOTA SUKAMAJ U\nNOMOR 5 TAHUN 2024", pages: 1, source: .ocr)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == true)
        facts = Self.analyzer.analyze(first: "PERATURAN WALI KOTA SUKAMAJV\nNOMOR 5 TAHUN 2024", pages: 1, source: .ocr)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == true)
        facts = Self.analyzer.analyze(first: "PERATURAN BUPATI KABUPATEN LAIN\nNOMOR 3 TAHUN 2023", pages: 1, source: .ocr)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == false)
        // The text layer is exact: no allowance.
        facts = Self.analyzer.analyze(first: "PERATURAN WALI KOTA SUKAMAJV\nNOMOR 5 TAHUN 2024", pages: 1, source: .textLayer)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == false)
    }

    /// A title buried far down the page is not the document's title.
    @Test func titleOnlyNearTheTop() {
        let text = (1...40).map { "baris \($0) isi surat" }.joined(separator: "\n") + "\nPERATURAN WALI KOTA SUKAMAJU"
        #expect(Self.analyzer.analyze(first: text, pages: 1, source: .textLayer).kind == nil)
    }

    /// SHA-256 against the FIPS 180-4 examples: the cache key must be the real thing.
    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
