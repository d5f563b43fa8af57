import ConciergeBinary

/// A map from 64-bit feature key to a dense column index: open addressing with linear
/// probing, sized to a power of two at most half full.
///
/// It replaces `Dictionary<UInt64, Int32>` on the hot path of every prediction, where
/// hashing keys that are already well mixed would be wasted work.
///
///     var table = FeatureTable()
///     let column = table.insert(key)      // new or existing column
///     table.column(for: key)              // Int32? lookup
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var columns: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// 0 marks an empty slot, so the real key 0 is stored as this stand-in.
    static let zeroKey: UInt64 = 0x5555_5555_5555_5555

    init(minimumCapacity: Int = 1024) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        columns = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    func column(for key: UInt64) -> Int32? {
        let key = key == 0 ? Self.zeroKey : key
        var slot = Int(truncatingIfNeeded: key) & mask
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let stored = keys[slot]
                if stored == key { return columns[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The column of `key`, assigning the next free column when the key is new.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Int32 {
        if let existing = column(for: key) { return existing }
        if (count + 1) * 2 > keys.count { grow() }
        let column = Int32(count)
        place(key == 0 ? Self.zeroKey : key, column: column)
        count += 1
        return column
    }

    private mutating func place(_ key: UInt64, column: Int32) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        columns[slot] = column
    }

    /// The finished table, for lookups only (and in place in a compiled model).
    var frozen: FeatureIndex {
        FeatureIndex(keys: FlatArray(keys), columns: FlatArray(columns), mask: mask, count: count)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldColumns = columns
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        columns = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, column) in zip(oldKeys, oldColumns) where key != 0 {
            place(key, column: column)
        }
    }
}

/// A finished `FeatureTable`: the same layout and probe, read-only, its arrays flat so that a
/// compiled model's table is used where it is mapped.
///
///     let index = table.frozen
///     index.column(for: key)   // Int32? as table.column(for: key)
struct FeatureIndex: Sendable {
    let keys: FlatArray<UInt64>
    let columns: FlatArray<Int32>
    let mask: Int
    let count: Int

    /// The probe is bounded and the column checked: the arrays may come from a file.
    func column(for key: UInt64) -> Int32? {
        let key = key == 0 ? FeatureTable.zeroKey : key
        var slot = Int(truncatingIfNeeded: key) & mask
        return keys.withUnsafeBufferPointer { keys in
            columns.withUnsafeBufferPointer { columns in
                for _ in 0..<keys.count {
                    let stored = keys[slot]
                    if stored == key {
                        let column = columns[slot]
                        return column >= 0 && Int(column) < count ? column : nil
                    }
                    if stored == 0 { return nil }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// The columns of the keys that have one, in key order: `column(for:)` of each. A
    /// message's keys land on scattered slots of tables larger than the cache; a first pass
    /// reads every key's home slot (key and column) with no branch on what it reads, so the
    /// processor fetches those lines side by side instead of waiting on one miss per probe.
    /// The home slot settles most keys: theirs, or empty (a feature the model does not know).
    func appendColumns(of keys: [UInt64], to output: inout [Int32]) {
        withUnsafeTemporaryAllocation(of: (key: UInt64, column: Int32).self, capacity: keys.count) { home in
            self.keys.withUnsafeBufferPointer { table in
                columns.withUnsafeBufferPointer { columns in
                    let readable = table.count > mask && columns.count > mask
                    for (index, key) in keys.enumerated() {
                        let slot = Int(truncatingIfNeeded: key == 0 ? FeatureTable.zeroKey : key) & mask
                        // A table that cannot be read here (never: both have mask + 1 slots) is probed key by key.
                        home[index] = readable ? (table[slot], columns[slot]) : (1, -1)
                    }
                }
            }
            for (index, key) in keys.enumerated() {
                let (stored, column) = home[index]
                if stored == (key == 0 ? FeatureTable.zeroKey : key) {
                    if column >= 0 && Int(column) < count { output.append(column) }
                } else if stored != 0, let column = self.column(for: key) {
                    output.append(column)
                }
            }
        }
    }
}
