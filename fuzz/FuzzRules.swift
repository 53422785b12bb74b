// libFuzzer entry point: every input must come back as a value or a diagnostic, never
// a crash, a hang or unbounded memory. Built by scripts/fuzz.sh into the same module
// as the library, so internal decoders are reachable. The work is in
// Tests/SPBELintTests/Fuzzing/UntrustedYAML.swift, which the test suite replays.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = UntrustedYAML.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
