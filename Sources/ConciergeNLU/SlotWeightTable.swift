/// The tagger's sparse weights, laid out for lookups that touch as little memory as possible:
/// an open-addressing table whose slot holds the feature key *and* its range of weights, and
/// weights stored as (tag, weight) pairs side by side. One feature costs about two cache
/// lines instead of one per array.
///
///     var table = SlotWeightTable(rows: [(key: 42, weights: [(tag: 3, weight: 0.5)])])
///     table.add(key: 42, to: &scores, base: 0)   // scores[3] += 0.5
struct SlotWeightTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var start: Int32
        var end: Int32
    }

    struct Entry: Sendable, Equatable {
        var tag: Int32
        var weight: Float
    }

    private var slots: [Slot]
    private(set) var entries: [Entry]
    private let mask: Int
    let count: Int

    /// 0 marks an empty slot, so the real key 0 is stored as this stand-in.
    private static let zeroKey: UInt64 = 0x5555_5555_5555_5555

    init(rows: [(key: UInt64, weights: [(tag: Int, weight: Float)])]) {
        var capacity = 16
        while capacity < rows.count * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(key: 0, start: 0, end: 0), count: capacity)
        mask = capacity - 1
        entries = []
        entries.reserveCapacity(rows.reduce(0) { $0 + $1.weights.count })
        var stored = 0
        for row in rows where !row.weights.isEmpty {
            let key = row.key == 0 ? Self.zeroKey : row.key
            var index = Int(truncatingIfNeeded: key) & mask
            while slots[index].key != 0, slots[index].key != key { index = (index + 1) & mask }
            // A repeated key keeps its first row; training never produces one.
            guard slots[index].key == 0 else { continue }
            let start = Int32(entries.count)
            for weight in row.weights { entries.append(Entry(tag: Int32(weight.tag), weight: weight.weight)) }
            slots[index] = Slot(key: key, start: start, end: Int32(entries.count))
            stored += 1
        }
        count = stored
    }

    /// Adds the weights of feature `key` (if it has any) to `scores[base + tag]`.
    @inline(__always)
    func add(key: UInt64, to scores: UnsafeMutableBufferPointer<Float>, base: Int) {
        let key = key == 0 ? Self.zeroKey : key
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                if slot.key == key {
                    entries.withUnsafeBufferPointer { entries in
                        for entry in entries[Int(slot.start)..<Int(slot.end)] {
                            scores[base + Int(entry.tag)] += entry.weight
                        }
                    }
                    return
                }
                if slot.key == 0 { return }
                index = (index + 1) & mask
            }
        }
    }
}
