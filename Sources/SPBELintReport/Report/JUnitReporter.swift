import SPBELint
/// JUnit XML: a test suite per indicator, a test case per requirement of its target
/// level (and per manual check), failing when unmet and skipped when waived, so CI
/// dashboards count evidence like tests.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML, one test case per indicator requirement"

    public init(options: ReporterOptions = ReporterOptions()) {}

    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }

    struct Case {
        var name: String
        var failure: (message: String, detail: String)?
        var skipped: String?
    }

    public func report(_ report: LintReport) -> String {
        let pack = report.pack
        var suites: [(name: String, cases: [Case])] = []
        // Every error finding fails exactly one test case, so the XML fails when the run does:
        // requirement and manual cases cover gaps and checks; each other error gets its own.
        func extraCases(_ findings: [Finding]) -> [Case] {
            findings.filter { finding in
                finding.severity == .error
                    && !([.gap, .wrongDocument].contains(finding.category) && finding.requirement != nil)
                    && !(finding.category == .manual)
            }.map { finding in
                Case(name: "\(finding.category.rawValue): \(finding.path ?? finding.ruleID)", failure: (finding.message, finding.hint ?? ""))
            }
        }
        for result in report.results {
            let findings = report.findings.filter { $0.indicator == result.indicator.id }
            var cases: [Case] = []
            for status in result.requirements {
                let name = "L\(status.declaredAt) \(status.requirement.id): \(status.requirement.description)"
                var testCase = Case(name: name)
                if let finding = findings.first(where: { $0.requirement == status.requirement.id && ($0.category == .gap || $0.category == .waived) }) {
                    if finding.category == .waived {
                        testCase.skipped = finding.message
                    } else {
                        testCase.failure = (finding.message, finding.hint ?? "")
                    }
                } else if !status.rejected.isEmpty {
                    testCase.failure = (status.requirement.reject?.message ?? "wrong document", status.rejected.joined(separator: "\n"))
                }
                cases.append(testCase)
            }
            for gate in result.manualGates {
                var testCase = Case(name: "L\(gate.level) manual: \(gate.text)")
                if let finding = findings.first(where: { $0.requirement == "manual" && $0.level == gate.level }) {
                    if finding.category == .waived { testCase.skipped = finding.message } else { testCase.failure = (finding.message, finding.hint ?? "") }
                }
                cases.append(testCase)
            }
            cases += extraCases(findings)
            if cases.isEmpty { cases.append(Case(name: "L\(result.targetLevel): no file evidence required")) }
            suites.append(("\(pack.framework.id).\(result.indicator.id) \(Indicator.shortName(result.displayName))", cases))
        }
        let others = extraCases(report.findings.filter { $0.indicator == nil })
        if !others.isEmpty { suites.append(("\(pack.framework.id).tree", others)) }
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.cases.filter { $0.failure != nil }.count }
        let skipped = suites.reduce(0) { $0 + $1.cases.filter { $0.skipped != nil }.count }
        var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        out.append("<testsuites name=\"spbe-lint \(Self.escape(pack.framework.id))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\">")
        for (name, cases) in suites {
            let suiteFailures = cases.filter { $0.failure != nil }.count
            let suiteSkipped = cases.filter { $0.skipped != nil }.count
            out.append("  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" failures=\"\(suiteFailures)\" errors=\"0\" skipped=\"\(suiteSkipped)\" time=\"0\">")
            for testCase in cases {
                let classname = Self.escape(name.split(separator: " ").first.map(String.init) ?? name)
                let open = "    <testcase classname=\"\(classname)\" name=\"\(Self.escape(testCase.name))\" time=\"0\""
                if let failure = testCase.failure {
                    out.append(open + ">")
                    out.append("      <failure message=\"\(Self.escape(failure.message))\" type=\"gap\">\(Self.escape(failure.detail))</failure>")
                    out.append("    </testcase>")
                } else if let skipped = testCase.skipped {
                    out.append(open + ">")
                    out.append("      <skipped message=\"\(Self.escape(skipped))\"/>")
                    out.append("    </testcase>")
                } else {
                    out.append(open + "/>")
                }
            }
            out.append("  </testsuite>")
        }
        out.append("</testsuites>")
        return out.joined(separator: "\n") + "\n"
    }
}
