import ConciergeBot
import ConciergeEntities
import ConciergeText

/// Finds a bot's lookup entities in a tokenized message: values and their synonyms, one or
/// more words long, compared on normalized tokens (so case and diacritics do not matter),
/// with typos tolerated in entities marked `fuzzy`. Each match carries the canonical value.
///
/// Rules (see docs/slot-filling.md): a phrase matches whole tokens only; a token of at most
/// 4 characters (in the message or in the value) must match exactly, one of 5–8 may be one
/// edit off and a longer one two (Damerau–Levenshtein, OSA); of overlapping candidates the
/// one of more tokens wins, then the exact one, then the earlier, then the one declared first.
///
///     // entities: plan: {values: [starter: [basic, entry level], growth: [pro, professional]]}
///     let matcher = LookupEntityMatcher(entities: bot.entities)
///     let text = "Is the Entry Level or the profesional plan better?"
///     matcher.matches(in: Tokenizer().tokenize(text), text: text)
///     // [EntityMatch(entity: "plan", value: "starter", text: "Entry Level", start: 7, end: 18),
///     //  EntityMatch(entity: "plan", value: "growth", text: "profesional", start: 26, end: 37)]
public struct LookupEntityMatcher: Sendable {
    let index: LookupIndex

    /// Tokenizes every value and synonym with `tokenizer`, the one that tokenizes messages,
    /// so both sides normalize alike.
    public init(entities: [EntityDefinition], tokenizer: Tokenizer = Tokenizer()) {
        index = LookupIndex(entities: entities, tokenizer: tokenizer)
    }

    /// Whether there is nothing to look up (the bot has no lookup entities).
    public var isEmpty: Bool { index.phrases.isEmpty }

    /// The lookup entities in a message, non-overlapping and sorted by start.
    ///
    /// `tokens` must come from `text`: a match's `text` is the exact slice of `text` between
    /// its first token's start and its last token's end (Unicode scalar offsets).
    ///
    ///     matcher.matches(in: Tokenizer().tokenize("zurich"), text: "zurich")
    ///     // [EntityMatch(entity: "city", value: "Zürich", text: "zurich", start: 0, end: 6)]
    ///
    /// `isKnownWord` names the words that are words of their own, never typos of a value
    /// (the bot's vocabulary: `IntentClassifier.knowsWord`); exact matches are unaffected.
    public func matches(
        in tokens: [Token], text: String, isKnownWord: (String) -> Bool = { _ in false }
    ) -> [EntityMatch] {
        let chosen = Self.select(index.candidates(in: tokens, isKnownWord: isKnownWord), tokenCount: tokens.count)
        var slicer = LookupTextSlicer(text)
        return chosen.map { candidate in
            let phrase = index.phrases[candidate.phrase]
            let first = tokens[candidate.start]
            let last = tokens[candidate.end - 1]
            let slice = slicer.slice(first.start..<last.end)
                ?? tokens[candidate.start..<candidate.end].map(\.text).joined(separator: " ")
            return EntityMatch(
                entity: index.entityNames[phrase.entity], value: .string(phrase.value),
                text: slice, start: first.start, end: last.end
            )
        }
    }

    /// Chooses non-overlapping candidates, best first: more tokens, fewer edits, earlier
    /// start, earlier declaration. Greedy in that order, which is exactly "longest match
    /// wins" with the documented tie-breaks. Returns them sorted by start.
    static func select(_ candidates: [LookupCandidate], tokenCount: Int) -> [LookupCandidate] {
        guard candidates.count > 1 else { return candidates }
        let ranked = candidates.sorted { left, right in
            let (leftLength, rightLength) = (left.end - left.start, right.end - right.start)
            if leftLength != rightLength { return leftLength > rightLength }
            if left.edits != right.edits { return left.edits < right.edits }
            if left.start != right.start { return left.start < right.start }
            return left.phrase < right.phrase
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var chosen: [LookupCandidate] = []
        for candidate in ranked where !taken[candidate.start..<candidate.end].contains(true) {
            for position in candidate.start..<candidate.end { taken[position] = true }
            chosen.append(candidate)
        }
        return chosen.sorted { $0.start < $1.start }
    }
}

/// Cuts slices out of a string by Unicode scalar offsets, walking the string once for a
/// series of increasing offsets (String has no random access by scalar offset).
struct LookupTextSlicer {
    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private var offset = 0

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The scalars in `range`, or nil if the text is shorter or `range` starts before the
    /// last slice's end.
    mutating func slice(_ range: Range<Int>) -> String? {
        guard range.lowerBound >= offset, advance(to: range.lowerBound) else { return nil }
        let start = index
        guard advance(to: range.upperBound) else { return nil }
        return String(scalars[start..<index])
    }

    private mutating func advance(to target: Int) -> Bool {
        while offset < target {
            guard index < scalars.endIndex else { return false }
            scalars.formIndex(after: &index)
            offset += 1
        }
        return true
    }
}
