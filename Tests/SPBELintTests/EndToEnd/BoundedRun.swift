import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Runs for hostile input. A hang is a failure (a kill timer ends the run and the test
/// says so), but no wall-clock time is asserted: CI shares two cores with other work, and
/// a timed test fails on a busy machine without any defect. Complexity is checked instead
/// by comparing the CPU work of the same input at 1x and 4x (`expectLinear`).
enum BoundedRun {
    /// Generous: only a hang (or something exponential) gets there.
    static let killAfterSeconds = 120

    static func run(_ arguments: [String], in directory: String? = nil, user: String? = nil) throws -> CLI.Result {
        var command = ["/usr/bin/timeout", "--signal=KILL", String(killAfterSeconds), CLI.binary] + arguments
        if let user { command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=nogroup", "--clear-groups"] + command }
        let result = try Shell.run(command[0], Array(command.dropFirst()), in: directory, environment: CLI.testEnvironment(["PATH": "/usr/bin:/bin"]))
        #expect(!result.signaled && result.status != 137, "killed (a hang, or over \(killAfterSeconds) s): spbe-lint \(arguments.prefix(3)) \(result.stderr)")
        return result
    }

    /// User plus system CPU seconds of one run, measured by the shell that waits for it
    /// (`times`), so parallel tests' children are not counted.
    static func cpuSeconds(_ arguments: [String]) throws -> Double {
        let script = "\"$@\" >/dev/null 2>&1; times"
        let result = try Shell.run("/bin/bash", ["-c", script, "bash", "/usr/bin/timeout", "--signal=KILL", String(killAfterSeconds), CLI.binary] + arguments,
                                   environment: CLI.testEnvironment(["PATH": "/usr/bin:/bin"]))
        // "0m0.001s 0m0.000s\n0m1.234s 0m0.056s": the second line is the children's.
        let lines = result.stdout.split(separator: "\n")
        guard lines.count >= 2 else { return .infinity }
        return lines[1].split(separator: " ").map { field -> Double in
            let parts = field.dropLast().split(separator: "m")
            return (Double(parts.first ?? "0") ?? 0) * 60 + (Double(parts.last ?? "0") ?? 0)
        }.reduce(0, +)
    }

    /// The work at 4x input stays within 8x the work at 1x (linear is 4x, quadratic 16x).
    /// `make(n)` builds an input of size n and returns the arguments that judge it.
    static func expectLinear(base: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ make: (Int) throws -> [String]) throws {
        // The smallest of two runs: a run that was preempted costs more, never less.
        let small = try min(cpuSeconds(make(base)), cpuSeconds(make(base)))
        let large = try cpuSeconds(make(base * 4))
        // Process start-up is a constant both runs pay; 0.05 s keeps a tiny input from
        // turning a few milliseconds of noise into a ratio.
        #expect(large <= 8 * max(small, 0.05), "4x the input took \(large) s of CPU against \(small) s: not linear", sourceLocation: sourceLocation)
    }
}
