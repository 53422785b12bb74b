/// The asesor's notes after the interview, each with what the evidence says about it:
/// a value of the report that every format renders (text, HTML, checklists, JSON, the
/// `follow-up` command), and that a new format can render from `FollowUpSheet` alone.
public struct FollowUp: Sendable {
    /// Where one note stands.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// A file that counts for it was added or changed after the interview.
        case supplied
        /// A file that counts for it was there before the interview: show the asesor where.
        case presentBefore = "present-before"
        /// Files arrived for it after the interview, but none counts (the reasons say why).
        case insufficient
        /// Nothing answers it yet.
        case open
        /// The coordinator marked it `done:` (the only way a manual note closes).
        case done

        /// Still work to do: open, or answered with files that do not count.
        public var isUnanswered: Bool { self == .open || self == .insufficient }
    }

    /// A file that answered (or tried to answer) a note, and the day it last changed.
    public struct File: Sendable, Hashable {
        public var path: String
        public var changed: Day?
    }

    public struct Item: Sendable, Hashable {
        public var note: FollowUpNote
        public var indicatorName: String
        /// The note's owner, else the indicator's.
        public var owner: String?
        /// The requirement the note was tied to (by the config or by its words); nil: the whole indicator.
        public var requirement: String?
        public var requirementDescription: String?
        /// No file can answer it (`requirement: manual`, or an indicator with nothing to upload).
        public var manual: Bool
        public var status: Status
        public var files: [File]
        /// Why it has this status, in the report's words (what does not count, what is missing).
        public var reasons: [String]
        /// The indicator's folder, where code-scanning formats point.
        public var folder: String?
    }

    public var deadline: Deadline
    public var today: Day
    /// File times on disk, or commit times in a git mode.
    public var timeSource: ChangeTimes.Source
    public var items: [Item]

    /// The deadline has passed: what is still open is now an error, not a reminder.
    public var isLate: Bool { deadline.status(on: today) == .passed }
    public var unanswered: [Item] { items.filter { $0.status.isUnanswered } }
    /// How an unanswered note counts in code-scanning formats and the exit code.
    public var severity: Finding.Severity { isLate ? .error : .warning }
    /// `spbe-lint follow-up`: 1 while any note is unanswered, before the deadline and after it.
    public var exitCode: Int32 { unanswered.isEmpty ? 0 : 1 }

    public func count(_ status: Status) -> Int { items.filter { $0.status == status }.count }

    /// Notes by owner: named owners alphabetically whatever their case, the unowned last.
    public var byOwner: [(owner: String?, items: [Item])] {
        NaturalOrder.byOwner(items, owner: \.owner)
    }

    /// The same notes with every text from the config or the tree passed through `transform`.
    public func mappingText(_ transform: (String) -> String) -> FollowUp {
        var copy = self
        copy.items = items.map { item in
            var item = item
            item.note.note = transform(item.note.note)
            item.owner = item.owner.map(transform)
            item.files = item.files.map { File(path: transform($0.path), changed: $0.changed) }
            item.reasons = item.reasons.map(transform)
            item.folder = item.folder.map(transform)
            return item
        }
        return copy
    }
}

extension FollowUp {
    /// One note in JSON (`followUp` in the report, and `spbe-lint follow-up --format json`).
    public struct Entry: Encodable, Sendable {
        public struct FileEntry: Encodable, Sendable { var path: String; var changed: String? }
        var indicator: String; var indicatorName: String; var note: String; var owner: String?; var requirement: String?
        var manual: Bool; var status: String; var files: [FileEntry]; var reason: String?; var done: String?
        var line: Int?
    }

    public var entries: [Entry] {
        items.map { item in
            Entry(indicator: item.note.indicator, indicatorName: item.indicatorName, note: item.note.note, owner: item.owner,
                  requirement: item.requirement, manual: item.manual, status: item.status.rawValue,
                  files: item.files.map { Entry.FileEntry(path: $0.path, changed: $0.changed?.description) },
                  reason: item.reasons.isEmpty ? nil : item.reasons.joined(separator: "; "), done: item.note.done?.description,
                  line: item.note.location?.line)
        }
    }
}
