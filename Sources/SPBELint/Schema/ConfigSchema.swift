/// `.spbe-lint.yaml`: every key the config reader accepts, with what it means.
public enum ConfigSchema {
    public static let indicator = SchemaObject("Settings for one indicator, keyed by its id (\"1\", \"I5\").", [
        key("owner", .text(), "The unit (OPD) that supplies this indicator's evidence; checklists group by it."),
        key("claim", .level, "The level claimed in the self-assessment (penilaian mandiri); a claim above what the evidence supports is an error."),
        key("target", .level, "The level aimed for; gaps are reported up to it (default: the config's target, else 5)."),
        key("confirmed", .level, "A level whose criteria a person checked by reading the evidence (levels marked manual in the pack)."),
        key("index", .number(minimum: 0), "The external index that scores this indicator (Indeks SDI, IKASANDI, …), for indicators scored from one."),
        key("service", .text(), "For layanan publik indicators: the public service this evidence is about."),
        key("narrative", .text(), "The explanation (penjelasan) entered with the evidence; file names it mentions are checked."),
    ])

    public static let waiver = SchemaObject("An accepted gap, with a reason and an end date.", [
        key("indicator", .identifier, required: true, "The indicator id."),
        key("requirement", .text(), "The requirement id (see `spbe-lint explain`), or 'manual'; omitted: every gap of the indicator."),
        key("reason", .text(), required: true, "Why the gap is accepted; shown in every report."),
        key("expires", .date, required: true, "The last day the waiver holds (YYYY-MM-DD); after it the gap counts again."),
    ])

    public static let followUp = SchemaObject("One request of the asesor at the penilaian interviu, tracked until the evidence answers it.", [
        key("indicator", .identifier, required: true, "The indicator id."),
        key("note", .text(), required: true, "What the asesor asked for, in their words."),
        key("owner", .text(), "The unit (OPD) that must answer it; default: the indicator's owner."),
        key("requirement", .requirementID, "The requirement id it asks for (see `spbe-lint explain`), or 'manual' when no file can show it; default: matched from the note's words, else the whole indicator."),
        key("done", .date, "The day the coordinator checked it answered (YYYY-MM-DD); the only way a manual note closes."),
    ])

    public static let holiday = SchemaObject("A day off that the deadline skips.", [
        key("date", .date, required: true, "The day (YYYY-MM-DD)."),
        key("name", .text(), "What it is (Hari Jadi Kota …)."),
        key("type", .text(choices: ["libur-nasional", "cuti-bersama", "regional"]), "Default: regional."),
    ])

    public static let conventions = SchemaObject("How this instansi names folders and files, on top of the shipped conventions.", [
        key("folders", .oneOrList(.text()), "Folder name patterns ({n} indicator number, {level}, *, - and ~)."),
        key("files", .oneOrList(.text()), "File name patterns, as for folders."),
        key("replace", .boolean, "true: these patterns replace the shipped ones instead of coming first."),
        key("office-words", .oneOrList(.text()), "Words that name an office (Bappeda, Dinas …), so a numbered office folder is not read as an indicator."),
    ])

    public static let root = SchemaObject("spbe-lint configuration (.spbe-lint.yaml at the top of the evidence folder).", [
        key("rules", .text(), "Rule pack: a shipped id (spbe-2020, pemdi-2026) or the path of a pack file, relative to this config."),
        key("instansi", .text(), "The instansi's name as its documents write it (Pemerintah Kota Sukamaju); documents issued by another are not counted."),
        key("instansi-type", .text(choices: Configuration.InstansiType.allCases.map(\.rawValue)), "Pemerintah daerah or instansi pusat."),
        key("year", .integer(2000...2099), "The evaluation year (default: this year); year windows end at it."),
        key("interview", .date, "The day of the penilaian interviu (YYYY-MM-DD); reports then show the deadline for missing evidence."),
        key("window-days", .integer(1...60), "Working days after the interview to supply missing evidence (default 5)."),
        key("count-interview-day", .boolean, "true: the interview day is the first of the working days."),
        key("follow-up", .list(.object(followUp)), "The asesor's notes from the interview (needs 'interview:'): each note's status is decided from the files changed after the interview."),
        key("holidays", .list(.object(holiday)), "Regional days off the deadline skips, beyond the national calendar."),
        key("target", .level, "The level every indicator aims for unless its own entry says otherwise (default 5)."),
        key("ignore", .oneOrList(.text()), "Paths or patterns inside the evidence folder that are not evidence (_draft/)."),
        key("conventions", .object(conventions), "Naming conventions of this instansi."),
        key("indicators", .anyOf([.dictionary(keyPattern: nil, value: .object(indicator)), .empty]), "Per-indicator settings, keyed by indicator id (empty while every entry is commented out)."),
        key("waivers", .list(.object(waiver)), "Gaps accepted for a time, each with a reason and an end date."),
        key("opd", .list(.anyOf([.text(), .list(.text())])), "The instansi's units (perangkat daerah), each a name or a list of the names it goes by; criteria about every OPD check them."),
    ])
}
