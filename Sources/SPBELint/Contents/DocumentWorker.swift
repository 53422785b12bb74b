import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the main program and a reader process agree on. Poppler and Tesseract are C and
/// C++ libraries fed files from a shared drive: a PDF that makes one of them loop, crash
/// or unpack itself into gigabytes must cost one document, not the run. So documents are
/// read in child processes of a separate program (`spbe-lint-reader __document-worker`,
/// the only one linked against those libraries: `ReaderService` in SPBELintReader), each
/// confined (`ReaderSandbox`), under an address-space limit, a CPU limit and an alarm of
/// its own, killed with its parent (`PR_SET_PDEATHSIG`), and the parent
/// (`DocumentWorkerPool`) kills one that takes too long.
///
/// The protocol on the child's standard input and output (one socket): a request is a
/// type byte (`DocumentReader.Format`: 0 a PDF, 1 a .docx, 2 an image; plus 0x80 to OCR a
/// PDF's scanned pages in between), the length as 8 bytes little-endian, then the file's
/// bytes; an answer is a type byte (0: the pages read so far, 1: the whole answer), the
/// length and `DocumentCache`'s encoding of the text. The partial answers are why a
/// document whose second page never finishes is still what its first page says.
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
    /// The reader program's file name.
    public static let readerName = "spbe-lint-reader"

    /// Where the reader is for a spbe-lint at `executable` (its real path): beside it (a
    /// build folder, pre-commit's environment, a copied pair), else where `make install`
    /// and the .deb put it (`PREFIX/lib/spbe-lint/`). Nil when there is none: documents
    /// are then not read, and the report says so.
    public static func reader(besides executable: String) -> String? {
        let folder = PathName.parent(executable)
        let candidates = [folder + "/" + readerName, PathName.parent(folder) + "/lib/spbe-lint/" + readerName]
        return candidates.first { access($0, X_OK) == 0 && FileManager.default.isExecutableFile(atPath: $0) && !isFolder($0) }
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
    public static let environmentKey = "SPBE_LINT_DOCUMENT_WORKER"
    /// The limits the parent gives a worker: "<address-space bytes> <document seconds>".
    public static let limitsKey = "SPBE_LINT_DOCUMENT_WORKER_LIMITS"

    /// Whether this process was asked to be a worker (the channel is verified by `serve`).
    public static func isRequested(arguments: [String], environment: [String: String]) -> Bool {
        arguments.count == 2 && arguments[1] == argument && environment[environmentKey] == "1"
    }

    /// The limits a parent wrote into `limitsKey`; the defaults when absent or malformed.
    public static func limits(from environment: [String: String]) -> DocumentReader.Limits {
        var limits = DocumentReader.Limits()
        let fields = (environment[limitsKey] ?? "").split(separator: " ")
        if fields.count == 2, let space = Int(fields[0]), space >= 64 << 20, let seconds = Double(fields[1]), seconds > 0, seconds < 3600 {
            limits.workerAddressSpace = space
            limits.documentSeconds = seconds
        }
        return limits
    }

    public static func limitsValue(_ limits: DocumentReader.Limits) -> String {
        "\(limits.workerAddressSpace) \(limits.documentSeconds)"
    }

    public static func frame(type: UInt8? = nil, length: UInt64) -> [UInt8] {
        (type.map { [$0] } ?? []) + (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) }
    }
}
