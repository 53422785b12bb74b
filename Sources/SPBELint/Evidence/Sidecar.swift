/// A per-folder `.bukti.yaml` that says what a file is when its name does not:
///
///     IMG_2034.jpg: {kind: foto, indicator: "19"}
///     "Dokumen 1.pdf": {kind: [sk], level: 2}
struct Sidecar: Sendable {
    static let fileName = ".bukti.yaml"

    struct Entry: Sendable {
        var kinds: [String]?
        var indicator: String?
        var level: Int?
        var year: Int?
    }

    var entries: [String: Entry] = [:]
    var problems: [String] = []

    init(path: String, displayPath: String, pack: RulePack, messages: Messages) {
        let sink = DiagnosticSink(messages: messages)
        do {
            guard let node = try YAMLParser(limits: .init(maxBytes: 1 << 20)).parseFile(atPath: path, displayName: displayPath) else { return }
            guard let map = MappingReader(node, what: sink.messages("what.sidecar"), sink: sink) else {
                problems = sink.diagnostics.map(\.description)
                return
            }
            for name in map.keys {
                guard let value = map.node(name), let fields = MappingReader(value, what: sink.messages("what.sidecar-entry", ["name": name]), sink: sink) else { continue }
                fields.rejectUnknownKeys(allowed: ["kind", "indicator", "level", "year", "note"])
                var entry = Entry(kinds: fields.strings("kind"), indicator: nil, level: fields.int("level"), year: fields.int("year"))
                for kind in entry.kinds ?? [] where pack.kinds[kind] == nil {
                    sink.error("diag.sidecar-kind", ["kind": kind, "hint": sink.hint(for: kind, in: pack.kinds.keys.sorted())], at: fields.node("kind")?.location)
                }
                if let level = entry.level, !(1...5).contains(level) {
                    sink.error("diag.level-range", ["level": level], at: fields.node("level")?.location)
                }
                if let reference = fields.string("indicator") {
                    if let indicator = pack.indicator(reference) {
                        entry.indicator = indicator.id
                    } else {
                        sink.error("diag.sidecar-indicator", ["id": reference], at: fields.node("indicator")?.location)
                    }
                }
                entries[name] = entry
            }
        } catch let error as YAMLError {
            problems.append(error.localized(messages))
        } catch {
            problems.append("\(displayPath): error: \(error)")
        }
        problems += sink.diagnostics.map(\.description)
    }
}
