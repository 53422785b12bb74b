import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Pemdi butir codes identify the item: "I2-L1-01.pdf" with nothing else in the name.
@Suite("Butir codes")
struct ButirCodeTests {
    @Test func codesParseAsPeopleWriteThem() {
        let code = ButirCode("I8-L1-01")
        #expect(code?.description == "I8-L1-01")
        for name in ["I8-L1-01 Kerangka Tata Kelola PDP.pdf", "i08_l1_1 kerangka.pdf", "I8 L1 01.pdf", "I8-L1-01.pdf"] {
            #expect(code?.names(name) == true, "\(name)")
        }
        for name in ["I8-L1-011 x.pdf", "I18-L1-01.pdf", "I8-L2-01.pdf", "I8-L1-02 x.pdf", "Kerangka I8-L1-01.pdf"] {
            #expect(code?.names(name) == false, "\(name)")
        }
        #expect(ButirCode("I8-L9-01") == nil)
    }

    @Test func aFileNamedByItsCodeCounts() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "rules: pemdi-2026\ntarget: 2\n")
        tree.file("I2 Manajemen Layanan/I2-L1-01.pdf", QualityTests.validPDF)
        tree.file("I10 Keamanan/I10-L2-01 Surat ke BSSN tentang Identifikasi IIV.pdf", QualityTests.validPDF)
        let report = try Linter(options: .init(context: Fixtures.context)).run(root: tree.root)
        let i2 = try #require(report.results.first { $0.indicator.id == "I2" })
        #expect(i2.requirements.first { $0.requirement.code?.description == "I2-L1-01" }?.isMet == true)
        let i10 = try #require(report.results.first { $0.indicator.id == "I10" })
        #expect(i10.requirements.first { $0.requirement.code?.description == "I10-L2-01" }?.isMet == true, "\(i10.requirements.map { ($0.requirement.id, $0.count) })")
    }
}
