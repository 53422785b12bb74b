/// A sort of supporting document (bukti dukung) and how to recognise it from a file name.
public struct EvidenceKind: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    /// Already normalised (lower-case words joined by single spaces). A trailing `*`
    /// matches any word that starts with the rest.
    public var keywords: [String]
    /// Lower-case, without the dot. Empty means any extension.
    public var extensions: [String]
    /// Kinds this one gives way to when their keyword comes first in the name:
    /// "Laporan Reviu Perwali …" is a report about a Perwali, not a Perwali.
    public var yieldsTo: [String] = []
    /// Files of this kind are drafts (rancangan, konsep, belum ditetapkan): they cannot meet
    /// a requirement that asks for an enacted (ditetapkan) document.
    public var marksDraft = false
    /// Kinds this one removes whenever both are named, whatever the word order: the
    /// specific document wins ("Laporan Tindak Lanjut …" is a tindak-lanjut, not a laporan).
    public var supersedes: [String] = []
    /// Extensions that make a file this kind whatever its name (`srikandi.url` is a link).
    public var extensionsAlone: [String] = []
    /// Title phrases that state this kind when a document's first page opens with one
    /// ("peraturan wali kota"): read from the text, they outrank the file name.
    public var contentTitles: [String] = []
    /// Documents of this kind are issued by the instansi itself (its Perwali, its SK):
    /// one issued by another Pemda is not its evidence.
    public var contentIssuedByInstansi = false
    /// Regulations and decisions: without a nomor and a place of enactment the text is a draft.
    public var contentEnactable = false
    /// `issuer: pusat`: a ministry's or national agency's document, never a Pemda's own.
    public var contentIssuedByPusat = false
    /// `carries:`: kinds a document of this kind may also be, so its title does not
    /// contradict a name saying so ("SOP …" enacted by Keputusan, #23).
    public var contentCarries: [String] = []
    /// `alone: true`: a document whose text is this kind is none of the other kinds its
    /// name says (an invitation to a review is not the review), unless the name says it
    /// is this kind too (a combined file).
    public var contentAlone = false
    public var location: SourceLocation?

    public init(id: String, name: String, description: String? = nil, keywords: [String], extensions: [String], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.keywords = keywords.map(NameNormalizer.normalizeKeyword).filter { !$0.isEmpty && $0 != "*" }
        self.extensions = extensions.map { $0.lowercased().trimmingPrefix(".") }.map(String.init)
        self.location = location
    }
}
