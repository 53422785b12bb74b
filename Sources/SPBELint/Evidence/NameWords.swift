/// The one tokenizer for names: file and folder names, kind and `reject:` keywords,
/// indicator names and narrative text all split into words here, so a keyword and the
/// name it should match can never be cut differently.
///
/// Byte level, allocation-free (it runs once per file of a tree that may hold 100,000):
/// ASCII letters are lowered, ASCII digits kept, any other byte of a UTF-8 letter is kept
/// as written ("Daftar Hadir Dinas Pariwisata & Kebudayaan" and "daftar-hadir_dinas…"
/// are the same words). Everything else separates words, including what people type
/// without knowing: a no-break space (C2 A0) and the general punctuation block
/// U+2000–U+206F (E2 80 xx, E2 81 xx: en and em dashes, curly quotes, thin spaces, the
/// ellipsis). A buffer is reused for every name one worker splits.
final class NameWords {
    /// A name is at most 255 bytes on the file systems we walk; longer texts are split
    /// on their first `capacity` bytes (`NameNormalizer` feeds long texts in slices).
    static let capacity = 1024

    /// The lowered bytes of every word, back to back.
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    /// Word `i` is `bytes[spanStart[i]..<spanEnd[i]]`.
    let spanStart = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    let spanEnd = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    /// FNV-1a of each word, computed while it is lowered.
    let spanHash = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    /// Words found by the last `split`.
    private(set) var count = 0

    init() {}

    deinit {
        bytes.deallocate()
        spanStart.deallocate()
        spanEnd.deallocate()
        spanHash.deallocate()
    }

    /// Splits `text` into words, replacing the previous ones; returns how many.
    /// "SK_Tim-Koordinasi.SPBE" → sk, tim, koordinasi, spbe.
    @discardableResult
    func split(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var length = 0
        var count = 0
        var start = -1
        var hash: UInt64 = 0
        let limit = min(text.count, Self.capacity)
        var offset = 0
        while offset < limit {
            let byte = text[offset]
            offset += 1
            var separator = false
            if byte == 0xC2, offset < limit, text[offset] == 0xA0 {
                offset += 1
                separator = true
            } else if byte == 0xE2, offset + 1 < limit, text[offset] == 0x80 || text[offset] == 0x81 {
                offset += 2
                separator = true
            }
            let lowered: UInt8
            switch byte {
            case _ where separator: lowered = 0
            case 65...90: lowered = byte + 32
            case 97...122, 48...57, 128...255: lowered = byte
            default: lowered = 0
            }
            if lowered == 0 {
                if start >= 0 {
                    spanStart[count] = Int32(start)
                    spanEnd[count] = Int32(length)
                    spanHash[count] = hash
                    count += 1
                    start = -1
                }
                continue
            }
            if start < 0 {
                start = length
                hash = FNV1a.offsetBasis
            }
            bytes[length] = lowered
            hash = FNV1a.step(hash, lowered)
            length += 1
        }
        if start >= 0 {
            spanStart[count] = Int32(start)
            spanEnd[count] = Int32(length)
            spanHash[count] = hash
            count += 1
        }
        self.count = count
        return count
    }

    /// Word `index` of the last split, as bytes in this buffer.
    func word(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + Int(spanStart[index]), count: Int(spanEnd[index] - spanStart[index]))
    }

    /// Word `index` of the last split, as a String (for the callers that are not hot).
    func string(_ index: Int) -> String {
        String(decoding: word(index), as: UTF8.self)
    }
}
