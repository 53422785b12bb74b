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
    /// catalogue's titles, issuers, enactable kinds and draft words), the cache's format,
    /// the rules' own version and the program's version, so a new release, a changed
    /// catalogue or a changed reading of the text analyses again.
    var fingerprint: String {
        let titles = self.titles.map { "\($0.kind)=\($0.words.joined(separator: " "))" }.joined(separator: ";")
        let drafts = draftWords.map { $0.words.joined(separator: " ") + ($0.prefix ? "*" : "") }.joined(separator: ";")
        return [SPBELintVersion.current, String(DocumentCache.version), "analysis \(Self.version)", titles, ownIssuer.sorted().joined(separator: ","),
                enactable.sorted().joined(separator: ","), drafts].joined(separator: "\n")
    }

    /// Raised whenever the same text would give other facts: cached facts from an older
    /// reading are analysed again from their cached text.
    static let version = 7

    /// Facts from the text of a document's first pages (`first`), the pages in between
    /// (`body`, where the signature block stands when Lampiran pages follow it) and its
    /// last page.
    public func analyze(first: String, last: String = "", body: String = "", pages: Int, source: DocumentFacts.Source) -> DocumentFacts {
        var facts = DocumentFacts()
        facts.source = source
        facts.pages = pages
        // Only the head of the first page is searched for a title: stop splitting there.
        // A scan's layout analysis reads the left column's labels ("Menimbang",
        // "Mengingat", "KESATU" …) as blocks of their own, often before the title: they
        // are where the body's parts stand, not lines of the title block.
        let lines = Array(Self.headLines(first, count: Self.titleLines + 16).map(Self.joinSpacedLetters)
            .filter { !Self.isColumnLabel($0) }.prefix(Self.titleLines))
        let words = lines.map { Self.unglue(NameNormalizer.normalize($0).split(separator: " ").map(String.init)) }
        // The title block ends where the document starts saying something: TENTANG,
        // Menimbang, a letter's Perihal, an SOP's Dasar Hukum. A title phrase below it
        // ("Hal : Rapat Finalisasi Peraturan Wali Kota …", "2. Peraturan Wali Kota …")
        // is what the document is about, not what it is.
        let stop = words.firstIndex { Self.endsTitleBlock($0) } ?? words.count
        var titleLine: Int?
        var titleEnd = 0
        outer: for offset in 0..<stop where !Self.isListItem(lines[offset]) {
            // A title may run over two or three lines ("PERATURAN" / "WALI KOTA SUKAMAJU").
            let window = offset..<min(stop, offset + 3)
            // A Pj., Plt. or Plh. signs for the head: "KEPUTUSAN PJ. WALI KOTA" is the Wali Kota's.
            let joined = window.flatMap { words[$0] }.filter { !Self.acting.contains($0) }
            // "DRAFT PERATURAN …", "SALINAN KEPUTUSAN …": the title follows the stamp.
            var start = 0
            while start < min(joined.count, 3), joined[start] == "salinan" || draftMarker(in: [joined[start]]) != nil { start += 1 }
            for title in titles where joined.count - start >= title.words.count
                && Array(joined[start..<(start + title.words.count)]) == title.words {
                // The phrase must begin on this line, not be pieced from the next ones.
                guard start < words[offset].count else { continue }
                facts.kind = title.kind
                let rest = joined[(start + title.words.count)...].prefix { !Self.issuerStops.contains($0) }
                // Who issued it: the title without its instrument ("KEPUTUSAN", "SURAT
                // KEPUTUSAN"), up to NOMOR or TENTANG. Garbage (an OCR'd page read across
                // columns) is not quoted as anybody.
                let issuer = Array(title.words.drop { Self.instruments.contains($0) }) + rest
                if !issuer.isEmpty, issuer.count <= 12, Self.plausible(issuer) {
                    facts.issuer = issuer.joined(separator: " ").uppercased()
                }
                let titleWords = Array(joined[start..<(start + title.words.count)]) + rest
                facts.title = Self.plausible(titleWords) ? titleWords.joined(separator: " ").uppercased() : nil
                titleLine = offset
                // The lines the title took.
                var used = 0, line = offset
                while line < window.upperBound, used < start + title.words.count + rest.count {
                    used += words[line].count
                    line += 1
                }
                titleEnd = line
                break outer
            }
        }
        // A letter: its Perihal says what it is ("Undangan Rapat …"); one that only
        // names a regulation invites to a meeting about it when its body invites.
        if facts.kind == nil, stop < words.count, let hal = words[stop].firstIndex(where: { $0 == "hal" || $0 == "perihal" }) {
            let value = Array(words[stop][(hal + 1)...])
            for title in titles where !enactable.contains(title.kind) && value.count >= title.words.count
                && Array(value[0..<title.words.count]) == title.words {
                facts.kind = title.kind
                facts.title = Self.plausible(value) ? lines[stop] : nil
                break
            }
            if facts.kind == nil, let invitation = titles.first(where: { $0.words == ["undangan"] }) {
                let all = NameNormalizer.normalize(first).split(separator: " ")
                if all.contains(where: { $0 == "mengundang" || $0 == "undangan" }) {
                    facts.kind = invitation.kind
                    facts.title = Self.plausible(value) ? lines[stop] : nil
                }
            }
        }
        facts.subject = Self.subject(lines: lines, words: words, from: titleLine.map { _ in titleEnd } ?? 0)
        // The nomor stands in the title block (under the title, or a letter's "Nomor :"
        // above its Perihal); the Mengingat's "Undang-Undang Nomor 23 Tahun 2014" is
        // another regulation's.
        // Only a line that starts with it: "Jalan Merdeka No. 1" is an address.
        let blockEnd = titleLine.map { min(stop, max(titleEnd + 3, $0 + 1)) } ?? stop
        let nomorFrom = titleLine ?? 0
        let nomorLines = (nomorFrom..<max(nomorFrom, blockEnd)).filter { ["nomor", "no", "nomer"].contains(words[$0].first ?? "") || (titleLine.map { $0..<max(titleEnd, $0 + 1) } ?? 0..<0).contains($0) }
        // "NOMOR : 188.45/      /KPTS/2024": a register's slot left blank is a draft's.
        if !nomorLines.contains(where: { Self.hasBlankSlot(lines[$0]) }) {
            (facts.nomor, facts.tahun) = Self.nomorAndTahun(nomorLines.flatMap { words[$0] })
        }
        if facts.tahun == nil {
            // A report states its year in its title ("LAPORAN HASIL AUDIT … TAHUN 2021").
            let head = Array(words[0..<max(stop, min(words.count, 8))].joined())
            if let at = head.firstIndex(of: "tahun"), at + 1 < head.count, let year = Int(head[at + 1]), (1945...2100).contains(year) {
                facts.tahun = year
            }
        }
        // The signature block: after the first pages' body, in the pages in between
        // (a Lampiran follows it), or on the last page.
        let whole = first + "\n" + body + "\n" + last
        let signature = Self.signature(whole, ocr: source == .ocr)
        facts.dated = Self.datedYear(whole)
        var lacks: [DocumentFacts.Enactment] = []
        if facts.nomor == nil { lacks.append(.nomor) }
        if !signature.dated { lacks.append(.tanggal) }
        if !signature.signed { lacks.append(.tandaTangan) }
        facts.lacks = lacks
        let marker = draftMarker(lines: lines, words: words, titleLine: titleLine, titleEnd: titleEnd, texts: [first, last])
        if let marker {
            facts.status = .draft
            facts.statusEvidence = marker
        } else if lacks.isEmpty {
            facts.status = .enacted
            facts.statusEvidence = signature.place
        } else if let kind = facts.kind, enactable.contains(kind), facts.nomor == nil, signature.place == nil || !signature.dated {
            // Neither numbered nor dated: the text of a regulation still being drafted.
            facts.status = .draft
        } else {
            facts.status = .unknown
        }
        return facts
    }

    /// Words that end the title block when a line starts with them.
    static func endsTitleBlock(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        switch first {
        case "tentang", "menimbang", "mengingat", "perihal", "hal", "yth", "kepada", "memutuskan", "menetapkan": return true
        case "dasar": return words.count > 1 && words[1] == "hukum"
        case "dengan": return words.count > 1 && words[1] == "rahmat" || words.count > 1 && words[1] == "hormat"
        default: return false
        }
    }

    /// A line that is only one of a regulation's left-column labels ("Menimbang",
    /// "Mengingat :", "KESATU"): OCR's layout analysis gives the column as blocks of
    /// their own, before or inside the title block.
    static func isColumnLabel(_ line: String) -> Bool {
        let words = NameNormalizer.normalize(line).split(separator: " ")
        return words.count == 1 && columnLabels.contains(String(words[0]))
    }

    static let columnLabels: Set<String> = ["menimbang", "mengingat", "memperhatikan", "menetapkan", "memutuskan", "kesatu", "kedua", "ketiga",
                                            "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"]

    /// "WALIKOTASUKAMAJU": OCR joins a letter-spaced title's words when it cannot see the
    /// gaps; the head's title is split off again ("wali kota sukamaju").
    static func unglue(_ words: [String]) -> [String] {
        guard words.contains(where: { $0.count > 8 }) else { return words }
        return words.flatMap { word -> [String] in
            for head in ["walikota", "bupati", "gubernur"] where word.count > head.count + 2 && word.hasPrefix(head) {
                let rest = String(word.dropFirst(head.count))
                return (head == "walikota" ? ["wali", "kota"] : [head]) + [rest]
            }
            return [word]
        }
    }

    /// "2. Peraturan Wali Kota …", "a) Keputusan …", "- Peraturan …": an item of a list.
    static func isListItem(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        if let first = scalars.first, "-•*·".unicodeScalars.contains(first) { return true }
        var count = 0
        while let first = scalars.first, first.properties.numericType != nil || (count == 0 && first.properties.isAlphabetic && scalars.dropFirst().first.map { ".)".unicodeScalars.contains($0) } == true) {
            scalars = scalars.dropFirst()
            count += 1
            if count > 3 { return false }
        }
        guard count > 0, let mark = scalars.first else { return false }
        return mark == "." || mark == ")"
    }

    /// "P E R A T U R A N   W A L I  K O T A": letter-spaced runs joined into words (two
    /// or more spaces, or a run's end, separate the words).
    static func joinSpacedLetters(_ line: String) -> String {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.filter({ $0.count == 1 }).count >= 4 else { return line }
        var words: [String] = []
        var current = ""
        var blanks = 0
        for part in parts {
            if part.isEmpty { blanks += 1; continue }
            if part.count == 1, part.first!.isLetter {
                if blanks >= 1, !current.isEmpty { words.append(current); current = "" }
                current += part
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                words.append(String(part))
            }
            blanks = 0
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// Whether words read as a title or an issuer, not as an OCR'd page read across
    /// columns: mostly real words, none of the decision's own verbs.
    static func plausible(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.contains(where: { Self.bodyWords.contains($0) }) { return false }
        let short = words.filter { $0.count <= 2 && Int($0) == nil && !["pj", "dan", "di"].contains($0) }.count
        return short * 3 <= words.count
    }

    static let acting: Set<String> = ["pj", "plt", "plh", "penjabat"]
    static let bodyWords: Set<String> = ["kesatu", "kedua", "membentuk", "menetapkan", "memutuskan", "menimbang", "mengingat", "bahwa", "rahmat"]
    static let instruments: Set<String> = ["peraturan", "keputusan", "surat", "instruksi"]
    static let issuerStops: Set<String> = ["nomor", "no", "tentang", "menimbang", "tahun"]

    /// The words after TENTANG, up to the preamble ("DENGAN RAHMAT …", "Menimbang").
    static func subject(lines: [String], words: [[String]], from: Int) -> String? {
        guard from < words.count, let at = words[from...].firstIndex(where: { $0.first == "tentang" }) else { return nil }
        var parts: [String] = []
        let inline = words[at].dropFirst()
        if !inline.isEmpty { parts.append(inline.joined(separator: " ")) }
        var line = at + 1
        while line < words.count, parts.count < 4 {
            let current = words[line]
            if current.isEmpty || endsTitleBlock(current) || current.first == "dengan" || current.first == "wali" && current.count <= 3 || current.first == "bupati" || current.first == "gubernur" { break }
            parts.append(current.joined(separator: " "))
            line += 1
        }
        let subject = parts.joined(separator: " ")
        return subject.isEmpty ? nil : String(subject.prefix(240))
    }

    /// Where and whether the text was signed: "Ditetapkan di Sukamaju / pada tanggal 12
    /// Maret 2024 / WALI KOTA SUKAMAJU, / ttd / NAMA", or a Lembaran/Berita Daerah number.
    static func signature(_ text: String, ocr: Bool = false) -> (place: String?, dated: Bool, signed: Bool) {
        var place: String?
        var dated = false
        var signed = false
        let raw = text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { line in line.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
        let lines = raw.map { NameNormalizer.normalize($0).split(separator: " ").map(String.init) }
        for (index, line) in lines.enumerated() {
            // "LEMBARAN DAERAH … NOMOR 5", "BERITA DAERAH KOTA SUKAMAJU TAHUN 2024 NOMOR 12".
            if let at = line.firstIndex(where: { $0 == "lembaran" || $0 == "berita" }), at + 1 < line.count, line[at + 1] == "daerah",
               let nomor = line[at...].firstIndex(of: "nomor"), nomor + 1 < line.count, line[nomor + 1].first?.isNumber == true {
                signed = true
            }
            guard let at = line.firstIndex(where: { $0 == "ditetapkan" || $0 == "diundangkan" }), at + 1 < line.count, line[at + 1] == "di" else { continue }
            if place == nil { place = line[at...].prefix(3).joined(separator: " ") }
            guard !dated || !signed else { continue }
            // The date: on this line or the next two, a day and a month (or dd-mm-yyyy).
            var next = index
            var filled = false
            for candidate in index..<min(lines.count, index + 3) {
                let words = lines[candidate]
                guard let tanggal = words.firstIndex(of: "tanggal") else { continue }
                let after = Array(words[(tanggal + 1)...])
                if after.count >= 2 { filled = Self.isDayAndMonth(after[0], after[1]) }
                next = candidate + 1
                break
            }
            guard filled else { continue }
            dated = true
            // Under the date: the jabatan ("a.n. WALI KOTA SUKAMAJU / SEKRETARIS DAERAH",
            // "GUBERNUR DAERAH ISTIMEWA / YOGYAKARTA,": it ends at its comma), then "ttd", an
            // electronic signature or the signer's name.
            // A scan's stamp (cap dinas) over the jabatan and the signature reads as
            // garbage: "co WAN KOTA SUKAMAJU," / "F/" / "“DEDI KURNIAWAN". What OCR keeps
            // is the jabatan's last line with its comma, then the printed name.
            if ocr, Self.stampedSignature(raw: raw, lines: lines, from: next) { signed = true; continue }
            var line = next
            while line < lines.count, line < next + 3, !lines[line].contains(where: Self.jabatan.contains), lines[line].first != "an" { line += 1 }
            guard line < lines.count, line < next + 3 else { continue }
            var heads = 0
            while line < lines.count, heads < 4 {
                if lines[line].contains(where: Self.signedWords.contains) { signed = true }
                heads += 1
                line += 1
                if raw[line - 1].hasSuffix(",") { break }
            }
            guard line < lines.count, !signed else { continue }
            let below = lines[line]
            if below.contains(where: Self.signedWords.contains) {
                signed = true
            } else if let first = below.first, !Self.sectionWords.contains(first), !below.contains(where: Self.jabatan.contains),
                      below.contains(where: { $0.count >= 3 && Int($0) == nil }), Self.looksLikeName(raw[line]) {
                signed = true
            }
        }
        return (place, dated, signed)
    }

    /// The year of the last date line: "Sukamaju, 31 Maret 2022", "pada tanggal 15
    /// Februari 2024", "Jakarta, 29-09-2023". Only a whole line that is a place and a
    /// date, or a tanggal: a date inside a sentence ("dilaksanakan pada tanggal 7 sampai
    /// dengan 18 Maret 2022") is when something happened, not when the text was signed.
    static func datedYear(_ text: String) -> Int? {
        var year: Int?
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) where raw.count < 80 {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let words = NameNormalizer.normalize(line).split(separator: " ").map(String.init)
            guard words.count >= 3, let found = Int(words[words.count - 1]), (1945...2100).contains(found) else { continue }
            guard isDayAndMonth(words[words.count - 3], words[words.count - 2]) else { continue }
            let before = words[..<(words.count - 3)]
            // "pada tanggal 15 Februari 2024", "Tanggal : 15 Februari 2024", or a place
            // and its comma: "Sukamaju, 31 Maret 2022".
            let comma = line.range(of: ",").map { line[..<$0.lowerBound].unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "." } } ?? false
            guard Array(before) == ["pada", "tanggal"] || Array(before) == ["tanggal"] || (comma && !before.isEmpty && before.count <= 4) else { continue }
            year = found
        }
        return year
    }

    /// "15 Februari", "15 02": a day of the month and a month, as a date is written.
    static func isDayAndMonth(_ day: String, _ month: String) -> Bool {
        guard let number = Int(day), (1...31).contains(number) else { return false }
        return months.contains(month) || (Int(month).map { (1...12).contains($0) } ?? false)
    }

    /// Under a scanned date of enactment: within a few lines, a line ending the jabatan
    /// (a comma after a word of four letters or more), then a printed name (capitals,
    /// two words or more) before the Lampiran starts.
    static func stampedSignature(raw: [String], lines: [[String]], from start: Int) -> Bool {
        var jabatan = false
        for index in start..<min(lines.count, start + 14) {
            let words = lines[index]
            if let first = words.first, first == "lampiran" || first == "salinan" { return false }
            if !jabatan {
                if index < start + 6, raw[index].hasSuffix(","), words.contains(where: { $0.count >= 4 && Int($0) == nil }) { jabatan = true }
                continue
            }
            let letters = raw[index].unicodeScalars.filter { $0.properties.isAlphabetic }
            let upper = letters.filter { $0.properties.isUppercase }.count
            if words.first == "nip" { return true }
            // Not the next block's own lines: "SEKRETARIS DAERAH KOTA …," or "BERITA DAERAH
            // … NOMOR" under an unsigned draft are no signer's name.
            guard let first = words.first, !Self.sectionWords.contains(first), !words.contains(where: Self.jabatan.contains),
                  !words.contains("daerah"), !words.contains("nomor") else { continue }
            if letters.count >= 8, upper * 10 >= letters.count * 8, words.filter({ $0.count >= 2 }).count >= 2, !raw[index].hasSuffix(",") { return true }
        }
        return false
    }

    /// A signer's name as printed under the jabatan: mostly capitals ("HAMENGKU BUWONO X",
    /// "Drs. H. RUSTANDI, M.M."), or at least two words.
    static func looksLikeName(_ line: String) -> Bool {
        let letters = line.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }.count
        return !letters.isEmpty && (upper * 10 >= letters.count * 6 || line.split(separator: " ").count >= 2)
    }

    static let months: Set<String> = ["januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember"]
    static let jabatan: Set<String> = ["wali", "walikota", "bupati", "gubernur", "kepala", "sekretaris", "menteri", "ketua", "camat", "inspektur", "direktur", "pj", "plt", "plh", "penjabat"]
    static let signedWords: Set<String> = ["ttd", "tte", "dto", "ditandatangani"]
    /// Lines that start the next part, not a signer's name.
    static let sectionWords: Set<String> = ["diundangkan", "ditetapkan", "lampiran", "salinan", "berita", "lembaran", "pada", "tembusan", "nip"]

    /// The mark that makes the text a draft, as written ("DRAFT", "RANCANGAN"): a draft
    /// word above or opening the title, a line of draft words alone (a stamp: "DRAFT
    /// FINAL"; "konsep" alone is more often a Menimbang's wrapped line than a stamp), a
    /// diagonal watermark that the text layer gives as single letters ("D", "R", "A",
    /// "F"), or Word's track-change balloons ("Deleted:", "Commented [A1]:").
    func draftMarker(lines: [String], words: [[String]], titleLine: Int?, titleEnd: Int, texts: [String]) -> String? {
        let titleBlock = titleLine.map { max($0, titleEnd) } ?? 0
        for (offset, line) in words.enumerated() {
            if offset <= titleBlock, offset < (titleLine ?? 0) + 1 {
                // Above the title, or opening the title line itself.
                if offset < (titleLine ?? 0) || titleLine == nil {
                    if line.allSatisfy({ $0 == "final" || $0.count <= 2 || draftMarker(in: [$0]) != nil }), let marker = draftMarker(in: line) { return marker }
                } else if let first = line.first, let marker = draftMarker(in: [first]) {
                    return marker
                }
            }
            if !line.isEmpty, line.allSatisfy({ $0 == "final" || $0 == "draft" || $0 == "draf" || Int($0) != nil && line.count > 1 }),
               line.contains(where: { $0 == "draft" || $0 == "draf" }) {
                return draftMarker(in: line)
            }
        }
        for text in texts {
            var letters = ""
            for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.count == 1, line.first!.isLetter { letters += line.lowercased() }
                let lower = line.lowercased()
                // In the margin, beside the text line they belong to.
                for balloon in Self.balloons {
                    if let range = lower.range(of: balloon), range.lowerBound == lower.startIndex || lower[lower.index(before: range.lowerBound)] == " " {
                        return String(balloon.prefix { $0 != " " })
                    }
                }
            }
            for watermark in ["draft", "draf", "rancangan", "konsep"] where letters.contains(watermark) { return watermark.uppercased() }
        }
        return nil
    }

    /// How Word's markup balloons start in a PDF exported with changes shown (English and
    /// Indonesian Word).
    static let balloons = ["deleted:", "inserted:", "formatted:", "commented [", "comment [", "dihapus:", "disisipkan:", "diformat:", "dikomentari [", "komentar ["]

    /// Who stands behind a document, as the packs' `issuer:` names them.
    public enum IssuerRole: String, Sendable, CaseIterable {
        /// The wali kota, bupati or gubernur (and a Perda, the region's own law).
        case kepalaDaerah = "kepala-daerah"
        /// A unit of a Pemda: a Kepala Dinas or Badan, the Sekretaris Daerah, an Inspektur.
        case opd
        /// A ministry or national agency (a Permen, a Kepmen, a Peraturan BSSN).
        case pusat
    }

    /// A Pemda by the type of region and its whole place name: "Kota Padang" is not
    /// "Kabupaten Padang Pariaman", "Kota Tangerang" not "Kota Tangerang Selatan".
    struct Region: Equatable {
        enum Kind: String { case kota, kabupaten, provinsi }
        var kind: Kind?
        var place: [String]
    }

    /// The region a name states: "WALI KOTA SUKAMAJU", "Pemerintah Kabupaten Padang
    /// Pariaman", "KEPALA DINAS … KOTA SUKAMAJU PROVINSI JAWA BARAT", "GUBERNUR DAERAH
    /// KHUSUS IBUKOTA JAKARTA", "Pemda DIY". Nil when it names no place.
    static func region(_ name: String, placeAlone: Bool = false) -> Region? {
        var words = NameNormalizer.normalize(name).split(separator: " ").map(String.init)
        // The special regions, written out or abbreviated, are provinces.
        words = replace(["daerah", "khusus", "ibukota"], in: words, with: ["provinsi"])
        words = replace(["daerah", "khusus", "ibu", "kota"], in: words, with: ["provinsi"])
        words = replace(["daerah", "khusus"], in: words, with: ["provinsi"])
        words = replace(["daerah", "istimewa"], in: words, with: ["provinsi"])
        words = replace(["dki"], in: words, with: ["provinsi"])
        words = replace(["diy"], in: words, with: ["provinsi", "yogyakarta"])
        words = replace(["wali", "kota"], in: words, with: ["walikota"])
        words = replace(["kab"], in: words, with: ["kabupaten"])
        func kind(_ word: String) -> Region.Kind? {
            switch word {
            case "kota", "walikota": return .kota
            case "kabupaten", "bupati": return .kabupaten
            case "provinsi", "gubernur": return .provinsi
            default: return nil
            }
        }
        guard let at = words.firstIndex(where: { kind($0) != nil }), let found = kind(words[at]) else {
            // "Sukamaju": a place alone, of no stated type.
            let place = words.filter { !office.contains($0) && $0.count > 1 }
            return place.isEmpty || !placeAlone ? nil : Region(kind: nil, place: place)
        }
        var rest = words[(at + 1)...].drop { kind($0) == found || ["pj", "plt", "plh", "penjabat"].contains($0) }
        rest = rest.prefix { kind($0) == nil && !issuerStops.contains($0) && !bodyWords.contains($0) }
        let place = Array(rest.prefix(4))
        guard !place.isEmpty, rest.count <= 4 else { return nil }
        return Region(kind: found, place: place)
    }

    private static func replace(_ phrase: [String], in words: [String], with replacement: [String]) -> [String] {
        guard words.count >= phrase.count, words.contains(phrase[0]) else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + phrase.count <= words.count, Array(words[index..<(index + phrase.count)]) == phrase {
                result += replacement
                index += phrase.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    static let office: Set<String> = ["wali", "walikota", "kota", "bupati", "gubernur", "kabupaten", "provinsi", "daerah", "kepala", "sekretaris", "pemerintah", "pemda", "pemkot", "pemkab", "pemprov", "dinas", "badan", "dprd", "pj", "plt", "plh"]

    /// Who issued a document, from its issuer words: the region's head, one of its
    /// units, or a ministry. Nil when the text names no issuer.
    public static func role(of issuer: String?) -> IssuerRole? {
        guard let issuer else { return nil }
        let words = replace(["wali", "kota"], in: NameNormalizer.normalize(issuer).split(separator: " ").map(String.init), with: ["walikota"])
            .filter { !["pj", "plt", "plh", "penjabat", "pelaksana", "tugas", "harian"].contains($0) }
        guard let head = words.first else { return nil }
        switch head {
        case "walikota", "bupati", "gubernur": return .kepalaDaerah
        case "daerah": return .kepalaDaerah  // "PERATURAN DAERAH KOTA …"
        case "menteri", "presiden", "pemerintah": return .pusat
        default:
            if words.starts(with: ["kepala", "daerah"]) { return .kepalaDaerah }
            // "KEPALA BADAN SIBER DAN SANDI NEGARA" is national; "KEPALA DINAS … KOTA X" a unit.
            if words.contains(where: { ["negara", "nasional", "republik", "kementerian", "lembaga"].contains($0) }) { return .pusat }
            return region(issuer) != nil || ["kepala", "sekretaris", "inspektur", "camat", "direktur", "lurah"].contains(head) ? .opd : nil
        }
    }

    /// Whether the document was issued by this instansi: the same type of region (the
    /// head's title: bupati ↔ kabupaten, wali kota ↔ kota, gubernur ↔ provinsi) and the
    /// same whole place name. Nil when either is unknown or the kind is not the
    /// instansi's own. A ministry's regulation is never a Pemda's own.
    public func issuedBy(_ instansi: String?, _ facts: DocumentFacts, pemda: Bool = false) -> Bool? {
        guard let instansi, let issuer = facts.issuer, let kind = facts.kind, ownIssuer.contains(kind) else { return nil }
        // An instansi that names no place ("Pemerintah …", the starter config's
        // placeholder) cannot tell one Pemda from another: unknown, not "another's".
        guard let own = Self.region(instansi, placeAlone: true) else { return nil }
        let role = Self.role(of: issuer)
        if role == .pusat { return pemda || own.kind != nil ? false : nil }
        guard let theirs = Self.region(issuer) else { return nil }
        return Self.sameRegion(theirs, own, ocr: facts.source == .ocr)
    }

    /// The Pemda a screen shows itself signed in for ("Pemerintah Kota Tangerang -
    /// Arsitektur Pemerintah Digital") when that is another than `instansi` and the
    /// screen never shows the instansi's own: the account of another Pemda.
    public static func otherAccount(in text: String, instansi: String?) -> String? {
        guard let instansi, let own = region(instansi, placeAlone: true) else { return nil }
        var other: String?
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) where raw.count < 200 {
            let line = String(raw)
            guard let at = line.range(of: "pemerintah ", options: .caseInsensitive) else { continue }
            // The name ends where the screen's own words begin: " - ", ":", "|", "(".
            let name = line[at.lowerBound...].prefix { !":|(,".contains($0) }.components(separatedBy: " - ")[0]
            guard let theirs = region(name), theirs.kind != nil else { continue }
            // A screenshot's text is OCR's.
            if sameRegion(theirs, own, ocr: true) { return nil }
            if other == nil { other = name.trimmingCharacters(in: .whitespaces) }
        }
        return other
    }

    /// Whether two regions are one: the same type where both state one, and the same
    /// place. OCR splits and misreads words ("SUKAMAJ U"): read by OCR, the place is
    /// compared without spaces and allowed one slip in five letters; the text layer is exact.
    static func sameRegion(_ theirs: Region, _ own: Region, ocr: Bool) -> Bool {
        if let mine = own.kind, let stated = theirs.kind, mine != stated { return false }
        let read = theirs.place.joined(), ownPlace = own.place.joined()
        if read == ownPlace { return true }
        return ocr && read.count < 64 && Suggestion.editDistance(Array(read), Array(ownPlace)) <= max(1, ownPlace.count / 5)
    }

    /// A sign-in form: the name and password fields and the button, nothing behind them.
    public static func isSignInPage(_ text: String) -> Bool {
        let words = " " + NameNormalizer.normalize(text) + " "
        let secret = [" kata sandi ", " password ", " sandi "].contains { words.contains($0) }
        let button = [" masuk ", " login ", " log in ", " sign in "].contains { words.contains($0) }
        // Signed in, a screen offers to sign out ("Keluar"), whatever else it shows.
        let signedIn = [" keluar ", " logout ", " log out ", " sign out "].contains { words.contains($0) }
        return secret && button && !signedIn
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

    /// "NOMOR : 100.3.3.2/   /2024", "Nomor: 188.45/……/KPTS/2024": a slash-separated
    /// nomor with an empty or dotted part, the slot the register fills on enactment.
    static func hasBlankSlot(_ line: String) -> Bool {
        guard let at = line.range(of: "nomor", options: .caseInsensitive) ?? line.range(of: "no.", options: .caseInsensitive) else { return false }
        let parts = line[at.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return false }
        return parts.dropFirst().dropLast().contains { part in
            !part.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    /// "NOMOR 5 TAHUN 2024", "Nomor : 800/123/2024", "NOMOR : B/214/IV.02/HK/2024",
    /// "NOMOR : e-0112 Tahun 2024": the first nomor and its year. The number may start
    /// with a register's letters, but a digit stands before TAHUN ("NOMOR …. TAHUN 2024"
    /// is a draft's).
    static func nomorAndTahun(_ tokens: [String]) -> (String?, Int?) {
        for index in tokens.indices where tokens[index] == "nomor" || tokens[index] == "no" {
            let after = tokens[(index + 1)...].prefix(8)
            let number = after.prefix { $0 != "tahun" && $0 != "tentang" && $0 != "nomor" }
            guard let first = number.first, number.prefix(3).contains(where: { $0.first?.isNumber == true }) else { continue }
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

}
