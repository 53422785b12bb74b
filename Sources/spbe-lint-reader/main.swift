import Foundation
import SPBELintReader
import SPBELint

// The document reader: the only program linked against poppler, cairo, Tesseract and
// leptonica. spbe-lint starts it as a confined child and talks to it over a socket
// (`DocumentWorker`); started any other way it reads nothing and exits 2.
let environment = ProcessInfo.processInfo.environment
// The hidden self-test (`ReaderSelfTest`): a reader confined like any other that then
// tries what a compromised one would; the tests run it to prove the confinement.
if ReaderSelfTest.isRequested(arguments: CommandLine.arguments, environment: environment) {
    exit(ReaderSelfTest.run())
}
guard DocumentWorker.isRequested(arguments: CommandLine.arguments, environment: environment) else {
    FileHandle.standardError.write(Data("spbe-lint-reader reads documents for spbe-lint, which starts it; it is not run by hand.\n".utf8))
    exit(2)
}
exit(ReaderService.serve(limits: DocumentWorker.limits(from: environment)))
