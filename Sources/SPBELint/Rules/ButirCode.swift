/// A Pemdi butir (item) code, "I8-L1-01": indicator, level, item. Files are named with
/// it as the portal lists the items, with any separators and leading zeros:
/// "I8-L1-01 …", "i08_l1_1 …", "I8 L1 01.pdf".
public struct ButirCode: Sendable, Hashable, CustomStringConvertible {
    public var indicator: Int
    public var level: Int
    public var item: Int

    public init?(_ text: String) {
        guard let parsed = Self.parse(Array(text.utf8)), parsed.end == text.utf8.count else { return nil }
        (indicator, level, item) = (parsed.indicator, parsed.level, parsed.item)
    }

    public var description: String {
        "I\(indicator)-L\(level)-" + (item < 10 ? "0\(item)" : "\(item)")
    }

    /// Whether a file name starts with this code (then a separator or the extension).
    public func names(_ fileName: String) -> Bool {
        let bytes = Array(fileName.utf8)
        guard let parsed = Self.parse(bytes) else { return false }
        guard parsed.indicator == indicator, parsed.level == level, parsed.item == item else { return false }
        return parsed.end == bytes.count || !Self.isAlphanumeric(bytes[parsed.end])
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
    }

    /// "I<digits> sep* L<digit> sep+ <digits>", case-insensitive; where the code ends.
    static func parse(_ bytes: [UInt8]) -> (indicator: Int, level: Int, item: Int, end: Int)? {
        var index = 0
        func skipSeparators() { while index < bytes.count, [45, 95, 32, 46].contains(bytes[index]) { index += 1 } }
        func number() -> Int? {
            var value = 0, digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57, digits < 3 {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "i") else { return nil }
        index += 1
        guard let indicator = number() else { return nil }
        skipSeparators()
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "l") else { return nil }
        index += 1
        guard let level = number(), (1...5).contains(level) else { return nil }
        let beforeItem = index
        skipSeparators()
        guard index > beforeItem, let item = number() else { return nil }
        return (indicator, level, item, index)
    }
}
