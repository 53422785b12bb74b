import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child side of document reading. Poppler and Tesseract are C and C++ libraries fed
/// files from a shared drive: a PDF that makes one of them loop, crash or unpack itself
/// into gigabytes must cost one document, not the run. So the CLI reads documents in
/// child processes (`spbe-lint __document-worker`), each under an address-space limit,
/// and the parent (`DocumentWorkerPool`) kills one that takes too long.
///
/// The protocol on the child's standard input and output: a request is a type byte
/// (`DocumentReader.Format`: 0 a PDF, 1 a .docx, 2 an image; plus 0x80 to OCR a PDF's
/// scanned pages in between), the length as 8 bytes little-endian, then the file's bytes; the
/// answer is the length and `DocumentCache`'s encoding of the text read.
public enum DocumentWorker {
    /// How the parent starts a worker: this program with `argument`, and `environmentKey`
    /// set, so a folder that happens to be named like the argument is never mistaken.
    public struct Command: Sendable, Equatable {
        public var executable: String
        public var arguments: [String]

        public init(executable: String, arguments: [String] = [DocumentWorker.argument]) {
            self.executable = executable
            self.arguments = arguments
        }
    }

    public static let argument = "__document-worker"
    public static let environmentKey = "SPBE_LINT_DOCUMENT_WORKER"

    /// Whether this process was started as a worker.
    public static func isRequested(arguments: [String], environment: [String: String]) -> Bool {
        arguments.count == 2 && arguments[1] == argument && environment[environmentKey] == "1"
    }

    /// Serves requests until the parent closes the connection; the exit status.
    public static func serve(input: Int32 = 0, output: Int32 = 1, limits: DocumentReader.Limits = .init()) -> Int32 {
        // Past this much address space an allocation fails (and the child dies) instead of
        // the machine swapping: a decompression bomb stops here.
        var limit = rlimit(rlim_cur: rlim_t(limits.workerAddressSpace), rlim_max: rlim_t(limits.workerAddressSpace))
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        #if Contents
        var engine: OCREngine??
        let reader = DocumentReader(limits: limits)
        while let (type, length) = readHeader(input) {
            guard let format = DocumentReader.Format(rawValue: type & 0x7f), length <= UInt64(limits.maxBytes),
                  let bytes = readExactly(input, count: Int(length)) else { return 1 }
            let text = reader.read(bytes, format: format, wholeBody: type & 0x80 != 0) {
                if engine == nil { engine = .some(OCREngine()) }
                return engine!
            }
            let answer = DocumentCache.encode(text)
            guard writeAll(output, frame(length: UInt64(answer.count)) + answer) else { return 1 }
        }
        return 0
        #else
        return 1
        #endif
    }

    static func frame(type: UInt8? = nil, length: UInt64) -> [UInt8] {
        (type.map { [$0] } ?? []) + (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) }
    }

    private static func readHeader(_ fd: Int32) -> (UInt8, UInt64)? {
        guard let header = readExactly(fd, count: 9) else { return nil }
        return (header[0], header[1...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    private static func readExactly(_ fd: Int32, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, count - done) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return false }
            done += wrote
        }
        return true
    }
}
