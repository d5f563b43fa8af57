import ConciergeBinary

/// The exact examples of the rules — a message's words, joined by spaces, to the one intent
/// that has it as an example — as flat arrays: an open-addressing table of entry numbers, the
/// keys' bytes end to end, and each entry's intent. A compiled model's table is used where
/// the file is mapped: a start does not build 15,000 strings and a dictionary of them.
///
///
/// A class: a `Bot` holding the table inline changed its layout enough to crash debug test
/// builds that copy a `Bot?` (Swift 6.3; `Bot` now holds its parts behind one reference too).
///
///     let table = ExampleTable(["how much is it": "pricing", "hi": "greet"])
///     table.intent(for: "hi")   // "greet"
final class ExampleTable: Sendable {
    /// The intents entries name.
    let intents: [String]
    /// Per slot, 0 (empty) or an entry number + 1; a power of two long, at most half full.
    let slots: FlatArray<UInt32>
    /// Entry `i`'s key is `bytes[offsets[i]..<offsets[i + 1]]`.
    let offsets: FlatArray<UInt32>
    let entryIntents: FlatArray<UInt32>
    let bytes: FlatArray<UInt8>

    private static let seed: UInt64 = 0x6578_616D_706C_6573

    convenience init(_ pairs: [String: String]) {
        let intents = Array(Set(pairs.values)).sorted()
        let intentIndex = Dictionary(uniqueKeysWithValues: intents.enumerated().map { ($1, UInt32($0)) })
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        var offsets: [UInt32] = [0]
        var entryIntents: [UInt32] = []
        var bytes: [UInt8] = []
        for (number, (key, intent)) in pairs.sorted(by: { $0.key < $1.key }).enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = UInt32(number + 1)
            bytes.append(contentsOf: key.utf8)
            offsets.append(UInt32(bytes.count))
            entryIntents.append(intentIndex[intent] ?? 0)
        }
        self.init(intents: intents, slots: FlatArray(slots), offsets: FlatArray(offsets),
                  entryIntents: FlatArray(entryIntents), bytes: FlatArray(bytes))
    }

    private init(intents: [String], slots: FlatArray<UInt32>, offsets: FlatArray<UInt32>,
                 entryIntents: FlatArray<UInt32>, bytes: FlatArray<UInt8>) {
        self.intents = intents
        self.slots = slots
        self.offsets = offsets
        self.entryIntents = entryIntents
        self.bytes = bytes
    }

    var count: Int { entryIntents.count }

    private static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { ContentHash.hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// The intent whose example `key` is. The probe is bounded: the arrays may come from a file.
    func intent(for key: String) -> String? {
        guard count > 0 else { return nil }
        var key = key
        return key.withUTF8 { utf8 -> String? in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: ContentHash.hash(UnsafeRawBufferPointer(utf8), seed: Self.seed)) & mask
            return slots.withUnsafeBufferPointer { slots in
                offsets.withUnsafeBufferPointer { offsets in
                    bytes.withUnsafeBufferPointer { bytes in
                        for _ in 0..<slots.count {
                            let entry = Int(slots[slot])
                            if entry == 0 { return nil }
                            let start = Int(offsets[entry - 1])
                            let end = Int(offsets[entry])
                            if end - start == utf8.count, UnsafeBufferPointer(rebasing: bytes[start..<end]).elementsEqual(utf8) {
                                return intents[Int(entryIntents[entry - 1])]
                            }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(intents.count))
        for intent in intents { writer.write(intent) }
        slots.withUnsafeBufferPointer { writer.writeArray($0) }
        offsets.withUnsafeBufferPointer { writer.writeArray($0) }
        entryIntents.withUnsafeBufferPointer { writer.writeArray($0) }
        bytes.withUnsafeBufferPointer { writer.writeArray($0) }
    }

    /// The table `write` wrote, every entry number, offset and intent number checked once.
    static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> ExampleTable {
        let start = reader.offset
        let intentCount = try reader.readCount(minimumSize: 4)
        var intents: [String] = []
        for _ in 0..<intentCount { intents.append(try reader.readString()) }
        let table = ExampleTable(
            intents: intents, slots: try reader.readFlatArray(), offsets: try reader.readFlatArray(),
            entryIntents: try reader.readFlatArray(), bytes: try reader.readFlatArray())
        guard table.isConsistent else { throw BinaryFormatError("the exact-example table is inconsistent", at: start) }
        return table
    }

    private var isConsistent: Bool {
        let entries = entryIntents.count
        guard slots.count >= 1, slots.count & (slots.count - 1) == 0, offsets.count == entries + 1, entries < slots.count,
              offsets.first == 0, offsets.last.map({ Int($0) == bytes.count }) ?? false
        else { return false }
        let ordered = offsets.withUnsafeBufferPointer { offsets in zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 } }
        return ordered && entryIntents.allSatisfy { Int($0) < intents.count } && slots.allSatisfy { Int($0) <= entries }
    }
}
