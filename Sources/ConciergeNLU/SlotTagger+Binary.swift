import ConciergeBinary

// The tagger's part of a compiled model: its labels, configuration, transitions, gazetteer,
// the slots of each intent's scope, and the weight table's arrays (used in place). The
// table's slots and entries are checked once at load: scoring follows them unchecked.

extension SlotTagger {
    /// Writes the trained tagger.
    ///
    ///     tagger.write(to: &writer)
    ///     let back = try SlotTagger.read(from: &reader)   // tags exactly as `tagger`
    public func write(to writer: inout BinaryWriter) throws {
        writer.write(UInt64(labels.slots.count))
        for slot in labels.slots { writer.write(slot) }
        try BinaryValueEncoder.tree(of: configuration).write(to: &writer)
        writer.writeArray(transitions)
        writer.write(gazetteer != nil)
        gazetteer?.write(to: &writer)
        writer.write(UInt64(scopes.count))
        for (intent, scope) in scopes.sorted(by: { $0.key < $1.key }) {
            writer.write(intent)
            writer.writeArray(scope.slots.map { Int32(truncatingIfNeeded: $0) })
        }
        weights.write(to: &writer)
    }

    public static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> SlotTagger {
        let start = reader.offset
        let slotCount = try reader.readCount(minimumSize: 4)
        var slots: [String] = []
        for _ in 0..<slotCount { slots.append(try reader.readString()) }
        let labels = SlotLabels(slots: slots)
        let configuration = try reader.readCodable(SlotTaggerConfiguration.self)
        let transitions: [Float] = try reader.readArray()
        guard labels.tagCount <= SlotWeightTable.maximumTagCount,
              transitions.count == Viterbi.transitionCount(tagCount: labels.tagCount),
              (0...16).contains(configuration.window)
        else { throw BinaryFormatError("the tagger's labels, transitions and window do not fit", at: start) }
        let gazetteer = try reader.readBool() ? try SlotGazetteer.read(from: &reader) : nil
        let scopeCount = try reader.readCount(minimumSize: 12)
        var scopes: [String: SlotTagScope] = [:]
        for _ in 0..<scopeCount {
            let intent = try reader.readString()
            let scopeStart = reader.offset
            let scopeSlots = try reader.readArray(Int32.self).map(Int.init)
            guard zip(scopeSlots, scopeSlots.dropFirst()).allSatisfy({ $0 < $1 }),
                  scopeSlots.allSatisfy({ (0..<slotCount).contains($0) })
            else { throw BinaryFormatError("an intent's tag scope names unknown slots", at: scopeStart) }
            scopes[intent] = SlotTagScope(slots: scopeSlots, tagCount: labels.tagCount, transitions: transitions)
        }
        let weights = try SlotWeightTable.read(from: &reader)
        guard weights.tagCount == labels.tagCount else {
            throw BinaryFormatError("the tagger's weights do not fit its labels", at: start)
        }
        return SlotTagger(labels: labels, configuration: configuration, weights: weights, transitions: transitions,
                          gazetteer: gazetteer, scopes: scopes)
    }
}

extension SlotWeightTable {
    func write(to writer: inout BinaryWriter) {
        writer.write(tagCount)
        writer.write(scale)
        writer.write(count)
        writer.write(weightCount)
        slots.withUnsafeBufferPointer { writer.writeArray($0) }
        entries.withUnsafeBufferPointer { writer.writeArray($0) }
        dense.withUnsafeBufferPointer { writer.writeArray($0) }
    }

    static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> SlotWeightTable {
        let start = reader.offset
        let tagCount = try reader.readInt()
        let scale = try reader.readFloat()
        let count = try reader.readInt()
        let weightCount = try reader.readInt()
        let slots: FlatArray<UInt64> = try reader.readFlatArray()
        let entries: FlatArray<UInt32> = try reader.readFlatArray()
        let dense: FlatArray<Float> = try reader.readFlatArray()
        let table = SlotWeightTable(slots: slots, entries: entries, dense: dense, tagCount: tagCount, scale: scale,
                                    count: count, weightCount: weightCount)
        guard table.isConsistent else { throw BinaryFormatError("the tagger's weight table is inconsistent", at: start) }
        return table
    }

    /// A table from its arrays (a compiled model's); `isConsistent` says whether they fit.
    private init(slots: FlatArray<UInt64>, entries: FlatArray<UInt32>, dense: FlatArray<Float>, tagCount: Int,
                 scale: Float, count: Int, weightCount: Int) {
        self.slots = slots
        self.entries = entries
        self.dense = dense
        self.tagCount = tagCount
        self.scale = scale
        self.mask = slots.count - 1
        self.count = count
        self.weightCount = weightCount
    }

    /// Whether every slot points inside the arrays, every sparse list ends inside them and
    /// names tags the table has: what scoring relies on without checking.
    private var isConsistent: Bool {
        guard (1...Self.maximumTagCount).contains(tagCount), slots.count >= 1, slots.count & (slots.count - 1) == 0,
              dense.count % tagCount == 0, (0..<slots.count).contains(count), scale.isFinite
        else { return false }
        let denseRows = dense.count / tagCount
        let entriesValid = entries.withUnsafeBufferPointer { entries in
            entries.allSatisfy { Int($0 & 0x7FFF) < tagCount } && (entries.last.map { $0 & 0x8000 != 0 } ?? true)
        }
        guard entriesValid else { return false }
        return slots.withUnsafeBufferPointer { slots in
            slots.allSatisfy { slot in
                guard slot != 0 else { return true }
                let position = Int(slot & (Self.denseFlag - 1)) - 1
                return slot & Self.denseFlag != 0 ? (0..<denseRows).contains(position) : (0..<entries.count).contains(position)
            }
        }
    }
}
