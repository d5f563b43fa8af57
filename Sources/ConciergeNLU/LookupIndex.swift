import ConciergeBot
import ConciergeText

/// The searchable form of a bot's lookup entities, built once: every value and synonym as a
/// phrase of normalized tokens, an exact index by first token and a fuzzy index of first
/// tokens by their deletion neighbourhood. `LookupEntityMatcher` chooses among the candidates.
///
/// The fuzzy index: two words within k edits (OSA) always share a string obtained by deleting
/// at most k characters from each (a substitution or transposition is one deletion on each
/// side, an insertion one on one side). So every fuzzy head is filed under the hashes of
/// itself and its deletion variants, up to its own bound; a message token looks up its own
/// variants, and the few heads it finds are checked with the real distance. The cost depends
/// on the token's length, not on the number of values.
///
///     let index = LookupIndex(entities: bot.entities, tokenizer: Tokenizer())
///     index.candidates(in: Tokenizer().tokenize("the pro plan"))   // see LookupSearch.swift
///     // [LookupCandidate(start: 1, end: 2, phrase: 3, edits: 0)]
struct LookupIndex: Sendable {
    /// One way of writing a canonical value (the value itself or a synonym), tokenized.
    struct Phrase: Sendable {
        var entity: Int
        var value: String
        /// The phrase's tokens, a range of `words`.
        var words: Range<Int>
        var fuzzy: Bool
    }

    /// One token of a phrase.
    struct Word: Sendable {
        var normalized: String
        /// The normalized form's Unicode scalars, a range of `scalars`.
        var scalars: Range<Int>
        var signature: UInt64
        /// Typos are tolerated in words only: a near miss of a number, e-mail or URL is
        /// another number, e-mail or URL.
        var isWord: Bool
    }

    /// A distinct first token of fuzzy phrases that is long enough to be matched with typos.
    struct FuzzyHead: Sendable {
        var word: Int
        /// The phrases starting with it, a range of `fuzzyHeadPhrases`.
        var phrases: Range<Int>
    }

    /// One entry of a deletion key's chain of heads.
    struct Posting: Sendable {
        var head: Int
        /// The next posting of the same key, or -1.
        var next: Int
    }

    /// Tokens shorter than this only ever match exactly.
    static let shortestFuzzyLength = 5

    let entityNames: [String]
    let phrases: [Phrase]
    let words: [Word]
    let scalars: [UInt32]
    /// Phrase indices by the normalized form of their first token.
    let exactHeads: [String: [Int]]
    let fuzzyHeads: [FuzzyHead]
    let fuzzyHeadPhrases: [Int]
    /// Deletion-variant hash → first posting; chains in `postings` avoid an array per key.
    let deletionIndex: DeletionTable
    let postings: [Posting]
    /// The longest fuzzy head: longer message tokens cannot be within two edits of any.
    let longestFuzzyHead: Int
    /// Up to this many fuzzy heads, checking each directly is cheaper than hashing variants.
    static let scanLimit = 24
    /// Whether any phrase may match with typos (else messages need no scalar arrays).
    let hasFuzzy: Bool

    init(entities: [EntityDefinition], tokenizer: Tokenizer) {
        var phrases: [Phrase] = []
        var words: [Word] = []
        var scalars: [UInt32] = []
        var exactHeads: [String: [Int]] = [:]
        var seen: Set<[String]> = []
        for (entityIndex, entity) in entities.enumerated() {
            for value in entity.values {
                for spelling in [value.value] + value.synonyms {
                    let tokens = tokenizer.tokenize(spelling)
                    guard let head = tokens.first else { continue }
                    // The same spelling twice in one entity (a value and its accent-free
                    // synonym, say) would only produce duplicate candidates.
                    guard seen.insert([entity.name] + tokens.map(\.normalized)).inserted else { continue }
                    let firstWord = words.count
                    for token in tokens {
                        let start = scalars.count
                        scalars.append(contentsOf: token.normalized.unicodeScalars.lazy.map(\.value))
                        words.append(Word(
                            normalized: token.normalized,
                            scalars: start..<scalars.count,
                            signature: Self.signature(scalars[start...]),
                            isWord: token.kind == .word
                        ))
                    }
                    exactHeads[head.normalized, default: []].append(phrases.count)
                    phrases.append(Phrase(
                        entity: entityIndex, value: value.value, words: firstWord..<words.count, fuzzy: entity.fuzzy
                    ))
                }
            }
        }
        self.entityNames = entities.map(\.name)
        self.phrases = phrases
        self.words = words
        self.scalars = scalars
        self.exactHeads = exactHeads
        self.hasFuzzy = phrases.contains(where: \.fuzzy)

        var byHead: [String: [Int]] = [:]
        var headWord: [String: Int] = [:]
        for (index, phrase) in phrases.enumerated() where phrase.fuzzy {
            let word = words[phrase.words.lowerBound]
            guard word.isWord, word.scalars.count >= Self.shortestFuzzyLength else { continue }
            byHead[word.normalized, default: []].append(index)
            if headWord[word.normalized] == nil { headWord[word.normalized] = phrase.words.lowerBound }
        }
        // Sorted by text so the layout does not depend on dictionary order.
        var fuzzyHeads: [FuzzyHead] = []
        var fuzzyHeadPhrases: [Int] = []
        var filed: [(key: UInt64, head: Int)] = []
        var keys: [UInt64] = []
        for (text, word) in headWord.sorted(by: { $0.key < $1.key }) {
            let start = fuzzyHeadPhrases.count
            fuzzyHeadPhrases.append(contentsOf: byHead[text] ?? [])
            let range = words[word].scalars
            scalars.withUnsafeBufferPointer { buffer in
                DeletionKeys.collect(
                    UnsafeBufferPointer(rebasing: buffer[range]),
                    upTo: EditDistance.fuzzyBound(length: range.count), into: &keys
                )
            }
            // A word with a repeated letter yields some keys twice; file the head once per key.
            keys.sort()
            for (position, key) in keys.enumerated() where position == 0 || keys[position - 1] != key {
                filed.append((key, fuzzyHeads.count))
            }
            fuzzyHeads.append(FuzzyHead(word: word, phrases: start..<fuzzyHeadPhrases.count))
        }
        var deletionIndex = DeletionTable(capacity: filed.count)
        var postings: [Posting] = []
        postings.reserveCapacity(filed.count)
        for (key, head) in filed {
            postings.append(Posting(head: head, next: deletionIndex[key] ?? -1))
            deletionIndex[key] = postings.count - 1
        }
        self.fuzzyHeads = fuzzyHeads
        self.fuzzyHeadPhrases = fuzzyHeadPhrases
        self.deletionIndex = deletionIndex
        self.postings = postings
        self.longestFuzzyHead = fuzzyHeads.map { words[$0.word].scalars.count }.max() ?? 0
    }

    /// A 64-bit set of the characters in a token (letters and digits get a bit each, other
    /// scalars share the rest by hash). Each edit removes at most one character of either
    /// side from the other's set, so two tokens within `k` edits differ by at most `k` bits
    /// each way: a one-instruction test that rejects most fuzzy candidates.
    static func signature(_ scalars: some Sequence<UInt32>) -> UInt64 {
        var bits: UInt64 = 0
        for scalar in scalars {
            let bit: UInt32
            switch scalar {
            case 0x61...0x7A: bit = scalar - 0x61
            case 0x30...0x39: bit = 26 + scalar - 0x30
            default: bit = 36 + scalar % 28
            }
            bits |= 1 << UInt64(bit)
        }
        return bits
    }
}
