import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport
import SPBELintReader

/// `shows:` requirements read their screenshots by OCR (SCREENS.tsv holds the verdicts,
/// written with the fixtures before anything read them); no other image is ever read.
@Suite("Screenshots read for what they show", .enabled(if: ContentsSupport.available && DocumentFixtures.canMake))
struct ScreenshotTests {
    static let config = "instansi: Pemerintah Kota Sukamaju\nrules: pemdi-2026\nyear: 2026\n"

    static func tree() throws -> TempTree {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", config)
        let screens = DocumentFixtures.make() + "/screens"
        for folder in try FileManager.default.contentsOfDirectory(atPath: screens) {
            try FileManager.default.copyItem(atPath: screens + "/" + folder, toPath: tree.path(folder))
        }
        return tree
    }

    @Test func everyScreenshotGetsItsVerdict() throws {
        let tree = try Self.tree()
        let report = try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
        let manifest = try String(contentsOfFile: DocumentFixtures.make() + "/SCREENS.tsv", encoding: .utf8)
        var checked = 0
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let (path, verdict) = (fields[0], fields[1])
            let about = report.findings.filter { $0.path == path && $0.ruleID.hasSuffix("/content") }
            let matched = report.results.contains { $0.requirements.contains { $0.matched.contains(path) } }
            if verdict.hasPrefix("counts") {
                #expect(about.isEmpty && matched, "\(path): \(about.map(\.message))")
            } else if verdict.hasPrefix("does not show") {
                #expect(!matched)
                #expect(about.contains { $0.message.contains("does not show 'SIAP Digital'") }, "\(path): \(about.map(\.message))")
            } else {
                Issue.record("unknown verdict \(verdict)")
            }
            checked += 1
        }
        #expect(checked == 2)
        #expect(report.statistics.ocrPages == 2)
    }

    /// Only images a `shows:` requirement could count are read: a photo beside them and a
    /// screenshot in an indicator without such a requirement stay unread; a screenshot
    /// OCR cannot read (a 1x1 pixel) does not count by its name: what it shows decides.
    @Test func noOtherImageIsRead() throws {
        let tree = try Self.tree()
        let screen = DocumentFixtures.make() + "/screens/I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png"
        try FileManager.default.copyItem(atPath: screen, toPath: tree.path("I1 Tata Kelola Pemdi/IMG-20260312-WA0004.png"))
        tree.folder("I17 Portal Layanan")
        try FileManager.default.copyItem(atPath: screen, toPath: tree.path("I17 Portal Layanan/I17-L1-02 Tampilan Portal Layanan.png"))
        let tiny = "I1 Tata Kelola Pemdi/Screenshot SIAP Digital kecil.png"
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")!
            .write(to: URL(fileURLWithPath: tree.path(tiny)))
        let report = try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
        #expect(report.statistics.documents == 3, "the two screens and the tiny one, not the photo nor I17's")
        #expect(report.findings.contains { $0.path == tiny && $0.ruleID.hasSuffix("/content/unreadable") })
        #expect(!report.results.contains { $0.requirements.contains { $0.matched.contains(tiny) } }, "not read, so not counted")
        #expect(report.findings.contains { $0.path == tiny && $0.ruleID.hasSuffix("/content") && $0.message.hasPrefix("not read (no text in the image)") })
        var options = Linter.Options(context: Fixtures.context)
        options.namesOnly = true
        let names = try Linter(options: options).run(root: tree.root)
        #expect(names.statistics.documents == 0)
    }

    /// A chat screenshot named by its butir code alone (I1-L2-02: the SIAP Digital
    /// screenshot of indicator 1, as the modul numbers it) has no kind word: the read plan
    /// asks the evaluator's own question (`Requirement.mayFill`), so it is read and refused
    /// like the same image under a descriptive name. It counted unread before.
    @Test func aScreenshotNamedOnlyByItsCodeIsRead() throws {
        let tree = TempTree("bukti")
        tree.file(".spbe-lint.yaml", Self.config)
        tree.folder("I1 Tata Kelola Pemdi")
        let chat = DocumentFixtures.make() + "/screens/I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png"
        let path = "I1 Tata Kelola Pemdi/I1-L2-02.png"
        try FileManager.default.copyItem(atPath: chat, toPath: tree.path(path))
        let report = try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
        #expect(report.statistics.documents == 1, "the coded screenshot is read")
        #expect(!report.results.contains { $0.requirements.contains { $0.matched.contains(path) } }, "a chat does not count")
        #expect(report.findings.contains { $0.path == path && $0.message.contains("does not show 'SIAP Digital'") },
                "\(report.findings.filter { $0.path == path }.map(\.message))")
    }

    /// A pack must say why the words stand for the criterion, and list at least one.
    @Test func aPackMustSayWhyWordsShowTheCriterion() {
        let tests = RulePackTests()
        func withShows(_ shows: String) -> String {
            RulePackTests.minimal.replacingOccurrences(of: "- {id: sk, kinds: [sk], description: SK}", with: "- {id: sk, kinds: [sk], description: SK, shows: \(shows)}")
        }
        #expect(tests.diagnostics(withShows("{any: [SIAP Digital], heuristic: the app shows its name}")).isEmpty)
        #expect(tests.diagnostics(withShows("{any: [SIAP Digital]}")).contains { $0.contains("heuristic") })
        #expect(tests.diagnostics(withShows("{heuristic: why}")).contains { $0.contains("any") })
        #expect(tests.diagnostics(withShows("{any: [x], heuristic: why, spelling: y}")).contains { $0.contains("spelling") })
    }

    /// Screenshots no reader can get text from: a white one, one of 4×4 pixels, noise, one
    /// cut short, and one whose header declares 100000×100000 pixels (refused from the
    /// header, never decoded). None counts for a `shows:` requirement by its name; each is
    /// an error in the checklist that says why.
    @Test func unreadableScreenshotsFailClosed() throws {
        let tree = try Self.tree()
        let folder = "I1 Tata Kelola Pemdi/"
        let real = DocumentFixtures.make() + "/screens/I13 Aplikasi Pemdi/I13 Screenshot SIAP Digital Domain Aplikasi.png"
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: real)))
        let cases: [(String, [UInt8], String)] = [
            ("Screenshot SIAP Digital putih.png", Self.png(width: 1280, height: 720) { _, _ in 255 }, "not read ("),
            ("Screenshot SIAP Digital 4x4.png", Self.png(width: 4, height: 4) { _, _ in 0 }, "not read (no text in the image)"),
            ("Screenshot SIAP Digital derau.png", Self.png(width: 640, height: 480) { x, y in UInt8(truncatingIfNeeded: (x &* 7919 ^ y &* 104_729) &* 2_654_435_761 >> 13) }, "not read ("),
            ("Screenshot SIAP Digital terpotong.png", Array(whole.prefix(whole.count / 3)), "not read ("),
            ("Screenshot SIAP Digital raksasa.png", Self.png(width: 100_000, height: 100_000, rows: 1) { _, _ in 255 }, "not read (an image of 100000×100000 pixels, too large to read)"),
        ]
        for (name, bytes, _) in cases { try Data(bytes).write(to: URL(fileURLWithPath: tree.path(folder + name))) }
        let report = try DocumentReadingTests.run(tree, cache: TestScratch.folder("cache"))
        for (name, _, message) in cases {
            let path = folder + name
            #expect(!report.results.contains { $0.requirements.contains { $0.matched.contains(path) } }, "\(name) counted")
            #expect(report.findings.contains { $0.path == path && $0.ruleID.hasSuffix("/content") && $0.message.hasPrefix(message) },
                    "\(name): \(report.findings.filter { $0.path == path }.map(\.message))")
        }
        #if Contents
        var header = DocumentReader().readImage(Self.png(width: 100_000, height: 100_000, rows: 1) { _, _ in 0 }, ocr: { nil })
        #expect(header.unreadable == .imageTooLarge(width: 100_000, height: 100_000))
        header = DocumentReader().readImage(Self.png(width: 4, height: 4) { _, _ in 0 }, ocr: { nil })
        #expect(header.unreadable == .blankImage)
        #endif
    }

    /// An 8-bit grey PNG; `rows` of pixel data (fewer than `height` makes a short image).
    static func png(width: Int, height: Int, rows: Int? = nil, pixel: (Int, Int) -> UInt8) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<(rows ?? height) {
            raw.append(0)
            for x in 0..<width { raw.append(pixel(x, y)) }
        }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return be(data.count) + body + be(Int(crc(body)))
        }
        func be(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", be(width) + be(height) + [8, 0, 0, 0, 0])
            + chunk("IDAT", stored(raw)) + chunk("IEND", [])
    }

    /// zlib with stored (uncompressed) blocks: no compressor needed.
    static func stored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let last: UInt8 = offset + count >= data.count ? 1 : 0
            out += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + [UInt8(b >> 8), UInt8(b & 0xFF), UInt8(a >> 8), UInt8(a & 0xFF)]
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }
}
