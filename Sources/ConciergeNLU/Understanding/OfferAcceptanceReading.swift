/// Takes up what the bot just offered, in words of its own rather than a yes: "ok then i book
/// one", "book me in", "sign me up for it", "let's do it", "I'll take it", "set it up again". Which offer is the
/// dialog's business (the one button of the last reply); the phrase must end its clause, or be
/// followed only by words that add nothing ("please", "then") or by "for a/the demo", so that
/// "sign me up for the newsletter" takes no demo.
///
///     OfferAcceptanceReading.read(words)   // "ok then i book one. 4 people, …" → true
enum OfferAcceptanceReading {
    static let phrases = PhraseTable<Bool>([
        ("i book one", true), ("i will book one", true), ("i would book one", true), ("we book one", true),
        ("we will book one", true), ("book one for me", true), ("book one for us", true),
        ("i will take one", true), ("we will take one", true), ("i will take it", true), ("we will take it", true),
        ("book me in", true), ("book us in", true), ("sign me up", true), ("sign us up", true),
        ("count me in", true), ("count us in", true), ("let us do it", true), ("let us do that", true),
        ("let us do one", true), ("let us book it", true), ("let us book one", true), ("book it", true),
        ("go ahead and book it", true), ("go ahead and book one", true), ("i want one", true), ("we want one", true),
        ("i would like one", true), ("we would like one", true), ("i will do that", true), ("i will do it", true),
        // To "…or shall I set it up again?" (blind audits 65 and 66: the onboarding answer).
        ("set it up", true), ("set it up again", true), ("set one up", true), ("set that up", true),
        ("do it again", true), ("book it again", true), ("redo it", true), ("try again", true),
    ])
    /// What may follow the phrase within its clause: "for a demo", "for it", "then", "please".
    static let objects: WordSet = ["for", "a", "the", "demo", "it", "one", "call", "that", "here"]

    static func read(_ words: MessageWords) -> Bool {
        for index in 0..<words.count where words[index].isWord {
            guard let (_, length) = phrases.match(words, at: index) else { continue }
            // "do I book one here?" asks how: a phrase in a question clause takes nothing.
            if asks(words, at: index) { continue }
            var next = index + length
            while next < words.count, !words[next].isBreak,
                  objects.contains(words[next].text, words[next].key) || PhraseTrailers.words.contains(words[next].text, words[next].key) {
                next += 1
            }
            if next == words.count || words[next].isBreak { return true }
        }
        return false
    }

    /// Whether the clause around `index` asks: it ends with "?" or opens with a word that asks.
    static func asks(_ words: MessageWords, at index: Int) -> Bool {
        var first = index
        while first > 0, !words[first - 1].isBreak { first -= 1 }
        var end = index
        while end < words.count, !words[end].isBreak { end += 1 }
        return words.text(end) == "?" || askingOpeners.contains(words[first].text, words[first].key)
    }

    static let askingOpeners: WordSet = ["do", "does", "can", "could", "should", "shall", "how", "where", "when", "would", "why"]
}
