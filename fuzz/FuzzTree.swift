// libFuzzer entry point for what a shared drive lets a stranger write: a config, a
// sidecar and file names, through the index, the evaluation and every reporter. Built
// by scripts/fuzz.sh into the same module as the library. The work is in
// Tests/SPBELintTests/Fuzzing/UntrustedTree.swift, which the test suite replays.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTree(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = UntrustedTree.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
