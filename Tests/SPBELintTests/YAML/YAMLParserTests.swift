import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("YAML on libyaml")
struct YAMLParserTests {
    @Test func buildsTreeWithLocations() throws {
        let node = try #require(try Fixtures.parse("a: 1\nlist:\n  - x\n  - \"2\"\n"))
        let pairs = try #require(node.mapping)
        #expect(pairs.map { $0.key.scalar } == ["a", "list"])
        let items = try #require(pairs[1].value.sequence)
        #expect(items[1].location == SourceLocation(file: "test.yaml", line: 4, column: 5))
        guard case .scalar("2", plain: false) = items[1].kind else {
            Issue.record("quoted scalar should keep plain: false")
            return
        }
    }

    @Test func emptyDocumentIsNil() throws {
        #expect(try Fixtures.parse("# only a comment\n") == nil)
    }

    @Test func syntaxErrorNamesLineAndColumn() {
        #expect(throws: YAMLError.self) { try Fixtures.parse("a: [1, 2\nb: 3\n") }
        do {
            _ = try Fixtures.parse("key: value\n  bad: indent\n")
            Issue.record("expected a syntax error")
        } catch let error as YAMLError {
            guard case .syntax(let location, _) = error else { Issue.record("wrong case \(error)"); return }
            #expect(location.line == 2)
            #expect(error.description.hasPrefix("test.yaml:2:"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func duplicateKeyPointsAtSecondAndFirst() {
        #expect(throws: YAMLError.duplicateKey("id", SourceLocation(file: "test.yaml", line: 3, column: 1), first: SourceLocation(file: "test.yaml", line: 1, column: 1))) {
            try Fixtures.parse("id: 1\nname: x\nid: 2\n")
        }
    }

    /// Small mappings are searched, large ones hashed: a repeat must be caught in both,
    /// whether the first copy came before or after the switch.
    @Test(arguments: [(3, 40), (30, 40), (2, 17)])
    func duplicateKeyInLargeMapping(first: Int, again: Int) {
        var lines = (1...40).map { "k\($0): \($0)" }
        lines.insert("k\(first): again", at: again)
        let text = lines.joined(separator: "\n") + "\n"
        #expect(throws: YAMLError.duplicateKey("k\(first)", SourceLocation(file: "test.yaml", line: again + 1, column: 1), first: SourceLocation(file: "test.yaml", line: first, column: 1))) {
            try Fixtures.parse(text)
        }
    }

    @Test func aliasBombIsRefused() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        do {
            _ = try Fixtures.parse(text)
            Issue.record("alias bomb was accepted")
        } catch let error as YAMLError {
            guard case .aliasExpansion(let location, _) = error else { Issue.record("wrong case \(error)"); return }
            #expect(location.line > 1)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func ordinaryAliasesStillWork() throws {
        let node = try #require(try Fixtures.parse("base: &b {kinds: [sk]}\nother: *b\n"))
        #expect(node.mapping?[1].value.mapping?.first?.key.scalar == "kinds")
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: YAMLError.nestingTooDeep(SourceLocation(file: "test.yaml", line: 1, column: 65), limit: 64)) {
            try Fixtures.parse(text)
        }
    }

    @Test func invalidUTF8IsRefusedWithLocation() {
        var bytes = Array("ok: 1\nbad: ".utf8)
        bytes += [0xC3, 0x28]
        #expect(throws: YAMLError.invalidUTF8(SourceLocation(file: "x.yaml", line: 2, column: 6))) {
            try YAMLParser().parse(bytes, file: "x.yaml")
        }
    }

    @Test func undefinedAliasAndSecondDocument() {
        #expect(throws: YAMLError.self) { try Fixtures.parse("a: *nothing\n") }
        #expect(throws: YAMLError.multipleDocuments(SourceLocation(file: "test.yaml", line: 2, column: 1))) {
            try Fixtures.parse("a: 1\n---\nb: 2\n")
        }
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        let parser = YAMLParser(limits: .init(maxBytes: 10))
        #expect(throws: YAMLError.tooLarge(file: "big.yaml", bytes: 20, limit: 10)) {
            try parser.parse(String(repeating: "a", count: 20), file: "big.yaml")
        }
    }
}
