// libFuzzer entry point over the YAML loader, rule-pack validation, config decoding
// and the calendar reader: every input must come back as a value or a diagnostic,
// never a crash, a hang or unbounded memory. Built by scripts/fuzz.sh into the same
// module as the library, so internal decoders are reachable.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = YAMLParser(limits: .init(maxBytes: 1 << 20, maxDepth: 64, maxNodes: 100_000))
    guard let node = try? parser.parse(bytes, file: "fuzz.yaml") else { return 0 }
    let sink = DiagnosticSink()
    _ = RulePackDecoder(sink: sink, source: "fuzz.yaml").decode(node)
    var configuration = Configuration()
    Configuration.decode(node, into: &configuration, sink: sink)
    var calendar = HolidayCalendar()
    calendar.load(node, sink: sink)
    for diagnostic in sink.diagnostics { _ = diagnostic.description }
    return 0
}
