import Foundation
import Testing
@testable import SPBELint
@testable import SPBELintReport

/// Every option and argument that takes a path, in every form a person types it:
/// absolute, relative, `.`, `./x`, `../x`, `x/`, a name with spaces, a symlink, a
/// missing path, a folder where a file belongs, an empty string. Each gives its
/// result or a clear error with exit 2, never a signal.
@Suite("Path forms")
struct PathMatrixTests {
    /// `base/work dir` is the working folder; the pack, config, evidence and a baseline
    /// sit inside it, in a sub-folder with a space, one level up, and behind symlinks.
    final class Layout {
        let tree = TempTree("base")
        var work: String { tree.path("work dir") }

        init() throws {
            let pack = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("rules/spbe-2020.yaml"), encoding: .utf8)
            tree.file("work dir/p.yaml", pack)
            tree.file("work dir/sub dir/p.yaml", pack)
            tree.file("up.yaml", pack)
            tree.file(".spbe-lint.yaml", "rules: spbe-2020\n")
            tree.file("work dir/cfg.yaml", "rules: spbe-2020\ntarget: 1\n")
            tree.file("upcfg.yaml", "rules: spbe-2020\ntarget: 1\n")
            tree.file("work dir/ev/01 Arsitektur/Perwali Arsitektur SPBE 2024.pdf", QualityTests.validPDF)
            tree.file("upev/01 Arsitektur/Perwali Arsitektur SPBE 2024.pdf", QualityTests.validPDF)
            tree.file("work dir/ev space/01 Arsitektur/Perwali Arsitektur SPBE 2024.pdf", QualityTests.validPDF)
            try FileManager.default.createSymbolicLink(atPath: tree.path("work dir/link.yaml"), withDestinationPath: "p.yaml")
            try FileManager.default.createSymbolicLink(atPath: tree.path("work dir/evlink"), withDestinationPath: "ev")
            try FileManager.default.createSymbolicLink(atPath: tree.path("work dir/cfglink.yaml"), withDestinationPath: "cfg.yaml")
        }

        func run(_ arguments: [String]) throws -> CLI.Result {
            let result = try CLI.run(arguments, in: work)
            #expect(!result.signaled, "spbe-lint \(arguments) was killed by signal \(result.status): \(result.stderr)")
            return result
        }
    }

    static let packForms = ["p.yaml", "./p.yaml", "../up.yaml", "sub dir/p.yaml", "link.yaml", "ABS/p.yaml", "rules-id"]
    static let badFileForms = ["nope.yaml", "ev", "", "p.yaml/"]

    @Test func rulePackPaths() throws {
        let layout = try Layout()
        for form in Self.packForms {
            let path = form == "rules-id" ? "spbe-2020" : form.replacingOccurrences(of: "ABS", with: layout.work)
            let check = try layout.run(["rules", "check", path])
            #expect(check.status == 0, "rules check \(path): \(check.stderr)")
            let explain = try layout.run(["explain", "19", "--rules", path])
            #expect(explain.status == 0 && explain.stdout.contains("Indikator 19"), "explain --rules \(path): \(explain.stderr)")
            let run = try layout.run(["check", "ev", "--target", "1", "--rules", path])
            #expect(run.status == 0, "check --rules \(path): \(run.stdout)\(run.stderr)")
        }
        for form in Self.badFileForms {
            for arguments in [["rules", "check", form], ["explain", "19", "--rules", form], ["check", "ev", "--rules", form]] {
                let result = try layout.run(arguments)
                #expect(result.status == 2, "\(arguments) should be a usage error")
                #expect(result.stderr.contains("error"), "\(arguments): \(result.stderr)")
            }
        }
    }

    @Test func evidenceFolderPaths() throws {
        let layout = try Layout()
        for form in ["ev", ".", "./ev", "ev/", "../upev", "ev space", "evlink", layout.work + "/ev", "ev/../ev"] {
            let result = try layout.run(["check", form, "--target", "1"])
            #expect(result.status == 0, "check \(form): \(result.stdout)\(result.stderr)")
        }
        for form in ["nope", "p.yaml", ""] {
            let result = try layout.run(["check", form])
            #expect(result.status == 2 && result.stderr.contains("error"), "check \(form): \(result.stderr)")
        }
    }

    @Test func configPaths() throws {
        let layout = try Layout()
        for form in ["cfg.yaml", "./cfg.yaml", "../upcfg.yaml", "cfglink.yaml", layout.work + "/cfg.yaml"] {
            let result = try layout.run(["check", "ev", "--config", form])
            #expect(result.status == 0, "--config \(form): \(result.stderr)")
        }
        for form in ["nope.yaml", "ev", "", "cfg.yaml/"] {
            let result = try layout.run(["check", "ev", "--config", form])
            #expect(result.status == 2 && result.stderr.contains("error"), "--config \(form): \(result.stderr)")
        }
    }

    @Test func baselinePaths() throws {
        let layout = try Layout()
        for form in ["bl.json", "./bl2.json", "../bl3.json", "sub dir/bl4.json", layout.work + "/bl5.json"] {
            let written = try layout.run(["check", "ev", "--target", "1", "--write-baseline", form])
            #expect(written.status == 0, "--write-baseline \(form): \(written.stderr)")
            let read = try layout.run(["check", "ev", "--target", "1", "--baseline", form])
            #expect(read.status == 0, "--baseline \(form): \(read.stderr)")
        }
        for form in ["bl/", "", "ev", "nope/bl.json", "ev/inside.json", "cfg.yaml", "link.yaml"] {
            let result = try layout.run(["check", "ev", "--target", "1", "--write-baseline", form])
            #expect(result.status == 2 && result.stderr.contains("error"), "--write-baseline \(form): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: layout.tree.path("work dir/cfg.yaml"), encoding: .utf8) == "rules: spbe-2020\ntarget: 1\n", "the config was not replaced")
        #expect(!FileManager.default.fileExists(atPath: layout.tree.path("work dir/ev/inside.json")))
        for form in ["nope.json", "ev", "", "cfg.yaml"] {
            let result = try layout.run(["check", "ev", "--baseline", form])
            #expect(result.status == 2 && result.stderr.contains("error"), "--baseline \(form): \(result.stderr)")
        }
    }

    @Test func initPaths() throws {
        let layout = try Layout()
        for form in ["new-a", "./new-b", "../new-c", "new d/", layout.work + "/new-e"] {
            let result = try layout.run(["init", form, "--rules", "p.yaml"])
            #expect(result.status == 0, "init \(form): \(result.stderr)")
            // The scaffolded tree checks with the same custom pack: its config names it by path.
            let check = try layout.run(["check", form])
            #expect(check.status == 1 && check.stdout.contains("0 files checked") && !check.stdout.contains("not tied"), "check \(form): \(check.stdout)\(check.stderr)")
        }
        for form in ["p.yaml", ""] {
            let result = try layout.run(["init", form])
            #expect(result.status == 2 && result.stderr.contains("error"), "init \(form): \(result.stderr)")
        }
    }

    @Test func installHookPaths() throws {
        let layout = try Layout()
        _ = try Shell.run("/usr/bin/env", ["git", "init", "-q"], in: layout.work)
        for form in ["ev", "./ev", "ev/", "ev space"] {
            let result = try layout.run(["install-hook", form, "--force"])
            #expect(result.status == 0, "install-hook \(form): \(result.stderr)")
        }
    }

    /// `a.yaml` extends `./b.yaml` extends `./a.yaml`: one file under two spellings.
    @Test func extendsCycleThroughDifferentSpellings() throws {
        let layout = try Layout()
        layout.tree.file("work dir/a.yaml", "extends: ./b.yaml\n")
        layout.tree.file("work dir/b.yaml", "extends: ./a.yaml\n")
        let result = try layout.run(["rules", "check", "a.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("forms a cycle"), "\(result.stderr)")
    }

    @Test func pathHelper() {
        #expect(PathName.parent("p.yaml") == ".")
        #expect(PathName.parent("a/b.yaml") == "a")
        #expect(PathName.parent("/a") == "/")
        #expect(PathName.parent("a/b/") == "a")
        #expect(PathName.parent("") == ".")
        #expect(PathName.parent(".") == ".")
        #expect(PathName.join(".", "x.yaml") == "x.yaml")
        #expect(PathName.join("a", "/abs") == "/abs")
        #expect(PathName.join("a/", "b") == "a/b")
        #expect(PathName.normalize("./a/../b//c/.") == "b/c")
        #expect(PathName.normalize("../../x") == "../../x")
        #expect(PathName.normalize("/../x") == "/x")
        #expect(PathName.relative("/r/p.yaml", from: "/r/work/new") == "../../p.yaml")
        #expect(PathName.lastComponent("a/b/") == "b")
    }
}
