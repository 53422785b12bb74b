#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one byte-string search: a PDF's `%%EOF` in its last kilobyte, a PDF object, a zip
/// directory record.
enum ByteSearch {
    /// Whether `needle` (a few bytes) occurs in `buffer`: memchr to each candidate first
    /// byte, then a compare of the few bytes after it.
    static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, buffer.count >= needle.count, let base = buffer.baseAddress else { return false }
        var at = 0
        let last = buffer.count - needle.count
        while at <= last {
            guard let found = memchr(base + at, Int32(first), last - at + 1) else { return false }
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if needle.indices.allSatisfy({ buffer[offset + $0] == needle[$0] }) { return true }
            at = offset + 1
        }
        return false
    }
}
