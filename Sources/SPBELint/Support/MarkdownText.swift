/// Makes untrusted text inert inside Markdown (checklists, SARIF `help.markdown`, the
/// GitHub step summary). A file name such as `[Unggah ulang](https:evil.example) Perwali.pdf`
/// must not become a working link on GitHub, `![x](…)` no image, `<img …>` no HTML and
/// `|` no new table cell. CommonMark lets any ASCII punctuation be backslash-escaped,
/// so each character with a meaning is; GFM's bare `www.` and e-mail autolinks are
/// broken the same way. Line breaks and control characters become visible escapes.
public enum MarkdownText {
    /// With `[` and `]` escaped no link or image can start, so `(`, `)` and `!` stay
    /// readable; `*`, `_` and `~` are escaped so a name is shown exactly as written.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "@"]

    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(TerminalText.escape(text).unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if special.contains(scalar) {
                out.append("\\")
            } else if scalar == ".", index >= 3,
                      String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www" {
                out.append("\\")
            } else if scalar == ":", index + 2 < scalars.count, scalars[index + 1] == "/", scalars[index + 2] == "/" {
                // "http://" would autolink.
                out.append("\\")
            }
            out.append(scalar)
        }
        return String(out)
    }
}
