/// The merge rules of `extends:` and `catalogue:`, applied to YAML trees before validation:
/// - mappings merge key by key, recursively;
/// - lists whose items all are mappings with an `id` merge item by item, matched by id;
///   an item with `disabled: true` removes the inherited item; new ids are appended;
/// - any other value (text, numbers, plain lists such as `kinds:`) is replaced whole.
/// A merged key, mapping or list carries the location of the file that wrote it last,
/// so a diagnostic about an overridden value names the line the user wrote.
enum NodeMerger {
    static func merge(base: YAMLNode, override: YAMLNode) -> YAMLNode {
        switch (base.kind, override.kind) {
        case (.mapping(let basePairs), .mapping(let overridePairs)):
            var pairs = basePairs
            for pair in overridePairs {
                if let key = pair.key.scalar, let index = pairs.firstIndex(where: { $0.key.scalar == key }) {
                    pairs[index] = YAMLPair(key: pair.key, value: merge(base: pairs[index].value, override: pair.value))
                } else {
                    pairs.append(pair)
                }
            }
            return YAMLNode(.mapping(pairs), at: override.location)
        case (.sequence(let baseItems), .sequence(let overrideItems)):
            guard let baseIDs = ids(baseItems), let overrideIDs = ids(overrideItems) else { return override }
            var items = baseItems
            var itemIDs = baseIDs
            for (item, id) in zip(overrideItems, overrideIDs) {
                let disabled = item.mapping?.contains { $0.key.scalar == "disabled" && $0.value.scalar == "true" } ?? false
                if let index = itemIDs.firstIndex(of: id) {
                    if disabled {
                        items.remove(at: index)
                        itemIDs.remove(at: index)
                    } else {
                        items[index] = merge(base: items[index], override: item)
                    }
                } else if !disabled {
                    items.append(item)
                    itemIDs.append(id)
                }
            }
            return YAMLNode(.sequence(items), at: override.location)
        default:
            return override
        }
    }

    private static func ids(_ items: [YAMLNode]) -> [String]? {
        var result: [String] = []
        for item in items {
            guard let id = item.mapping?.first(where: { $0.key.scalar == "id" })?.value.scalar else { return nil }
            result.append(id)
        }
        return result
    }

    static func removing(_ keys: Set<String>, from node: YAMLNode) -> YAMLNode {
        guard case .mapping(let pairs) = node.kind else { return node }
        return YAMLNode(.mapping(pairs.filter { !keys.contains($0.key.scalar ?? "") }), at: node.location)
    }

    static func value(_ key: String, in node: YAMLNode) -> YAMLNode? {
        node.mapping?.first { $0.key.scalar == key }?.value
    }
}
