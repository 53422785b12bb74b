/// Turns indicator results and tree notices into findings with messages and
/// concrete hints (which kind, how many, an example file name), in the user's language.
struct FindingBuilder {
    let pack: RulePack
    let configuration: Configuration
    let messages: Messages
    /// Decides whether a waiver is still in force.
    let today: Day
    /// `--allow-partial`: a folder that could not be read is a warning, not an error.
    var allowsPartial = false

    init(pack: RulePack, configuration: Configuration = Configuration(), context: RunContext) {
        self.pack = pack
        self.configuration = configuration
        self.messages = context.messages
        self.today = context.today
    }

    /// The evaluation's findings, indicator by indicator: claims, gaps and manual gates
    /// (waivers are applied later, by their own pass), external indices, narratives.
    func evaluationFindings(results: [IndicatorResult]) -> [Finding] {
        var findings: [Finding] = []
        for result in results {
            findings += claimFindings(result)
            findings += gapFindings(result)
            findings += externalFindings(result)
            findings += narrativeFindings(result)
        }
        return findings
    }

    /// Files of the right kind that cannot count (empty, mislabelled, cut off, too large,
    /// a name that breaks uploads), each file once; and formats the portal will not take.
    func qualityFindings(results: [IndicatorResult], index: EvidenceIndex) -> [Finding] {
        var findings: [Finding] = []
        var reported: Set<String> = []
        for result in results {
            for (path, problems) in result.problems.sorted(by: { $0.key < $1.key }) where reported.insert(path).inserted {
                for problem in problems {
                    findings.append(Finding(
                        ruleID: "\(pack.framework.id)/quality/\(Self.code(problem))", category: .quality, severity: .error,
                        indicator: result.indicator.id, path: path, message: describe(problem), hint: messages(.qualityHint)
                    ))
                }
            }
        }
        // An archive or an old Office file in an indicator folder counts for nothing and the
        // portal will not take it: say so instead of dropping it silently.
        // Compared as packed bytes: no String per file for the 100,000 that are fine.
        let convert = Set(pack.quality.convertExtensions.compactMap { Array($0.utf8).withUnsafeBufferPointer(EvidenceClassifier.packed) })
        if !convert.isEmpty {
            let store = index.store
            let records = store.records
            // A folder's names are opened once per run of its files, not once per file
            // (a retain and a bounds check per file were most of this pass, #28).
            var toConvert: [Int] = []
            var first = 0
            while first < records.count {
                let folder = records[first].folder
                var end = first + 1
                while end < records.count && records[end].folder == folder { end += 1 }
                store.folders[Int(folder)].names.withUnsafeBufferPointer { names in
                    for position in first..<end where records[position].hasIndicator && (1...8).contains(records[position].extLength) {
                        let record = records[position]
                        let last = Int(record.nameStart) + Int(record.nameLength)
                        if let key = EvidenceClassifier.packed(UnsafeBufferPointer(rebasing: names[(last - Int(record.extLength))..<last])),
                           convert.contains(key) {
                            toConvert.append(position)
                        }
                    }
                }
                first = end
            }
            for position in toConvert {
                let ext = store.ext(at: position)
                let indicator = store.indicatorIDs[Int(store.records[position].indicator)]
                findings.append(Finding(
                    ruleID: "\(pack.framework.id)/quality/convert", category: .quality, severity: .warning, indicator: indicator,
                    path: store.path(at: position), message: messages(.qualityConvert, ["ext": ext]), hint: messages(.qualityConvertHint)
                ))
            }
        }
        return findings
    }

    /// What the tree itself says: files no indicator claims, folders numbered for one
    /// indicator but named for another or for an office, names that disguise paths, and
    /// the walk's notices (unreadable folders, links, sidecars).
    func treeFindings(index: EvidenceIndex) -> [Finding] {
        var findings: [Finding] = []
        let topics = IndicatorTopics(pack: pack)
        let numbers = Set(pack.indicators.map(\.number))
        let range = ["first": pack.indicators.first?.id ?? "?", "last": pack.indicators.last?.id ?? "?", "pack": pack.framework.id]
        let lookup = RulePack.IndicatorLookup(pack)
        // The tree's own indicator folders, so the hint names "I3 SDM Pemdi/", not a
        // generic "01-…" the tree does not use; the first in natural order per indicator.
        var ownFolders: [String: String] = [:]
        for folder in index.store.folders where !folder.path.isEmpty && folder.indicatorFolder == folder.path {
            guard let number = configuration.conventions.matchFolder(PathName.lastComponent(folder.path))?.number,
                  let indicator = lookup.indicator(String(number)), indicator.number == number else { continue }
            if let known = ownFolders[indicator.id], !NaturalOrder.precedes(folder.path, known) { continue }
            ownFolders[indicator.id] = folder.path
        }
        let examples = ownFolders.values.sorted(by: NaturalOrder.precedes).prefix(2).map { "'\($0)/'" }.joined(separator: ", ")
        for file in index.unassigned.sorted(by: { NaturalOrder.precedes($0.path, $1.path) }) {
            // "Indikator 99/…" or "I21-L1-01 ….pdf" follow a convention, but with a number the
            // pack does not have: "move it into an indicator folder" would be the wrong advice.
            let components = file.path.split(separator: "/").map(String.init)
            let number = { (name: String, match: NamePattern.Match?) in LeadingNumber.isDateOrOutline(name) ? nil : match?.number }
            let named = components.dropLast().compactMap { number($0, configuration.conventions.matchFolder($0)) }
                + [components.last.flatMap { number($0, configuration.conventions.matchFile($0)) }].compactMap { $0 }
            if let unknown = named.first(where: { !numbers.contains($0) }) {
                findings.append(Finding(
                    ruleID: "\(pack.framework.id)/unassigned", category: .unassigned, severity: .warning,
                    path: file.path, message: messages(.unassignedUnknownNumber, range.merging(["number": String(unknown)]) { $1 }),
                    hint: messages(.unassignedUnknownNumberHint, range)
                ))
                continue
            }
            let topic = topics.suggest(for: file.name)
            let hint: String
            if let topic, let folder = ownFolders[topic.id] {
                hint = messages(.unassignedSuggestFolder, ["id": topic.id, "name": TextReporter.shortName(topic.name), "folder": folder + "/"])
            } else {
                let base = examples.isEmpty ? messages(.unassignedHint) : messages(.unassignedHintTree, ["examples": examples])
                hint = base + (topic.map { messages(.unassignedSuggest, ["id": $0.id, "name": TextReporter.shortName($0.name)]) } ?? "")
            }
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/unassigned", category: .unassigned, severity: .warning,
                path: file.path, message: messages(.unassignedMessage), hint: hint
            ))
        }
        // "01 Peta Rencana/": tied to 1 by its number, but its words are another indicator's.
        for folder in index.store.folders where !folder.path.isEmpty && folder.indicatorFolder == folder.path {
            let name = PathName.lastComponent(folder.path)
            guard let number = configuration.conventions.matchFolder(name)?.number,
                  let assigned = lookup.indicator(String(number)), assigned.number == number,
                  !topics.fits(name, assigned) else { continue }
            let others = topics.candidates(for: name).filter { $0.id != assigned.id }
            guard !others.isEmpty, others.count <= 3 else { continue }
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/tree/number-topic", category: .tree, severity: .warning, indicator: assigned.id,
                path: folder.path + "/",
                message: messages(.treeNumberTopic, ["id": assigned.id, "name": TextReporter.shortName(assigned.name), "other": others.map(\.id).joined(separator: "/"), "otherName": TextReporter.shortName(others[0].name)]),
                hint: messages(.treeNumberTopicHint)
            ))
        }
        // "01. Bappeda/": numbered like an indicator, named like an office. Not tied; say why.
        for folder in index.store.folders where !folder.path.isEmpty {
            let name = PathName.lastComponent(folder.path)
            guard configuration.conventions.isOfficeFolder(name), let number = configuration.conventions.matchFolder(name)?.number else { continue }
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/tree/office-folder", category: .tree, severity: .warning,
                path: folder.path + "/", message: messages(.treeOfficeFolder, ["number": number]), hint: messages(.treeOfficeFolderHint)
            ))
        }
        // Folder names come from uploads too: a bidi override in one can disguise every path below it.
        for folder in index.store.folders {
            let name = PathName.lastComponent(folder.path)
            guard !folder.path.isEmpty, name.unicodeScalars.contains(where: TerminalText.isUnsafe) else { continue }
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/tree/folder-name", category: .tree, severity: .warning,
                path: folder.path + "/", message: messages(.treeFolderName), hint: nil
            ))
        }
        for notice in index.notices {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/tree/\(notice.code.rawValue)", category: .tree,
                // An unreadable folder fails the run (not everything was checked) unless allowed.
                severity: notice.code == .sidecar || notice.code == .sidecarOrphan || (notice.code == .unreadable && !allowsPartial) ? .error : .warning,
                path: notice.path, message: messages(MessageKey(family: "tree", member: notice.code.rawValue), notice.arguments), hint: nil
            ))
        }
        return findings
    }

    private func claimFindings(_ result: IndicatorResult) -> [Finding] {
        guard let claim = result.claimedLevel, claim != result.supportedLevel else { return [] }
        let id = result.indicator.id
        let base = Finding(ruleID: "\(pack.framework.id)/\(id)/claim", category: .claim, severity: .error,
                           indicator: id, level: claim, path: result.folder, message: "", hint: nil)
        var finding = base
        if claim > result.supportedLevel {
            let missing = result.gaps.count + result.manualGates.count
            // With a target below the claim (or an index that caps the level) nothing up to
            // the target is missing: no count rather than "0 items missing".
            finding.message = missing > 0
                ? messages(.claimOver, ["claim": claim, "supported": result.supportedLevel, "missing": missing])
                : messages(.claimOverShort, ["claim": claim, "supported": result.supportedLevel])
            finding.hint = messages(.claimOverHint)
        } else {
            finding.severity = .info
            finding.message = messages(.claimUnder, ["claim": claim, "supported": result.supportedLevel])
            finding.hint = messages(.claimUnderHint, ["supported": result.supportedLevel])
        }
        return [finding]
    }

    /// Applies waivers to gaps and manual gates: an active one turns the gap into a
    /// `waived` note; an expired one leaves the gap an error and says the waiver lapsed.
    /// A waiver that covers nothing is reported at the end.
    func applyWaivers(to findings: [Finding]) -> [Finding] {
        guard !configuration.waivers.isEmpty else { return findings }
        var result: [Finding] = []
        var used: Set<Waiver> = []
        for finding in findings {
            guard finding.category == .gap || finding.category == .manual, let indicator = finding.indicator,
                  let requirement = finding.requirement,
                  let waiver = configuration.waivers.first(where: { $0.covers(indicator: indicator, requirement: requirement) }) else {
                result.append(finding)
                continue
            }
            used.insert(waiver)
            if today <= waiver.expires {
                var waived = finding
                waived.category = .waived
                waived.severity = .info
                waived.message = messages(.waivedMessage, ["expires": messages.date(waiver.expires), "reason": waiver.reason]) + " — " + finding.message
                result.append(waived)
                continue
            }
            result.append(finding)
            result.append(Finding(
                ruleID: finding.ruleID + "/waiver-expired", category: .waiver, severity: .warning,
                indicator: indicator, level: finding.level, requirement: requirement, path: finding.path,
                message: messages(.waiverExpired, ["expires": messages.date(waiver.expires), "reason": waiver.reason]), hint: nil,
                ruleLocation: waiver.location
            ))
        }
        for waiver in configuration.waivers where !used.contains(waiver) {
            result.append(Finding(
                ruleID: "\(pack.framework.id)/\(waiver.indicator)/waiver", category: .waiver, severity: .warning,
                indicator: waiver.indicator, requirement: waiver.requirement,
                message: messages(.waiverUnused, ["indicator": waiver.indicator]), hint: nil, ruleLocation: waiver.location
            ))
        }
        return result
    }

    private func gapFindings(_ result: IndicatorResult) -> [Finding] {
        let indicator = result.indicator
        var findings: [Finding] = []
        for gap in result.gaps {
            let requirement = gap.requirement
            let found = !gap.missingUnits.isEmpty && gap.count >= requirement.minimum
                ? messages(.gapUnitsMissing, ["named": configuration.units.count - gap.missingUnits.count, "total": configuration.units.count, "missing": gap.missingUnits.joined(separator: ", ")])
                : gap.count == 0
                ? messages(.gapNoneFound)
                : messages(.gapSomeFound, ["have": gap.count, "min": requirement.minimum])
            let finding = Finding(
                ruleID: ruleID(indicator: indicator, level: gap.declaredAt, requirement: requirement.id),
                category: .gap, severity: .error,
                indicator: indicator.id, level: result.targetLevel, requirement: requirement.id,
                path: result.folder,
                // The level that asks for it: a level-3 item is "level 3 needs", whatever the target.
                message: messages(.gapMessage, ["level": gap.declaredAt, "description": requirement.description, "found": found])
                    + (requirement.heuristic(in: messages.language).map { " " + messages(.gapHeuristic, ["reason": $0]) } ?? ""),
                hint: hint(for: gap),
                ruleLocation: requirement.location
            )
            findings.append(finding)
        }
        for status in result.requirements {
            for path in status.drafts {
                findings.append(Finding(
                    ruleID: ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/draft",
                    category: .wrongDocument, severity: status.isMet ? .warning : .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: path, message: messages(.draftMessage),
                    hint: messages(.draftHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
            for rejection in status.contentRejections {
                let message = describe(rejection.reason)
                findings.append(Finding(
                    ruleID: ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/content",
                    category: .wrongDocument, severity: status.isMet ? .warning : .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: rejection.path, message: message,
                    hint: messages(.contentHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
            guard let reject = status.requirement.reject else { continue }
            for path in status.rejected {
                findings.append(Finding(
                    ruleID: ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/wrong-document",
                    category: .wrongDocument, severity: .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: path, message: reject.message,
                    hint: messages(.wrongHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
        }
        for check in result.provenByContent {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/\(indicator.id)/L\(check.level)/content-proof",
                category: .contentProof, severity: .info,
                indicator: indicator.id, level: check.level, requirement: "manual", path: result.folder,
                message: messages(.contentProofMessage, ["level": check.level, "path": check.path, "topics": Self.list(check.named)]),
                hint: nil, ruleLocation: indicator.level(check.level)?.proof?.location
            ))
        }
        for check in result.confirmedAgainstText {
            findings.append(Finding(
                ruleID: "\(pack.framework.id)/\(indicator.id)/L\(check.level)/content-proof",
                category: .contentProof, severity: .warning,
                indicator: indicator.id, level: check.level, requirement: "manual", path: result.folder,
                message: messages(.contentProofAgainst, ["level": check.level, "path": check.path, "topics": Self.list(check.missing), "times": check.times]),
                hint: messages(.contentProofAgainstHint), ruleLocation: indicator.level(check.level)?.proof?.location
            ))
        }
        for gate in result.manualGates {
            // Where a document was held against the level's topics, say which it lacks:
            // that is what the OPD must add, and what a person checking would look for.
            let unproven = gate.closest.map { messages(.contentProofMissing, ["path": $0.path, "topics": Self.list($0.missing), "times": $0.times]) } ?? ""
            var message = messages(.manualMessage, ["level": gate.level, "text": gate.text])
            if !unproven.isEmpty, message.hasSuffix(".") { message.removeLast() }
            let finding = Finding(
                ruleID: "\(pack.framework.id)/\(indicator.id)/L\(gate.level)/manual",
                category: .manual, severity: .error,
                indicator: indicator.id, level: gate.level, requirement: "manual", path: result.folder,
                message: message + unproven,
                hint: confirmationHint(indicator.id, level: gate.level),
                ruleLocation: indicator.level(gate.level)?.location
            )
            findings.append(finding)
        }
        return findings
    }

    /// What to write once a person has checked a level. With no config, the whole block;
    /// with one, the indicator's own line under its `indicators:` key, keeping what the
    /// line already says (owner, claim): pasting a second `indicators:` key would break it.
    func confirmationHint(_ id: String, level: Int) -> String {
        guard configuration.path != nil else {
            return messages(.manualHint, ["snippet": "indicators: {\(DoubleQuoted.quote(id)): {confirmed: \(level)}}"])
        }
        let settings = configuration.indicators[id]
        var fields: [String] = []
        if let owner = settings?.owner { fields.append("owner: " + DoubleQuoted.quote(owner)) }
        if let claim = settings?.claim { fields.append("claim: \(claim)") }
        if let target = settings?.target { fields.append("target: \(target)") }
        if let index = settings?.index { fields.append("index: \(index)") }
        if let service = settings?.service { fields.append("service: " + DoubleQuoted.quote(service)) }
        if let narrative = settings?.narrative { fields.append("narrative: " + DoubleQuoted.quote(narrative)) }
        fields.append("confirmed: \(level)")
        return messages(.manualHintEntry, ["snippet": "  \(DoubleQuoted.quote(id)): {\(fields.joined(separator: ", "))}"])
    }

    /// What an unenacted text lacks, in the user's language.
    func lacking(_ lacks: [DocumentFacts.Enactment]) -> String {
        lacks.map { messages(MessageKey(family: "content", member: "lacks." + $0.rawValue)) }.joined(separator: ", ")
    }

    /// "'Proses Bisnis', 'Data dan Informasi' and 'Layanan SPBE'" as a plain list.
    static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    private func externalFindings(_ result: IndicatorResult) -> [Finding] {
        guard let external = result.external else { return [] }
        let id = result.indicator.id
        var finding = Finding(ruleID: "\(pack.framework.id)/\(id)/external", category: .external, severity: .info,
                              indicator: id, path: result.folder, message: "", hint: nil)
        guard let indexValue = external.indexValue else {
            finding.severity = .warning
            finding.message = messages(.externalMissing, ["index": external.index, "floor": pack.framework.floor])
            finding.hint = messages(.externalMissingHint, ["snippet": "indicators: {\(id): {index: …}}"])
            return [finding]
        }
        let arguments: [String: any CustomStringConvertible] = ["index": external.index, "value": messages.decimal(indexValue), "level": external.level]
        if external.aboveKnownBands {
            finding.message = messages(.externalBeyond, arguments)
            finding.hint = messages(.externalBeyondHint)
        } else {
            finding.message = messages(.externalLevel, arguments)
        }
        return [finding]
    }

    private func narrativeFindings(_ result: IndicatorResult) -> [Finding] {
        // Only when the team keeps its narratives in the config; otherwise every
        // indicator would warn about something the tool was never told about.
        guard configuration.indicators.values.contains(where: { $0.narrative != nil }) else { return [] }
        let id = result.indicator.id
        let base = Finding(ruleID: "\(pack.framework.id)/\(id)/narrative", category: .narrative, severity: .warning,
                           indicator: id, path: result.folder, message: "", hint: nil)
        guard let narrative = configuration.indicators[id]?.narrative, !narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            guard !result.files.isEmpty else { return [] }
            var finding = base
            finding.message = messages(.narrativeAbsent)
            finding.hint = messages(.narrativeAbsentHint, ["snippet": "indicators: {\"\(id)\": {narrative: …}}"])
            return [finding]
        }
        if result.files.isEmpty {
            var finding = base
            finding.message = messages(.narrativeNoEvidence)
            return [finding]
        }
        let missing = NarrativeReferences.missing(in: narrative, available: result.files.map(\.name))
        var findings = missing.prefix(NarrativeReferences.maxReported).map { name in
            var finding = base
            finding.severity = .error
            finding.message = messages(.narrativeMissingFile, ["file": name])
            finding.hint = messages(.narrativeMissingFileHint)
            return finding
        }
        if missing.count > NarrativeReferences.maxReported {
            var finding = base
            finding.severity = .error
            finding.message = messages(.narrativeMissingMore, ["count": missing.count - NarrativeReferences.maxReported])
            findings.append(finding)
        }
        return findings
    }

    static func code(_ problem: EvidenceInspector.Problem) -> String {
        switch problem {
        case .empty: return "empty"
        case .htmlPage, .wrongContent: return "content"
        case .truncatedPDF: return "truncated-pdf"
        case .tooLarge: return "too-large"
        case .controlCharacters, .nameTooLong: return "file-name"
        case .unreadable: return "unreadable"
        case .vanished: return "vanished"
        case .lfsPointer: return "lfs-pointer"
        case .damagedPDF: return "damaged-pdf"
        case .blankPDF: return "blank-pdf"
        }
    }

    /// Why a document's text refutes its name, as the report words it.
    func describe(_ reason: ContentRejection.Reason) -> String {
        switch reason {
        case .otherKind(let named, let stated, let title):
            return messages(.contentOtherKind, ["named": pack.kinds[named]?.name ?? named, "stated": pack.kinds[stated]?.name ?? stated, "title": String(title.prefix(80))])
        case .draftMarked(let marker):
            return messages(.contentDraftMarked, ["marker": marker])
        case .draftUnsigned(let lacks):
            return messages(.contentDraftUnsigned, ["missing": lacking(lacks)])
        case .notEnacted(let lacks):
            return messages(.contentNotEnacted, ["missing": lacking(lacks)])
        case .otherRole(let issuer, let role, let accepted):
            return messages(.contentOtherRole, ["issuer": issuer, "role": messages(MessageKey(family: "content", member: "role." + role)),
                                                "accepted": accepted.map { messages(MessageKey(family: "content", member: "role." + $0)) }.joined(separator: messages(.hintOr))])
        case .otherSubject(let stated, let wanted):
            return messages(.contentOtherSubject, ["stated": stated, "wanted": wanted])
        case .otherIssuer(let issuer):
            return messages(.contentOtherIssuer, ["issuer": issuer, "instansi": configuration.instansi ?? ""])
        case .notShown(let words):
            return messages(.contentNotShown, ["words": words])
        case .signInPage(let words):
            return messages(.contentSignInPage, ["words": words])
        case .textDated(let dated, let years):
            return messages(.contentTextDated, ["year": dated, "years": years])
        case .notRead(.encrypted):
            return messages(.contentEncrypted)
        case .notRead(let failure):
            return messages(.contentUnread, ["reason": failure.message(messages)])
        }
    }

    func describe(_ problem: EvidenceInspector.Problem) -> String {
        switch problem {
        case .empty: return messages(.qualityEmpty)
        case .htmlPage: return messages(.qualityHtml)
        case .wrongContent(let expected): return messages(.qualityContent, ["expected": expected])
        case .truncatedPDF: return messages(.qualityTruncated)
        case .tooLarge(let bytes, let limit): return messages(.qualityTooLarge, ["size": messages.decimal(Double(bytes) / 1_048_576, places: 1), "limit": messages.weight(limit)])
        case .controlCharacters: return messages(.qualityNameControl)
        case .nameTooLong(let length, let limit): return messages(.qualityNameLong, ["length": length, "limit": limit])
        case .unreadable: return messages(.qualityUnreadable)
        case .vanished: return messages(.qualityVanished)
        case .lfsPointer: return messages(.qualityLfsPointer)
        case .damagedPDF: return messages(.qualityDamagedPdf)
        case .blankPDF: return messages(.qualityBlankPdf)
        }
    }

    func ruleID(indicator: Indicator, level: Int, requirement: String) -> String {
        "\(pack.framework.id)/\(indicator.id)/L\(level)/\(requirement)"
    }

    /// What to add; `namingFiles` appends the files that looked right but do not count
    /// (callers that list those files themselves leave it off).
    func hint(for gap: RequirementStatus, namingFiles: Bool = true) -> String {
        let requirement = gap.requirement
        if !gap.missingUnits.isEmpty, gap.count >= requirement.minimum {
            return messages(.gapUnitsHint, ["missing": gap.missingUnits.joined(separator: ", ")])
        }
        let kinds = requirement.kinds.compactMap { pack.kinds[$0] }
        var extensions: [String] = []
        for ext in kinds.flatMap(\.extensions) where !extensions.contains(ext) { extensions.append(ext) }
        let names = kinds.map(\.name)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + messages(.hintOr) + names.last! : names.joined()
        let formats = extensions.isEmpty ? "" : "; " + extensions.map { "." + $0 }.joined(separator: " ")
        var text = messages(requirement.distinctYears ? .hintAddYears : .hintAddFiles, ["missing": gap.missing, "kinds": list + formats])
        if let example = requirement.example { text += messages(.hintExample, ["example": example]) }
        guard namingFiles else { return text }
        if let near = gap.nearMissFiles.firstPath { text += messages(.hintNear, ["path": near]) }
        if let wrong = gap.rejectedFiles.firstPath { text += messages(.hintWrong, ["path": wrong]) }
        if let draft = gap.draftFiles.firstPath { text += messages(.hintDraft, ["path": draft]) }
        if let bad = gap.unusableFiles.firstPath { text += messages(.hintUnusable, ["path": bad]) }
        if let old = gap.staleFiles.firstPath {
            text += requirement.maxAgeYears.map { messages(.hintStaleAge, ["path": old, "years": $0]) } ?? messages(.hintStaleDated, ["path": old])
        }
        return text
    }
}
