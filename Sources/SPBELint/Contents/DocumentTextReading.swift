/// Whatever turns a document's bytes into its text. The program reads through
/// `DocumentWorkerPool` (confined child processes of `spbe-lint-reader`); the library
/// itself links no document library, so without a reader a document is simply not read
/// (`ReadFailure.noReader`, and a text requirement is not met). The tests may read in
/// their own process (`SPBELintReader.InProcessReader`), to compare both paths.
public protocol DocumentTextReading: Sendable {
    /// Reads one document within `seconds` (the per-document limit when nil); never
    /// throws: a document that could not be read says why in `Text.unreadable`.
    func read(_ bytes: [UInt8], format: DocumentReader.Format, wholeBody: Bool, seconds: Double?) -> DocumentReader.Text
    /// Reader processes started (for `--stats`; 0 in process).
    var processesStarted: Int { get }
    /// Ends whatever the reader keeps running (idle processes).
    func finish()
}

/// How a run reads documents: a factory, since the readers take the run's limits.
public typealias DocumentReaderFactory = @Sendable (DocumentReader.Limits) -> any DocumentTextReading
