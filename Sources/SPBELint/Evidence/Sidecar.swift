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

    /// Sidecars come from whoever can write to the folder: one may hold at most this many
    /// entries, and report at most `maxNotices` names it lists that are not there.
    static let maxEntries = 10_000
    static let maxNotices = 100
    static let maxBytes = 1 << 20

    /// Never follows a link out of the tree and never blocks on a FIFO (`SafeFile`).
    init(path: String, displayPath: String, pack: RulePack, messages: Messages) {
        do {
            self.init(bytes: try SafeFile.read(path, limit: Self.maxBytes, followLinks: false), displayPath: displayPath, pack: pack, messages: messages)
        } catch {
            self.init(problem: "\(displayPath): " + messages.label(.error) + messages(.yamlUnreadable, ["reason": error.reason]))
        }
    }

    private init(problem: String) {
        problems = [problem]
    }

    func withProblem(_ problem: String) -> Sidecar {
        var copy = self
        copy.problems.append(problem)
        return copy
    }

    init(bytes: [UInt8], displayPath: String, pack: RulePack, messages: Messages) {
        let sink = DiagnosticSink(messages: messages)
        do {
            guard let node = try YAMLParser(limits: .init(maxBytes: Self.maxBytes)).parse(bytes, file: displayPath) else { return }
            guard let map = MappingReader(node, what: sink.messages(.whatSidecar), sink: sink) else {
                problems = sink.diagnostics.map { $0.localized(messages) }
                return
            }
            let names = map.keys
            if names.count > Self.maxEntries {
                sink.error(.diagSidecarTooMany, ["count": names.count, "limit": Self.maxEntries], at: node.location)
            }
            for name in names.prefix(Self.maxEntries) {
                guard let value = map.node(name), let fields = MappingReader(value, what: sink.messages(.whatSidecarEntry, ["name": name]), sink: sink) else { continue }
                fields.rejectUnknownKeys(allowed: ["kind", "indicator", "level", "year", "note"])
                var entry = Entry(kinds: fields.strings("kind"), indicator: nil, level: fields.int("level"), year: fields.int("year"))
                for kind in entry.kinds ?? [] where pack.kinds[kind] == nil {
                    sink.error(.diagSidecarKind, ["kind": kind, "hint": sink.hint(for: kind, in: pack.kinds.keys.sorted())], at: fields.node("kind")?.location)
                }
                if let level = entry.level, !(1...5).contains(level) {
                    sink.error(.diagLevelRange, ["level": level], at: fields.node("level")?.location)
                }
                if let reference = fields.string("indicator") {
                    if let indicator = pack.indicator(reference) {
                        entry.indicator = indicator.id
                    } else {
                        sink.error(.diagSidecarIndicator, ["id": reference], at: fields.node("indicator")?.location)
                    }
                }
                entries[name] = entry
            }
        } catch let error as YAMLError {
            problems.append(error.localized(messages))
        } catch {
            problems.append("\(displayPath): " + messages.label(.error) + "\(error)")
        }
        problems += sink.diagnostics.map { $0.localized(messages) }
    }

    /// Notices for entries naming files that are not in the folder, at most `maxNotices`.
    func orphanNotices(present: Set<String>, displayPath: String) -> [EvidenceIndex.Notice] {
        let orphans = entries.keys.filter { !present.contains($0) }.sorted()
        var notices = orphans.prefix(Self.maxNotices).map { EvidenceIndex.Notice(code: .sidecarOrphan, path: displayPath, arguments: ["name": $0]) }
        if orphans.count > Self.maxNotices {
            notices.append(.init(code: .sidecar, path: displayPath, arguments: ["detail": "\(orphans.count - Self.maxNotices) more entries name files that are not in the folder"]))
        }
        return notices
    }
}
