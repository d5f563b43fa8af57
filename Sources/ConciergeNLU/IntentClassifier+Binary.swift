import ConciergeBinary
import ConciergeText

// The classifier's part of a compiled model: labels and configuration, then the vectorizer's
// table and IDF and the linear model's nonzero weights per column (`SparseColumnWeights`), as
// flat arrays that are used in place. Every
// size read back is checked against the others before a table is used.

extension IntentClassifier {
    /// Writes the trained classifier.
    ///
    ///     var writer = BinaryWriter()
    ///     classifier.write(to: &writer)
    ///     let back = try IntentClassifier.read(from: &reader)   // answers exactly as `classifier`
    public func write(to writer: inout BinaryWriter) throws {
        guard model.classCount <= Int(UInt16.max) + 1 else {
            throw BinaryFormatError("a model file holds at most 65,536 intents, not \(model.classCount)", at: writer.bytes.count)
        }
        writer.write(UInt64(labels.count))
        for label in labels { writer.write(label) }
        try BinaryValueEncoder.tree(of: configuration).write(to: &writer)
        vectorizer.write(to: &writer)
        writer.write(model.classCount)
        writer.writeArray(model.bias)
        model.sparseWeights.write(to: &writer)
    }

    public static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> IntentClassifier {
        let labelCount = try reader.readCount(minimumSize: 4)
        var labels: [String] = []
        labels.reserveCapacity(labelCount)
        for _ in 0..<labelCount { labels.append(try reader.readString()) }
        let configurationStart = reader.offset
        let configuration = try reader.readCodable(ClassifierConfiguration.self)
        // Feature extraction loops over these ranges for every message.
        let sizes = 1...64
        guard sizes.contains(configuration.features.wordNgrams.lowerBound), sizes.contains(configuration.features.wordNgrams.upperBound),
              sizes.contains(configuration.features.charNgrams.lowerBound), sizes.contains(configuration.features.charNgrams.upperBound)
        else { throw BinaryFormatError("the classifier's n-gram sizes are out of range", at: configurationStart) }
        let vectorizer = try TfidfVectorizer.read(from: &reader, configuration: configuration.features)
        let start = reader.offset
        let classCount = try reader.readInt()
        let bias: [Float] = try reader.readArray()
        guard classCount == labels.count, classCount > 0, classCount <= Int(UInt16.max) + 1, bias.count == classCount
        else { throw BinaryFormatError("the classifier's weights do not fit its labels", at: start) }
        let weights = try SparseColumnWeights.read(from: &reader, columnCount: vectorizer.columnCount)
        return IntentClassifier(
            labels: labels, configuration: configuration, vectorizer: vectorizer,
            model: LinearModel(classCount: classCount, sparse: weights, bias: bias))
    }
}

extension TfidfVectorizer {
    func write(to writer: inout BinaryWriter) {
        writer.write(wordColumnCount)
        table.write(to: &writer)
        idf.withUnsafeBufferPointer { writer.writeArray($0) }
        writer.write(slotValues != nil)
        if let slotValues {
            writer.writeArray(slotValues.folds.map { Int32(truncatingIfNeeded: $0) })
            slotValues.gazetteer.write(to: &writer)
        }
        writer.write(wordVectors?.fingerprint ?? 0)
    }

    static func read(from reader: inout BinaryReader, configuration: FeatureConfiguration) throws(BinaryFormatError) -> TfidfVectorizer {
        let start = reader.offset
        let wordColumnCount = try reader.readInt()
        let table = try FeatureIndex.read(from: &reader)
        let idf: FlatArray<Float> = try reader.readFlatArray()
        guard idf.count == table.count, (0...idf.count).contains(wordColumnCount) else {
            throw BinaryFormatError("the vocabulary and the IDF table disagree", at: start)
        }
        var slotValues: SlotValueFeatures?
        if try reader.readBool() {
            let folds: [Int32] = try reader.readArray()
            let gazetteer = try SlotGazetteer.read(from: &reader)
            slotValues = SlotValueFeatures(gazetteer: gazetteer, folds: folds.map(Int.init))
        }
        let vectorsStart = reader.offset
        let fingerprint: UInt64 = try reader.read()
        var wordVectors: WordVectors?
        if configuration.meaningWeight > 0 {
            guard let builtIn = WordVectors.builtIn, builtIn.fingerprint == fingerprint else {
                throw BinaryFormatError("the model was compiled with other word vectors than this engine's", at: vectorsStart)
            }
            wordVectors = builtIn
        }
        return TfidfVectorizer(
            featurizer: TextFeaturizer(configuration: configuration), slotValues: slotValues, table: table,
            wordColumnCount: wordColumnCount, idf: idf, wordVectors: wordVectors)
    }
}

extension FeatureIndex {
    func write(to writer: inout BinaryWriter) {
        writer.write(count)
        keys.withUnsafeBufferPointer { writer.writeArray($0) }
        columns.withUnsafeBufferPointer { writer.writeArray($0) }
    }

    static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> FeatureIndex {
        let start = reader.offset
        let count = try reader.readInt()
        let keys: FlatArray<UInt64> = try reader.readFlatArray()
        let columns: FlatArray<Int32> = try reader.readFlatArray()
        // A power of two with a free slot, so every probe ends (lookups also bound it).
        guard keys.count >= 2, keys.count & (keys.count - 1) == 0, columns.count == keys.count,
              (0..<keys.count).contains(count)
        else { throw BinaryFormatError("the feature table's sizes do not fit", at: start) }
        return FeatureIndex(keys: keys, columns: columns, mask: keys.count - 1, count: count)
    }
}

extension SlotGazetteer {
    /// Entries in key order, so the same gazetteer always gives the same bytes.
    func write(to writer: inout BinaryWriter) {
        writer.write(maxTokens)
        writer.write(UInt64(entries.count))
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(entry.extends)
            writer.write(UInt64(entry.slots.count))
            for slot in entry.slots {
                writer.write(slot.slot)
                writer.write(slot.folds)
            }
        }
    }

    static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> SlotGazetteer {
        let start = reader.offset
        let maxTokens = try reader.readInt()
        guard (0...64).contains(maxTokens) else { throw BinaryFormatError("a gazetteer's value length is out of range", at: start) }
        let count = try reader.readCount(minimumSize: 17)
        var entries: [UInt64: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key: UInt64 = try reader.read()
            var entry = Entry()
            entry.extends = try reader.readBool()
            let slotCount = try reader.readCount(minimumSize: 8)
            for _ in 0..<slotCount {
                let slot: Int32 = try reader.read()
                let folds: UInt32 = try reader.read()
                guard slot >= 0 else { throw BinaryFormatError("a gazetteer slot is negative", at: reader.offset - 8) }
                entry.slots.append((slot: slot, folds: folds))
            }
            entries[key] = entry
        }
        return SlotGazetteer(maxTokens: maxTokens, entries: entries)
    }
}
