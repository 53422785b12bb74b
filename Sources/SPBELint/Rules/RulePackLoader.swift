#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a rule pack, resolves `catalogue:` and `extends:` (with cycle detection),
/// then validates the merged result strictly.
public struct RulePackLoader: Sendable {
    public var limits: YAMLParser.Limits
    public var messages: Messages

    public init(limits: YAMLParser.Limits = YAMLParser.Limits(), messages: Messages = .english) {
        self.limits = limits
        self.messages = messages
    }

    /// `reference` is a shipped pack id (`spbe-2020`) or a path to a YAML file.
    public func load(reference: String) throws -> RulePack {
        try load(source(for: reference))
    }

    /// The pack a config names, or the framework in force for its year (the config's
    /// `year:`, else `year`) when it names none.
    public func load(for configuration: Configuration, year: Int) throws -> RulePack {
        configuration.rulesGiven ? try load(reference: configuration.rulesReference) : try loadDefault(forYear: configuration.year ?? year)
    }

    /// The framework in force for an evaluation year when nobody chose one: the shipped
    /// default, or what replaced it by that year (spbe-2020's `superseded: {from-year: 2026,
    /// pack: pemdi-2026}`: PermenPANRB 8/2026 Pasal 12 revokes 59/2020).
    public func loadDefault(forYear year: Int) throws -> RulePack {
        var pack = try load(reference: Configuration.defaultRules)
        var seen: Set<String> = [pack.framework.id]
        while let from = pack.framework.supersededFrom, year >= from, let next = pack.framework.supersededPack, !seen.contains(next) {
            pack = try load(reference: next)
            seen.insert(pack.framework.id)
        }
        return pack
    }

    public func source(for reference: String) throws -> RuleSource {
        if let shipped = RuleSource.file(".").resolve(reference), case .shipped = shipped { return shipped }
        switch PathName.entry(reference) {
        case .file: return .file(reference)
        case .missing: break
        default:
            var info = stat()
            _ = stat(reference, &info)
            throw RuleError.notAFile(reference, SafeFile.Failure.notRegular(SafeFile.kindName(info.st_mode)).reason)
        }
        throw RuleError.notFound(reference: reference, from: nil, shipped: RuleSource.shippedPacks)
    }

    public func load(_ source: RuleSource) throws -> RulePack {
        let node = try resolvedNode(source, chain: [])
        let sink = DiagnosticSink(messages: messages)
        let pack = RulePackDecoder(sink: sink, source: source.displayName).decode(node)
        if sink.hasErrors || pack == nil {
            throw RuleError.invalid(sink.diagnostics.filter { $0.severity == .error } + sink.diagnostics.filter { $0.severity != .error })
        }
        return pack!
    }

    func resolvedNode(_ source: RuleSource, chain: [RuleSource]) throws -> YAMLNode {
        if chain.contains(where: { $0.identity == source.identity }) {
            throw RuleError.extendsCycle((chain + [source]).map(\.displayName), at: nil)
        }
        let parsed: YAMLNode?
        do {
            parsed = try source.read(limits: limits)
        } catch let error as YAMLError {
            throw RuleError.yaml(error)
        }
        guard var node = parsed else { throw RuleError.emptyFile(source.displayName) }
        guard node.mapping != nil else {
            throw RuleError.invalid([Diagnostic(.error, messages(.rulesTopNotMapping, ["found": MappingReader.shape(node, DiagnosticSink(messages: messages))]), at: node.location)])
        }
        let nextChain = chain + [source]

        if let reference = NodeMerger.value("catalogue", in: node) {
            let catalogue = try resolvedNode(resolve(reference, from: source), chain: nextChain)
            if let kinds = NodeMerger.value("kinds", in: catalogue) {
                let keyNode = YAMLNode(.scalar("kinds", plain: true), at: kinds.location)
                let base = YAMLNode(.mapping([YAMLPair(key: keyNode, value: kinds)]), at: catalogue.location)
                node = NodeMerger.merge(base: base, override: NodeMerger.removing(["catalogue"], from: node))
            } else {
                node = NodeMerger.removing(["catalogue"], from: node)
            }
        }
        if let reference = NodeMerger.value("extends", in: node) {
            let parentSource = try resolve(reference, from: source)
            if nextChain.contains(where: { $0.identity == parentSource.identity }) {
                throw RuleError.extendsCycle((nextChain + [parentSource]).map(\.displayName), at: reference.location)
            }
            let parent = try resolvedNode(parentSource, chain: nextChain)
            node = NodeMerger.merge(base: parent, override: NodeMerger.removing(["extends"], from: node))
        }
        return node
    }

    private func resolve(_ reference: YAMLNode, from source: RuleSource) throws -> RuleSource {
        guard let name = reference.scalar, !name.isEmpty else {
            throw RuleError.invalid([Diagnostic(.error, messages(.rulesBadReference, ["found": MappingReader.shape(reference, DiagnosticSink(messages: messages))]), at: reference.location)])
        }
        guard let resolved = source.resolve(name) else {
            throw RuleError.notFound(reference: name, from: reference.location, shipped: RuleSource.shippedPacks)
        }
        return resolved
    }
}

import Foundation

enum FileManagerShim {
    static func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
