#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on plain strings, the same on every platform. NSString's path
/// methods trap on some inputs in Foundation 6.3 on Linux (`"." .deletingLastPathComponent`),
/// so nothing in spbe-lint uses them: every path any command takes goes through here.
public enum PathName {
    /// The folder part, as POSIX `dirname`: "p.yaml" → ".", "a/b.yaml" → "a", "/a" → "/",
    /// "a/b/" → "a", "" → ".".
    public static func parent(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
        guard let slash = text.lastIndex(of: "/") else { return "." }
        var head = text[..<slash]
        while head.count > 1 && head.hasSuffix("/") { head = head.dropLast() }
        return head.isEmpty ? "/" : String(head)
    }

    /// The last component: "a/b.yaml" → "b.yaml", "a/b/" → "b", "/" → "/".
    public static func lastComponent(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
        guard let slash = text.lastIndex(of: "/"), text != "/" else { return String(text) }
        return String(text[text.index(after: slash)...])
    }

    /// `component` read relative to `base`; an absolute component stands alone.
    public static func join(_ base: String, _ component: String) -> String {
        if component.hasPrefix("/") || base.isEmpty || base == "." { return component.isEmpty ? base : component }
        if component.isEmpty { return base }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    /// Removes `.`, empty components and `name/..` pairs without touching the disk.
    /// A relative path keeps leading `..`; an absolute one cannot climb above `/`.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path` written relative to `folder` (both absolute and normalised): "../rules/p.yaml".
    public static func relative(_ path: String, from folder: String) -> String {
        let target = normalize(path).split(separator: "/")
        let base = normalize(folder).split(separator: "/")
        var common = 0
        while common < target.count && common < base.count && target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The current working directory; "." if it cannot be read (deleted meanwhile).
    public static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` made absolute against the working directory, normalised lexically.
    public static func absolute(_ path: String) -> String {
        normalize(path.hasPrefix("/") ? path : join(currentDirectory, path))
    }

    /// The canonical path with every symlink resolved (realpath(3)); nil when it does not exist.
    public static func real(_ path: String) -> String? {
        guard !path.isEmpty, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `folder` itself or lies inside it (both canonical or both lexical).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        if path == folder { return true }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix)
    }

    /// What kind of thing is at `path`, without following a final symlink when `follow` is false.
    public enum Entry: Equatable, Sendable { case missing, file, folder, link, other }

    public static func entry(_ path: String, follow: Bool = true) -> Entry {
        guard !path.isEmpty else { return .missing }
        var info = stat()
        let result = follow ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }
}
