import ConciergeText

/// Which TF-IDF features the classifier sees.
///
/// Word n-grams run over stems (so "pricing" and "prices" share evidence); character
/// n-grams run inside each word padded with spaces, which keeps typos ("pirce") close to
/// the word they meant. The two blocks are L2-normalised separately and weighted.
public struct FeatureConfiguration: Hashable, Sendable, Codable {
    public var wordNgrams: ClosedRange<Int>
    public var charNgrams: ClosedRange<Int>
    /// Word features over Porter2 stems instead of the folded words themselves.
    public var stemWords: Bool
    /// Adds the unstemmed word as a unigram too, where it differs from its stem.
    public var keepSurfaceUnigrams: Bool
    /// Scale of the character block after its own L2 normalisation.
    public var charBlockWeight: Float

    public init(
        wordNgrams: ClosedRange<Int> = 1...2,
        charNgrams: ClosedRange<Int> = 2...5,
        stemWords: Bool = true,
        keepSurfaceUnigrams: Bool = true,
        charBlockWeight: Float = 1
    ) {
        self.wordNgrams = wordNgrams
        self.charNgrams = charNgrams
        self.stemWords = stemWords
        self.keepSurfaceUnigrams = keepSurfaceUnigrams
        self.charBlockWeight = charBlockWeight
    }
}

/// The hashed feature keys of one text, before vocabulary lookup, split by block.
struct FeatureKeys {
    var word: [UInt64] = []
    var char: [UInt64] = []
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

    func keys(for tokens: [Token]) -> FeatureKeys {
        var keys = FeatureKeys()
        keys.word.reserveCapacity(tokens.count * 3)
        keys.char.reserveCapacity(tokens.count * 16)
        var unitKeys: [UInt64] = []
        unitKeys.reserveCapacity(tokens.count)
        var padded: [UInt8] = []
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
            appendCharNgrams(of: padded, to: &keys.char)
        }
        appendWordNgrams(of: unitKeys, to: &keys.word)
        return keys
    }

    private func appendWordNgrams(of units: [UInt64], to output: inout [UInt64]) {
        for n in configuration.wordNgrams where n >= 1 && n <= units.count {
            if n == 1 {
                output.append(contentsOf: units)
                continue
            }
            for start in 0...(units.count - n) {
                var hash = FeatureHash(seed: FeatureHash.bigramSeed &+ UInt64(n))
                for unit in units[start..<(start + n)] { hash.combine(key: unit) }
                output.append(hash.finalize())
            }
        }
    }

    private func appendCharNgrams(of padded: [UInt8], to output: inout [UInt64]) {
        padded.withUnsafeBufferPointer { bytes in
            var addedWhole = false
            for n in configuration.charNgrams where n >= 1 {
                if bytes.count <= n {
                    // A word shorter than n contributes itself once, as sklearn's char_wb does.
                    if !addedWhole {
                        output.append(Self.charKey(bytes, from: 0, length: bytes.count))
                        addedWhole = true
                    }
                    continue
                }
                for start in 0...(bytes.count - n) {
                    output.append(Self.charKey(bytes, from: start, length: n))
                }
            }
        }
    }

    private static func charKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> UInt64 {
        var hash = FeatureHash(seed: FeatureHash.charSeed)
        for index in start..<(start + length) { hash.combine(byte: bytes[index]) }
        return hash.finalize()
    }
}
