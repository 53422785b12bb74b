import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

@Suite("Messages")
struct MessagesTests {
    @Test func everyMessageHasBothLanguages() {
        let messages = Messages(language: .id)
        #expect(messages.keys.count > 50)
        for key in messages.keys {
            #expect(messages.entries[key]?[.id] != nil && messages.entries[key]?[.en] != nil, "\(key)")
        }
    }

    /// The keys the build generated from messages.yaml (a line scan) are exactly the keys
    /// libyaml reads from it at run time: the compile-time check covers the real catalogue.
    /// The texts are compiled in by the build tool's own small reader: libyaml must read
    /// the file to exactly the same texts, so the two can never drift apart.
    @Test func compiledTextsAreWhatLibyamlReads() throws {
        let text = try #require(RuleSource.shippedFiles["messages.yaml"])
        let root = try #require(try YAMLParser().parse(text, file: "rules/messages.yaml"))
        let messages = try #require(NodeMerger.value("messages", in: root)?.mapping)
        var count = 0
        for pair in messages {
            let key = try #require(pair.key.scalar)
            for form in pair.value.mapping ?? [] {
                let language = try #require(form.key.scalar.flatMap(Messages.Language.init(rawValue:)))
                #expect(Messages.catalogue[key]?[language] == form.value.scalar, "\(key).\(language.rawValue)")
                count += 1
            }
        }
        #expect(count == Messages.catalogue.values.map(\.count).reduce(0, +) && count > 500)
    }

    @Test func generatedKeysMatchTheCatalogue() {
        #expect(MessageKey.all.map(\.rawValue).sorted() == Messages(language: .en).keys)
        #expect(MessageKey.gapMessage.rawValue == "gap.message")
    }

    /// Keys chosen at run time from a code: every code the program can produce has a
    /// message in both languages (an unknown key would print as the bare key).
    @Test func everyFamilyMemberExists() {
        var keys: [MessageKey] = []
        keys += EvidenceIndex.Notice.Code.allCases.map { MessageKey(family: "tree", member: $0.rawValue) }
        keys += Finding.Category.allCases.map { MessageKey(family: "checklist.type", member: $0.rawValue) }
        keys += Finding.Severity.allCases.map { MessageKey(family: "checklist.severity", member: $0.rawValue) }
        keys += FollowUp.Status.allCases.map { MessageKey(family: "follow-up.status", member: $0.rawValue) }
        keys += EvidenceAccount.Reason.allCases.map { MessageKey(family: "account.reason", member: $0.rawValue) }
        keys += ["owner", "writable", "link"].map { MessageKey(family: "config.ignored", member: $0) }
        keys += ["folder", "special", "inside", "foreign"].map { MessageKey(family: "baseline.refused", member: $0) }
        keys += ["domain", "aspect", "indicator", "requirement"].map { MessageKey(family: "what", member: $0) }
        keys += DocumentFacts.Enactment.allCases.map { MessageKey(family: "content", member: "lacks." + $0.rawValue) }
        keys += DocumentAnalyzer.IssuerRole.allCases.map { MessageKey(family: "content", member: "role." + $0.rawValue) } + [MessageKey(family: "content", member: "role.instansi")]
        let catalogue = Messages(language: .id).entries
        for key in keys {
            #expect(catalogue[key.rawValue]?[.id] != nil && catalogue[key.rawValue]?[.en] != nil, "\(key)")
        }
    }

    @Test func languageFromLocaleAndPlurals() {
        #expect(Messages.Language.fromEnvironment(["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Messages.Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"]) == .en)
        #expect(Messages.Language.fromEnvironment([:]) == .en)
        #expect(Messages.render("{n} {n|file|files}", ["n": 1]) == "1 file")
        #expect(Messages.render("{n} {n|file|files}", ["n": 3]) == "3 files")
        #expect(Messages(language: .id).longDate(Day("2026-09-28")!) == "Senin, 28 September 2026")
    }

    @Test func diagnosticsFollowLang() throws {
        let tree = TempTree()
        tree.file(".spbe-lint.yaml", "ignore: []\ntagret: 3\n")
        let id = try CLI.run([tree.root, "--lang", "id"])
        #expect(id.status == 2)
        #expect(id.stderr.contains(".spbe-lint.yaml:2:1: galat: kunci 'tagret' tidak dikenal di konfigurasi; mungkin maksudnya 'target'?"), "\(id.stderr)")
        let en = try CLI.run([tree.root, "--lang", "en"])
        #expect(en.stderr.contains("unknown key 'tagret' in the config; did you mean 'target'?"))
        let bad = tree.file("bad.yaml", "a: [1\n")
        let check = try CLI.run(["rules", "check", bad, "--lang", "id"]).stderr
        #expect(check.contains("galat: sintaks YAML") && !check.contains("error:"), "\(check)")
        #expect(try CLI.run(["rules", "check", bad, "--lang", "en"]).stderr.contains("error: YAML syntax"))
        #expect(try CLI.run(["/no/such/folder", "--lang", "id"]).stderr.contains("folder bukti dukung '/no/such/folder' tidak ada"))
    }

    @Test func reportFollowsLang() throws {
        let tree = GoldenTests.fixture()
        let id = try CLI.run([tree.root, "--lang", "id"])
        #expect(id.stdout.contains("Bukti dukung: ") && id.stdout.contains("masalah harus diperbaiki"))
        let env = try CLI.run([tree.root], environment: ["LANG": "id_ID.UTF-8"])
        #expect(env.stdout.contains("masalah harus diperbaiki"))
        #expect(try CLI.run([tree.root, "--lang", "jv"]).status == 2)
    }
}
