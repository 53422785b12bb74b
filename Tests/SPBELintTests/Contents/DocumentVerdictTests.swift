import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The classes of issue #23, on plain text laid out as real Pemda documents are
/// (Permendagri 80/2015: title block, NOMOR, TENTANG, Menimbang, Mengingat, signature
/// block; Permendagri 1/2023 on letters; PermenPANRB 35/2012 on SOP identity tables).
/// Each case failed on the analyzer before #23.
@Suite("Document verdicts (#23)")
struct DocumentVerdictTests {
    static let analyzer = DocumentAnalyzer(catalogue: Fixtures.spbe.catalogue)

    static func facts(_ first: String, last: String = "", body: String = "", source: DocumentFacts.Source = .textLayer) -> DocumentFacts {
        analyzer.analyze(first: first, last: last, body: body, pages: 3, source: source)
    }

    static let mengingat = """
    Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
    2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
    """

    static func perbup(nomor: String = "NOMOR 12 TAHUN 2024", menimbang: String = "bahwa untuk melaksanakan SPBE perlu menetapkan Peraturan Bupati;") -> String {
        """
        BUPATI SUKAMAJU
        PROVINSI JAWA BARAT
        PERATURAN BUPATI SUKAMAJU
        \(nomor)
        TENTANG
        SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
        DENGAN RAHMAT TUHAN YANG MAHA ESA
        BUPATI SUKAMAJU,
        Menimbang : a. \(menimbang)
        \(mengingat)
        """
    }

    static let signed = "Ditetapkan di Sukamaju\npada tanggal 12 Maret 2024\nBUPATI SUKAMAJU,\nttd\nAHMAD SUBAGJA"

    // MARK: 1. Enacted vs draft

    /// The Mengingat's "Undang-Undang Nomor 23 Tahun 2014" is not this regulation's nomor.
    @Test func nomorOnlyFromTheTitleBlock() {
        let draft = Self.facts(Self.perbup(nomor: "NOMOR …. TAHUN 2024"), last: Self.signed)
        #expect(draft.nomor == nil)
        #expect(draft.status != .enacted)
        #expect(draft.lacks == [.nomor])
        let enacted = Self.facts(Self.perbup(), last: Self.signed)
        #expect(enacted.nomor == "12")
        #expect(enacted.tahun == 2024)
        #expect(enacted.status == .enacted, "\(enacted.lacks)")
    }

    @Test(arguments: [
        "Ditetapkan di Sukamaju\npada tanggal …………………… 2024\nBUPATI SUKAMAJU,\n\nAHMAD SUBAGJA",
        "Ditetapkan di Sukamaju\npada tanggal            2024\nBUPATI SUKAMAJU,\nttd",
        "Ditetapkan di Sukamaju\npada tanggal\nBUPATI SUKAMAJU,\nttd",
        "Ditetapkan di Sukamaju\npada tanggal .. Maret 2024\nBUPATI SUKAMAJU,\nttd",
    ])
    func aBlankDateIsNotEnacted(signature: String) {
        let facts = Self.facts(Self.perbup(), last: signature)
        #expect(facts.status != .enacted)
        #expect(facts.lacks.contains(.tanggal))
    }

    /// No jabatan with "ttd" or a name under it, and no Lembaran/Berita Daerah number.
    @Test func noSignatureIsNotEnacted() {
        let facts = Self.facts(Self.perbup(), last: "Ditetapkan di Sukamaju\npada tanggal 12 Maret 2024\n\n")
        #expect(facts.status != .enacted)
        #expect(facts.lacks == [.tandaTangan])
        let published = Self.facts(Self.perbup(), last: "Ditetapkan di Sukamaju\npada tanggal 12 Maret 2024\n\nBERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2024 NOMOR 12")
        #expect(published.status == .enacted)
    }

    /// A signature block followed by Lampiran pages: found in the pages in between.
    @Test func signatureBeforeTheLampiran() {
        let facts = Self.facts(Self.perbup(), last: "LAMPIRAN\nPERATURAN BUPATI SUKAMAJU\nTabel 1 Domain Arsitektur", body: "Pasal 12\nPeraturan Bupati ini mulai berlaku.\n" + Self.signed)
        #expect(facts.status == .enacted, "\(facts.lacks)")
    }

    /// A diagonal DRAF watermark comes out of the text layer one letter a line.
    @Test func singleLetterWatermark() {
        let text = Self.perbup() + "\nD\nR\nA\nF\n"
        let facts = Self.facts(text, last: Self.signed)
        #expect(facts.status == .draft)
        #expect(facts.statusEvidence == "DRAF")
    }

    /// A Word export with its changes shown: the balloons are in the text.
    @Test func trackChangeBalloons() {
        let text = Self.perbup() + "\nDeleted: dalam rangka\nFormatted: Font: Bookman Old Style\n"
        let facts = Self.facts(text, last: Self.signed)
        #expect(facts.status == .draft)
        #expect(facts.statusEvidence?.lowercased() == "deleted:")
    }

    /// "konsep" in a Menimbang (even on a wrapped line of its own) is not a draft stamp.
    @Test func konsepInAMenimbang() {
        let text = Self.perbup(menimbang: "bahwa untuk mewujudkan\nkonsep\nsmart city perlu menetapkan Peraturan Bupati;")
        let facts = Self.facts(text, last: Self.signed)
        #expect(facts.status == .enacted, "\(String(describing: facts.statusEvidence))")
    }

    // MARK: 2. Issuer

    @Test(arguments: [
        ("PERATURAN BUPATI SUKAMAJU", "Pemerintah Kota Sukamaju", false),
        ("PERATURAN BUPATI SUKAMAJU", "Pemerintah Kabupaten Sukamaju", true),
        ("PERATURAN WALI KOTA PADANG", "Pemerintah Kabupaten Padang Pariaman", false),
        ("PERATURAN WALI KOTA PADANG", "Pemerintah Kota Padang", true),
        ("PERATURAN WALIKOTA TANGERANG", "Pemerintah Kota Tangerang Selatan", false),
        ("PERATURAN WALI KOTA TANGERANG SELATAN", "Pemerintah Kota Tangerang Selatan", true),
        ("PERATURAN GUBERNUR LAMPUNG", "Pemerintah Kabupaten Lampung Selatan", false),
        ("PERATURAN GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA", "Pemerintah Provinsi DKI Jakarta", true),
        ("PERATURAN GUBERNUR DKI JAKARTA", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", true),
        ("PERATURAN GUBERNUR DAERAH ISTIMEWA YOGYAKARTA", "Pemda DIY", true),
        ("PERATURAN GUBERNUR DAERAH ISTIMEWA YOGYAKARTA", "Pemerintah Kota Yogyakarta", false),
        ("KEPUTUSAN PJ. WALI KOTA SUKAMAJU", "Pemerintah Kota Sukamaju", true),
        ("KEPUTUSAN PLT. BUPATI SUKAMAJU", "Pemerintah Kota Sukamaju", false),
        ("KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KOTA SUKAMAJU", "Pemerintah Kota Sukamaju", true),
        ("KEPUTUSAN SEKRETARIS DAERAH KABUPATEN LAIN", "Pemerintah Kota Sukamaju", false),
    ])
    func issuerByRegionTypeAndWholePlace(title: String, instansi: String, own: Bool) {
        let facts = Self.facts(title + "\nNOMOR 5 TAHUN 2024\nTENTANG\nSPBE", last: Self.signed)
        #expect(Self.analyzer.issuedBy(instansi, facts) == own, "\(String(describing: facts.issuer))")
    }

    /// A title split over two lines names its issuer on the second.
    @Test func titleSplitOverTwoLines() {
        let facts = Self.facts("PERATURAN\nWALI KOTA SUKAMAJU\nNOMOR 5 TAHUN 2024\nTENTANG\nSPBE", last: Self.signed)
        #expect(facts.kind == "perkada")
        #expect(facts.issuer == "WALI KOTA SUKAMAJU")
        #expect(Self.analyzer.issuedBy("Pemerintah Kabupaten Sukamaju", facts) == false)
    }

    /// A letter-spaced title ("P E R A T U R A N   B U P A T I").
    @Test func letterSpacedTitle() {
        let facts = Self.facts("P E R A T U R A N   B U P A T I   S U K A M A J U\nNOMOR 5 TAHUN 2024\nTENTANG\nSPBE", last: Self.signed)
        #expect(facts.kind == "perkada")
        #expect(facts.issuer == "BUPATI SUKAMAJU")
    }

    // MARK: 3. Whose policy

    @Test func ministryRegulationsAreNotAPemdasOwn() {
        let facts = Self.facts("""
        PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI
        REPUBLIK INDONESIA
        NOMOR 59 TAHUN 2020
        TENTANG
        PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
        """, last: "Ditetapkan di Jakarta\npada tanggal 17 Agustus 2020\nMENTERI PENDAYAGUNAAN APARATUR NEGARA\nttd\nTJAHJO KUMOLO")
        #expect(facts.kind == "peraturan-pusat")
        #expect(DocumentAnalyzer.role(of: facts.issuer) == .pusat)
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == false)
    }

    // MARK: 4. Title

    /// An invitation whose Hal names a regulation is an invitation.
    @Test func invitationAboutARegulation() {
        let facts = Self.facts("""
        PEMERINTAH KOTA SUKAMAJU
        DINAS KOMUNIKASI DAN INFORMATIKA
        Nomor : 005/211/Diskominfo
        Sifat : Biasa
        Lampiran : -
        Hal : Rapat Finalisasi Peraturan Wali Kota tentang SPBE
        Yth. Kepala Perangkat Daerah
        Dengan hormat, kami mengundang Saudara pada rapat finalisasi.
        """)
        #expect(facts.kind == "undangan")
    }

    /// An SOP whose Dasar Hukum lists a Perwali is an SOP.
    @Test func sopWithARegulationInItsDasarHukum() {
        let facts = Self.facts("""
        PEMERINTAH KOTA SUKAMAJU
        DINAS KOMUNIKASI DAN INFORMATIKA
        Nomor SOP 800/12/Diskominfo/2024
        Nama SOP Penanganan Insiden Keamanan Informasi
        Dasar Hukum
        1. Undang-Undang Nomor 11 Tahun 2008
        2. Peraturan Wali Kota Sukamaju Nomor 5 Tahun 2024
        """)
        #expect(facts.kind == "sop")
    }

    /// OCR read across columns is never quoted as an issuer or a title.
    @Test func ocrGarbageIsNotQuoted() {
        let facts = Self.facts("KEPUTUSAN WALI KOTA SUKAMAJU KESATU MEMBENTUK TIM KOORDINASI\nNOMOR 5 TAHUN 2024", source: .ocr)
        #expect(facts.kind == "sk")
        #expect(facts.issuer == nil || facts.issuer == "WALI KOTA SUKAMAJU")
        #expect(facts.title?.contains("MEMBENTUK") != true)
    }

    // MARK: The subject

    @Test func subjectFromTentang() {
        let facts = Self.facts(Self.perbup(), last: Self.signed)
        #expect(facts.subject == "sistem pemerintahan berbasis elektronik")
    }

    // MARK: Scans in real layouts (the corpus's second round)

    /// Tesseract's layout analysis gives a regulation's left-column labels as blocks of
    /// their own before the title: they must not end the title block before it starts.
    @Test func columnLabelsBeforeTheTitle() {
        let facts = Self.facts("""
        Menimbang

        Mengingat

        Menetapkan

        KESATU

        BUPATI LAMPUNG SELATAN
        PROVINSI LAMPUNG

        KEPUTUSAN BUPATI LAMPUNG
        SELATAN
        NOMOR : B/214/IV.02/HK/2024

        TENTANG

        TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
        """, last: "Ditetapkan di Kalianda\npada tanggal 3 Juni 2024\nBUPATI LAMPUNG SELATAN,\nttd\nNANANG ERMANTO", source: .ocr)
        #expect(facts.kind == "sk")
        #expect(facts.nomor != nil)
        #expect(facts.status == .enacted, "\(facts.lacks)")
        #expect(Self.analyzer.issuedBy("Pemerintah Kabupaten Lampung Selatan", facts) == true)
        #expect(facts.subject?.hasPrefix("tim koordinasi") == true)
    }

    /// Under a stamp OCR keeps the jabatan's closing comma and the printed name; an
    /// unsigned draft's next block (the Sekda's jabatan, a Berita Daerah line without its
    /// number) is no signer.
    @Test func stampedSignatureInOCR() {
        let stamped = "Ditetapkan di Sukamaju\npada tanggal 15 Februari 2025\nKOTA Sp”\nco WAN KOTA SUKAMAJU,\nf N\nF/\n{watt\nKOTA)\n“DEDI KURNIAWAN"
        #expect(DocumentAnalyzer.signature(stamped, ocr: true).signed)
        #expect(!DocumentAnalyzer.signature(stamped, ocr: false).signed, "the text layer is exact: no jabatan, no signer")
        let unsigned = "Ditetapkan di Sukamaju\npada tanggal 15 Februari 2025\nWALI KOTA SUKAMAJU,\n\nDiundangkan di Sukamaju\npada tanggal …\nSEKRETARIS DAERAH KOTA SUKAMAJU,\n\nBERITA DAERAH KOTA SUKAMAJU TAHUN 2025 NOMOR"
        #expect(!DocumentAnalyzer.signature(unsigned, ocr: true).signed)
    }

    /// A regulation enacts what its TENTANG opens with, among the kinds it carries: the
    /// RKPD by Perwali is the RKPD; an SK forming the team that drafts the Renja is no plan.
    @Test func aRegulationEnactsWhatItsTentangOpensWith() {
        let catalogue = Fixtures.spbe.catalogue
        let carriable = catalogue.carried(by: catalogue.mask(["perkada"]))
        func carried(_ subject: String, among carriable: UInt64) -> UInt64 {
            CarriedKindCheck.carried(by: subject, among: carriable, catalogue: catalogue, kinds: Fixtures.spbe.kinds)
        }
        let plan = catalogue.mask(["dokumen-perencanaan"])
        #expect(carriable & plan != 0)
        #expect(carried("rencana kerja pemerintah daerah tahun 2025", among: carriable) == plan)
        #expect(carried("Penetapan Rencana Strategis Dinas Komunikasi dan Informatika", among: carriable) == plan)
        #expect(carried("pembentukan tim penyusun rencana kerja", among: carriable) == 0)
        #expect(carried("pedoman penyusunan renja", among: carriable) == 0)
        #expect(carried("rencana kerja pemerintah daerah", among: 0) == 0)
    }

    /// A register's nomor may start with letters ("e-0112", "B/214/…"); a slot left
    /// blank between its slashes is a draft's, however many digits stand around it.
    @Test(arguments: [
        ("NOMOR : e-0112 Tahun 2024", true),
        ("NOMOR : B/214/IV.02/HK/2024", true),
        ("NOMOR : 100.3.3.2/Kep.214-Diskominfo/2024", true),
        ("NOMOR : 188.45/      /KPTS-BUP/2024", false),
        ("NOMOR : 188.45/……/KPTS-BUP/2024", false),
        ("NOMOR …. TAHUN 2024", false),
        ("NOMOR : ……………………", false),
    ])
    func registerNumbers(line: String, numbered: Bool) {
        let facts = Self.facts("KEPUTUSAN WALI KOTA SUKAMAJU\n\(line)\nTENTANG\nTIM KOORDINASI SPBE", last: Self.signed)
        #expect((facts.nomor != nil) == numbered, "\(facts.nomor ?? "-")")
    }

    /// OCR joins a letter-spaced title's words: "WALIKOTASUKAMAJU".
    @Test func gluedLetterSpacedTitle() {
        let facts = Self.facts("SALINAN\nPERATURAN\nWALIKOTASUKAMAJU\nNOMOR 5 TAHUN 2023\nTENTANG\nTIM KOORDINASI SPBE", last: Self.signed, source: .ocr)
        #expect(facts.kind == "perkada")
        #expect(facts.nomor == "5")
        #expect(Self.analyzer.issuedBy("Pemerintah Kota Sukamaju", facts) == true)
    }

    /// The year an audit report was signed: its place-and-date line, not a date inside
    /// a sentence about when the fieldwork ran.
    @Test func reportDatedBySignature() {
        let facts = Self.facts("""
        LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE
        Audit dilaksanakan pada tanggal 7 sampai dengan 18 Maret 2021 oleh tim auditor.
        Sukamaju, 31 Maret 2022
        Kepala Dinas Komunikasi dan Informatika,
        """)
        #expect(facts.dated == 2022)
        #expect(Self.facts("LAPORAN\nAudit dilaksanakan pada tanggal 7 Maret 2021.").dated == nil)
        #expect(Self.facts("Ditetapkan di Sukamaju\npada tanggal 15 Februari 2024").dated == 2024)
    }

    /// A user manual or a logbook titled so is not the SOP or audit report its name claims.
    @Test(arguments: [
        ("MANUAL BOOK\nPanduan Penggunaan Aplikasi Layanan Pusat Data", "daftar-fitur"),
        ("PEMERINTAH KOTA SUKAMAJU\nLOGBOOK AKSES RUANG SERVER\nBulan Oktober 2025", "laporan"),
        ("LAPORAN HASIL AUDIT\nAUDIT APLIKASI SPBE", "audit"),
    ])
    func statedReportForms(text: String, kind: String) {
        #expect(Self.facts(text).kind == kind)
        let catalogue = Fixtures.spbe.catalogue
        if kind != "audit" {
            #expect(catalogue.contradicted(named: catalogue.mask(["sop", "audit"]), stated: kind) != 0)
        }
    }

    /// A screenshot signed in as another Pemda, or of the sign-in form only.
    @Test func screenshotAccounts() {
        let tangerang = "SIAP Digital\nArsitektur Pemdi\nPemerintah Kota Tangerang - Arsitektur Pemerintah Digital\nEntitas Arsitektur"
        #expect(DocumentAnalyzer.otherAccount(in: tangerang, instansi: "Pemerintah Kota Tangerang Selatan") == "Pemerintah Kota Tangerang")
        #expect(DocumentAnalyzer.otherAccount(in: tangerang, instansi: "Pemerintah Kota Tangerang") == nil)
        #expect(DocumentAnalyzer.otherAccount(in: "SIAP Digital\nPemerintah Kota Sukamaju - Ar:", instansi: "Pemerintah Kota Sukamaju") == nil)
        #expect(DocumentAnalyzer.otherAccount(in: "SIAP Digital\nDomain Layanan", instansi: "Pemerintah Kota Sukamaju") == nil)
        #expect(DocumentAnalyzer.isSignInPage("SIAP Digital Masuk ke SIAP Digital\nNama Pengguna Kata Sandi\nMASUK"))
        #expect(!DocumentAnalyzer.isSignInPage("SIAP Digital\nArsitektur Pemdi\nDomain Layanan\nKeluar"))
        #expect(!DocumentAnalyzer.isSignInPage("SIAP Digital\nUbah Kata Sandi\nSurat Masuk\nArsitektur Pemdi\nKeluar"))
    }

    /// The umbrella SPBE regulation counts for a specific policy only where a section of
    /// its own regulates it.
    @Test func umbrellaRegulationNeedsASection() {
        let subject = RequiredSubject(["tim koordinasi", "=sistem pemerintahan berbasis elektronik", "=spbe"], heuristic: "test")
        #expect(subject.fitsOnlyAsUmbrella("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik"))
        #expect(!subject.fitsOnlyAsUmbrella("Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik"))
        #expect(!subject.headsASection(in: "Pasal 1\n12. Tim Koordinasi SPBE adalah tim yang dibentuk oleh Wali Kota untuk\nmengoordinasikan SPBE."))
        #expect(subject.headsASection(in: "Pasal 20\nBAB V\nTIM KOORDINASI SPBE\nPasal 21\n(1) Wali Kota membentuk Tim Koordinasi SPBE."))
        #expect(subject.headsASection(in: "Bagian Kedua\nTim Koordinasi SPBE\nPasal 21"))
    }
}
