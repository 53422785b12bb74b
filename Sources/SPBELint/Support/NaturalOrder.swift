/// The order a person expects for names shown in a list: digits compare as numbers
/// ("I2" before "I10", "2 Foo" before "10 Foo"), letters without regard to case, and
/// ties broken by the exact bytes so the order is total and stable. One comparator for
/// every place that sorts folder, indicator or OPD names for display.
public enum NaturalOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    /// `items` by owner: named owners in this order whatever their case ("bappeda" beside
    /// "Bappeda", not after "Inspektorat"; "2 Dinas" before "10 Dinas"), the unowned last.
    /// The checklist and the follow-up group alike.
    public static func byOwner<Item>(_ items: [Item], owner: (Item) -> String?) -> [(owner: String?, items: [Item])] {
        let grouped = Dictionary(grouping: items, by: owner)
        var result = grouped.keys.compactMap { $0 }.sorted(by: precedes).map { (owner: Optional($0), items: grouped[$0] ?? []) }
        if let unowned = grouped[nil] { result.append((nil, unowned)) }
        return result
    }

    /// Negative, zero or positive. Digit runs are compared by length after leading zeros,
    /// then digit by digit, so a name of a thousand digits costs linear time, never an
    /// integer overflow.
    public static func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                var iEnd = i, jEnd = j
                while iEnd < x.count && isDigit(x[iEnd]) { iEnd += 1 }
                while jEnd < y.count && isDigit(y[jEnd]) { jEnd += 1 }
                var iStart = i, jStart = j
                while iStart < iEnd - 1 && x[iStart] == "0" { iStart += 1 }
                while jStart < jEnd - 1 && y[jStart] == "0" { jStart += 1 }
                if iEnd - iStart != jEnd - jStart { return (iEnd - iStart) - (jEnd - jStart) }
                for (p, q) in zip(x[iStart..<iEnd], y[jStart..<jEnd]) where p != q {
                    return p.value < q.value ? -1 : 1
                }
                i = iEnd
                j = jEnd
                continue
            }
            if x[i] != y[j] { return x[i].value < y[j].value ? -1 : 1 }
            i += 1
            j += 1
        }
        if x.count - i != y.count - j { return (x.count - i) - (y.count - j) }
        // Equal as a person reads them ("I01" and "I1", "Bappeda" and "bappeda"): bytes decide.
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
