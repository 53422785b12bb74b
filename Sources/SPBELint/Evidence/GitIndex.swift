import Foundation

/// The files `git` has in its index under a folder (what the next commit contains).
enum GitIndex {
    struct Entry {
        enum Kind { case file, symlink, submodule }
        /// Relative to the folder asked about.
        var path: String
        var kind: Kind
    }

    static func list(in folder: String) throws -> [Entry] {
        // -s gives the mode (symlinks and submodules are not plain files); -z keeps names verbatim.
        let result: Subprocess.Output
        do {
            result = try Subprocess.run(["git", "-c", "core.quotepath=off", "ls-files", "--cached", "-s", "-z", "--", "."], in: folder)
        } catch {
            throw EvidenceError.git(folder, reason: "cannot run git: \(error.localizedDescription)")
        }
        guard result.status == 0 else {
            throw EvidenceError.git(folder, reason: result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let data = result.stdout
        var entries: [Entry] = []
        for record in data.split(separator: 0) {
            // "<mode> <object> <stage>\t<path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let mode = String(decoding: record[record.startIndex..<(record.firstIndex(of: UInt8(ascii: " ")) ?? tab)], as: UTF8.self)
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            let kind: Entry.Kind = mode == "120000" ? .symlink : mode == "160000" ? .submodule : .file
            if entries.last?.path == path { continue } // merge conflicts list a path once per stage
            entries.append(Entry(path: path, kind: kind))
        }
        return entries
    }
}
