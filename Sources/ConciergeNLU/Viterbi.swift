/// The best tag sequence of a linear-chain model under BIO constraints.
///
/// Scores are per-token emissions plus transitions between consecutive tags, a start
/// transition into the first tag and an end transition out of the last. With the
/// `SlotLabels` layout, `I-x` may only follow `B-x` or `I-x` and never starts a message; `O`
/// and `B-x` may follow anything.
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
        var backpointers = [Int32](repeating: 0, count: tokenCount * count)
        var scores = [Float](repeating: 0, count: 2 * count)
        return emissions.withUnsafeBufferPointer { emit in
            transitions.withUnsafeBufferPointer { trans in
                backpointers.withUnsafeMutableBufferPointer { back in
                    scores.withUnsafeMutableBufferPointer { scores in
                        guard let base = scores.baseAddress else { return [] }
                        var prev = UnsafeMutableBufferPointer(start: base, count: count)
                        var cur = UnsafeMutableBufferPointer(start: base + count, count: count)
                        for tag in 0..<count {
                            prev[tag] = SlotLabels.isInside(tag)
                                ? -.infinity : trans[startIndex(to: tag, tagCount: count)] + emit[tag]
                        }
                        for position in 1..<max(tokenCount, 1) {
                            step(position, count, emit, trans, UnsafeBufferPointer(prev), cur, back)
                            (prev, cur) = (cur, prev)
                        }
                        var bestTag = 0
                        var bestScore = -Float.infinity
                        for tag in 0..<count {
                            let score = prev[tag] + trans[endIndex(from: tag, tagCount: count)]
                            if score > bestScore { bestScore = score; bestTag = tag }
                        }
                        var tags = [Int](repeating: 0, count: tokenCount)
                        tags[tokenCount - 1] = bestTag
                        var position = tokenCount - 1
                        while position > 0 {
                            bestTag = Int(back[position * count + bestTag])
                            tags[position - 1] = bestTag
                            position -= 1
                        }
                        return tags
                    }
                }
            }
        }
    }

    /// One column of the trellis: the best way into every tag at `position`.
    @inline(__always)
    private static func step(
        _ position: Int, _ count: Int,
        _ emit: UnsafeBufferPointer<Float>, _ trans: UnsafeBufferPointer<Float>,
        _ prev: UnsafeBufferPointer<Float>, _ cur: UnsafeMutableBufferPointer<Float>,
        _ back: UnsafeMutableBufferPointer<Int32>
    ) {
        let base = position * count
        for tag in 0..<count {
            let row = tag * (count + 1) + 1
            var best = -Float.infinity
            var from = 0
            if SlotLabels.isInside(tag) {
                // Only B-x (tag - 1) and I-x (tag) lead into I-x.
                for candidate in (tag - 1)...tag {
                    let score = prev[candidate] + trans[row + candidate]
                    if score > best { best = score; from = candidate }
                }
            } else {
                (best, from) = bestPredecessor(prev, trans, row: row, count: count)
            }
            cur[tag] = best + emit[base + tag]
            back[base + tag] = Int32(from)
        }
    }

    /// max over `c` of `prev[c] + trans[row + c]`, eight lanes at a time; ties go to the lowest `c`.
    @inline(__always)
    private static func bestPredecessor(
        _ prev: UnsafeBufferPointer<Float>, _ trans: UnsafeBufferPointer<Float>, row: Int, count: Int
    ) -> (Float, Int) {
        guard let prevBase = prev.baseAddress, let transBase = trans.baseAddress else { return (-.infinity, 0) }
        var bestLanes = SIMD8<Float>(repeating: -.infinity)
        var indexLanes = SIMD8<Int32>(repeating: 0)
        var lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        var candidate = 0
        let rawPrev = UnsafeRawPointer(prevBase)
        let rawTrans = UnsafeRawPointer(transBase + row)
        while candidate + 8 <= count {
            let offset = candidate * MemoryLayout<Float>.stride
            let scores = rawPrev.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                + rawTrans.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            let better = scores .> bestLanes
            bestLanes.replace(with: scores, where: better)
            indexLanes.replace(with: lanes, where: better)
            lanes &+= 8
            candidate += 8
        }
        var best = -Float.infinity
        var from = 0
        for lane in 0..<8 where bestLanes[lane] > best || (bestLanes[lane] == best && Int(indexLanes[lane]) < from) {
            best = bestLanes[lane]
            from = Int(indexLanes[lane])
        }
        while candidate < count {
            let score = prev[candidate] + trans[row + candidate]
            if score > best { best = score; from = candidate }
            candidate += 1
        }
        return (best, from)
    }
}
