/// Some files of an index, in walk order. Elements are built when read, so passing an
/// indicator's 20,000 files around costs one array of positions, not 20,000 structs.
public struct EvidenceFiles: RandomAccessCollection, Sendable, Hashable {
    let store: EvidenceStore
    /// Positions in the store; nil means every file.
    let positions: [Int32]?

    init(store: EvidenceStore, positions: [Int32]? = nil) {
        self.store = store
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions?.count ?? store.records.count }

    public subscript(index: Int) -> EvidenceFile {
        store.file(at: position(index))
    }

    /// The store position of the file at `index`.
    func position(_ index: Int) -> Int {
        positions.map { Int($0[index]) } ?? index
    }

    func record(_ index: Int) -> EvidenceStore.Record {
        store.records[position(index)]
    }

    func path(_ index: Int) -> String {
        store.path(at: position(index))
    }

    /// The first file's path, without building the rest.
    public var firstPath: String? {
        isEmpty ? nil : path(0)
    }

    /// Relative paths, in order.
    public var paths: [String] {
        indices.map(path)
    }

    /// Some of these files, by index.
    func subset(_ indices: [Int32]) -> EvidenceFiles {
        EvidenceFiles(store: store, positions: indices.map { Int32(position(Int($0))) })
    }

    /// The folder that tied the indicator, for the first file that has one.
    var firstIndicatorFolder: String? {
        for index in indices {
            if let folder = store.folders[Int(record(index).folder)].indicatorFolder { return folder }
        }
        return nil
    }

    public static func == (lhs: EvidenceFiles, rhs: EvidenceFiles) -> Bool {
        lhs.count == rhs.count && (lhs.store === rhs.store && lhs.positions == rhs.positions || lhs.elementsEqual(rhs))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
