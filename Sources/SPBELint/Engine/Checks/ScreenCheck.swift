/// `shows:`: what a screenshot of an application must show to count, from its OCR'd
/// text. The application's name alone is not enough (#23): its sign-in form shows nothing
/// of the instansi's work, and a screen signed in as another Pemda shows that Pemda's.
struct ScreenCheck: RequirementCheck {
    struct Input: Sendable {
        /// The screen's text (OCR for an image, the text layer for a PDF).
        var text: String
        var shows: ShownText
        /// The config's `instansi:`; nil when the config names none.
        var instansi: String?
    }

    enum Reason: Sendable, Equatable {
        /// The application's name never appears (its first spelling).
        case notShown(String)
        /// Only the application's sign-in form.
        case signInPage(String)
        /// Signed in as another Pemda ("Pemerintah Kota Tangerang").
        case otherAccount(String)
    }

    static func verdict(_ input: Input) -> CheckVerdict<Reason> {
        let name = input.shows.topic.name
        guard input.shows.isShown(in: input.text) else { return .notMet(.notShown(name)) }
        if DocumentAnalyzer.isSignInPage(input.text) { return .notMet(.signInPage(name)) }
        if let other = DocumentAnalyzer.otherAccount(in: input.text, instansi: input.instansi) { return .notMet(.otherAccount(other)) }
        return .met
    }

    private static let siap = ShownText(["SIAP Digital", "Sistem Informasi Arsitektur Pemerintah Digital"], heuristic: "examples")
    private static func screen(_ text: String, _ instansi: String? = "Pemerintah Kota Tangerang Selatan") -> Input {
        Input(text: text, shows: siap, instansi: instansi)
    }

    // Screens as the corpus's SIAP Digital screenshots read through OCR.
    static let examples: [CheckExample<Self>] = [
        .init(note: "the instansi's architecture page", input: screen("https://siapdigital.menpan.go.id/arsitektur\nSIAP Digital\nArsitektur Pemdi\nPemerintah Kota Tangerang Selatan - Arsitektur Pemerintah Digital\nKeluar"), expected: .met),
        .init(note: "no account line at all", input: screen("SIAP Digital\nDomain Layanan\nDomain Aplikasi\nJumlah Entitas 42"), expected: .met),
        .init(note: "no instansi configured", input: screen("SIAP Digital\nPemerintah Kota Tangerang - Arsitektur", nil), expected: .met),
        .init(note: "a chat that never names it", input: screen("WhatsApp\nTim SPBE\nsudah diisi di aplikasi ya pak"), expected: .notMet(.notShown("SIAP Digital"))),
        .init(note: "the sign-in form", input: screen("https://siapdigital.menpan.go.id/login\nSIAP Digital Masuk ke SIAP Digital\nNama Pengguna Kata Sandi\nMASUK"), expected: .notMet(.signInPage("SIAP Digital"))),
        .init(note: "signed in, with a password menu and an inbox", input: screen("SIAP Digital\nUbah Kata Sandi\nSurat Masuk\nPemerintah Kota Tangerang Selatan\nKeluar"), expected: .met),
        .init(note: "another Kota's account (Tangerang is not Tangerang Selatan)", input: screen("SIAP Digital\nArsitektur Pemdi\nPemerintah Kota Tangerang - Arsitektur Pemerintah Digital"), expected: .notMet(.otherAccount("Pemerintah Kota Tangerang"))),
        .init(note: "OCR's slip in the own name", input: screen("SIAP Digital\nPemerintah Kota Tangerang Selatn - Arsitektur"), expected: .met),
    ]
}
