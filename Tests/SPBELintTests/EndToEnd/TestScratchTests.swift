import Foundation
import Testing

/// The suite's own clean-up: it must take everything it wrote, unreadable folders
/// included, and change nothing a link in those folders points at.
@Suite("The suite cleans up after itself")
struct TestScratchTests {
    @Test func scratchGoesWithLockedFoldersAndLeavesLinkTargetsAlone() throws {
        let outside = TempTree("outside")
        let secret = outside.file("secret.txt", "rahasia")
        outside.folder("private")
        #expect(chmod(secret, 0o600) == 0)
        #expect(chmod(outside.path("private"), 0o700) == 0)

        let folder = TestScratch.folder("gone")
        try FileManager.default.createDirectory(atPath: folder + "/01/terkunci/dalam", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/01/terkunci/dalam/a.pdf", contents: Data("x".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder + "/01/link.txt", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: folder + "/01/link-dir", withDestinationPath: outside.path("private"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
        #expect(chmod(folder + "/01/terkunci/dalam", 0o000) == 0)
        #expect(chmod(folder + "/01/terkunci", 0o000) == 0)

        TestScratch.remove(folder)

        #expect(!FileManager.default.fileExists(atPath: folder))
        var info = stat()
        #expect(stat(secret, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(outside.path("private"), &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(FileManager.default.contents(atPath: secret) == Data("rahasia".utf8))
    }
}
