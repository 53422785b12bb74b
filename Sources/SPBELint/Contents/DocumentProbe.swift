/// What the bytes alone settle before a reader is asked: a file that cannot be the
/// document its extension says is answered here, in the main process, without a round
/// trip to a reader (#28: 70,000 files named `.pdf` that held no PDF cost 96 s one by one
/// through the readers). It only refuses what no reader could read, so it never turns a
/// readable document into an unread one: a PDF without a single `obj` keyword has no
/// catalog and no page; a .docx without a zip end-of-directory record cannot be opened;
/// an image whose header is neither PNG nor JPEG, or declares an absurd size, is not
/// decoded. The reader asks the same question first (one decision, two callers).
public enum DocumentProbe {
    /// The answer for bytes no reader could read (the text a reader would have sent
    /// back), or nil when a reader must look: what the main process and a reader both give.
    public static func answer(_ bytes: [UInt8], format: DocumentReader.Format, limits: DocumentReader.Limits) -> DocumentReader.Text? {
        guard let failure = settle(bytes, format: format, limits: limits) else { return nil }
        var text = DocumentReader.Text()
        if format == .image { text.pages = 1 }
        text.unreadable = failure
        return text
    }

    /// Why these bytes cannot be read, or nil when a reader must look.
    public static func settle(_ bytes: [UInt8], format: DocumentReader.Format, limits: DocumentReader.Limits) -> ReadFailure? {
        guard !bytes.isEmpty else { return .empty }
        guard bytes.count <= limits.maxBytes else { return .tooLarge }
        if format == .image {
            guard let header = ImageHeader.read(bytes) else { return .damaged }
            guard header.pixels <= limits.maxImagePixels else { return .imageTooLarge(width: header.width, height: header.height) }
            guard header.width >= 8, header.height >= 8 else { return .blankImage }
            return nil
        }
        return bytes.withUnsafeBufferPointer { settle(whole: $0, format: format) }
    }

    /// The same question for a PDF or a .docx whose every byte is in `whole` (the
    /// inspector's first read of a small file): nil when a reader must look.
    static func settle(whole: UnsafeBufferPointer<UInt8>, format: DocumentReader.Format) -> ReadFailure? {
        guard !whole.isEmpty else { return .empty }
        switch format {
        case .pdf:
            // What poppler answers for such a file (no catalog to find), so a cache or a
            // report made before the probe existed says the same.
            return ByteSearch.contains(whole, objectKeyword) ? nil : .badCatalog
        case .docx:
            return ByteSearch.contains(whole, zipEndOfDirectory) ? nil : .damaged
        case .image:
            return nil
        }
    }

    static let objectKeyword = Array("obj".utf8)
    static let zipEndOfDirectory: [UInt8] = [0x50, 0x4b, 0x05, 0x06]
}
