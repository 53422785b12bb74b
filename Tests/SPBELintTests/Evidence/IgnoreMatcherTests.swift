import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("gitignore-style ignore")
struct IgnoreMatcherTests {
    @Test func basics() {
        let matcher = IgnoreMatcher(patterns: ["# comment", "*.tmp", "drafts/", "/arsip", "docs/**/old", "!keep.tmp", "[Tt]humbs*"])
        #expect(matcher.isIgnored("a/b/x.tmp", isDirectory: false))
        #expect(!matcher.isIgnored("a/keep.tmp", isDirectory: false))
        #expect(matcher.isIgnored("x/drafts", isDirectory: true))
        #expect(!matcher.isIgnored("x/drafts", isDirectory: false))
        #expect(matcher.isIgnored("arsip", isDirectory: true))
        #expect(!matcher.isIgnored("sub/arsip", isDirectory: true))
        #expect(matcher.isIgnored("docs/old", isDirectory: true))
        #expect(matcher.isIgnored("docs/a/b/old", isDirectory: false))
        #expect(matcher.isIgnored("thumbs.db", isDirectory: false))
        #expect(!matcher.isIgnored("report.pdf", isDirectory: false))
    }

    @Test func doubleStarPrefix() {
        let matcher = IgnoreMatcher(patterns: ["**/node_modules", "**/cache/*.bin"])
        #expect(matcher.isIgnored("a/b/node_modules", isDirectory: true))
        #expect(matcher.isIgnored("node_modules", isDirectory: true))
        #expect(matcher.isIgnored("x/cache/y.bin", isDirectory: false))
    }
}
