import Dispatch

/// Fills an array on every core: the indices are cut into `chunks` contiguous ranges,
/// each worker gets one range and writes only its own slots, so no lock is taken and the
/// order of the results is the order of the input. Per-worker state (a reader's buffers,
/// a Tesseract handle) lives inside `work`, made once per range.
enum ParallelChunks {
    static func fill<T: Sendable>(_ results: inout [T], chunks requested: Int, _ work: @Sendable (Range<Int>, (Int, T) -> Void) -> Void) {
        let count = results.count
        guard count > 0 else { return }
        let chunks = max(1, min(requested, count))
        let size = (count + chunks - 1) / chunks
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * size
                let upper = min(count, lower + size)
                guard lower < upper else { return }
                work(lower..<upper) { index, value in slots.buffer[index] = value }
            }
        }
    }

    /// The buffer the workers write at disjoint indices.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
    }
}
