/// Rule packs (rules/*.yaml and custom packs). Nothing is required here: a pack that
/// `extends` another gives only what it changes; what a merged pack must have is checked
/// by `rules check` after merging.
public enum RulePackSchema {
    public static let quality = SchemaObject("File quality checks; only the keys given change.", [
        key("empty", .boolean, "Report empty files."),
        key("magic", .boolean, "Report files whose content is not what their extension says."),
        key("truncated-pdf", .boolean, "Report PDFs cut short (no %EOF at the end)."),
        key("max-size-mb", .anyOf([.number(minimum: 0), .text(choices: ["off"]), .boolean]), "Largest upload accepted, in MB, or off."),
        key("file-names", .boolean, "Report names the upload portal rejects."),
        key("max-name-length", .integer(1...4096), "Longest file name accepted."),
        key("duplicates", .boolean, "Report the same file uploaded under several indicators."),
        key("convert-extensions", .oneOrList(.text()), "Formats assessors ask to be sent as PDF."),
    ])

    public static let kindContent = SchemaObject("What a document of this kind says on its first page.", [
        key("titles", .oneOrList(.text()), "Title phrases (PERATURAN WALI KOTA …) that state this kind."),
        key("issuer", .text(choices: ["instansi", "pusat"]), "instansi: the issuer must be the config's instansi; pusat: a ministry's, never a Pemda's own."),
        key("enactable", .boolean, "A document of this kind is enacted (nomor, filled date, signature) or a draft."),
        key("carries", .oneOrList(.text()), "Kinds a document of this kind may also be (an SOP enacted by Keputusan)."),
        key("alone", .boolean, "A document whose text is this kind is no other kind its name says (unless named this kind too)."),
    ])

    public static let kind = SchemaObject("An evidence kind: how to recognise it by name, format and content.", [
        key("name", .text(), "Its name in reports."),
        key("description", .text(), "Where the kind comes from (cite the regulation)."),
        key("keywords", .oneOrList(.text()), "Words in a file name that mark this kind (* at the end: a prefix)."),
        key("extensions", .oneOrList(.text()), "Formats it is accepted in."),
        key("yields-to", .oneOrList(.text()), "Kinds that win when a name matches both."),
        key("supersedes", .oneOrList(.text()), "Kinds this one replaces when a name matches both."),
        key("marks-draft", .boolean, "A file of this kind is a draft (counts for level 1 only)."),
        key("extensions-alone", .oneOrList(.text()), "Formats that make a file this kind without a keyword (.png: screenshot)."),
        key("content", .object(kindContent), "Content signals for the document reader."),
    ])

    public static let rejection = SchemaObject("Names that look right but are not this evidence.", [
        key("keywords", .oneOrList(.text()), "Words that disqualify a file."),
        key("message", .text(), "What the report says about such a file."),
    ])

    public static let requirement = SchemaObject("Evidence a level needs.", [
        key("id", .text(), "Stable id (waivers and baselines name it)."),
        key("kinds", .oneOrList(.text()), "Evidence kinds that satisfy it."),
        key("min", .integer(1...1000), "How many files (default 1)."),
        key("description", .text(), "What is needed, in the regulation's words."),
        key("example", .text(), "A file name that would count; it is turned into a test."),
        key("reject", .object(rejection), "Names that look right but do not count."),
        key("max-age-years", .integer(0...100), "Only files from this many years up to the evaluation year."),
        key("dated-by", .text(choices: ["name", "text"]), "text: a read document's own signing date (\"Sukamaju, 31 Maret 2022\") outranks the year in its name, as for an audit report; name (the default): the name's or sidecar's year."),
        key("distinct-years", .boolean, "The files must come from different years."),
        key("enacted", .boolean, "Only enacted documents (not drafts) count."),
        key("issuer", .oneOrList(.text(choices: ["kepala-daerah", "instansi", "opd"])), "Whose documents count: the kepala daerah's, the instansi head's (a Pemda's kepala daerah, a ministry's minister), an OPD's."),
        key("subject", .object(subject), "What a regulation or SK must be about (its TENTANG) to count here."),
        key("code", .text(), "The butir code in the assessment form."),
        key("heuristic", .anyOf([.text(), .object(translatedText)]), "Why this requirement is not taken word for word from the regulation: one text, or {en: …, id: …} so reports in either language show it in theirs."),
        key("quality", .object(quality), "Quality checks for this requirement's files."),
        key("disabled", .boolean, "Drop an inherited requirement."),
        key("note", .text(), "A remark for maintainers."),
        key("covers", .text(choices: ["opd"]), "opd: the documents must name every unit in the config's opd list."),
        key("shows", .object(shownText), "Words its files must show (a screenshot is read by OCR for them)."),
    ])

    public static let translatedText = SchemaObject("A text in both report languages.", [
        key("en", .text(), required: true, "English."),
        key("id", .text(), required: true, "Bahasa Indonesia."),
    ])

    public static let subject = SchemaObject("What a counted regulation or SK must be about: its TENTANG (else its file name) names one of these.", [
        key("any", .oneOrList(.text()), required: true, "The ways the subject may be written; one is enough."),
        key("heuristic", .text(), "Why these words stand for the criterion's subject."),
        key("source", .text(), "Where the criterion names the subject."),
    ])

    public static let shownText = SchemaObject("Words the requirement's files must show, read from the files themselves.", [
        key("any", .oneOrList(.text()), required: true, "The ways the words may be written; one is enough."),
        key("heuristic", .text(), required: true, "Why showing these words stands for the criterion."),
    ])

    public static let contentProof = SchemaObject("How the document's own text shows this level's criterion, so no person has to confirm it.", [
        key("kinds", .oneOrList(.text()), "Kinds of document whose text is checked (an enacted one of the instansi, already counted for the indicator)."),
        key("topics", .list(.oneOrList(.text())), "Topics the text must name; each a spelling or a list of spellings."),
        key("times", .integer(1...20), "How often each topic must be named (default 2: once is only a definition or a list)."),
        key("heuristic", .text(), "Why naming the topics stands for the criterion."),
    ])

    public static let level = SchemaObject("One maturity level of an indicator.", [
        key("criteria", .text(), "The criteria as the regulation writes them."),
        key("requirements", .list(.object(requirement)), "Evidence this level needs."),
        key("cumulative", .boolean, "The lower levels' evidence is needed too."),
        key("manual", .text(), "Criteria a person must check (confirmed: in the config)."),
        key("proven-by", .object(contentProof), "How a document's text shows the manual criteria instead."),
        key("note", .text(), "A remark for maintainers."),
    ])

    public static let band = SchemaObject("A range of an external index and the level it gives.", [
        key("min", .number(), "Lowest value of the range."),
        key("max", .number(), "Value the range stays below."),
        key("level", .level, "The level it gives."),
        key("value", .list(.number()), "Indicator values [from, to] the range maps onto linearly (Indeks SDI 62.5–75 → 3.5–4); none: the level itself."),
    ])

    public static let scale = SchemaObject("The values an index can take; a configured value outside them is refused.", [
        key("min", .number(), "Lowest possible value."),
        key("max", .number(), "Highest possible value."),
    ])

    public static let external = SchemaObject("An indicator scored from another ministry's index.", [
        key("index", .text(), "The index's name (Indeks SDI, IKASANDI …)."),
        key("scale", .object(scale), "The index's own scale (Indeks SDI 0–100, IKASANDI 0–5)."),
        key("bands", .list(.object(band)), "Value ranges and the levels they give."),
    ])

    static let levels = Shape.dictionary(keyPattern: "^[1-5]$", value: .object(level))
    static let levelNames = Shape.dictionary(keyPattern: "^[1-5]$", value: .text())

    public static let indicator = SchemaObject("An indicator and its levels.", [
        key("id", .identifier, "The id people write (\"1\", \"I5\")."),
        key("number", .integer(1...999), "Its number (folders are matched by it)."),
        key("name", .text(), "Its name in the regulation."),
        key("aspect", .text(), "The aspect it belongs to."),
        key("weight", .number(minimum: 0), "Its weight (bobot) in percent."),
        key("levels", levels, "Levels 1 to 5."),
        key("external", .object(external), "Scored from an external index instead of uploads."),
        key("note", .text(), "A remark for maintainers."),
    ])

    public static let domain = SchemaObject("A domain of the index.", [
        key("id", .text(), "Its id (D1)."),
        key("name", .text(), "Its name."),
        key("weight", .number(minimum: 0), "Its weight in percent."),
        key("levels", levelNames, "Names of its levels where they differ from the framework's."),
    ])

    public static let aspect = SchemaObject("An aspect of the index.", [
        key("id", .text(), "Its id (A1)."),
        key("name", .text(), "Its name."),
        key("domain", .text(), "The domain it belongs to."),
        key("weight", .number(minimum: 0), "Its weight in percent."),
    ])

    public static let predikat = SchemaObject("An index range and its predikat.", [
        key("min", .number(minimum: 0), "Lowest index value of the predikat."),
        key("label", .text(), "The predikat (Baik, Sangat Baik …)."),
    ])

    public static let superseded = SchemaObject("When this framework was replaced.", [
        key("from-year", .integer(2000...2099), "The first evaluation year it no longer applies to."),
        key("by", .text(), "What replaced it."),
        key("pack", .text(), "The shipped pack of what replaced it: the default from that year when a config names no rules."),
    ])

    public static let framework = SchemaObject("The regulation this pack encodes.", [
        key("id", .text(), "Pack id (spbe-2020)."),
        key("title", .text(), "Title in reports."),
        key("regulation", .text(), "The regulation it cites."),
        key("index-name", .text(), "What the index is called (Indeks SPBE)."),
        key("total-weight", .number(minimum: 0), "The weights add up to this."),
        key("floor", .level, "The level given without evidence."),
        key("levels", levelNames, "Names of the levels."),
        key("predikat", .list(.object(predikat)), "Predikat per index range, highest first."),
        key("superseded", .object(superseded), "When it was replaced."),
    ])

    /// Keys the loader resolves before decoding (they name other files).
    static let loaderKeys = ["extends", "catalogue"]

    public static let root = SchemaObject("An spbe-lint rule pack.", [
        key("schema", .integer(1...1), "Pack format version."),
        key("extends", .text(), "A shipped pack id or a path: this file changes that pack."),
        key("catalogue", .text(), "A file whose kinds: this pack uses (kinds.yaml)."),
        key("framework", .object(framework), "The regulation."),
        key("kinds", .dictionary(keyPattern: nil, value: .object(kind)), "Evidence kinds by id."),
        key("quality", .object(quality), "File quality checks."),
        key("domains", .list(.object(domain)), "Domains."),
        key("aspects", .list(.object(aspect)), "Aspects."),
        key("indicators", .list(.object(indicator)), "Indicators."),
    ])

    /// What the decoder sees once the loader has resolved `extends` and `catalogue`.
    static var decodedKeys: [String] { root.keys.filter { !loaderKeys.contains($0) } }
}
