/// Whether a message reports how something tried turned out: that it did not work ("I
/// already did that", "it still says wrong password", "that didn't help") — after an answer,
/// the answer did not help — or that it works now ("it's working again", "all sorted").
///
///     OutcomeReading.reportsFailure(words)   // "I did the reset and it still fails" → true
///     OutcomeReading.reportsSuccess(words)   // "it's working again, thanks!" → true
enum OutcomeReading {
    /// In the words `MessageWords` normalizes to ("didn't" → "did not").
    static let phrases = PhraseTable<Bool>([
        ("still", true), ("already", true), ("did not work", true), ("does not work", true), ("not working", true),
        ("did not help", true), ("does not help", true), ("not helpful", true), ("no luck", true),
        ("same problem", true), ("same issue", true), ("same error", true), ("tried that", true), ("tried it", true),
        ("tried this", true), ("tried everything", true), ("nothing happens", true), ("nothing happened", true),
        ("i did that", true), ("did that", true), ("done that", true), ("that is what i did", true),
        // The answer missed the question: "you didn't answer", "that's not my problem".
        ("did not answer", true), ("does not answer", true), ("not answering", true), ("not an answer", true),
        ("not what i asked", true), ("not my question", true), ("not my problem", true), ("not the problem", true),
        ("not what i meant", true), ("that is not it", true), ("read my question", true),
        // What was waited for did not come: "yes i checked spam, it's been an hour".
        ("checked spam", true), ("checked my spam", true), ("checked the spam", true), ("been an hour", true),
        ("been hours", true), ("been a while", true), ("never got", true), ("never came", true), ("never arrived", true),
        ("did not get", true), ("did not receive", true), ("have not received", true), ("have not got", true),
        ("nothing came", true), ("nothing arrived", true), ("no email came", true),
    ])

    static let successPhrases = PhraseTable<Bool>([
        ("working again", true), ("works again", true), ("works now", true), ("working now", true),
        ("is fixed", true), ("fixed it", true), ("got it working", true), ("that worked", true), ("it worked", true),
        ("all sorted", true), ("sorted now", true), ("solved it", true), ("problem solved", true),
        ("all good now", true), ("never mind", true), ("nevermind", true),
    ])

    /// Asking to hear something again: "say that again", "what was the link again?".
    static let repeatPhrases = PhraseTable<Bool>([
        ("again", true), ("repeat", true), ("one more time", true), ("once more", true), ("remind me", true),
        ("what was", true), ("what did you say", true), ("say that", true), ("come again", true),
    ])

    static func reportsFailure(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { phrases.match(words, at: $0) != nil && !isSupposed(at: $0, words) }
    }

    /// Words that make what follows them a supposition: "can we downgrade later if it doesn't
    /// work out" reports nothing.
    static let conditionals: Set<String> = ["if", "unless", "whether", "case", "suppose", "supposing", "incase"]

    /// Whether a conditional stands up to four words before `index`, in the same clause.
    static func isSupposed(at index: Int, _ words: MessageWords) -> Bool {
        var before = index - 1
        while before >= 0, index - before <= 4, !words[before].isBreak {
            if conditionals.contains(words[before].text) { return true }
            before -= 1
        }
        return false
    }

    static func asksRepeat(_ words: MessageWords) -> Bool {
        repeatPhrases.occurs(in: words)
    }

    static func reportsSuccess(_ words: MessageWords) -> Bool {
        successPhrases.occurs(in: words)
    }
}
