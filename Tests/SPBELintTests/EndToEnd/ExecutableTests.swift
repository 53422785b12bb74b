import Foundation
import Testing

/// The suite writes programs and starts them while other tests start theirs (CI failed
/// once on "Text file busy" starting a fresh copy of spbe-lint). A program still open for
/// writing somewhere starts once that writer lets go, and is never started half-written.
@Suite("Programs the suite writes")
struct ExecutableTests {
    @Test func aProgramHeldOpenForWritingStartsOnceLetGo() throws {
        let bin = TempTree("bin")
        let program = bin.path("program")
        try Executable.write(script: "#!/bin/sh\necho started\n", to: program)
        // The writer another test's child would be: this process, for a quarter second.
        let writer = open(program, O_WRONLY | O_CLOEXEC)
        try #require(writer >= 0)
        // Control: while it is held, the kernel refuses to start it (else this test could
        // not fail).
        #expect(throws: (any Error).self) { try Shell.run(program, [], waitWhileBusy: false) }
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.25) {
            close(writer)
            released.signal()
        }
        let result = try Shell.run(program, [])
        released.wait()
        #expect(result.status == 0 && result.stdout == "started\n", "\(result)")
    }

    /// Written only where nothing was: a program is never written over another file.
    @Test func writesOnlyNewFilesThatRun() throws {
        let bin = TempTree("bin")
        let existing = bin.file("existing", "keep")
        #expect(throws: (any Error).self) { try Executable.write(script: "#!/bin/sh\n", to: existing) }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep")
        let copy = bin.path("true copy")
        try Executable.copy("/bin/true", to: copy)
        #expect(FileManager.default.isExecutableFile(atPath: copy))
        #expect(try Shell.run(copy, []).status == 0)
    }
}
