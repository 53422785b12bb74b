import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// The disk, the git index (`--staged`, the pre-commit gate) and a commit (`--rev`, CI) are
/// three sources of one tree: for the same committed files they must give the same verdict,
/// or the gate and the report disagree about what counts.
@Suite("Disk, --staged and --rev agree")
struct SourceParityTests {
    /// Copies `source` (a folder of the checkout) into a new repository and commits it.
    static func committedCopy(of source: String) throws -> TempTree {
        let tree = TempTree("evidence")
        let copy = try Shell.run("/bin/cp", ["-R", source + "/.", tree.root])
        #expect(copy.status == 0, "\(copy.stderr)")
        try commit(tree)
        return tree
    }

    static func commit(_ tree: TempTree) throws {
        for arguments in [["init", "-q"], ["add", "-A"],
                          ["-c", "user.email=tim-spbe@example.go.id", "-c", "user.name=Tim SPBE", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "bukti dukung"]] {
            let result = try Shell.run("/usr/bin/env", ["git"] + arguments, in: tree.root, environment: CLI.testEnvironment(), mergeOutput: true)
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stdout)")
        }
    }

    /// Hostile and awkward names, a sidecar, an ignore, a name that is not UTF-8 in a file
    /// and in a folder, a hidden folder, litter: everything the one set of name rules decides.
    static func awkwardTree() throws -> TempTree {
        let tree = TempTree("evidence")
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\nignore: [\"arsip/\"]\nindicators:\n  \"1\": {owner: Bagian Hukum}\n")
        tree.file("01 Kebijakan Arsitektur/Perwali Nomor 5 Tahun 2024 tentang Arsitektur SPBE.pdf")
        tree.file("01 Kebijakan Arsitektur/Perwali Nomor 5 Tahun 2024 tentang Arsitektur SPBE (1).pdf")
        tree.file("19 Tim Koordinasi/IMG_2034.jpg", "\u{FF}\u{D8}\u{FF}\u{E0}jpg")
        tree.file("19 Tim Koordinasi/.bukti.yaml", "IMG_2034.jpg: {kind: foto}\nhilang.pdf: {kind: sk}\n")
        tree.file("19 Tim Koordinasi/SK Tim Koordinasi SPBE 2026.pdf")
        tree.file("arsip/SK lama.pdf")
        // A sidecar in an ignored folder is never read; one that is a link is never followed.
        tree.file("arsip/.bukti.yaml", "[rusak: valid")
        tree.file("20 Forum SPBE/Notulen Forum SPBE 2026.pdf")
        #expect(symlink("../19 Tim Koordinasi/.bukti.yaml", tree.root + "/20 Forum SPBE/.bukti.yaml") == 0)
        tree.file(".rahasia/SK Tim.pdf")
        tree.file("Thumbs.db", "x")
        tree.file("Lain/\u{202E}fdp.exe SK.pdf")
        tree.file("Lain/catatan rapat.pdf", "")
        for raw in [Array("01 Kebijakan Arsitektur/Perwali ".utf8) + [0xFF, 0xFE] + Array(".pdf".utf8),
                    Array("02 Peta ".utf8) + [0xC3, 0x28] + Array(" Rencana".utf8)] {
            let full = Array(tree.root.utf8) + [UInt8(ascii: "/")] + raw
            if raw.starts(with: Array("02".utf8)) {
                #expect((full + [0]).withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) } == 0)
                let file = full + Array("/Perwali Peta Rencana SPBE.pdf".utf8) + [0]
                let fd = file.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
                #expect(fd >= 0)
                _ = Fixtures.textPDF.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
                close(fd)
            } else {
                let fd = (full + [0]).withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
                #expect(fd >= 0)
                close(fd)
            }
        }
        // A name that is not UTF-8 ("\u{C3}(") decodes to the text of another that spells the
        // replacement character: the refused file's good PDF must not stand in for the empty one.
        tree.file("05 Pusat Data/Perwali Pusat Data \u{FFFD}(.pdf", "")
        let lender = Array(tree.root.utf8) + Array("/05 Pusat Data/Perwali Pusat Data ".utf8) + [0xC3, 0x28] + Array(".pdf".utf8) + [0]
        let fd = lender.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        _ = Fixtures.textPDF.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        try commit(tree)
        return tree
    }

    static let trees: [String] = ["sample-evidence/spbe-2020", "sample-evidence/pemdi-2026", "awkward"]

    @Test(arguments: trees)
    func theThreeSourcesGiveOneVerdict(tree name: String) throws {
        let tree = name == "awkward" ? try Self.awkwardTree() : try Self.committedCopy(of: Fixtures.packageRoot.appendingPathComponent(name).path)
        let common = ["--format", "json", "--today", "2026-09-23"]
        let disk = try CLI.run([tree.root] + common)
        let staged = try CLI.run(["check", "--staged", tree.root] + common)
        let revision = try CLI.run(["check", "--rev", "HEAD", tree.root] + common)
        #expect(!disk.signaled && disk.status != 2 || name == "awkward", "\(disk.stderr)")
        #expect(disk.status == staged.status && disk.status == revision.status)
        #expect(disk.stdout == staged.stdout, "disk and --staged differ:\n\(Self.firstDifference(disk.stdout, staged.stdout))")
        #expect(disk.stdout == revision.stdout, "disk and --rev differ:\n\(Self.firstDifference(disk.stdout, revision.stdout))")
        if name == "awkward" {
            // The refused names are refused by all three, once each.
            #expect(disk.stdout.components(separatedBy: "tree/name-encoding").count - 1 == 3)
            #expect(disk.stdout.contains("not a regular file (symbolic link)"))
            #expect(!disk.stdout.contains("arsip/.bukti.yaml"))
        }
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, pair) in zip(left, right).enumerated() where pair.0 != pair.1 {
            return "line \(number + 1):\n- \(pair.0)\n+ \(pair.1)"
        }
        return "lengths \(left.count) vs \(right.count)"
    }
}
