import Foundation

/// The words of a printed PDF with their boxes, as `pdftotext -bbox` gives them: what the
/// print tests hold against the page (inside the margins, no two words on top of each
/// other, no word cut inside a cell).
struct PrintedWords {
    struct Word {
        var text: String
        var xMin, yMin, xMax, yMax: Double
    }

    struct Page {
        var width, height: Double
        var words: [Word]
    }

    var pages: [Page]

    static let pdftotext: Bool = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    init(pdf: String) throws {
        let html = try Shell.run("/usr/bin/env", ["pdftotext", "-bbox", pdf, "-"]).stdout
        var pages: [Page] = []
        for line in html.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                pages.append(Page(width: Self.attribute("width", trimmed), height: Self.attribute("height", trimmed), words: []))
            } else if trimmed.hasPrefix("<word "), !pages.isEmpty,
                      let open = trimmed.firstIndex(of: ">"), let close = trimmed.range(of: "</word>", options: .backwards) {
                let text = String(trimmed[trimmed.index(after: open)..<close.lowerBound])
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                pages[pages.count - 1].words.append(Word(text: text, xMin: Self.attribute("xMin", trimmed), yMin: Self.attribute("yMin", trimmed),
                                                         xMax: Self.attribute("xMax", trimmed), yMax: Self.attribute("yMax", trimmed)))
            }
        }
        self.pages = pages
    }

    static func attribute(_ name: String, _ tag: String) -> Double {
        guard let range = tag.range(of: " \(name)=\"") else { return .nan }
        return Double(tag[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
    }

    /// Pairs of words on one page whose boxes overlap by more than `tolerance` points each
    /// way (glyph boxes of neighbouring words touch; overlapping text overlaps by more).
    func overlaps(tolerance: Double = 1) -> [(page: Int, String, String)] {
        var found: [(Int, String, String)] = []
        for (number, page) in pages.enumerated() {
            let words = page.words.sorted { $0.yMin < $1.yMin }
            for (index, a) in words.enumerated() {
                for b in words[(index + 1)...] {
                    if b.yMin >= a.yMax - tolerance { break }
                    let x = min(a.xMax, b.xMax) - max(a.xMin, b.xMin)
                    let y = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
                    if x > tolerance && y > tolerance { found.append((number + 1, a.text, b.text)) }
                }
            }
        }
        return found
    }

    /// The words that are not a whole word of `source` or a piece of one cut where a line
    /// may break (after "-" or "/"): a word cut letter by letter shows up here.
    func splitWords(source: String) -> [String] {
        var allowed: Set<String> = []
        for token in source.split(whereSeparator: { $0.isWhitespace }) {
            var atoms: [String] = [], current = ""
            for character in token {
                current.append(character)
                if "-/—".contains(character) { atoms.append(current); current = "" }
            }
            if !current.isEmpty { atoms.append(current) }
            for start in atoms.indices {
                for end in start..<atoms.count { allowed.insert(atoms[start...end].joined()) }
            }
        }
        return pages.flatMap(\.words).map(\.text).filter { !allowed.contains($0) }
    }
}
