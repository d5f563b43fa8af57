/// Hashes of a word and of every string made by deleting up to two of its characters — the
/// "deletion neighbourhood" that finds fuzzy lookup candidates. Two words within k edits
/// (OSA) always share such a variant with at most k deletions on each side: a substitution or
/// a transposition is one deletion on each side, an insertion one deletion on one side.
///
/// Each hash costs O(1): the hash is polynomial, so a variant's hash is assembled from the
/// prefix hashes of the word's segments around the deleted characters.
///
///     var keys: [UInt64] = []
///     word.withUnsafeBufferPointer { DeletionKeys.collect($0, upTo: 1, into: &keys) }
///     // keys.count == word.count + 1: the word itself, then each one-deletion variant
enum DeletionKeys {
    private static let base: UInt64 = 0x100_0000_01B3

    /// Replaces `keys` with the hashes of `word` and its variants with up to `deletions`
    /// (0, 1 or 2) characters deleted. Repeated letters give repeated keys.
    static func collect(_ word: UnsafeBufferPointer<UInt32>, upTo deletions: Int, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        let count = word.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * (count + 1)) { buffer in
            // prefix(i) hashes word[0..<i]; power(i) is base^i. Scalars count from 1 so a
            // leading NUL still changes the hash.
            let powers = count + 1
            buffer[0] = 0
            buffer[powers] = 1
            for index in 0..<count {
                buffer[index + 1] = buffer[index] &* base &+ UInt64(word[index]) &+ 1
                buffer[powers + index + 1] = buffer[powers + index] &* base
            }
            func segment(_ start: Int, _ end: Int) -> UInt64 {
                buffer[end] &- buffer[start] &* buffer[powers + end - start]
            }
            keys.append(finish(buffer[count]))
            guard deletions >= 1 else { return }
            for first in 0..<count {
                let head = buffer[first]
                keys.append(finish(head &* buffer[powers + count - 1 - first] &+ segment(first + 1, count)))
                guard deletions >= 2 else { continue }
                for second in (first + 1)..<count {
                    let middle = segment(first + 1, second)
                    let tail = segment(second + 1, count)
                    let hash = head &* buffer[powers + count - 2 - first] &+ middle &* buffer[powers + count - 1 - second] &+ tail
                    keys.append(finish(hash))
                }
            }
        }
    }

    /// Spreads the polynomial hash's bits (MurmurHash3's finalizer) so the low bits can
    /// index `DeletionTable` directly.
    private static func finish(_ hash: UInt64) -> UInt64 {
        var mixed = hash ^ (hash >> 33)
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed = mixed &* 0xC4CE_B9FE_1A85_EC53
        return mixed ^ (mixed >> 33)
    }
}

/// An open-addressing table from deletion-key hashes to an `Int` (the first posting of the
/// key's chain). The keys are already mixed hashes, so unlike `Dictionary` it hashes nothing
/// again, which makes a lookup a few nanoseconds.
///
///     var table = DeletionTable(capacity: 100)
///     table[42] = 7
///     table[42]   // 7
///     table[43]   // nil
struct DeletionTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int]
    private let mask: Int

    /// A table for at most `capacity` keys, kept at most half full.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int](repeating: 0, count: size)
        mask = size - 1
    }

    /// Key 0 marks an empty slot, so a real 0 is stored as 1 (at worst one more candidate).
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    subscript(key: UInt64) -> Int? {
        get {
            let key = Self.stored(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            let key = Self.stored(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            // Only the index builder writes, and never removes.
            if let newValue {
                keys[slot] = key
                values[slot] = newValue
            }
        }
    }
}
