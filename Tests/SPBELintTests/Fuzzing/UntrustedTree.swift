// Not part of the shipped library: the test suite compiles this against SPBELint, and
// scripts/fuzz.sh compiles it into the library's own module (-D FUZZING) with libFuzzer.
#if !FUZZING
@testable import SPBELint
@testable import SPBELintReport
#endif

/// Everything a shared evidence drive lets a stranger write, at once, from arbitrary
/// bytes: a config (with its ignore patterns and conventions), a `.bukti.yaml` sidecar,
/// and any number of file and folder names, run through the index, the evaluation and
/// every reporter in both languages. The second libFuzzer entry (`fuzz/FuzzTree.swift`)
/// and the replay of saved `tree-*` inputs both go through here.
///
/// Input layout: parts separated by NUL bytes (a NUL can never occur in a name):
/// the config, then the sidecar placed in folder `01`, then one path per part.
enum UntrustedTree {
    /// Shared across inputs: loading the shipped pack once keeps the fuzzer on the tree.
    static let pack: RulePack? = try? RulePackLoader().load(reference: "spbe-2020")

    /// Returns the total size of everything rendered, so nothing is optimised away.
    @discardableResult
    static func exercise(_ bytes: [UInt8], all: Bool = false) -> Int {
        guard let pack else { return 0 }
        let parts = bytes.split(separator: 0, maxSplits: 4096, omittingEmptySubsequences: false).map(Array.init)
        var configuration = Configuration()
        let sink = DiagnosticSink()
        if let configBytes = parts.first, let node = try? YAMLParser(limits: UntrustedYAML.limits).parse(configBytes, file: "fuzz.yaml") {
            Configuration.decode(node, into: &configuration, sink: sink)
            try? configuration.bind(to: pack)
        }
        let sidecarBytes = parts.count > 1 ? parts[1] : []
        // Raw bytes, as git lists them: a name that is not UTF-8 meets the walk's rule.
        var listing = parts.dropFirst(2).compactMap { part -> GitIndex.Entry? in
            part.isEmpty ? nil : GitIndex.Entry(bytes: part, kind: .file)
        }
        if !sidecarBytes.isEmpty { listing.append(GitIndex.Entry(path: "01/" + Sidecar.fileName, kind: .file)) }
        let ignore = IgnoreMatcher(patterns: configuration.ignore)
        var scanner = EvidenceScanner(pack: pack, conventions: configuration.conventions, ignore: ignore, ignoreBase: "")
        scanner.messages = .english
        let index = scanner.index(listing: listing, root: "/nonexistent/spbe-lint-fuzz") { path in
            Sidecar(bytes: sidecarBytes, displayPath: path, pack: pack, messages: .english)
        }
        // One format, language and mode per input, chosen by its bytes: the fuzzer stays
        // fast, and over a corpus every combination is exercised. `all` renders every one.
        let choice = bytes.reduce(0) { ($0 &* 31) &+ Int($1) } & Int.max
        var total = 0
        for language in all ? [Messages.Language.en, .id] : [choice % 2 == 0 ? .en : .id] {
            var options = Linter.Options(context: RunContext(today: Day(year: 2026, month: 9, day: 23)!, language: language))
            options.namesOnly = true
            guard let report = try? Linter(options: options).report(pack: pack, configuration: configuration, index: index) else { continue }
            let reporters = all ? Reporters.all : [Reporters.all[(choice / 2) % Reporters.all.count]]
            for reporter in reporters {
                for quiet in all ? [false, true] : [(choice / 16) % 2 == 1] {
                    let made = Reporters.make(reporter.identifier, options: ReporterOptions(colored: quiet, groupByOwner: quiet, quiet: quiet))
                    total += made?.report(report).utf8.count ?? 0
                }
            }
        }
        return total
    }
}
