/// The index in compact form: one plain record per file, and each folder's file names
/// in one byte arena. A 100,000-file tree would otherwise be 100,000 structs of strings and
/// arrays, allocated by the walk and retained and released at every copy; here a
/// `String` exists only for a file something actually reports.
final class EvidenceStore: Sendable {
    /// No references, so copying one costs a few words.
    struct Record: Sendable {
        var nameStart: UInt32
        var nameLength: UInt16
        /// Bytes after the last dot (0: no extension).
        var extLength: UInt16
        var folder: UInt32
        /// Position in `indicatorIDs`; -1 when the file is tied to no indicator.
        var indicator: Int16 = -1
        /// 0 when unknown.
        var level: Int8 = 0
        var assignment: UInt8 = 0
        /// 0 when the name shows none.
        var year: Int16 = 0
        /// `controlCharacters` and `nonASCII` of the name, found once while classifying so
        /// the file-name checks need not read the name again.
        var nameFlags: UInt8 = 0

        static let controlCharacters: UInt8 = 1
        static let nonASCII: UInt8 = 2
        var kindMask: UInt64 = 0
        var nearKindMask: UInt64 = 0

        var hasIndicator: Bool { indicator >= 0 }
        var levelValue: Int? { level > 0 ? Int(level) : nil }
        var yearValue: Int? { year > 0 ? Int(year) : nil }

        static let assignments: [EvidenceFile.Assignment?] = [nil, .folder, .fileName, .sidecar]

        static func code(_ assignment: EvidenceFile.Assignment) -> UInt8 {
            UInt8(assignments.firstIndex(of: assignment) ?? 0)
        }
    }

    struct Folder: Sendable {
        /// Relative to the evidence root, "" for the root itself.
        var path: String
        /// The names of the folder's files, back to back; records point into it.
        var names: [UInt8] = []
        /// The indicator folder this folder lies in (set when the folder tied the indicator).
        var indicatorFolder: String?
    }

    let records: [Record]
    let folders: [Folder]
    let kinds: KindCatalogue
    let indicatorIDs: [String]

    init(records: [Record], folders: [Folder], kinds: KindCatalogue, indicatorIDs: [String]) {
        self.records = records
        self.folders = folders
        self.kinds = kinds
        self.indicatorIDs = indicatorIDs
    }

    /// The file's name bytes, for code that must not build a String.
    func withName<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let record = records[position]
        return folders[Int(record.folder)].names.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.nameStart)..<(Int(record.nameStart) + Int(record.nameLength))]))
        }
    }

    func name(at position: Int) -> String {
        let record = records[position]
        return folders[Int(record.folder)].names.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[Int(record.nameStart)..<(Int(record.nameStart) + Int(record.nameLength))]), as: UTF8.self)
        }
    }

    /// The name without its extension, as `EvidenceFile.stem` has it, without building
    /// the whole file value (the evaluator asks per file and requirement).
    func stem(at position: Int) -> String {
        let record = records[position]
        let name = name(at: position)
        return record.extLength == 0 ? name : String(name.utf8.dropLast(Int(record.extLength) + 1)) ?? name
    }

    func path(at position: Int) -> String {
        let folder = folders[Int(records[position].folder)].path
        let name = name(at: position)
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// The lower-case extension, as `EvidenceFile.ext` has it.
    func ext(at position: Int) -> String {
        let record = records[position]
        guard record.extLength > 0 else { return "" }
        let end = Int(record.nameStart) + Int(record.nameLength)
        return String(decoding: folders[Int(record.folder)].names[(end - Int(record.extLength))..<end].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    func indicatorID(at position: Int) -> String? {
        let indicator = records[position].indicator
        return indicator >= 0 ? indicatorIDs[Int(indicator)] : nil
    }

    /// The full value type, for reports and tests.
    func file(at position: Int) -> EvidenceFile {
        let record = records[position]
        return EvidenceFile(
            path: path(at: position), name: name(at: position), ext: ext(at: position),
            indicator: indicatorID(at: position), level: record.levelValue,
            assignment: EvidenceFile.Assignment.fromCode(record.assignment),
            indicatorFolder: folders[Int(record.folder)].indicatorFolder,
            kinds: self.kinds.names(record.kindMask),
            nearKinds: self.kinds.names(record.nearKindMask),
            kindMask: record.kindMask, nearKindMask: record.nearKindMask, year: record.yearValue
        )
    }
}

extension EvidenceFile.Assignment {
    static func fromCode(_ code: UInt8) -> Self? {
        Int(code) < EvidenceStore.Record.assignments.count ? EvidenceStore.Record.assignments[Int(code)] : nil
    }
}
