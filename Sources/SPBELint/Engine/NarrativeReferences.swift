/// Finds the file names a penjelasan (narrative) cites, e.g.
/// "… Perwali No 12 Tahun 2021 pasal 5 halaman 4 (file Perwali No 12 Tahun 2021 tentang Arsitektur SPBE.pdf)".
/// A cited name is text ending in a file extension; its start is the nearest quote,
/// bracket, colon or line start, so names with spaces work when set off like that.
enum NarrativeReferences {
    static let extensions = ["pdf", "png", "jpg", "jpeg", "docx", "doc", "xlsx", "xls", "pptx", "mp4", "url", "txt", "zip"]
    static let openers: Set<Character> = ["(", "[", "\"", "'", "“", "‘", ":", ";", "\n", "«"]
    static let leadIns = ["file ", "berkas ", "lihat ", "dokumen ", "lampiran "]

    /// A file name is at most 255 bytes on the file systems evidence lives on: a citation
    /// never reaches further back than that, so scanning stays linear in the text.
    static let maxNameLength = 255
    /// A narrative naming more missing files than this is reported with a count.
    static let maxReported = 50

    /// Names cited in `text` that are not among `available` (file names, compared ignoring case).
    /// "…lihat Perwali 5.pdf" still matches "Perwali 5.pdf": the citation may carry words
    /// before the name, so every suffix starting at a word is looked up, in a set.
    static func missing(in text: String, available: [String]) -> [String] {
        let known = Set(available.map { $0.lowercased() })
        return cited(in: text).filter { citation in
            let lower = citation.lowercased()
            if known.contains(lower) { return false }
            var index = lower.startIndex
            while let space = lower[index...].firstIndex(of: " ") {
                index = lower.index(after: space)
                if known.contains(String(lower[index...])) { return false }
            }
            return true
        }
    }

    static func cited(in text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        var index = 0
        // A citation starts after the previous one ends: "a.pdf a.pdf a.pdf …" is three
        // short names, not three ever longer ones.
        var floor = 0
        while index < characters.count {
            guard characters[index] == "." else { index += 1; continue }
            let after = characters[(index + 1)...].prefix { $0.isLetter || $0.isNumber }
            let ext = String(after).lowercased()
            let end = index + 1 + after.count
            guard extensions.contains(ext), end == characters.count || !(characters[end].isLetter || characters[end].isNumber) else {
                index += 1
                continue
            }
            var start = index
            let lowest = max(floor, index - maxNameLength)
            while start > lowest && !openers.contains(characters[start - 1]) { start -= 1 }
            floor = end
            var name = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
            for leadIn in leadIns where name.lowercased().hasPrefix(leadIn) {
                name = String(name.dropFirst(leadIn.count))
            }
            if !name.isEmpty && name.count > ext.count + 1 { result.append(name) }
            index = end
        }
        return result
    }
}

import Foundation
