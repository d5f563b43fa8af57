import ConciergeText

/// The hashed features of every token of one message, flattened: token `t` owns
/// `keys[ends[t - 1]..<ends[t]]` (from 0 for the first token).
struct TokenFeatureKeys {
    var keys: [UInt64] = []
    var ends: [Int] = []

    var tokenCount: Int { ends.count }

    func range(of token: Int) -> Range<Int> {
        (token == 0 ? 0 : ends[token - 1])..<ends[token]
    }
}

/// Turns tokens into slot-tagging feature keys: the token itself (folded word, stem, shape,
/// affixes, casing, kind), its neighbours within two tokens (word, shape), the two word
/// bigrams through it, the predicted intent alone and with the word, and any extra keys
/// (entity membership, gazetteer) the caller supplies per token.
///
/// Every feature is a 64-bit key: a kind byte mixed with per-token hashes computed once,
/// so a message costs one hash per token per property and no strings.
///
///     let extractor = SlotFeatureExtractor(configuration: SlotTaggerConfiguration())
///     let features = extractor.keys(tokens: Tokenizer().tokenize("play jazz"), intent: "PlayMusic", extra: nil)
///     features.range(of: 1)   // the keys of "jazz"
struct SlotFeatureExtractor: Sendable {
    let configuration: SlotTaggerConfiguration
    private let stemmer = EnglishStemmer()

    init(configuration: SlotTaggerConfiguration) {
        self.configuration = configuration
    }

    /// Feature families; the raw value seeds each family's hash so equal words in different
    /// roles (current vs. previous word) are different features.
    enum Kind: UInt8 {
        case bias = 1, word, stem, shape, prefix2, prefix3, suffix2, suffix3, casing, tokenKind
        case wordAt, shapeAt, suffix3At, bigramLeft, bigramRight
        case intent, intentWord, intentPrevious, extra, gazetteerBegin, gazetteerInside
        case intentNext, intentShape, intentExtra
    }

    static func key(_ kind: Kind, _ value: UInt64, _ more: UInt64 = 0) -> UInt64 {
        var hash = FeatureHash(seed: 0xA076_1D64_78BD_642F &+ UInt64(kind.rawValue))
        hash.combine(key: value)
        hash.combine(key: more)
        return hash.finalize()
    }

    /// A string feature supplied from outside (entity membership such as "builtin:number").
    static func extraKey(_ feature: String) -> UInt64 {
        var hash = FeatureHash(seed: FeatureHash.wordSeed)
        hash.combine(bytes: feature.utf8)
        return key(.extra, hash.finalize())
    }

    static func stringKey(_ text: String) -> UInt64 {
        var hash = FeatureHash(seed: FeatureHash.wordSeed)
        hash.combine(bytes: text.utf8)
        return hash.finalize()
    }

    /// Per-token properties that neighbours reuse.
    private struct TokenProperties {
        var word: UInt64
        var shape: UInt64
        var suffix3: UInt64
    }

    /// Stand-ins for the tokens before the start and after the end of a message.
    private static let padding = TokenProperties(word: 0x1111, shape: 0x1111, suffix3: 0x1111)
    private static let endPadding = TokenProperties(word: 0x2222, shape: 0x2222, suffix3: 0x2222)

    func keys(tokens: [Token], intent: String?, extra: [[UInt64]]?) -> TokenFeatureKeys {
        var output = TokenFeatureKeys()
        output.keys.reserveCapacity(tokens.count * 32)
        output.ends.reserveCapacity(tokens.count)
        var properties: [TokenProperties] = []
        properties.reserveCapacity(tokens.count)
        var affixes: [(p2: UInt64, p3: UInt64, s2: UInt64, s3: UInt64, casing: UInt64)] = []
        affixes.reserveCapacity(tokens.count)
        for token in tokens {
            let scalars = token.normalized.unicodeScalars
            let affix = Self.affixKeys(scalars)
            properties.append(TokenProperties(
                word: Self.stringKey(token.normalized), shape: Self.shapeKey(token.text), suffix3: affix.s3))
            affixes.append((affix.p2, affix.p3, affix.s2, affix.s3, Self.casingKey(token.text)))
        }
        let intentKey = intent.map(Self.stringKey)
        func neighbour(_ index: Int) -> TokenProperties {
            index < 0 ? Self.padding : index >= tokens.count ? Self.endPadding : properties[index]
        }
        for (index, token) in tokens.enumerated() {
            let me = properties[index]
            let affix = affixes[index]
            output.keys.append(Self.key(.bias, 0))
            output.keys.append(Self.key(.word, me.word))
            if configuration.stems, token.kind == .word {
                output.keys.append(Self.key(.stem, Self.stringKey(stemmer.stem(token.normalized))))
            }
            output.keys.append(Self.key(.shape, me.shape))
            output.keys.append(Self.key(.prefix2, affix.p2))
            output.keys.append(Self.key(.prefix3, affix.p3))
            output.keys.append(Self.key(.suffix2, affix.s2))
            output.keys.append(Self.key(.suffix3, affix.s3))
            output.keys.append(Self.key(.casing, affix.casing))
            output.keys.append(Self.key(.tokenKind, Self.stringKey(token.kind.rawValue)))
            for offset in -configuration.window...configuration.window where offset != 0 {
                let other = neighbour(index + offset)
                let position = UInt64(bitPattern: Int64(offset))
                output.keys.append(Self.key(.wordAt, other.word, position))
                output.keys.append(Self.key(.shapeAt, other.shape, position))
                if abs(offset) == 1 { output.keys.append(Self.key(.suffix3At, other.suffix3, position)) }
            }
            if configuration.bigrams {
                output.keys.append(Self.key(.bigramLeft, neighbour(index - 1).word, me.word))
                output.keys.append(Self.key(.bigramRight, me.word, neighbour(index + 1).word))
            }
            if let intentKey, configuration.intentFeatures {
                output.keys.append(Self.key(.intent, intentKey))
                output.keys.append(Self.key(.intentWord, intentKey, me.word))
                output.keys.append(Self.key(.intentPrevious, intentKey, neighbour(index - 1).word))
                if configuration.richIntent {
                    output.keys.append(Self.key(.intentNext, intentKey, neighbour(index + 1).word))
                    output.keys.append(Self.key(.intentShape, intentKey, me.shape))
                }
            }
            if let extra, index < extra.count {
                output.keys.append(contentsOf: extra[index])
                // Entity and gazetteer evidence means different slots under different intents.
                if let intentKey, configuration.intentFeatures, configuration.richIntent {
                    for key in extra[index] { output.keys.append(Self.key(.intentExtra, intentKey, key)) }
                }
            }
            output.ends.append(output.keys.count)
        }
        return output
    }

    /// Hashes of the first and last two and three scalars of the folded word.
    private static func affixKeys(_ scalars: String.UnicodeScalarView) -> (p2: UInt64, p3: UInt64, s2: UInt64, s3: UInt64) {
        var first: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var last: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var count = 0
        for scalar in scalars {
            switch count {
            case 0: first.0 = scalar.value
            case 1: first.1 = scalar.value
            case 2: first.2 = scalar.value
            default: break
            }
            last = (last.1, last.2, scalar.value)
            count += 1
        }
        func pack(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
            (UInt64(a) << 42) ^ (UInt64(b) << 21) ^ UInt64(c)
        }
        // Words shorter than the affix contribute themselves, as Python's slicing does.
        let p2 = count >= 2 ? pack(0, first.0, first.1) : pack(0, 0, first.0)
        let p3 = pack(first.0, first.1, first.2)
        let s2 = count >= 2 ? pack(0, last.1, last.2) : pack(0, 0, last.2)
        let s3 = count >= 3 ? pack(last.0, last.1, last.2) : count == 2 ? pack(0, last.1, last.2) : pack(0, 0, last.2)
        return (p2 | 1 << 63, p3, s2 | 1 << 62, s3)
    }

    /// Word shape with runs collapsed to two: "London" → "Xxx", "2017" → "dd", "5pm" → "dxx".
    static func shapeKey(_ text: String) -> UInt64 {
        var hash = FeatureHash(seed: 0x51)
        var last: UInt32 = 0
        var run = 0
        for scalar in text.unicodeScalars {
            let symbol: UInt32
            switch characterClass(scalar) {
            case .upper: symbol = 88  // X
            case .lower: symbol = 120  // x
            case .digit: symbol = 100  // d
            case .other: symbol = scalar.value
            }
            run = symbol == last ? run + 1 : 1
            last = symbol
            if run <= 2 { hash.combine(key: UInt64(symbol)) }
        }
        return hash.finalize()
    }

    /// Title case, all capitals, all digits: one key for the combination.
    static func casingKey(_ text: String) -> UInt64 {
        var upper = 0, lower = 0, digits = 0, total = 0
        var firstUpper = false
        for scalar in text.unicodeScalars {
            switch characterClass(scalar) {
            case .upper:
                if total == 0 { firstUpper = true }
                upper += 1
            case .lower: lower += 1
            case .digit: digits += 1
            case .other: break
            }
            total += 1
        }
        let title = firstUpper && upper == 1 && lower > 0
        let allUpper = upper > 0 && lower == 0
        let allDigits = total > 0 && digits == total
        return (title ? 1 : 0) | (allUpper ? 2 : 0) | (allDigits ? 4 : 0)
    }

    private enum CharacterClass { case upper, lower, digit, other }

    /// ASCII by byte ranges (the common case, and Unicode property lookups are slow); the
    /// rest by Unicode properties.
    private static func characterClass(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0x30...0x39: return .digit
        case 0..<0x80: return .other
        default:
            let properties = scalar.properties
            if properties.isUppercase { return .upper }
            if properties.isLowercase { return .lower }
            return properties.numericType == .decimal ? .digit : .other
        }
    }
}
