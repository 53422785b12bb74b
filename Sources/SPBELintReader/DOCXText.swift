#if Contents
import CZlib
#endif
import SPBELint
import Foundation

/// The text of a .docx: a zip archive whose `word/document.xml` holds the paragraphs.
/// Read from bytes already in memory, with every size checked against the buffer and the
/// inflated XML capped, so a lying header or a zip bomb costs at most `maxXML` bytes.
enum DOCXText {
    static let maxXML = 8 << 20

    #if Contents
    static func read(_ bytes: [UInt8]) -> DocumentReader.Text {
        var text = DocumentReader.Text()
        guard let xml = documentXML(bytes) else {
            text.unreadable = .damaged
            return text
        }
        let paragraphs = Self.paragraphs(xml)
        text.pages = 1
        let joined = paragraphs.joined(separator: "\n")
        guard joined.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            text.unreadable = .blank
            return text
        }
        // No pages in a .docx: the opening and the closing stand for the first pages and
        // the last (where "Ditetapkan di …" and the signature are).
        text.first = String(joined.prefix(12_000))
        text.last = joined.count > 12_000 ? String(joined.suffix(4_000)) : ""
        text.source = .textLayer
        return text
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    /// `word/document.xml`, found through the central directory and inflated.
    static func documentXML(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 22 else { return nil }
        // The end-of-central-directory record is in the last 64 KB + 22 bytes.
        var end = -1
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 65_557) {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { end = at; break }
            at -= 1
        }
        guard end >= 0, let count = u16(bytes, end + 10), let directory = u32(bytes, end + 16) else { return nil }
        var entry = directory
        for _ in 0..<min(count, 10_000) {
            guard let signature = u32(bytes, entry), signature == 0x0201_4B50,
                  let method = u16(bytes, entry + 10), let compressed = u32(bytes, entry + 20),
                  let nameLength = u16(bytes, entry + 28), let extra = u16(bytes, entry + 30),
                  let comment = u16(bytes, entry + 32), let local = u32(bytes, entry + 42),
                  entry + 46 + nameLength <= bytes.count else { return nil }
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            if name == "word/document.xml" {
                guard let localSignature = u32(bytes, local), localSignature == 0x0403_4B50,
                      let localName = u16(bytes, local + 26), let localExtra = u16(bytes, local + 28) else { return nil }
                let start = local + 30 + localName + localExtra
                guard start >= 0, compressed >= 0, start + compressed <= bytes.count else { return nil }
                let data = Array(bytes[start..<(start + compressed)])
                switch method {
                case 0: return Array(data.prefix(maxXML))
                case 8: return inflate(data)
                default: return nil
                }
            }
            entry += 46 + nameLength + extra + comment
        }
        return nil
    }

    /// Raw deflate, stopped at `maxXML` bytes of output.
    static func inflate(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            var result = Z_OK
            while result == Z_OK && output.count < maxXML {
                result = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output += chunk[0..<(chunk.count - Int(stream.avail_out))]
                if stream.avail_in == 0 && result == Z_OK && stream.avail_out != 0 { break }
            }
            return result
        }
        guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else { return nil }
        return Array(output.prefix(maxXML))
    }
    #endif

    /// Paragraph texts: `</w:p>` ends a paragraph, `<w:tab/>` and `<w:br/>` are spaces,
    /// every other tag is dropped, the five XML entities are decoded.
    static func paragraphs(_ xml: [UInt8]) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        var index = 0
        while index < xml.count {
            let byte = xml[index]
            if byte == UInt8(ascii: "<") {
                var close = index + 1
                while close < xml.count, xml[close] != UInt8(ascii: ">") { close += 1 }
                let tag = xml[(index + 1)..<min(close, xml.count)]
                if tag.starts(with: Array("/w:p".utf8)) && (tag.count == 4) {
                    paragraphs.append(decode(current))
                    current.removeAll(keepingCapacity: true)
                } else if tag.starts(with: Array("w:tab".utf8)) || tag.starts(with: Array("w:br".utf8)) {
                    current.append(UInt8(ascii: " "))
                }
                index = close + 1
                continue
            }
            current.append(byte)
            index += 1
        }
        if !current.isEmpty { paragraphs.append(decode(current)) }
        return paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, value) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text
    }
}
