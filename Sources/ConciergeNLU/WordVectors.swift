import CWordVectors
import ConciergeText

/// Static vectors of English word pieces, built into the binary: what the classifier knows of
/// words no example of the bot uses ("wake me up" near "alarm", "purchase" near "buy").
///
/// The table is distilled offline from the sentence encoder all-MiniLM-L6-v2 by
/// `scripts/word-vectors/build.py`: one int8 vector per WordPiece of its uncased vocabulary.
/// A word is looked up whole, or split into its longest known pieces as the encoder's own
/// tokenizer splits it ("thermostat" → "the", "##rmo", "##stat"); a message's meaning is the
/// mean of its words' vectors. Function words have no vector.
///
///     let vectors = WordVectors.builtIn
///     let meaning = vectors?.meaning(of: Tokenizer().tokenize("wake me up at 7"))   // dims floats, unit length
struct WordVectors: @unchecked Sendable {  // read-only bytes of the binary's own data section
    let dimensions: Int
    /// FNV-1a of the table after its header, written by the build script: a compiled model
    /// trained with other vectors is not used with these.
    let fingerprint: UInt64
    private let bucketMask: Int
    private let buckets: UnsafePointer<UInt32>
    private let offsets: UnsafePointer<UInt32>
    private let scales: UnsafePointer<Float>
    private let vectors: UnsafePointer<Int8>
    private let blob: UnsafePointer<UInt8>

    /// The table built into this binary; nil only if its bytes are not a table (a build fault,
    /// caught by the tests).
    static let builtIn: WordVectors? = WordVectors(bytes: builtInBytes)

    /// The table's bytes in the binary's data section.
    static var builtInBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: concierge_word_vectors_bytes(), count: concierge_word_vectors_size())
    }

    /// Reads the header and checks that the sections fit in `bytes`, which must stay alive
    /// and unchanged as long as the value is used.
    init?(bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 32, let base = bytes.baseAddress, Array(bytes[0..<4]) == Array("CWV1".utf8) else { return nil }
        func word(_ offset: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) }
        let count = word(4), dimensions = word(8), bucketCount = word(12), blobSize = word(16)
        let size = 32 + 4 * bucketCount + 4 * (count + 1) + 4 * count + count * dimensions + blobSize
        guard count > 0, dimensions > 0, bucketCount > count, bucketCount & (bucketCount - 1) == 0, size == bytes.count,
              Int(bitPattern: base) % 4 == 0
        else { return nil }
        self.dimensions = dimensions
        self.fingerprint = bytes.loadUnaligned(fromByteOffset: 20, as: UInt64.self).littleEndian
        bucketMask = bucketCount - 1
        var offset = 32
        buckets = (base + offset).assumingMemoryBound(to: UInt32.self)
        offset += 4 * bucketCount
        offsets = (base + offset).assumingMemoryBound(to: UInt32.self)
        offset += 4 * (count + 1)
        scales = (base + offset).assumingMemoryBound(to: Float.self)
        offset += 4 * count
        vectors = (base + offset).assumingMemoryBound(to: Int8.self)
        offset += count * dimensions
        blob = (base + offset).assumingMemoryBound(to: UInt8.self)
        guard Int(offsets[count]) == blobSize else { return nil }
    }

    /// The mean of the vectors of the message's words, scaled to unit length; empty when no
    /// word has one.
    func meaning(of tokens: [Token]) -> [Float] {
        var sum = [Float](repeating: 0, count: dimensions)
        var words = 0
        for token in tokens where token.kind == .word || token.kind == .number {
            if addVector(of: token.normalized, to: &sum) { words += 1 }
        }
        guard words > 0 else { return [] }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [] }
        return sum.map { $0 / norm }
    }

    /// Adds the mean vector of a word's pieces to `sum`; false for a function word or a word
    /// with a piece the table lacks (the encoder's unknown token).
    private func addVector(of word: String, to sum: inout [Float]) -> Bool {
        if let added = word.utf8.withContiguousStorageIfAvailable({ addVector(ofBytes: $0, to: &sum) }) { return added }
        return Array(word.utf8).withUnsafeBufferPointer { addVector(ofBytes: $0, to: &sum) }
    }

    private func addVector(ofBytes bytes: UnsafeBufferPointer<UInt8>, to sum: inout [Float]) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64 else { return false }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count) { pieces in
            var pieceCount = 0
            var start = 0
            while start < bytes.count {
                var end = bytes.count
                var found: Int?
                while start < end {
                    if let entry = entry(bytes, start, end, continuation: start > 0) { found = entry; break }
                    end -= 1
                }
                guard let found else { return false }
                pieces[pieceCount] = found
                pieceCount += 1
                start = end
            }
            if pieceCount == 1, scales[pieces[0]] == 0 { return false }
            let share = 1 / Float(pieceCount)
            sum.withUnsafeMutableBufferPointer { sum in
                for piece in pieces[0..<pieceCount] {
                    let scale = scales[piece] * share
                    let row = vectors + piece * dimensions
                    for index in 0..<dimensions { sum[index] += Float(row[index]) * scale }
                }
            }
            return true
        }
    }

    /// The entry of `bytes[start..<end]`, "##"-prefixed when it continues a word.
    private func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, continuation: Bool) -> Int? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        if continuation {
            for _ in 0..<2 { hash = (hash ^ UInt64(UInt8(ascii: "#"))) &* 0x100_0000_01B3 }
        }
        for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01B3 }
        let length = end - start + (continuation ? 2 : 0)
        var slot = Int(truncatingIfNeeded: hash) & bucketMask
        while buckets[slot] != 0 {
            let candidate = Int(buckets[slot]) - 1
            let from = Int(offsets[candidate]), to = Int(offsets[candidate + 1])
            if to - from == length, matches(candidate: from, bytes, start, end, continuation: continuation) { return candidate }
            slot = (slot + 1) & bucketMask
        }
        return nil
    }

    private func matches(
        candidate from: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, continuation: Bool
    ) -> Bool {
        var position = from
        if continuation {
            guard blob[position] == UInt8(ascii: "#"), blob[position + 1] == UInt8(ascii: "#") else { return false }
            position += 2
        }
        for index in start..<end {
            if blob[position] != bytes[index] { return false }
            position += 1
        }
        return true
    }
}
