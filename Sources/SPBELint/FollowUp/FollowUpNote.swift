/// One request the asesor made at the penilaian interviu, as the coordinator wrote it in
/// the config's `follow-up:` ("akan disusulkan"): what is still missing for an indicator.
public struct FollowUpNote: Sendable, Hashable {
    /// The indicator id in the pack (as written until the config is bound to a pack).
    public var indicator: String
    /// The asesor's words.
    public var note: String
    /// The OPD that must answer it; nil: the indicator's owner.
    public var owner: String?
    /// A requirement id of the indicator, or `manual`; nil: matched from the note's words.
    public var requirement: String?
    /// The day the coordinator marked it answered: the only way a note the files cannot
    /// show (a manual level) stops being open.
    public var done: Day?
    /// The entry in the config, for diagnostics and code-scanning locations.
    public var location: SourceLocation?
    var indicatorLocation: SourceLocation?
    var requirementLocation: SourceLocation?

    public init(indicator: String, note: String, owner: String? = nil, requirement: String? = nil, done: Day? = nil, location: SourceLocation? = nil) {
        self.indicator = indicator
        self.note = note
        self.owner = owner
        self.requirement = requirement
        self.done = done
        self.location = location
    }

    /// The requirement id that says "a person decides": no file can answer the note.
    public static let manual = "manual"

    /// Reads one `follow-up:` entry; nil (with diagnostics) when it cannot be used.
    static func decode(_ item: YAMLNode, sink: DiagnosticSink) -> FollowUpNote? {
        guard let fields = MappingReader(item, what: sink.messages(.whatFollowUp), sink: sink) else { return nil }
        fields.rejectUnknownKeys(allowed: ConfigSchema.followUp.keys)
        let indicator = fields.string("indicator", required: true)
        let note = fields.string("note", required: true)
        if let note, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            sink.error(.diagFollowUpNote, [:], at: fields.location(of: "note"))
        }
        var done: Day?
        if let text = fields.string("done") {
            done = Day(text)
            if done == nil { sink.error(.diagNotADate, ["key": "done", "value": text], at: fields.location(of: "done")) }
        }
        let owner = fields.string("owner").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let requirement = fields.string("requirement").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard let indicator, let note else { return nil }
        var result = FollowUpNote(indicator: indicator, note: note, owner: owner, requirement: requirement, done: done, location: item.location)
        result.indicatorLocation = fields.location(of: "indicator") ?? item.location
        result.requirementLocation = fields.location(of: "requirement") ?? item.location
        return result
    }
}

extension FollowUpNote {
    /// Ties the notes to the pack: an unknown indicator or requirement is an error at its
    /// line, with the nearest name, never a note that silently tracks nothing.
    static func bind(_ entries: [FollowUpNote], to pack: RulePack, lookup: RulePack.IndicatorLookup, sink: DiagnosticSink) -> [FollowUpNote] {
        var bound: [FollowUpNote] = []
        for entry in entries {
            guard let indicator = lookup.indicator(entry.indicator) else {
                sink.error(.diagConfigUnknownIndicator, ["id": entry.indicator, "pack": pack.framework.id, "hint": sink.hint(for: entry.indicator, in: pack.indicators.map(\.id))], at: entry.indicatorLocation)
                continue
            }
            if let requirement = entry.requirement, requirement != manual,
               !indicator.levels.contains(where: { $0.requirements.contains { $0.id == requirement } }) {
                let known = Set(indicator.levels.flatMap { $0.requirements.map(\.id) }).sorted() + [manual]
                sink.error(.diagWaiverRequirement, ["id": indicator.id, "requirement": requirement, "hint": sink.hint(for: requirement, in: known), "known": known.joined(separator: ", ")], at: entry.requirementLocation)
                continue
            }
            var note = entry
            note.indicator = indicator.id
            bound.append(note)
        }
        return bound
    }
}
