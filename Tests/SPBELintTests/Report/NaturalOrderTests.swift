import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Names in natural order")
struct NaturalOrderTests {
    @Test func digitsCompareAsNumbers() {
        let names = ["I10", "I2", "I1", "I12", "10 Foo", "2 Foo", "bappeda", "Bappeda", "I01", "Dinas 9", "dinas 10"]
        #expect(names.sorted(by: NaturalOrder.precedes) == ["2 Foo", "10 Foo", "Bappeda", "bappeda", "Dinas 9", "dinas 10", "I01", "I1", "I2", "I10", "I12"])
        #expect(NaturalOrder.precedes("2 Foo", "10 Foo"))
        #expect(NaturalOrder.precedes("I2", "I10"))
        #expect(NaturalOrder.precedes("Dinas 9", "dinas 10"))
        #expect(NaturalOrder.precedes("Bappeda", "bappeda") != NaturalOrder.precedes("bappeda", "Bappeda"), "total: case ties broken")
        #expect(!NaturalOrder.precedes("I2", "I2"))
        let long = String(repeating: "9", count: 400)
        #expect(NaturalOrder.precedes(long, "1" + long), "no overflow on long digit runs")
    }

    @Test func foldersI1ToI12AndStrayFilesListInNaturalOrderInTextAndHTML() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
        for number in 1...12 {
            tree.file("I\(number)/laporan.pdf", QualityTests.validPDF + "indicator \(number)")
            tree.file("Arsip/Kegiatan \(number)/foto.jpg", QualityTests.validPDF + "stray \(number)")
        }
        for format in ["text", "html"] {
            let result = try CLI.run([tree.root, "--format", format, "--verbose"])
            // The HTML offers line breaks after each slash.
            let output = result.stdout.replacingOccurrences(of: "<wbr>", with: "")
            for expected in [(1...12).map { "I\($0)/laporan.pdf" }, (1...12).map { "Arsip/Kegiatan \($0)/foto.jpg" }] {
                let positions = expected.map { output.range(of: $0)?.lowerBound }
                #expect(positions.allSatisfy { $0 != nil }, "\(format) lists every file: \(output)")
                let found = positions.compactMap { $0 }
                #expect(found == found.sorted(), "\(format): I1, I2 … I10, not I1, I10, I2")
            }
        }
    }
}
