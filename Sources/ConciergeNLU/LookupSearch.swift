import ConciergeText

extension LookupIndex {
    /// Every phrase occurrence in `tokens`, exact or within the fuzzy bounds, overlapping
    /// ones included. A token `isKnownWord` says is a word of its own is never a typo.
    func candidates(in tokens: [Token], isKnownWord: (String) -> Bool = { _ in false }) -> [LookupCandidate] {
        guard !phrases.isEmpty, !tokens.isEmpty else { return [] }
        let message = LookupMessage(tokens: tokens, withScalars: hasFuzzy)
        var found: [LookupCandidate] = []
        withoutActuallyEscaping(isKnownWord) { isKnownWord in
            scalars.withUnsafeBufferPointer { vocabulary in
                message.scalars.withUnsafeBufferPointer { text in
                    let search = LookupSearch(
                        index: self, message: message, tokens: tokens, vocabulary: vocabulary, text: text,
                        isKnownWord: isKnownWord
                    )
                    var scratch = LookupSearch.Scratch()
                    for start in tokens.indices {
                        search.collect(at: start, into: &found, scratch: &scratch)
                    }
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
            if token.kind == .word { Self.appendScalars(of: token.normalized, to: &scalars) }
            ranges.append(start..<scalars.count)
            signatures.append(LookupIndex.signature(scalars[start...]))
        }
    }

    /// Appends the Unicode scalars of `text`; ASCII bytes are scalars already, so only other
    /// text is decoded.
    static func appendScalars(of text: String, to scalars: inout [UInt32]) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            scalars.append(contentsOf: bytes.lazy.map { UInt32($0) })
            return true
        }
        if copied != true {
            for scalar in text.unicodeScalars { scalars.append(scalar.value) }
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
    let isKnownWord: (String) -> Bool

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
        guard range.count <= index.longestFuzzyHead + 2 else { return }
        scratch.heads.removeAll(keepingCapacity: true)
        if index.fuzzyHeads.count <= LookupIndex.scanLimit {
            // A few heads: `fuzzyEdits` below filters them by length and characters anyway.
            scratch.heads.append(contentsOf: index.fuzzyHeads.indices)
        } else {
            DeletionKeys.collect(
                UnsafeBufferPointer(rebasing: text[range]),
                upTo: EditDistance.fuzzyBound(length: range.count), into: &scratch.keys
            )
            for key in scratch.keys {
                var posting = index.deletionIndex[key] ?? -1
                while posting >= 0 {
                    let head = index.postings[posting].head
                    if !scratch.heads.contains(head) { scratch.heads.append(head) }
                    posting = index.postings[posting].next
                }
            }
        }
        var isKnown: Bool?
        for head in scratch.heads {
            let word = index.fuzzyHeads[head].word
            let bound = EditDistance.fuzzyBound(length: min(range.count, index.words[word].scalars.count))
            // Equal heads were found by the exact index above.
            guard let edits = fuzzyEdits(token: start, word: word, bound: bound), edits > 0 else { continue }
            // Asked only of a near miss: the bot's vocabulary lookup costs a stem and a hash.
            if isKnown == nil { isKnown = isKnownWord(token.normalized) }
            if isKnown == true { return }
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
            guard let edits = fuzzyEdits(token: position, word: word, bound: EditDistance.fuzzyBound(length: length)),
                  !isKnownWord(tokens[position].normalized) else {
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
