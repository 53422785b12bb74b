/// What a run could not look at. It is a field of the report, set from the walk before any
/// pass runs, so no pass and no baseline can remove it: the exit code reads it, and a run
/// that did not see everything never passes unless the user accepts that (`--allow-partial`).
public struct RunCoverage: Sendable, Equatable {
    /// Folders the walk could not read (permissions, a path too long).
    public var unreadFolders: [String] = []

    public init(unreadFolders: [String] = []) {
        self.unreadFolders = unreadFolders
    }

    init(index: EvidenceIndex) {
        unreadFolders = index.notices.filter { $0.code == .unreadable }.map(\.path)
    }

    /// Every file the rules should have seen was seen.
    public var isComplete: Bool { unreadFolders.isEmpty }

    /// The finding that tells the user about a gap in coverage: a baseline neither records
    /// nor hides it (a partial run recorded as "known" would pass from then on).
    func reports(_ finding: Finding) -> Bool {
        finding.category == .tree && finding.ruleID.hasSuffix("/tree/" + EvidenceIndex.Notice.Code.unreadable.rawValue)
            && finding.path.map(unreadFolders.contains) == true
    }
}
