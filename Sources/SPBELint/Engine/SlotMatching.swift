/// Decides how many files each requirement of a level can have *at the same time*: a
/// file fills at most one slot per kind it is ("Rencana Manajemen Risiko 2026.pdf" is one
/// plan, not the plan and the proof of execution), while a combined file of several
/// kinds ("Undangan, Daftar Hadir dan Notulen Rapat.pdf") may fill one slot of each.
/// A maximum flow over requirement → (requirement, file) → (file, kind), so the level is
/// judged on the best assignment, not on the order requirements are listed in.
struct SlotMatching {
    struct Demand {
        var minimum: Int
        /// The kinds that can fill it, as bits.
        var wanted: UInt64
        /// Candidate files (one entry per distinct content) with their kinds, as bits.
        var candidates: [(file: Int, kinds: UInt64)]
    }

    /// How many files each demand gets in a maximum assignment (never more than its minimum).
    static func assign(_ demands: [Demand]) -> [Int] {
        // No requirement can need more files than all requirements together: a longer
        // candidate list never changes the answer, so each is cut there (small graphs).
        let total = demands.reduce(0) { $0 + $1.minimum }
        var graph = FlowGraph()
        let source = graph.node(), sink = graph.node()
        var units: [Int: Int] = [:]  // file * 64 + kind bit → node
        var demandEdges: [Int] = []
        for demand in demands {
            let node = graph.node()
            demandEdges.append(graph.edge(source, node, capacity: demand.minimum))
            for candidate in demand.candidates.prefix(total) {
                let shared = candidate.kinds & demand.wanted
                guard shared != 0 else { continue }
                let pair = graph.node()
                graph.edge(node, pair, capacity: 1)
                var bits = shared
                while bits != 0 {
                    let bit = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let key = candidate.file &* 64 &+ bit
                    let unit = units[key] ?? {
                        let made = graph.node()
                        graph.edge(made, sink, capacity: 1)
                        units[key] = made
                        return made
                    }()
                    graph.edge(pair, unit, capacity: 1)
                }
            }
        }
        graph.maximumFlow(from: source, to: sink)
        return demandEdges.map { graph.flow(on: $0) }
    }
}

/// A tiny flow network with augmenting paths found by breadth-first search.
struct FlowGraph {
    private var heads: [[Int]] = []
    private var targets: [Int] = []
    private var capacities: [Int] = []

    mutating func node() -> Int {
        heads.append([])
        return heads.count - 1
    }

    /// Adds an edge and its reverse; returns the forward edge's index.
    @discardableResult
    mutating func edge(_ from: Int, _ to: Int, capacity: Int) -> Int {
        heads[from].append(targets.count)
        targets.append(to)
        capacities.append(capacity)
        heads[to].append(targets.count)
        targets.append(from)
        capacities.append(0)
        return targets.count - 2
    }

    /// The flow an edge carries: what its reverse edge has taken up.
    func flow(on edge: Int) -> Int { capacities[edge ^ 1] }

    mutating func maximumFlow(from source: Int, to sink: Int) {
        while true {
            var via = [Int](repeating: -1, count: heads.count)
            var queue = [source]
            var reached = false
            var cursor = 0
            while cursor < queue.count, !reached {
                let current = queue[cursor]
                cursor += 1
                for edge in heads[current] where capacities[edge] > 0 && via[targets[edge]] == -1 && targets[edge] != source {
                    via[targets[edge]] = edge
                    if targets[edge] == sink { reached = true; break }
                    queue.append(targets[edge])
                }
            }
            guard reached else { return }
            var amount = Int.max
            var node = sink
            while node != source { amount = min(amount, capacities[via[node]]); node = targets[via[node] ^ 1] }
            node = sink
            while node != source {
                capacities[via[node]] -= amount
                capacities[via[node] ^ 1] += amount
                node = targets[via[node] ^ 1]
            }
        }
    }
}
