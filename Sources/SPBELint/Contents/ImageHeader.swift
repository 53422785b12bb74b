/// An image's width and height as its header declares them, read before anything is
/// decoded: a 1.2 MB PNG that declares 100000×100000 pixels would take tens of gigabytes
/// to decode, so the declaration alone decides whether it is read at all.
public struct ImageHeader: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public var pixels: Int { width.multipliedReportingOverflow(by: height).overflow ? Int.max : width * height }

    /// The size a PNG (IHDR) or JPEG (the first SOFn marker) declares; nil when the bytes
    /// are neither, or the header is cut short.
    public static func read(_ bytes: [UInt8]) -> ImageHeader? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // Signature, then the IHDR chunk: length (4), "IHDR", width (4), height (4).
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
            return ImageHeader(width: bigEndian(bytes, 16, 4), height: bigEndian(bytes, 20, 4))
        }
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var at = 2
        // Markers up to the frame header; each segment says its length. Bounded by the bytes.
        while at + 9 < bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            if marker == 0xFF { at += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { at += 2; continue }
            let length = bigEndian(bytes, at + 2, 2)
            // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageHeader(width: bigEndian(bytes, at + 7, 2), height: bigEndian(bytes, at + 5, 2))
            }
            guard length >= 2, marker != 0xDA else { return nil }
            at += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
