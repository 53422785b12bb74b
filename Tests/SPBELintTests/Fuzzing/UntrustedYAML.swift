// Not part of the shipped library: the test suite compiles this against SPBELint, and
// scripts/fuzz.sh compiles it into the library's own module (-D FUZZING) with libFuzzer.
#if !FUZZING
@testable import SPBELint
@testable import SPBELintReport
#endif

/// Every reader of user-written YAML at once, on arbitrary bytes: the parser, rule-pack
/// validation, config decoding and the holiday-calendar reader. The libFuzzer target
/// (`fuzz/FuzzRules.swift`) and the replay test of saved fuzz inputs both go through
/// here, so a crash the fuzzer finds is replayed by `swift test` exactly as found.
enum UntrustedYAML {
    enum Outcome: Equatable {
        /// The bytes are not YAML we accept (syntax, encoding, limits); nothing was decoded.
        case refused
        /// Parsed and decoded; how many problems the decoders reported.
        case decoded(diagnostics: Int)
    }

    /// Limits tighter than a real load, so one input cannot take the fuzzer's memory.
    static let limits = YAMLParser.Limits(maxBytes: 1 << 20, maxDepth: 64, maxNodes: 100_000)

    static func exercise(_ bytes: [UInt8]) -> Outcome {
        let parsed: YAMLNode?
        do { parsed = try YAMLParser(limits: limits).parse(bytes, file: "fuzz.yaml") } catch { return .refused }
        guard let node = parsed else { return .decoded(diagnostics: 0) }
        let sink = DiagnosticSink()
        _ = RulePackDecoder(sink: sink, source: "fuzz.yaml").decode(node)
        var configuration = Configuration()
        Configuration.decode(node, into: &configuration, sink: sink)
        var calendar = HolidayCalendar()
        calendar.load(node, sink: sink)
        // Rendering runs the message templates on whatever text the input carried.
        for diagnostic in sink.diagnostics { _ = diagnostic.description }
        return .decoded(diagnostics: sink.diagnostics.count)
    }
}
