/// The parts of a message where the visitor says what they are: "we are a nonprofit
/// association, 3 people", "im a student doing a blog", "it's for my uni project". The dialog
/// looks in them for the catalog's discount words, so that a price asked later ("how much
/// would Pages be for us then") is the visitor's price (blind audits 67 and 68 quoted list
/// prices to a nonprofit and a student right after explaining their discount).
///
/// A clause (up to a break or "but") speaks of the visitor when it holds "I", "we", "my",
/// "our", "us" or "me"; its span stops at the first negation, and what follows the negation
/// is what they are not: "its for my personal blog not for uni" describes a blog and denies
/// a university. A clause that asks whether there is something ("is there a student
/// discount for me?", "do you have charity pricing?") asks, it does not describe.
///
///     SelfDescriptionReading.spans(words).described   // "we are a nonprofit association, 3 people. discount?" → [span of "we are a nonprofit association"]
enum SelfDescriptionReading {
    static let selfWords: Set<String> = ["i", "we", "my", "our", "us", "me", "ourselves", "myself"]
    static let negators: Set<String> = ["not", "no", "never", "neither", "nor", "without"]
    /// Openers of a question about what is offered: "is there…", "do you have…", "any…".
    static let offerQuestions: Set<String> = ["there", "you", "any", "offer", "offers", "have"]

    static func spans(_ words: MessageWords) -> (described: [Range<Int>], denied: [Range<Int>]) {
        var described: [Range<Int>] = []
        var denied: [Range<Int>] = []
        for range in words.clauses(splitsAlso: { $0.text == "but" }) {
            if let spans = clauseSpans(words, range) {
                described.append(spans.described)
                if let not = spans.denied { denied.append(not) }
            }
        }
        return (described, denied)
    }

    /// The clause's span (Unicode scalar offsets) up to its first negation, and the rest after
    /// it, when it speaks of the visitor and asks nothing about what is offered.
    private static func clauseSpans(_ words: MessageWords, _ range: Range<Int>)
        -> (described: Range<Int>, denied: Range<Int>?)? {
        guard range.contains(where: { selfWords.contains(words[$0].text) }) else { return nil }
        let content = range.filter { words[$0].isWord || words[$0].isNumber }
        guard let first = content.first else { return nil }
        let cut = content.first { negators.contains(words[$0].text) } ?? range.upperBound
        let kept = content.filter { $0 < cut }
        guard let last = kept.last, kept.contains(where: { selfWords.contains(words[$0].text) }) else { return nil }
        // "is there a student discount for me?", "do you have charity pricing for us"
        let opening = content.prefix(3).map { words[$0].text }
        if opening.contains(where: offerQuestions.contains), ["is", "are", "do", "does", "any"].contains(opening[0]) {
            return nil
        }
        let rest = content.filter { $0 > cut }
        let denied = rest.first.flatMap { from in rest.last.map { words[from].start..<words[$0].end } }
        return (words[first].start..<words[last].end, denied)
    }
}
