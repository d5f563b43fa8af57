/// The best tag sequence of a linear-chain model under BIO constraints.
///
/// Scores are per-token emissions plus transitions between consecutive tags, a start
/// transition into the first tag and an end transition out of the last. With the
/// `SlotLabels` layout, `I-x` may only follow `B-x` or `I-x` and never starts a message; `O`
/// and `B-x` may follow anything.
///
/// The forward pass keeps only each cell's best score (a vector maximum, no index
/// bookkeeping); the predecessor is recomputed for the few cells on the best path while
/// tracing back, from the same sums, so it is exact.
///
/// Transitions are stored by destination so the inner loop over predecessors reads
/// contiguous memory (and runs eight lanes at a time). With `tagCount` = L, the block of tag
/// `t` is `[t·(L+1), (t+1)·(L+1))`: the start transition, then one per predecessor; the end
/// transitions follow at `[L·(L+1), L·(L+2))`.
///
///     let tags = Viterbi.decode(emissions: scores, tokenCount: 3, tagCount: 5, transitions: weights)
enum Viterbi {
    static func transitionCount(tagCount: Int) -> Int { (tagCount + 2) * tagCount }
    static func startIndex(to tag: Int, tagCount: Int) -> Int { tag * (tagCount + 1) }
    static func index(from previous: Int, to tag: Int, tagCount: Int) -> Int { tag * (tagCount + 1) + previous + 1 }
    static func endIndex(from tag: Int, tagCount: Int) -> Int { tagCount * (tagCount + 1) + tag }

    static func decode(emissions: [Float], tokenCount: Int, tagCount: Int, transitions: [Float]) -> [Int] {
        guard tokenCount > 0, tagCount > 0 else { return [] }
        precondition(emissions.count >= tokenCount * tagCount, "one score per token and tag")
        precondition(transitions.count >= transitionCount(tagCount: tagCount), "full transition table")
        let count = tagCount
        var trellis = [Float](repeating: 0, count: tokenCount * count)
        return emissions.withUnsafeBufferPointer { emit in
            transitions.withUnsafeBufferPointer { trans in
                trellis.withUnsafeMutableBufferPointer { cells in
                    guard let base = cells.baseAddress else { return [] }
                    for tag in 0..<count {
                        cells[tag] = SlotLabels.isInside(tag)
                            ? -.infinity : trans[startIndex(to: tag, tagCount: count)] + emit[tag]
                    }
                    for position in 1..<max(tokenCount, 1) {
                        let prev = UnsafeBufferPointer(start: base + (position - 1) * count, count: count)
                        let offset = position * count
                        for tag in 0..<count {
                            cells[offset + tag] = bestInto(tag, prev, trans, count: count).score + emit[offset + tag]
                        }
                    }
                    var bestTag = 0
                    var bestScore = -Float.infinity
                    let last = (tokenCount - 1) * count
                    for tag in 0..<count {
                        let score = cells[last + tag] + trans[endIndex(from: tag, tagCount: count)]
                        if score > bestScore { bestScore = score; bestTag = tag }
                    }
                    var tags = [Int](repeating: 0, count: tokenCount)
                    tags[tokenCount - 1] = bestTag
                    var position = tokenCount - 1
                    while position > 0 {
                        let prev = UnsafeBufferPointer(start: base + (position - 1) * count, count: count)
                        bestTag = bestInto(bestTag, prev, trans, count: count, wantIndex: true).from
                        tags[position - 1] = bestTag
                        position -= 1
                    }
                    return tags
                }
            }
        }
    }

    /// The best score into `tag` from the previous column, and (when asked) the predecessor.
    @inline(__always)
    private static func bestInto(
        _ tag: Int, _ prev: UnsafeBufferPointer<Float>, _ trans: UnsafeBufferPointer<Float>, count: Int,
        wantIndex: Bool = false
    ) -> (score: Float, from: Int) {
        let row = tag * (count + 1) + 1
        guard SlotLabels.isInside(tag) else {
            return bestPredecessor(prev, trans, row: row, count: count, wantIndex: wantIndex)
        }
        // Only B-x (tag - 1) and I-x (tag) lead into I-x.
        let fromBegin = prev[tag - 1] + trans[row + tag - 1]
        let fromInside = prev[tag] + trans[row + tag]
        return fromInside > fromBegin ? (fromInside, tag) : (fromBegin, tag - 1)
    }

    /// max over `c` of `prev[c] + trans[row + c]`, ties to the lowest `c`. The index is found
    /// by a second pass for the first lane that reaches the maximum; the sums are the same,
    /// so equality is exact.
    @inline(__always)
    private static func bestPredecessor(
        _ prev: UnsafeBufferPointer<Float>, _ trans: UnsafeBufferPointer<Float>, row: Int, count: Int, wantIndex: Bool
    ) -> (score: Float, from: Int) {
        guard let prevBase = prev.baseAddress, let transBase = trans.baseAddress else { return (-.infinity, 0) }
        let rawPrev = UnsafeRawPointer(prevBase)
        let rawTrans = UnsafeRawPointer(transBase + row)
        let stride = MemoryLayout<Float>.stride
        @inline(__always) func sums(_ candidate: Int) -> SIMD8<Float> {
            rawPrev.loadUnaligned(fromByteOffset: candidate * stride, as: SIMD8<Float>.self)
                + rawTrans.loadUnaligned(fromByteOffset: candidate * stride, as: SIMD8<Float>.self)
        }
        let vectorEnd = count - count % 8
        var lanes = SIMD8<Float>(repeating: -.infinity)
        var candidate = 0
        while candidate < vectorEnd {
            // `replace(with:where:)` compiles to a compare and blend; `pointwiseMax` is not inlined.
            let scores = sums(candidate)
            lanes.replace(with: scores, where: scores .> lanes)
            candidate += 8
        }
        var best = -Float.infinity
        for lane in 0..<8 where lanes[lane] > best { best = lanes[lane] }
        for tail in vectorEnd..<count { best = max(best, prev[tail] + trans[row + tail]) }
        guard wantIndex else { return (best, 0) }
        let target = SIMD8<Float>(repeating: best)
        candidate = 0
        while candidate < vectorEnd {
            let hits = sums(candidate) .== target
            if any(hits) {
                for lane in 0..<8 where hits[lane] { return (best, candidate + lane) }
            }
            candidate += 8
        }
        for tail in vectorEnd..<count where prev[tail] + trans[row + tail] == best { return (best, tail) }
        return (best, 0)
    }
}
