import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Evidence index")
struct ScannerTests {
    func scan(_ tree: TempTree, ignore: [String] = []) throws -> EvidenceIndex {
        try EvidenceScanner(pack: Fixtures.spbe, ignore: IgnoreMatcher(patterns: ignore)).scan(root: tree.root)
    }

    @Test func assignsByFolderFileNameAndLevelFolder() throws {
        let tree = TempTree()
        tree.file("Domain Kebijakan/01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf")
        tree.file("Indikator 10/L2/SK Tim Koordinasi SPBE 2023.pdf")
        tree.file("19. SK Tim Koordinasi SPBE.pdf")
        tree.file("I20/level-3/Notulen Rapat Forum SPBE 14-06-2023.pdf")
        tree.file("Lain-lain/catatan.pdf")
        let index = try scan(tree)
        let byPath = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0) })
        let perwali = try #require(byPath["Domain Kebijakan/01-Arsitektur/Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf"])
        #expect(perwali.indicator == "1" && perwali.assignment == .folder && perwali.kinds.contains("perkada"))
        let sk = try #require(byPath["Indikator 10/L2/SK Tim Koordinasi SPBE 2023.pdf"])
        #expect(sk.indicator == "10" && sk.level == 2 && sk.kinds.contains("sk"))
        #expect(byPath["19. SK Tim Koordinasi SPBE.pdf"]?.indicator == "19")
        #expect(byPath["19. SK Tim Koordinasi SPBE.pdf"]?.assignment == .fileName)
        #expect(byPath["I20/level-3/Notulen Rapat Forum SPBE 14-06-2023.pdf"]?.level == 3)
        #expect(index.unassigned.map(\.path) == ["Lain-lain/catatan.pdf"])
    }

    @Test func classifiesKindsCaseAndSeparatorInsensitive() throws {
        let tree = TempTree()
        tree.file("01/PERATURAN_WALI-KOTA.nomor.5.pdf")
        tree.file("01/sk tim.docx")
        tree.file("01/Screenshots Dashboard LAPOR.png", "png")
        let index = try scan(tree)
        let files = index.files(for: "1")
        #expect(files.first { $0.name.hasPrefix("PERATURAN") }?.kinds.contains("perkada") == true)
        let docx = try #require(files.first { $0.ext == "docx" })
        #expect(!docx.kinds.contains("sk"))
        #expect(docx.nearKinds.contains("sk"))
        #expect(files.first { $0.ext == "png" }?.kinds.contains("screenshot") == true)
    }

    @Test func aReportAboutARegulationIsNotARegulation() throws {
        let tree = TempTree()
        tree.file("01/Laporan Reviu Perwali Arsitektur 2024.pdf")
        tree.file("01/Perwali No 20 Tahun 2025 tentang Perubahan Arsitektur SPBE.pdf")
        tree.file("01/Notulen Rapat Pembahasan SK Tim.pdf")
        let kinds = Dictionary(uniqueKeysWithValues: try scan(tree).files.map { ($0.name, $0.kinds) })
        #expect(kinds["Laporan Reviu Perwali Arsitektur 2024.pdf"]?.contains("perkada") == false)
        #expect(kinds["Laporan Reviu Perwali Arsitektur 2024.pdf"]?.contains("reviu") == true)
        #expect(kinds["Perwali No 20 Tahun 2025 tentang Perubahan Arsitektur SPBE.pdf"] == ["perkada"])
        #expect(kinds["Notulen Rapat Pembahasan SK Tim.pdf"] == ["notulen"])
    }

    @Test func ignoresGitHiddenFilesAndIgnoreList() throws {
        let tree = TempTree()
        tree.file(".git/objects/abc")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        tree.file("01/.DS_Store")
        tree.file("01/~$draft.docx")
        tree.file("drafts/01 Perwali.pdf")
        tree.file("01/Perwali.pdf")
        let index = try scan(tree, ignore: ["drafts/"])
        #expect(index.files.map(\.path) == ["01/Perwali.pdf"])
    }

    @Test func symlinksOutsideRootAreNotFollowed() throws {
        let tree = TempTree()
        let outside = TempTree("outside")
        outside.file("secret.pdf")
        tree.file("01/Perwali.pdf")
        try FileManager.default.createSymbolicLink(atPath: tree.path("01/link.pdf"), withDestinationPath: outside.path("secret.pdf"))
        try FileManager.default.createSymbolicLink(atPath: tree.path("loop"), withDestinationPath: tree.root)
        try FileManager.default.createSymbolicLink(atPath: tree.path("01/inside.pdf"), withDestinationPath: tree.path("01/Perwali.pdf"))
        try FileManager.default.createSymbolicLink(atPath: tree.path("dangling.pdf"), withDestinationPath: tree.path("nothing.pdf"))
        let index = try scan(tree)
        #expect(index.files.map(\.path) == ["01/Perwali.pdf", "01/inside.pdf"])
        let codes = Set(index.notices.map(\.code))
        #expect(codes.contains(.symlinkOutside))
        #expect(codes.contains(.symlinkLoop))
        #expect(codes.contains(.symlinkBroken))
    }

    @Test func specialFilesAreSkippedNotOpened() throws {
        let tree = TempTree()
        tree.folder("01")
        #expect(mkfifo(tree.path("01/pipe.pdf"), 0o644) == 0)
        let index = try scan(tree)
        #expect(index.files.isEmpty)
        #expect(index.notices.map(\.code) == [.specialFile])
    }

    /// Root reads every folder, so there is nothing to observe: the test shows as skipped
    /// rather than passing without checking anything.
    @Test(.enabled(if: getuid() != 0, "root reads every folder"))
    func unreadableFolderIsANoticeNotACrash() throws {
        let tree = TempTree()
        tree.file("01/locked/Perwali.pdf")
        chmod(tree.path("01/locked"), 0)
        defer { chmod(tree.path("01/locked"), 0o755) }
        let index = try scan(tree)
        #expect(index.notices.map(\.code) == [.unreadable])
    }

    @Test func sidecarDeclaresKindAndIndicator() throws {
        let tree = TempTree()
        tree.file("misc/IMG_2034.jpg", "jpg")
        tree.file("misc/.bukti.yaml", "IMG_2034.jpg: {kind: foto, indicator: \"19\"}\nmissing.pdf: {kind: sk}\nIMG_9.jpg: {kind: fto}\n")
        let index = try scan(tree)
        let photo = try #require(index.files.first)
        #expect(photo.indicator == "19" && photo.kinds == ["foto"] && photo.assignment == .sidecar)
        let details = index.notices.filter { $0.code == .sidecar }.compactMap { $0.arguments["detail"] }
        #expect(details.contains { $0.contains("unknown evidence kind 'fto'; did you mean 'foto'?") })
        #expect(index.notices.contains { $0.code == .sidecarOrphan && $0.arguments["name"] == "missing.pdf" })
    }

    @Test func missingRootIsAnError() {
        #expect(throws: EvidenceError.rootNotFound("/nonexistent/spbe")) {
            try EvidenceScanner(pack: Fixtures.spbe).scan(root: "/nonexistent/spbe")
        }
    }
}
