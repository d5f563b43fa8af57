import ConciergeText

/// Which TF-IDF features the classifier sees.
///
/// Word n-grams run over stems (so "pricing" and "prices" share evidence); character
/// n-grams run inside each word padded with spaces, which keeps typos ("pirce") close to
/// the word they meant. A third block, filled by `SlotValueFeatures`, names the slots whose
/// known values the message contains. The blocks are L2-normalised separately and weighted.
public struct FeatureConfiguration: Hashable, Sendable, Codable {
    public var wordNgrams: ClosedRange<Int>
    public var charNgrams: ClosedRange<Int>
    /// Word features over Porter2 stems instead of the folded words themselves.
    public var stemWords: Bool
    /// Adds the unstemmed word as a unigram too, where it differs from its stem.
    public var keepSurfaceUnigrams: Bool
    /// Scale of the character block after its own L2 normalisation.
    public var charBlockWeight: Float
    /// Adds word pairs with one word between them ("book _ demo" from "book a demo").
    public var skipBigrams: Bool
    /// Character n-grams also run across word boundaries (over the words joined by spaces),
    /// in addition to the n-grams within words.
    public var charAcrossWords: Bool
    /// Word n-grams (n ≥ 2) also include the start and end of the message, so "set …" as
    /// a first word differs from "set" in the middle.
    public var boundaryNgrams: Bool
    /// Weight of the slot-value block (`SlotValueFeatures`: one feature per slot with a known
    /// value in the message, annotated in an example or declared by the slot's lookup
    /// entity); 0 leaves the block out. 0.3 won 5-fold CV on the HWU64 and Snips training
    /// sets (BENCHMARKS.md).
    public var slotValueWeight: Float
    /// Weight of the meaning block: the message's mean static word vector (`WordVectors`), so
    /// that words no example uses still count when they mean what an example's words mean;
    /// 0 leaves the block out. 2.5 won 5-fold cross-validation of 10 examples per intent of
    /// the HWU64 training set (BENCHMARKS.md, issue #20). Off by default until bots' fallback
    /// thresholds are set for the confidences it gives: with it, nonsense that shares a few
    /// letters with an example ("lorem ipsum") clears the demo bot's fallback threshold.
    public var meaningWeight: Float

    public init(
        wordNgrams: ClosedRange<Int> = 1...2,
        charNgrams: ClosedRange<Int> = 2...5,
        stemWords: Bool = true,
        keepSurfaceUnigrams: Bool = true,
        charBlockWeight: Float = 1,
        skipBigrams: Bool = false,
        charAcrossWords: Bool = false,
        boundaryNgrams: Bool = true,
        slotValueWeight: Float = 0.3,
        meaningWeight: Float = 0
    ) {
        self.wordNgrams = wordNgrams
        self.charNgrams = charNgrams
        self.stemWords = stemWords
        self.keepSurfaceUnigrams = keepSurfaceUnigrams
        self.charBlockWeight = charBlockWeight
        self.skipBigrams = skipBigrams
        self.charAcrossWords = charAcrossWords
        self.boundaryNgrams = boundaryNgrams
        self.slotValueWeight = slotValueWeight
        self.meaningWeight = meaningWeight
    }
}

/// The hashed feature keys of one text, before vocabulary lookup, split by block.
struct FeatureKeys {
    var word: [UInt64] = []
    var char: [UInt64] = []
    /// Slot-value keys (`SlotValueFeatures`), filled by the caller that has the values.
    var slot: [UInt64] = []
    /// The unit-length meaning vector (`WordVectors.meaning(of:)`), empty when the block is off.
    var meaning: [Float] = []
}

/// Turns tokens into feature keys: stemmed word n-grams and in-word character n-grams.
///
///     let keys = TextFeaturizer(configuration: FeatureConfiguration())
///         .keys(for: Tokenizer().tokenize("pricing for teams"))
///     keys.word.count   // 3 unigrams + 2 bigrams (+ surface forms that differ from stems)
struct TextFeaturizer: Sendable {
    let configuration: FeatureConfiguration
    private let stemmer = EnglishStemmer()

    init(configuration: FeatureConfiguration) {
        self.configuration = configuration
    }

    /// The key of a word's unigram feature, as `keys(for:)` computes it: of its stem when
    /// words are stemmed. `normalized` is a token's normalized text.
    func unigramKey(of normalized: String) -> UInt64 {
        let unit = configuration.stemWords ? stemmer.stem(normalized) : normalized
        var hash = FeatureHash(seed: FeatureHash.wordSeed)
        hash.combine(bytes: unit.utf8)
        return hash.finalize()
    }

    func keys(for tokens: [Token]) -> FeatureKeys {
        var keys = FeatureKeys()
        keys.word.reserveCapacity(tokens.count * 3)
        keys.char.reserveCapacity(tokens.count * 16)
        var unitKeys: [UInt64] = []
        unitKeys.reserveCapacity(tokens.count)
        var padded: [UInt8] = []
        var joined: [UInt8] = [0x20]
        for token in tokens where token.kind != .punctuation && token.kind != .symbol {
            let word = token.normalized
            let unit = configuration.stemWords && token.kind == .word ? stemmer.stem(word) : word
            var hash = FeatureHash(seed: FeatureHash.wordSeed)
            hash.combine(bytes: unit.utf8)
            unitKeys.append(hash.finalize())
            if configuration.keepSurfaceUnigrams, unit != word {
                var surface = FeatureHash(seed: FeatureHash.wordSeed)
                surface.combine(byte: 0x01)  // keeps "pricing" (surface) apart from a stem spelled the same
                surface.combine(bytes: word.utf8)
                keys.word.append(surface.finalize())
            }
            padded.removeAll(keepingCapacity: true)
            padded.append(0x20)
            padded.append(contentsOf: word.utf8)
            padded.append(0x20)
            appendCharNgrams(of: padded, to: &keys.char, seed: FeatureHash.charSeed)
            if configuration.charAcrossWords {
                joined.append(contentsOf: word.utf8)
                joined.append(0x20)
            }
        }
        if configuration.charAcrossWords, joined.count > 1 {
            // Only n-grams that span a space add anything to the in-word ones.
            appendCharNgrams(of: joined, to: &keys.char, seed: FeatureHash.charSeed ^ 0x5A5A, spanningSpaceOnly: true)
        }
        appendWordNgrams(of: unitKeys, to: &keys.word)
        if configuration.meaningWeight > 0, let vectors = WordVectors.builtIn {
            keys.meaning = vectors.meaning(of: tokens)
        }
        if configuration.skipBigrams, unitKeys.count >= 3 {
            for start in 0...(unitKeys.count - 3) {
                var hash = FeatureHash(seed: FeatureHash.bigramSeed ^ 0xFF)
                hash.combine(key: unitKeys[start])
                hash.combine(key: unitKeys[start + 2])
                keys.word.append(hash.finalize())
            }
        }
        return keys
    }

    private static let messageStart: UInt64 = 0x0123_4567_89AB_CDEF
    private static let messageEnd: UInt64 = 0xFEDC_BA98_7654_3210

    private func appendWordNgrams(of words: [UInt64], to output: inout [UInt64]) {
        guard !words.isEmpty else { return }
        let bounded = configuration.boundaryNgrams ? [Self.messageStart] + words + [Self.messageEnd] : words
        for n in configuration.wordNgrams where n >= 1 {
            if n == 1 {
                output.append(contentsOf: words)
                continue
            }
            let units = bounded
            guard n <= units.count else { continue }
            for start in 0...(units.count - n) {
                var hash = FeatureHash(seed: FeatureHash.bigramSeed &+ UInt64(n))
                for unit in units[start..<(start + n)] { hash.combine(key: unit) }
                output.append(hash.finalize())
            }
        }
    }

    private func appendCharNgrams(
        of padded: [UInt8], to output: inout [UInt64], seed: UInt64, spanningSpaceOnly: Bool = false
    ) {
        padded.withUnsafeBufferPointer { bytes in
            var addedWhole = false
            for n in configuration.charNgrams where n >= 1 {
                if bytes.count <= n {
                    // A word shorter than n contributes itself once, as sklearn's char_wb does.
                    if !addedWhole, !spanningSpaceOnly {
                        output.append(Self.charKey(bytes, from: 0, length: bytes.count, seed: seed))
                        addedWhole = true
                    }
                    continue
                }
                for start in 0...(bytes.count - n) {
                    if spanningSpaceOnly, !bytes[(start + 1)..<(start + n - 1)].contains(0x20) { continue }
                    output.append(Self.charKey(bytes, from: start, length: n, seed: seed))
                }
            }
        }
    }

    private static func charKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, seed: UInt64) -> UInt64 {
        var hash = FeatureHash(seed: seed)
        for index in start..<(start + length) { hash.combine(byte: bytes[index]) }
        return hash.finalize()
    }
}
