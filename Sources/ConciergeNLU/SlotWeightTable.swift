import ConciergeBinary

/// The tags a lookup scores and where each lands: every tag of the tagger in its own
/// column, or (for a `SlotTagScope`) the few tags of one intent renumbered densely.
struct SlotTagView: Sendable, Equatable {
    /// Columns of the scores.
    let count: Int
    /// Per tagger tag, its column, or -1 when it is not scored.
    let columns: [Int32]
    /// Per column, its tagger tag.
    let tags: [Int32]
    let isIdentity: Bool

    /// Every tag of a tagger with `tagCount` tags.
    init(all tagCount: Int) {
        count = tagCount
        columns = (0..<tagCount).map(Int32.init)
        tags = columns
        isIdentity = true
    }

    /// The given tagger tags, in this column order.
    init(tags: [Int], tagCount: Int) {
        var columns = [Int32](repeating: -1, count: tagCount)
        for (column, tag) in tags.enumerated() { columns[tag] = Int32(column) }
        self.count = tags.count
        self.columns = columns
        self.tags = tags.map(Int32.init)
        isIdentity = tags == Array(0..<tagCount)
    }
}

/// The tagger's weights, laid out so that scoring a message touches as little as possible.
///
/// An open-addressing table of 8-byte slots — the upper 32 bits of the feature key as a
/// check, and where the feature's weights are — over two stores. Most features moved a
/// few tags and keep sparse 4-byte entries (tag, last-entry flag, weight quantised to 16
/// bits). The few that moved many tags (the bias, frequent words and shapes, the intent)
/// fire in nearly every message and keep a dense row of `Float`s: added eight lanes at a
/// time, or read only at the handful of tags an intent's scope scores.
///
/// Two keys share a slot only if their probes meet *and* their upper halves agree (about
/// one lookup in four billion); the first stored keeps it. Quantisation keeps a sparse
/// weight within half a step of `maxMagnitude / 32767`, far below the smallest kept weight.
///
///     let table = SlotWeightTable(rows: [(key: 42, weights: [(tag: 3, weight: 0.5)])], tagCount: 5)
///     table.emissions(of: features, view: SlotTagView(all: 5))   // 0.5 on tag 3 where feature 42 fires
struct SlotWeightTable: Sendable, Equatable {
    /// `check << 32 | dense-flag << 31 | (position + 1)`: a sparse feature's first entry, or
    /// a dense feature's row number; 0 is empty.
    let slots: FlatArray<UInt64>
    /// `weight << 16 | last-flag << 15 | tag`, with the weight a signed 16-bit step count.
    let entries: FlatArray<UInt32>
    /// Dense rows, `tagCount` weights each.
    let dense: FlatArray<Float>
    let tagCount: Int
    let scale: Float
    let mask: Int
    /// Features stored, and (feature, tag) weights stored.
    let count: Int
    let weightCount: Int

    static let maximumTagCount = 1 << 15
    static let denseFlag: UInt64 = 1 << 31

    init(rows: [(key: UInt64, weights: [(tag: Int, weight: Float)])], tagCount: Int) {
        precondition(tagCount <= Self.maximumTagCount, "tags fit 15 bits")
        let kept = rows.filter { !$0.weights.isEmpty }
        var capacity = 16
        while capacity < kept.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        // A dense row costs a quarter of the tags in memory and beats the sparse list as
        // soon as the list is that long.
        let denseFrom = max(8, tagCount / 4)
        let largest = kept.lazy.filter { $0.weights.count < denseFrom }.flatMap(\.weights).map { abs($0.weight) }.max() ?? 0
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var entries: [UInt32] = []
        var dense: [Float] = []
        var stored = 0
        var weightCount = 0
        for row in kept {
            var index = Int(truncatingIfNeeded: row.key) & mask
            let check = row.key >> 32
            while slots[index] != 0, slots[index] >> 32 != check { index = (index + 1) & mask }
            // Positions must fit below the dense flag; no tagger comes near 2³¹ weights.
            guard slots[index] == 0, entries.count + dense.count < Int(Self.denseFlag) - 1 else { continue }
            if row.weights.count >= denseFrom {
                slots[index] = check << 32 | Self.denseFlag | UInt64(dense.count / tagCount + 1)
                let start = dense.count
                dense.append(contentsOf: repeatElement(0, count: tagCount))
                for weight in row.weights { dense[start + weight.tag] = weight.weight }
            } else {
                slots[index] = check << 32 | UInt64(entries.count + 1)
                for (position, weight) in row.weights.enumerated() {
                    let steps = Int16(clamping: Int((weight.weight / scale).rounded()))
                    let last: UInt32 = position == row.weights.count - 1 ? 1 << 15 : 0
                    entries.append(UInt32(UInt16(bitPattern: steps)) << 16 | last | UInt32(weight.tag))
                }
            }
            stored += 1
            weightCount += row.weights.count
        }
        self.slots = FlatArray(slots)
        self.entries = FlatArray(entries)
        self.dense = FlatArray(dense)
        self.tagCount = tagCount
        self.scale = scale
        self.mask = mask
        self.count = stored
        self.weightCount = weightCount
    }

    /// The summed weights of every token's features: `tokenCount × view.count` scores.
    ///
    /// The lookups can miss the cache, so they run in passes: first every key's home slot
    /// is read — independent loads the processor overlaps — then collisions are resolved
    /// and the weights added.
    func emissions(of features: TokenFeatureKeys, view: SlotTagView) -> [Float] {
        let columns = view.count
        var scores = [Float](repeating: 0, count: features.tokenCount * columns)
        guard count > 0, !features.keys.isEmpty else { return scores }
        let keyCount = features.keys.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keyCount) { home in
            slots.withUnsafeBufferPointer { slots in
                features.keys.withUnsafeBufferPointer { keys in
                    for position in 0..<keyCount {
                        home[position] = slots[Int(truncatingIfNeeded: keys[position]) & mask]
                    }
                    scores.withUnsafeMutableBufferPointer { scores in
                        var position = 0
                        for token in 0..<features.tokenCount {
                            let row = UnsafeMutableBufferPointer(rebasing: scores[(token * columns)..<((token + 1) * columns)])
                            let end = features.ends[token]
                            while position < end {
                                let key = keys[position]
                                let slot = home[position]
                                position += 1
                                guard slot != 0 else { continue }
                                let found = slot >> 32 == key >> 32 ? slot : find(key, slots)
                                if let found { add(found, view: view, to: row) }
                            }
                        }
                    }
                }
            }
        }
        return scores
    }

    /// The weights of one feature as (tag, weight) pairs (sparse ones as quantised); empty
    /// when it has none.
    func weights(of key: UInt64) -> [(tag: Int, weight: Float)] {
        let view = SlotTagView(all: tagCount)
        var scores = [Float](repeating: 0, count: tagCount)
        guard let found = slots.withUnsafeBufferPointer({ find(key, $0) }) else { return [] }
        scores.withUnsafeMutableBufferPointer { add(found, view: view, to: $0) }
        return scores.enumerated().filter { $0.element != 0 }.map { (tag: $0.offset, weight: $0.element) }
    }

    /// The slot holding `key`, probing past its home.
    @inline(__always)
    private func find(_ key: UInt64, _ slots: UnsafeBufferPointer<UInt64>) -> UInt64? {
        let check = key >> 32
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            if slot >> 32 == check { return slot }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    private func add(_ slot: UInt64, view: SlotTagView, to scores: UnsafeMutableBufferPointer<Float>) {
        let position = Int(slot & (Self.denseFlag - 1)) - 1
        if slot & Self.denseFlag != 0 {
            dense.withUnsafeBufferPointer { dense in
                let row = UnsafeBufferPointer(rebasing: dense[(position * tagCount)..<((position + 1) * tagCount)])
                if view.isIdentity {
                    for tag in 0..<tagCount { scores[tag] += row[tag] }
                } else {
                    view.tags.withUnsafeBufferPointer { tags in
                        for column in 0..<view.count { scores[column] += row[Int(tags[column])] }
                    }
                }
            }
            return
        }
        entries.withUnsafeBufferPointer { entries in
            view.columns.withUnsafeBufferPointer { columns in
                var index = position
                while true {
                    let entry = entries[index]
                    let column = Int(columns[Int(entry & 0x7FFF)])
                    if column >= 0 {
                        scores[column] += Float(Int16(truncatingIfNeeded: Int32(bitPattern: entry) >> 16)) * scale
                    }
                    if entry & 0x8000 != 0 { return }
                    index += 1
                }
            }
        }
    }
}
