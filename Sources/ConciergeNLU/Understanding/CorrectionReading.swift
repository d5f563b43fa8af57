/// Whether a message corrects something said before: "sorry, I meant 30", "actually it's 30",
/// "not 12 but 30", "30, not 12", "correction: …", "I said 30", "make that 30", "no wait, 30".
/// Words that only sometimes correct ("actually", "sorry", "I said", "no") count when the
/// message states a fact.
///
///     CorrectionReading.isCorrection(words, hasFact: true)   // "actually it's 30" → true
enum CorrectionReading {
    /// true: corrects on its own; false: corrects only with a fact in the message.
    static let cues = PhraseTable<Bool>([
        ("i meant", true), ("meant", true), ("i mean", false), ("correction", true), ("make that", true),
        ("make it", false), ("no wait", true), ("wait", false), ("oops", true), ("my bad", true),
        ("my mistake", true), ("typo", true), ("i said", false), ("i just said", false), ("as i said", false),
        ("i already said", false), ("i told you", false), ("actually", false), ("sorry", false),
        ("should be", true), ("it should be", true), ("change it to", true), ("change that to", true),
        ("update it to", true), ("instead of", true), ("rather than", true), ("not", false), ("i misspoke", true),
        ("i was wrong", true), ("let me correct", true), ("to correct", true), ("scratch that", true),
        ("wrong it is", false), ("no it is", false), ("it is actually", false), ("i typed", false),
    ])

    /// `oldValue`: a number is marked as the value being replaced ("not 12").
    static func isCorrection(_ words: MessageWords, hasFact: Bool, oldValue: Bool) -> Bool {
        if oldValue { return true }
        var index = 0
        while index < words.count {
            if words[index].roles.contains(.correctionCue), let (alone, length) = cues.match(words, at: index) {
                // "not" corrects only before a number: "not 12 but 30".
                if words[index].text == "not" {
                    if index + 1 < words.count, words[index + 1].isNumber, hasFact { return true }
                } else if alone || (hasFact && (words[index].text != "sorry" || words.contentCount <= 8)) {
                    // "sorry" corrects in a short message ("sorry, 30 people"), not in an apology.
                    return true
                }
                index += length
                continue
            }
            index += 1
        }
        // "no, 30": a no followed straight by a new value.
        if hasFact, words.count >= 2, words[0].text == "no" || words[0].text == "nope" || words[0].text == "nah" {
            var at = 1
            while at < words.count, words[at].isBreak { at += 1 }
            return at < words.count && words[at].isNumber
        }
        return false
    }
}
