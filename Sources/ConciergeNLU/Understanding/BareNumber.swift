/// Whether a message is essentially one number: "55", "around 40", "30 I think", "sorry, I
/// meant 30", "maybe 40 or so", "it's 30". Only such a number may answer the question being
/// asked (a head count, a budget) without words saying what it counts.
///
///     BareNumber.isAlone(mention, words)   // "about 40ish" → true; "40 stores" → false
enum BareNumber {
    static let fillers: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "maybe", "like", "circa", "ca", "ish", "or", "so",
        "give", "take", "max", "maximum", "min", "minimum", "at", "least", "most", "over", "under", "almost",
        "nearly", "just", "probably", "prob", "i", "think", "guess", "say", "let", "us", "sorry", "meant", "mean",
        "actually", "it", "is", "um", "uh", "umm", "well", "ok", "okay", "hmm", "make", "that", "correction", "no",
        "wait", "oops", "said", "yes", "yeah", "yep", "exactly", "only", "currently", "now", "right", "really",
        "something", "some", "thanks", "please", "then", "answer", "the", "would", "be", "we", "are", "not",
        "more", "less", "than", "up", "to", "tops", "total", "in", "altogether", "overall", "ballpark", "estimate",
        "roughly", "lol", "hm", "err", "er", "oh", "k", "a", "bit", "little", "plus", "sth", "sure", "yet", "idk",
        "dunno", "honestly", "tbh", "hmm", "mm", "like", "perhaps",
    ]

    /// `replaced`: the numbers a correction replaces ("30, not 12"), which do not count.
    static func isAlone(_ mention: NumberMention, _ words: MessageWords, replaced: [NumberMention]) -> Bool {
        for index in 0..<words.count where index < mention.first || index >= mention.after {
            let word = words[index]
            if word.isNumber, !replaced.contains(where: { $0.first <= index && index < $0.after }) { return false }
            if word.isWord, !fillers.contains(word.text) { return false }
        }
        return true
    }
}
