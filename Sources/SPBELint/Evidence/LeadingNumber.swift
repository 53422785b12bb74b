/// Tells a leading number that names an indicator ("19. SK Tim…", "01-Arsitektur") from
/// one that does not: a date ("12-03-2026 Notulen…", "15 Maret 2024 Notulen…") or outline
/// numbering ("1.2 Peta Rencana"). Staff start names with dates all the time; reading
/// them as indicator numbers filed minutes under indicators 12 and 15.
enum LeadingNumber {
    /// Month names and abbreviations, Indonesian and English, lower-case.
    static let months: [String] = [
        "jan", "januari", "january", "feb", "februari", "february", "peb", "pebruari", "mar", "maret", "march",
        "apr", "april", "mei", "may", "jun", "juni", "june", "jul", "juli", "july", "agu", "agt", "agus", "agustus", "aug", "august",
        "sep", "sept", "september", "okt", "oktober", "oct", "october", "nov", "nop", "november", "nopember",
        "des", "desember", "dec", "december",
    ]

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Whether `name` starts with a date or an outline number rather than an indicator number.
    static func isDateOrOutline(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < name.count && isDigit(name[index]) { index += 1 }
        guard index > 0, index <= 2, index < name.count else { return false }
        let separator = name[index]
        // "1.2 …": outline numbering.
        // "12.03.2026" is a date, "1.2" an outline: neither is an indicator number.
        if separator == UInt8(ascii: "."), index + 1 < name.count, isDigit(name[index + 1]) { return true }
        // "12-03-2026", "12_03_2026", "12 03 2026": day, month, year.
        if [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: " ")].contains(separator) {
            var next = index + 1
            var digits = 0
            while next < name.count && isDigit(name[next]) { next += 1; digits += 1 }
            if (1...2).contains(digits), next < name.count, name[next] == separator {
                var yearDigits = 0
                next += 1
                while next < name.count && isDigit(name[next]) { next += 1; yearDigits += 1 }
                if yearDigits == 2 || yearDigits == 4 { return true }
            }
            // "15 Maret 2024", "15-Mar-2024": day, month name.
            var word = ""
            next = index
            while next < name.count, !(name[next] >= 65 && name[next] <= 90) && !(name[next] >= 97 && name[next] <= 122) {
                guard [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " ")].contains(name[next]) else { return false }
                next += 1
            }
            while next < name.count, (name[next] >= 65 && name[next] <= 90) || (name[next] >= 97 && name[next] <= 122) {
                word.append(Character(Unicode.Scalar(name[next] | 0x20)))
                next += 1
            }
            return months.contains(word)
        }
        return false
    }

    static func isDateOrOutline(_ name: String) -> Bool {
        Array(name.utf8).withUnsafeBufferPointer { isDateOrOutline($0) }
    }
}
