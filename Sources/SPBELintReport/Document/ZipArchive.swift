import SPBELint
/// A zip file built in memory, entries stored (not compressed): what an Office package
/// needs, with no library. Dates are fixed (1980-01-01), so the same entries give the same
/// bytes on any day (golden files, reproducible attachments).
public struct ZipArchive: Sendable {
    private struct Entry: Sendable {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var entries: [Entry] = []
    private var body: [UInt8] = []

    public init() {}

    /// Adds a file; entries keep the order they are added in (an Office package wants
    /// `[Content_Types].xml` first).
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let entry = Entry(name: nameBytes, crc: Self.crc32(data), size: UInt32(data.count), offset: UInt32(body.count))
        Self.append32(&body, 0x0403_4B50)
        Self.append16(&body, 20)             // version needed: 2.0
        Self.append16(&body, 0x0800)         // names are UTF-8
        Self.append16(&body, 0)              // stored
        Self.append16(&body, 0)              // time 00:00
        Self.append16(&body, 0x21)           // date 1980-01-01
        Self.append32(&body, entry.crc)
        Self.append32(&body, entry.size)
        Self.append32(&body, entry.size)
        Self.append16(&body, UInt16(nameBytes.count))
        Self.append16(&body, 0)
        body += nameBytes
        body += data
        entries.append(entry)
    }

    public mutating func add(_ name: String, text: String) {
        add(name, Array(text.utf8))
    }

    /// The whole archive: the entries, the central directory, its end record.
    public var bytes: [UInt8] {
        var out = body
        let start = UInt32(out.count)
        for entry in entries {
            Self.append32(&out, 0x0201_4B50)
            Self.append16(&out, 20)          // made by: 2.0
            Self.append16(&out, 20)
            Self.append16(&out, 0x0800)
            Self.append16(&out, 0)
            Self.append16(&out, 0)
            Self.append16(&out, 0x21)
            Self.append32(&out, entry.crc)
            Self.append32(&out, entry.size)
            Self.append32(&out, entry.size)
            Self.append16(&out, UInt16(entry.name.count))
            Self.append16(&out, 0)           // extra
            Self.append16(&out, 0)           // comment
            Self.append16(&out, 0)           // disk
            Self.append16(&out, 0)           // internal attributes
            Self.append32(&out, 0)           // external attributes
            Self.append32(&out, entry.offset)
            out += entry.name
        }
        let size = UInt32(out.count) - start
        Self.append32(&out, 0x0605_4B50)
        Self.append16(&out, 0)
        Self.append16(&out, 0)
        Self.append16(&out, UInt16(entries.count))
        Self.append16(&out, UInt16(entries.count))
        Self.append32(&out, size)
        Self.append32(&out, start)
        Self.append16(&out, 0)
        return out
    }

    private static func append16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func append32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// CRC-32 (IEEE), as zip stores it.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
