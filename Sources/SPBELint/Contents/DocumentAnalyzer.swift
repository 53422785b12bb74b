/// Reads the facts an asesor checks from a document's text. Pure and cheap: the same text
/// always gives the same facts, whatever produced it (a PDF text layer or OCR), so every
/// rule is tested on plain text without poppler or Tesseract.
///
/// The title is looked for in the first lines of the first page only: an invitation
/// says "Perihal: Undangan" near its top, a Perwali says "PERATURAN WALI KOTA …" near
/// its top, and both may mention the other further down.
public struct DocumentAnalyzer: Sendable {
    /// A phrase that states a kind when it opens a title line ("peraturan wali kota" → perkada).
    struct Title: Sendable {
        var kind: String
        var words: [String]
    }

    let titles: [Title]
    /// Kinds whose documents are issued by the instansi itself: their issuer is compared
    /// with the config's `instansi`.
    let ownIssuer: Set<String>
    /// Kinds that are regulations or decisions: a missing nomor and place of enactment
    /// make one a draft.
    let enactable: Set<String>
    /// The draft words, from the keywords of the catalogue's `marks-draft` kinds (draft,
    /// rancangan, ranper*, konsep …): the same words mark a draft by name and by text.
    let draftWords: [(words: [String], prefix: Bool)]

    /// How far into the first page a title may stand.
    static let titleLines = 25

    public init(catalogue: KindCatalogue) {
        var titles: [Title] = []
        for kind in catalogue.kinds {
            for phrase in kind.contentTitles {
                titles.append(Title(kind: kind.id, words: NameNormalizer.normalize(phrase).split(separator: " ").map(String.init)))
            }
        }
        // Longer phrases first: "peraturan daerah" must not be read as "peraturan …" of another kind.
        self.titles = titles.sorted { $0.words.count > $1.words.count }
        ownIssuer = Set(catalogue.kinds.filter(\.contentIssuedByInstansi).map(\.id))
        enactable = Set(catalogue.kinds.filter(\.contentEnactable).map(\.id))
        draftWords = catalogue.kinds.filter(\.marksDraft).flatMap(\.keywords).map { keyword in
            let prefix = keyword.hasSuffix("*")
            return ((prefix ? String(keyword.dropLast()) : keyword).split(separator: " ").map(String.init), prefix)
        }
    }

    /// Names this analysis for the cache of facts: every input besides the text (the
    /// catalogue's titles, issuers, enactable kinds and draft words), the cache's format
    /// and the program's version, so a new release or a changed catalogue analyses again.
    var fingerprint: String {
        let titles = self.titles.map { "\($0.kind)=\($0.words.joined(separator: " "))" }.joined(separator: ";")
        let drafts = draftWords.map { $0.words.joined(separator: " ") + ($0.prefix ? "*" : "") }.joined(separator: ";")
        return [SPBELintVersion.current, String(DocumentCache.version), titles, ownIssuer.sorted().joined(separator: ","),
                enactable.sorted().joined(separator: ","), drafts].joined(separator: "\n")
    }

    /// Facts from the text of a document's first pages (`first`) and its last page.
    public func analyze(first: String, last: String = "", pages: Int, source: DocumentFacts.Source) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.source = source
        facts.pages = pages
        // Only the head of the first page is searched for a title: stop splitting there.
        let lines = Self.headLines(first, count: Self.titleLines)
        var titleLine = lines.count - 1
        // The title: the earliest line that opens with a known phrase.
        outer: for (offset, line) in lines.enumerated() {
            let words = NameNormalizer.normalize(line).split(separator: " ").map(String.init)
            for start in 0..<min(words.count, 4) {
                for title in titles where words.count - start >= title.words.count
                    && Array(words[start..<(start + title.words.count)]) == title.words {
                    facts.kind = title.kind
                    facts.title = line
                    // "PERATURAN WALI KOTA SUKAMAJU" or the next line(s) hold the issuer.
                    // The issuer is named only where the title names a region's head or the
                    // region ("PERATURAN BUPATI KABUPATEN LAIN", "PERATURAN DAERAH KOTA X"); a
                    // "KEPUTUSAN KEPALA DINAS …" names an office, not a place.
                    let rest = words[(start + title.words.count)...].prefix { $0 != "nomor" && $0 != "no" && $0 != "tentang" }
                    if let head = title.words.last, Self.regionalHeads.contains(head), !rest.isEmpty {
                        facts.issuer = (Array(title.words.dropFirst()) + rest).joined(separator: " ").uppercased()
                    }
                    titleLine = offset
                    break outer
                }
            }
        }
        // The nomor stands in the head; "ditetapkan di" in the signature block at the end of
        // the first pages or on the last page. The body between says neither.
        let tail = String(first.suffix(3_000))
        let searched = lines.joined(separator: "\n") + "\n" + (first.count > 3_000 ? tail : first) + "\n" + last
        let tokens = NameNormalizer.normalize(searched).split(separator: " ").map(String.init)
        (facts.nomor, facts.tahun) = Self.nomorAndTahun(tokens)
        if facts.tahun == nil {
            // A report states its year in its title ("LAPORAN HASIL AUDIT … TAHUN 2021").
            let head = NameNormalizer.normalize(lines.joined(separator: " ")).split(separator: " ").map(String.init)
            if let at = head.firstIndex(of: "tahun"), at + 1 < head.count, let year = Int(head[at + 1]), (1945...2100).contains(year) {
                facts.tahun = year
            }
        }
        // Draft markers count above the title and on lines of their own ("DRAFT" stamped
        // across the page, "DRAFT FINAL"); "membahas rancangan …" in a letter's body is not one.
        let markerLines = lines.enumerated().compactMap { offset, line -> [String]? in
            let words = NameNormalizer.normalize(line).split(separator: " ").map(String.init)
            let ownLine = words.allSatisfy { word in word.count <= 2 || word == "final" || draftMarker(in: [word]) != nil }
            return offset <= titleLine || ownLine ? words : nil
        }
        facts.status = status(of: facts, tokens: tokens, markerLines: markerLines, evidence: &facts.statusEvidence)
        return facts
    }

    /// The first `count` non-empty lines, trimmed, without splitting the rest of the text.
    static func headLines(_ text: String, count: Int) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        func flush() {
            var start = 0, end = current.count
            while start < end, current[start] == 32 || current[start] == 9 || current[start] == 13 { start += 1 }
            while end > start, current[end - 1] == 32 || current[end - 1] == 9 || current[end - 1] == 13 { end -= 1 }
            if end > start { lines.append(String(decoding: current[start..<end], as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == 10 || byte == 12 {
                flush()
                if lines.count == count { return lines }
            } else {
                current.append(byte)
            }
        }
        flush()
        return Array(lines.prefix(count))
    }

    static let regionalHeads: Set<String> = ["kota", "walikota", "bupati", "gubernur", "daerah"]

    /// The first draft word or phrase in `words`, as written there ("DRAFT").
    func draftMarker(in words: [String]) -> String? {
        for start in words.indices {
            for draft in draftWords where start + draft.words.count <= words.count {
                let candidate = Array(words[start..<(start + draft.words.count)])
                let matches = zip(candidate, draft.words).enumerated().allSatisfy { index, pair in
                    draft.prefix && index == draft.words.count - 1 ? pair.0.hasPrefix(pair.1) : pair.0 == pair.1
                }
                if matches { return candidate.joined(separator: " ").uppercased() }
            }
        }
        return nil
    }

    /// "NOMOR 5 TAHUN 2024" (or "Nomor : 800/123/2024"): the first nomor and its year.
    static func nomorAndTahun(_ tokens: [String]) -> (String?, Int?) {
        for index in tokens.indices where tokens[index] == "nomor" || tokens[index] == "no" {
            let after = tokens[(index + 1)...].prefix(8)
            guard let first = after.first, first.first?.isNumber == true else { continue }
            var tahun: Int?
            if let at = after.firstIndex(of: "tahun"), at + 1 < tokens.count, let year = Int(tokens[at + 1]), (1945...2100).contains(year) {
                tahun = year
            } else if let year = after.compactMap({ Int($0) }).last(where: { (1945...2100).contains($0) }) {
                tahun = year
            }
            return (first, tahun)
        }
        return (nil, nil)
    }

    private func status(of facts: DocumentFacts, tokens: [String], markerLines: [[String]], evidence: inout String?) -> DocumentFacts.Status {
        for line in markerLines {
            if let marker = draftMarker(in: line) {
                evidence = marker
                return .draft
            }
        }
        let enacted = Self.phrase(["ditetapkan", "di"], in: tokens) ?? Self.phrase(["diundangkan", "di"], in: tokens)
        if let enacted, facts.nomor != nil {
            evidence = enacted
            return .enacted
        }
        if let kind = facts.kind, enactable.contains(kind), enacted == nil, facts.nomor == nil {
            evidence = nil
            return .draft
        }
        return .unknown
    }

    /// The phrase and the word after it ("ditetapkan di sukamaju"), if the tokens hold it.
    static func phrase(_ words: [String], in tokens: [String]) -> String? {
        guard tokens.count > words.count else { return nil }
        for start in 0..<(tokens.count - words.count) where Array(tokens[start..<(start + words.count)]) == words {
            return (tokens[start..<(start + words.count)] + [tokens[start + words.count]]).joined(separator: " ")
        }
        return nil
    }

    /// Whether the document was issued by this instansi: the issuer's place name must be
    /// among the words of the config's `instansi` ("WALI KOTA SUKAMAJU" and "Pemerintah
    /// Kota Sukamaju"). Nil when either is unknown or the kind is not the instansi's own.
    public func issuedBy(_ instansi: String?, _ facts: DocumentFacts) -> Bool? {
        guard let instansi, let issuer = facts.issuer, let kind = facts.kind, ownIssuer.contains(kind) else { return nil }
        let office: Set<String> = ["wali", "walikota", "kota", "bupati", "gubernur", "kabupaten", "provinsi", "daerah", "kepala", "sekretaris", "pemerintah", "dinas", "badan", "dprd"]
        let place = NameNormalizer.normalize(issuer).split(separator: " ").map(String.init).filter { !office.contains($0) }
        guard !place.isEmpty else { return nil }
        let ownWords = NameNormalizer.normalize(instansi).split(separator: " ").map(String.init)
        // An instansi that names no place ("Pemerintah …", the starter config's
        // placeholder) cannot tell one Pemda from another: unknown, not "another's".
        guard ownWords.contains(where: { !office.contains($0) && $0.count > 1 }) else { return nil }
        let own = Set(ownWords)
        if place.allSatisfy(own.contains) { return true }
        // OCR splits and misreads words ("SUKAMAJ U"): compare the place without spaces
        // with the instansi's own place words, allowing one slip in five letters.
        let read = place.joined()
        let ownPlace = ownWords.filter { !office.contains($0) }.joined()
        if ownPlace.contains(read) && !read.isEmpty { return true }
        if facts.source == .ocr, !ownPlace.isEmpty {
            let allowed = max(1, ownPlace.count / 5)
            if read.count < 64, Suggestion.editDistance(Array(read), Array(ownPlace)) <= allowed { return true }
        }
        return false
    }
}
