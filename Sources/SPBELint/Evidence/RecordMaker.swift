/// Turns one file name, seen in a folder, into an index record: its kinds, year, level
/// and indicator, all read from the name's bytes. Shared by the walk and `--staged`.
struct RecordMaker: Sendable {
    /// What the folders above a file say about it.
    struct Context: Sendable {
        /// Position in the pack's indicators.
        var indicator: Int?
        var level: Int?
        /// Relative path of the folder that tied the indicator.
        var folder: String?
    }

    /// Per-worker buffers, reused for every name.
    struct Scratch {
        let classifier = EvidenceClassifier.Scratch()
    }

    let pack: RulePack
    let conventions: Conventions
    let classifier: EvidenceClassifier
    let indicatorIDs: [String]
    let indicatorNumbers: [Int]
    /// Indicator number → position (the first indicator with that number).
    let positionOfNumber: [Int: Int]
    let positionOfID: [String: Int]
    /// Per first byte, the file-name conventions that can start with it
    /// (`Conventions.fileCandidates`): most names start with none, and are not tried at all.
    let fileConventionCandidates: [UInt64]?

    init(pack: RulePack, conventions: Conventions) {
        self.pack = pack
        self.conventions = conventions
        self.classifier = EvidenceClassifier(catalogue: pack.catalogue)
        indicatorIDs = pack.indicators.map(\.id)
        indicatorNumbers = pack.indicators.map(\.number)
        positionOfNumber = Dictionary(pack.indicators.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
        positionOfID = Dictionary(pack.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        fileConventionCandidates = conventions.fileCandidates
    }

    /// The context inside a sub-folder called `name` (at `path`).
    func enter(folder name: String, path: String, from context: Context) -> Context {
        var next = context
        guard var match = conventions.matchFolder(name) else { return next }
        if match.number != nil, LeadingNumber.isDateOrOutline(name) || conventions.isOfficeFolder(name) { match.number = nil }
        if next.indicator == nil, let number = match.number, let indicator = positionOfNumber[number] {
            next.indicator = indicator
            next.folder = path
            next.level = match.level ?? next.level
        } else if let level = match.level, match.number == nil || next.indicator != nil {
            next.level = level
        }
        return next
    }

    /// `name` lies in `arena` at `nameStart`; `path` builds the file's relative path,
    /// only needed for a notice.
    func record(name: UnsafeBufferPointer<UInt8>, nameStart: Int, context: Context, sidecar: Sidecar.Entry?,
                scratch: inout Scratch, notices: inout [EvidenceIndex.Notice], path: () -> String) -> EvidenceStore.Record {
        let extLength = EvidenceFile.extensionLength(name)
        var record = EvidenceStore.Record(nameStart: UInt32(nameStart), nameLength: UInt16(name.count), extLength: UInt16(extLength), folder: 0)
        (record.kindMask, record.nearKindMask) = classifier.classify(name: name, extensionLength: extLength, scratch: scratch.classifier)
        record.year = Int16(EvidenceFile.year(inBytes: name) ?? 0)
        // In UTF-8 a byte below 0x20 or 0x7F is always that control character. Gathered in
        // locals, one pass the compiler can vectorise: setting the record's flags byte by
        // byte was most of classifying a name (#28).
        var allBits: UInt8 = 0
        var control = false
        for index in 0..<name.count {
            let byte = name[index]
            allBits |= byte
            control = control || byte < 0x20 || byte == 0x7F
        }
        if control { record.nameFlags |= EvidenceStore.Record.controlCharacters }
        if allBits >= 0x80 { record.nameFlags |= EvidenceStore.Record.nonASCII }
        // C1 controls, bidi overrides and line separators are multi-byte: only names that
        // are not ASCII (few) are decoded to look for them.
        if record.nameFlags & EvidenceStore.Record.nonASCII != 0,
           String(decoding: name, as: UTF8.self).unicodeScalars.contains(where: TerminalText.isUnsafe) {
            record.nameFlags |= EvidenceStore.Record.controlCharacters
        }
        let isASCII = record.nameFlags & EvidenceStore.Record.nonASCII == 0
        var match: NamePattern.Match?
        if let candidates = fileConventionCandidates {
            let among = name.first.map { candidates[Int($0)] } ?? 0
            match = among == 0 ? nil : conventions.matchFile(bytes: name, isASCII: isASCII, candidates: among)
        } else {
            match = conventions.matchFile(bytes: name, isASCII: isASCII)
        }
        if match?.number != nil, LeadingNumber.isDateOrOutline(name) { match?.number = nil }
        record.level = Int8(match?.level ?? context.level ?? 0)
        if let position = context.indicator {
            record.indicator = Int16(position)
            record.assignment = EvidenceStore.Record.code(.folder)
            if let number = match?.number, number != indicatorNumbers[position], let other = positionOfNumber[number] {
                notices.append(.init(code: .nameConflict, path: path(), arguments: ["named": indicatorIDs[other], "filed": indicatorIDs[position]]))
            }
        } else if let number = match?.number, let position = positionOfNumber[number] {
            record.indicator = Int16(position)
            record.assignment = EvidenceStore.Record.code(.fileName)
        }
        if let entry = sidecar {
            if let kinds = entry.kinds {
                record.kindMask = pack.catalogue.mask(kinds)
                record.nearKindMask = 0
            }
            if let indicator = entry.indicator, let position = positionOfID[indicator] {
                record.indicator = Int16(position)
                record.assignment = EvidenceStore.Record.code(.sidecar)
            }
            if let level = entry.level, (1...5).contains(level) { record.level = Int8(level) }
            if let year = entry.year { record.year = Int16(clamping: year) }
        }
        return record
    }
}
