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
///     index.candidates(in: Tokenizer().tokenize("the pro plan"))
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
    let deletionIndex: [UInt64: Int]
    let postings: [Posting]
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
        var deletionIndex: [UInt64: Int] = [:]
        var postings: [Posting] = []
        var keys: [UInt64] = []
        for (text, word) in headWord.sorted(by: { $0.key < $1.key }) {
            let start = fuzzyHeadPhrases.count
            fuzzyHeadPhrases.append(contentsOf: byHead[text] ?? [])
            let range = words[word].scalars
            scalars.withUnsafeBufferPointer { buffer in
                Self.deletionKeys(
                    of: UnsafeBufferPointer(rebasing: buffer[range]),
                    upTo: EditDistance.fuzzyBound(length: range.count), into: &keys
                )
            }
            // A word with a repeated letter yields some keys twice; file the head once per key.
            keys.sort()
            for (position, key) in keys.enumerated() where position == 0 || keys[position - 1] != key {
                postings.append(Posting(head: fuzzyHeads.count, next: deletionIndex[key] ?? -1))
                deletionIndex[key] = postings.count - 1
            }
            fuzzyHeads.append(FuzzyHead(word: word, phrases: start..<fuzzyHeadPhrases.count))
        }
        self.fuzzyHeads = fuzzyHeads
        self.fuzzyHeadPhrases = fuzzyHeadPhrases
        self.deletionIndex = deletionIndex
        self.postings = postings
    }

    /// The hashes of `word` and of every string made by deleting up to `deletions` (0–2) of
    /// its characters, into `keys` (replacing its contents; duplicates possible).
    static func deletionKeys(of word: UnsafeBufferPointer<UInt32>, upTo deletions: Int, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        keys.append(hash(word, skipping: -1, -1))
        guard deletions >= 1 else { return }
        for first in word.indices {
            keys.append(hash(word, skipping: first, -1))
            guard deletions >= 2 else { continue }
            for second in (first + 1)..<word.count {
                keys.append(hash(word, skipping: first, second))
            }
        }
    }

    /// FNV-1a over the scalars of `word` except those at the two skipped positions. A
    /// collision only costs one needless distance check.
    static func hash(_ word: UnsafeBufferPointer<UInt32>, skipping first: Int, _ second: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in word.indices where index != first && index != second {
            hash = (hash ^ UInt64(word[index])) &* 0x100_0000_01B3
        }
        return hash
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

    /// Every phrase occurrence in `tokens`, exact or within the fuzzy bounds, overlapping
    /// ones included.
    func candidates(in tokens: [Token]) -> [LookupCandidate] {
        guard !phrases.isEmpty, !tokens.isEmpty else { return [] }
        let message = LookupMessage(tokens: tokens, withScalars: hasFuzzy)
        var found: [LookupCandidate] = []
        scalars.withUnsafeBufferPointer { vocabulary in
            message.scalars.withUnsafeBufferPointer { text in
                let search = LookupSearch(index: self, message: message, tokens: tokens, vocabulary: vocabulary, text: text)
                var scratch = LookupSearch.Scratch()
                for start in tokens.indices {
                    search.collect(at: start, into: &found, scratch: &scratch)
                }
            }
        }
        return found
    }
}

/// A phrase found in a message: tokens `start..<end`, and the edits its fuzzy tokens needed
/// (0 for an exact match).
struct LookupCandidate: Hashable, Sendable {
    var start: Int
    var end: Int
    var phrase: Int
    var edits: Int
}

/// The message side of fuzzy comparison: each token's scalars and character signature,
/// computed once per message (and only when some entity is fuzzy).
struct LookupMessage {
    var scalars: [UInt32] = []
    var ranges: [Range<Int>] = []
    var signatures: [UInt64] = []

    init(tokens: [Token], withScalars: Bool) {
        guard withScalars else { return }
        ranges.reserveCapacity(tokens.count)
        signatures.reserveCapacity(tokens.count)
        for token in tokens {
            let start = scalars.count
            if token.kind == .word {
                scalars.append(contentsOf: token.normalized.unicodeScalars.lazy.map(\.value))
            }
            ranges.append(start..<scalars.count)
            signatures.append(LookupIndex.signature(scalars[start...]))
        }
    }
}

/// One search over one message, holding the scalar buffers of both sides.
private struct LookupSearch {
    let index: LookupIndex
    let message: LookupMessage
    let tokens: [Token]
    let vocabulary: UnsafeBufferPointer<UInt32>
    let text: UnsafeBufferPointer<UInt32>

    /// Buffers reused from token to token.
    struct Scratch {
        var keys: [UInt64] = []
        var heads: [Int] = []
    }

    func collect(at start: Int, into found: inout [LookupCandidate], scratch: inout Scratch) {
        let token = tokens[start]
        if let heads = index.exactHeads[token.normalized] {
            for phrase in heads {
                if let edits = restEdits(phrase: phrase, start: start) {
                    found.append(LookupCandidate(
                        start: start, end: start + index.phrases[phrase].words.count, phrase: phrase, edits: edits
                    ))
                }
            }
        }
        guard !index.fuzzyHeads.isEmpty, token.kind == .word else { return }
        let range = message.ranges[start]
        guard range.count >= LookupIndex.shortestFuzzyLength else { return }
        LookupIndex.deletionKeys(
            of: UnsafeBufferPointer(rebasing: text[range]),
            upTo: EditDistance.fuzzyBound(length: range.count), into: &scratch.keys
        )
        scratch.heads.removeAll(keepingCapacity: true)
        for key in scratch.keys {
            var posting = index.deletionIndex[key] ?? -1
            while posting >= 0 {
                let head = index.postings[posting].head
                if !scratch.heads.contains(head) { scratch.heads.append(head) }
                posting = index.postings[posting].next
            }
        }
        for head in scratch.heads {
            let word = index.fuzzyHeads[head].word
            let bound = EditDistance.fuzzyBound(length: min(range.count, index.words[word].scalars.count))
            // Equal heads were found by the exact index above.
            guard let edits = fuzzyEdits(token: start, word: word, bound: bound), edits > 0 else { continue }
            for phrase in index.fuzzyHeadPhrases[index.fuzzyHeads[head].phrases] {
                if let rest = restEdits(phrase: phrase, start: start) {
                    found.append(LookupCandidate(
                        start: start, end: start + index.phrases[phrase].words.count, phrase: phrase, edits: edits + rest
                    ))
                }
            }
        }
    }

    /// The edits needed by the phrase's tokens after the first, or nil if one does not match.
    func restEdits(phrase: Int, start: Int) -> Int? {
        let definition = index.phrases[phrase]
        guard start + definition.words.count <= tokens.count else { return nil }
        var total = 0
        for (offset, word) in definition.words.dropFirst().enumerated() {
            let position = start + 1 + offset
            if tokens[position].normalized == index.words[word].normalized { continue }
            guard definition.fuzzy, tokens[position].kind == .word, index.words[word].isWord else { return nil }
            let length = min(message.ranges[position].count, index.words[word].scalars.count)
            guard let edits = fuzzyEdits(token: position, word: word, bound: EditDistance.fuzzyBound(length: length)) else {
                return nil
            }
            total += edits
        }
        return total
    }

    /// The distance between a message token and a phrase word if within `bound`.
    func fuzzyEdits(token: Int, word: Int, bound: Int) -> Int? {
        guard bound > 0 else { return nil }
        let wordInfo = index.words[word]
        let tokenRange = message.ranges[token]
        guard abs(tokenRange.count - wordInfo.scalars.count) <= bound else { return nil }
        let tokenSignature = message.signatures[token]
        if (tokenSignature & ~wordInfo.signature).nonzeroBitCount > bound
            || (wordInfo.signature & ~tokenSignature).nonzeroBitCount > bound {
            return nil
        }
        return EditDistance.distance(
            UnsafeBufferPointer(rebasing: text[tokenRange]),
            UnsafeBufferPointer(rebasing: vocabulary[wordInfo.scalars]),
            atMost: bound
        )
    }
}
