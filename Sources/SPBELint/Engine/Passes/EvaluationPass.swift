/// Claims against the evidence, gaps, manual gates, external indices and narratives,
/// indicator by indicator (waivers are applied later, by their own pass).
struct EvaluationPass: ProducingPass {
    let name = "evaluation"

    func findings(_ input: PassInput) -> [Finding] {
        let builder = input.builder
        var findings: [Finding] = []
        for result in input.results {
            findings += claimFindings(result, builder)
            findings += gapFindings(result, builder)
            findings += externalFindings(result, builder)
            findings += narrativeFindings(result, builder)
        }
        return findings
    }

    private func claimFindings(_ result: IndicatorResult, _ builder: FindingBuilder) -> [Finding] {
        guard let claim = result.claimedLevel, claim != result.supportedLevel else { return [] }
        let id = result.indicator.id
        let base = Finding(ruleID: "\(builder.pack.framework.id)/\(id)/claim", category: .claim, severity: .error,
                           indicator: id, level: claim, path: result.folder, message: "", hint: nil)
        var finding = base
        if claim > result.supportedLevel {
            let missing = result.gaps.count + result.manualGates.count
            // With a target below the claim (or an index that caps the level) nothing up to
            // the target is missing: no count rather than "0 items missing".
            finding.message = missing > 0
                ? builder.messages(.claimOver, ["claim": claim, "supported": result.supportedLevel, "missing": missing])
                : builder.messages(.claimOverShort, ["claim": claim, "supported": result.supportedLevel])
            finding.hint = builder.messages(.claimOverHint)
        } else {
            finding.severity = .info
            finding.message = builder.messages(.claimUnder, ["claim": claim, "supported": result.supportedLevel])
            finding.hint = builder.messages(.claimUnderHint, ["supported": result.supportedLevel])
        }
        return [finding]
    }

    private func gapFindings(_ result: IndicatorResult, _ builder: FindingBuilder) -> [Finding] {
        let indicator = result.indicator
        var findings: [Finding] = []
        for gap in result.gaps {
            let requirement = gap.requirement
            let found = !gap.missingUnits.isEmpty && gap.count >= requirement.minimum
                ? builder.messages(.gapUnitsMissing, ["named": builder.configuration.units.count - gap.missingUnits.count, "total": builder.configuration.units.count, "missing": gap.missingUnits.joined(separator: ", ")])
                : gap.count == 0
                ? builder.messages(.gapNoneFound)
                : builder.messages(.gapSomeFound, ["have": gap.count, "min": requirement.minimum])
            let finding = Finding(
                ruleID: builder.ruleID(indicator: indicator, level: gap.declaredAt, requirement: requirement.id),
                category: .gap, severity: .error,
                indicator: indicator.id, level: result.targetLevel, requirement: requirement.id,
                path: result.folder,
                // The level that asks for it: a level-3 item is "level 3 needs", whatever the target.
                message: builder.messages(.gapMessage, ["level": gap.declaredAt, "description": requirement.description, "found": found])
                    + (requirement.heuristic(in: builder.messages.language).map { " " + builder.messages(.gapHeuristic, ["reason": $0]) } ?? ""),
                hint: builder.hint(for: gap),
                ruleLocation: requirement.location
            )
            findings.append(finding)
        }
        for status in result.requirements {
            for path in status.drafts {
                findings.append(Finding(
                    ruleID: builder.ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/draft",
                    category: .wrongDocument, severity: status.isMet ? .warning : .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: path, message: builder.messages(.draftMessage),
                    hint: builder.messages(.draftHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
            for rejection in status.contentRejections {
                let message = builder.describe(rejection.reason)
                findings.append(Finding(
                    ruleID: builder.ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/content",
                    category: .wrongDocument, severity: status.isMet ? .warning : .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: rejection.path, message: message,
                    hint: builder.messages(.contentHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
            guard let reject = status.requirement.reject else { continue }
            for path in status.rejected {
                findings.append(Finding(
                    ruleID: builder.ruleID(indicator: indicator, level: status.declaredAt, requirement: status.requirement.id) + "/wrong-document",
                    category: .wrongDocument, severity: .error,
                    indicator: indicator.id, level: status.declaredAt, requirement: status.requirement.id,
                    path: path, message: reject.message,
                    hint: builder.messages(.wrongHint, ["description": status.requirement.description]), ruleLocation: status.requirement.location
                ))
            }
        }
        for check in result.provenByContent {
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/\(indicator.id)/L\(check.level)/content-proof",
                category: .contentProof, severity: .info,
                indicator: indicator.id, level: check.level, requirement: "manual", path: result.folder,
                message: builder.messages(.contentProofMessage, ["level": check.level, "path": check.path, "topics": FindingBuilder.list(check.named)]),
                hint: nil, ruleLocation: indicator.level(check.level)?.proof?.location
            ))
        }
        for check in result.confirmedAgainstText {
            findings.append(Finding(
                ruleID: "\(builder.pack.framework.id)/\(indicator.id)/L\(check.level)/content-proof",
                category: .contentProof, severity: .warning,
                indicator: indicator.id, level: check.level, requirement: "manual", path: result.folder,
                message: builder.messages(.contentProofAgainst, ["level": check.level, "path": check.path, "topics": FindingBuilder.list(check.missing), "times": check.times]),
                hint: builder.messages(.contentProofAgainstHint), ruleLocation: indicator.level(check.level)?.proof?.location
            ))
        }
        for gate in result.manualGates {
            // Where a document was held against the level's topics, say which it lacks:
            // that is what the OPD must add, and what a person checking would look for.
            let unproven = gate.closest.map { builder.messages(.contentProofMissing, ["path": $0.path, "topics": FindingBuilder.list($0.missing), "times": $0.times]) } ?? ""
            var message = builder.messages(.manualMessage, ["level": gate.level, "text": gate.text])
            if !unproven.isEmpty, message.hasSuffix(".") { message.removeLast() }
            let finding = Finding(
                ruleID: "\(builder.pack.framework.id)/\(indicator.id)/L\(gate.level)/manual",
                category: .manual, severity: .error,
                indicator: indicator.id, level: gate.level, requirement: "manual", path: result.folder,
                message: message + unproven,
                hint: builder.confirmationHint(indicator.id, level: gate.level),
                ruleLocation: indicator.level(gate.level)?.location
            )
            findings.append(finding)
        }
        return findings
    }

    private func externalFindings(_ result: IndicatorResult, _ builder: FindingBuilder) -> [Finding] {
        guard let external = result.external else { return [] }
        let id = result.indicator.id
        var finding = Finding(ruleID: "\(builder.pack.framework.id)/\(id)/external", category: .external, severity: .info,
                              indicator: id, path: result.folder, message: "", hint: nil)
        guard let indexValue = external.indexValue else {
            finding.severity = .warning
            finding.message = builder.messages(.externalMissing, ["index": external.index, "floor": builder.pack.framework.floor])
            finding.hint = builder.messages(.externalMissingHint, ["snippet": "indicators: {\(id): {index: …}}"])
            return [finding]
        }
        let arguments: [String: any CustomStringConvertible] = ["index": external.index, "value": builder.messages.decimal(indexValue), "level": external.level]
        if external.aboveKnownBands {
            finding.message = builder.messages(.externalBeyond, arguments)
            finding.hint = builder.messages(.externalBeyondHint)
        } else {
            finding.message = builder.messages(.externalLevel, arguments)
        }
        return [finding]
    }

    private func narrativeFindings(_ result: IndicatorResult, _ builder: FindingBuilder) -> [Finding] {
        // Only when the team keeps its narratives in the config; otherwise every
        // indicator would warn about something the tool was never told about.
        guard builder.configuration.indicators.values.contains(where: { $0.narrative != nil }) else { return [] }
        let id = result.indicator.id
        let base = Finding(ruleID: "\(builder.pack.framework.id)/\(id)/narrative", category: .narrative, severity: .warning,
                           indicator: id, path: result.folder, message: "", hint: nil)
        guard let narrative = builder.configuration.indicators[id]?.narrative, !narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            guard !result.files.isEmpty else { return [] }
            var finding = base
            finding.message = builder.messages(.narrativeAbsent)
            finding.hint = builder.messages(.narrativeAbsentHint, ["snippet": "indicators: {\"\(id)\": {narrative: …}}"])
            return [finding]
        }
        if result.files.isEmpty {
            var finding = base
            finding.message = builder.messages(.narrativeNoEvidence)
            return [finding]
        }
        let missing = NarrativeReferences.missing(in: narrative, available: result.files.map(\.name))
        var findings = missing.prefix(NarrativeReferences.maxReported).map { name in
            var finding = base
            finding.severity = .error
            finding.message = builder.messages(.narrativeMissingFile, ["file": name])
            finding.hint = builder.messages(.narrativeMissingFileHint)
            return finding
        }
        if missing.count > NarrativeReferences.maxReported {
            var finding = base
            finding.severity = .error
            finding.message = builder.messages(.narrativeMissingMore, ["count": missing.count - NarrativeReferences.maxReported])
            findings.append(finding)
        }
        return findings
    }
}
