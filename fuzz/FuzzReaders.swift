// libFuzzer entry point for the document readers: each input is a PDF, a .docx or an
// image (its first byte chooses: 0 PDF, 1 .docx, 2 image; bit 7 asks for the pages in
// between to be OCR'd), sent through the reader protocol to a real reader process, as a
// run sends an upload. Built by scripts/fuzz.sh into the same module as the library; the
// reader is the spbe-lint-reader binary in SPBE_LINT_READER.
//
// What must hold for every input: the parent gets an answer (text or a typed failure),
// never a crash or a hang; a reader can always be started (never "no reader"); the answer
// survives the cache's encoding unchanged; the image header parser never traps.
import Foundation

private final class Readers: @unchecked Sendable {
    static let shared = Readers()
    let pool: DocumentWorkerPool

    init() {
        let reader = ProcessInfo.processInfo.environment["SPBE_LINT_READER"] ?? ".build/debug/spbe-lint-reader"
        var limits = DocumentReader.Limits()
        limits.documentSeconds = 5
        limits.retries = 0
        pool = DocumentWorkerPool(command: .init(executable: reader), environment: ["OMP_THREAD_LIMIT": "1"], limits: limits)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let format = DocumentReader.Format(rawValue: (data[0] & 0x7f) % 3) ?? .pdf
    _ = ImageHeader.read(bytes)
    let text = Readers.shared.pool.read(bytes, format: format, wholeBody: data[0] & 0x80 != 0)
    if text.unreadable == .noReader { fatalError("no reader process could be started") }
    guard let again = DocumentCache.decode(DocumentCache.encode(text)), again.unreadable == text.unreadable,
          again.first == text.first, again.last == text.last, again.body == text.body, again.pages == text.pages else {
        fatalError("the answer does not survive the cache encoding")
    }
    return 0
}
