import ConciergeBinary
import Foundation
import ConciergeText

/// TF-IDF over the featurizer's keys: a vocabulary learned from training texts, smoothed
/// IDF, sublinear term frequency (1 + ln tf), and an L2 norm per block (word, character),
/// like scikit-learn's `FeatureUnion` of two `TfidfVectorizer`s.
///
///     let vectorizer = TfidfVectorizer.fit(tokenizedTexts, configuration: FeatureConfiguration())
///     let x = vectorizer.transform(Tokenizer().tokenize("how much is it?"))
struct TfidfVectorizer: Sendable {
    let featurizer: TextFeaturizer
    /// The slot values behind the slot-value block; nil when the block is off.
    let slotValues: SlotValueFeatures?
    let table: FeatureIndex
    /// Columns below this index belong to the word block, the rest to the character block and
    /// then the slot-value block.
    let wordColumnCount: Int
    let idf: FlatArray<Float>
    /// The word vectors of the meaning block, whose columns follow the table's; nil when the
    /// block is off.
    let wordVectors: WordVectors?

    /// The TF-IDF columns and then the meaning block's.
    var columnCount: Int { idf.count + (wordVectors?.dimensions ?? 0) }

    init(
        featurizer: TextFeaturizer, slotValues: SlotValueFeatures?, table: FeatureIndex, wordColumnCount: Int,
        idf: FlatArray<Float>, wordVectors: WordVectors?
    ) {
        self.featurizer = featurizer
        self.slotValues = slotValues
        self.table = table
        self.wordColumnCount = wordColumnCount
        self.idf = idf
        self.wordVectors = wordVectors
    }

    /// Whether a vector has a TF-IDF feature, a word or character n-gram the training texts
    /// share: the meaning block alone is no evidence of an intent.
    func hasTextFeature(_ vector: SparseVector) -> Bool {
        guard let first = vector.indices.first else { return false }
        return Int(first) < idf.count
    }

    /// Whether a word (a token's normalized text), or another form of it, occurs in the
    /// training texts: its unigram has a word column.
    func knowsWord(_ normalized: String) -> Bool {
        guard let column = table.column(for: featurizer.unigramKey(of: normalized)) else { return false }
        return Int(column) < wordColumnCount
    }

    /// Learns the vocabulary and document frequencies of `documents`. `slotValues` finds
    /// the slot-value keys of new messages (the documents' own are already in their keys).
    static func fit(
        _ keysOfDocuments: [FeatureKeys], configuration: FeatureConfiguration, slotValues: SlotValueFeatures? = nil
    ) -> TfidfVectorizer {
        // Word columns first, then character, then slot-value columns: one table, contiguous blocks.
        var table = FeatureTable(minimumCapacity: keysOfDocuments.count * 20)
        var frequency: [Int32] = []
        // The last document that counted each column: a repeat inside one document is
        // found by one array read instead of a hashed set per document.
        var lastDocument: [Int32] = []
        func countDocumentFrequency(_ keys: [UInt64], document: Int32) {
            for key in keys {
                let column = Int(table.insert(key))
                if column == frequency.count {
                    frequency.append(1)
                    lastDocument.append(document)
                } else if lastDocument[column] != document {
                    frequency[column] += 1
                    lastDocument[column] = document
                }
            }
        }
        for (document, keys) in keysOfDocuments.enumerated() { countDocumentFrequency(keys.word, document: Int32(document)) }
        let wordCount = table.count
        for (document, keys) in keysOfDocuments.enumerated() { countDocumentFrequency(keys.char, document: Int32(document)) }
        for (document, keys) in keysOfDocuments.enumerated() { countDocumentFrequency(keys.slot, document: Int32(document)) }
        let documents = Double(keysOfDocuments.count)
        let idf = frequency.map { Float(log((1 + documents) / (1 + Double($0)))) + 1 }
        return TfidfVectorizer(
            featurizer: TextFeaturizer(configuration: configuration),
            slotValues: configuration.slotValueWeight > 0 ? slotValues : nil,
            table: table.frozen,
            wordColumnCount: wordCount,
            idf: FlatArray(idf),
            wordVectors: configuration.meaningWeight > 0 ? WordVectors.builtIn : nil
        )
    }

    func transform(_ tokens: [Token]) -> SparseVector {
        var keys = featurizer.keys(for: tokens)
        if let slotValues { keys.slot = slotValues.keys(for: tokens, excludingFold: nil) }
        return transform(keys: keys)
    }

    func transform(keys: FeatureKeys) -> SparseVector {
        var word = columns(of: keys.word)
        var char = columns(of: keys.char)
        var slot = columns(of: keys.slot)
        var vector = SparseVector()
        vector.indices.reserveCapacity(word.count + char.count + slot.count)
        vector.values.reserveCapacity(word.count + char.count + slot.count)
        appendBlock(&word, weight: 1, to: &vector)
        appendBlock(&char, weight: featurizer.configuration.charBlockWeight, to: &vector)
        appendBlock(&slot, weight: featurizer.configuration.slotValueWeight, to: &vector)
        if let wordVectors, keys.meaning.count == wordVectors.dimensions {
            let start = Int32(idf.count), weight = featurizer.configuration.meaningWeight
            for (offset, value) in keys.meaning.enumerated() {
                vector.indices.append(start + Int32(offset))
                vector.values.append(value * weight)
            }
        }
        return vector
    }

    private func columns(of keys: [UInt64]) -> [Int32] {
        var columns: [Int32] = []
        columns.reserveCapacity(keys.count)
        table.appendColumns(of: keys, to: &columns)
        return columns
    }

    /// Sorts a block's columns, counts repeats into sublinear TF × IDF, normalises the block.
    private func appendBlock(_ columns: inout [Int32], weight: Float, to vector: inout SparseVector) {
        guard !columns.isEmpty else { return }
        columns.sort()
        let blockStart = vector.values.count
        var norm: Float = 0
        var index = 0
        idf.withUnsafeBufferPointer { idf in
            while index < columns.count {
                let column = columns[index]
                var count = 1
                while index + count < columns.count, columns[index + count] == column { count += 1 }
                let tf = count == 1 ? 1 : 1 + Float(log(Double(count)))
                let value = tf * idf[Int(column)]
                vector.indices.append(column)
                vector.values.append(value)
                norm += value * value
                index += count
            }
        }
        let scale = weight / norm.squareRoot()
        for position in blockStart..<vector.values.count {
            vector.values[position] *= scale
        }
    }
}
