import ConciergeText

extension NLUModel {
    /// The intents of a message's clauses when it has more than one ("what are your prices?
    /// also is the data encrypted?"): each clause classified alone, in order, the ones above
    /// the threshold with distinct intents. Empty for a message of one clause. The classifier
    /// of the whole message gives a single intent most of the weight, so a second question
    /// would be lost; and one clause read well beside others that read as nothing says what
    /// the message asks where the whole is unclear: "ok lets do a demo. I'm Priya, priya@…,
    /// tomorrow 2pm" asks for the demo in its first sentence, and its details drown it in the
    /// whole; "thanks. do you use my chats to train AI?" is thanks at 0.54 as a whole.
    ///
    ///     nlu.clauseIntents("how much is it, and how secure is it?", tokens: tokens)
    ///     // [pricing 0.81, faq/security 0.77]
    func clauseIntents(_ text: String, tokens: [Token]) -> [IntentScore] {
        let clauses = Self.clauses(of: text, tokens: tokens)
        guard clauses.count >= 2 else { return [] }
        var intents: [IntentScore] = []
        // A clause of one word ("why?", "thx") says too little to classify alone: "last year it
        // was less. why?" does not also ask why the bot wants an e-mail.
        for clause in clauses where Self.saysSomething(clause) {
            let result = classify(clause)
            guard result.decision != .fallback, result.decision != .empty, !result.isOutOfScope,
                  !intents.contains(where: { $0.name == result.intent.name }) else { continue }
            intents.append(result.intent)
        }
        return intents
    }

    /// Words that only soften or fill a clause: "pretty please", "ok thanks", "lol so".
    static let fillerWords: Set<String> = [
        "please", "pls", "plz", "pretty", "ok", "okay", "thanks", "thank", "you", "lol", "so", "and", "also", "just",
        "well", "oh", "hmm", "haha", "cheers", "ty", "thx",
        // "tried that. it says too many attempts": a word and what it points back at say nothing
        // new (blind audit 46 answered the free trial for "tried that").
        "that", "it", "this",
        // "ok thx. last thing, can i add sms…" is no question about an earlier chat (blind audit 47).
        "last", "thing", "quick", "question", "one", "more",
    ]

    /// Whether a clause has two words or more beyond fillers: one word ("why?", "thx") or
    /// politeness ("pretty please") says too little to classify alone. A topic asked with a
    /// question mark does ("Fizzbox Studios. pricing pls??": blind audit 46 heard no question).
    static func saysSomething(_ clause: String) -> Bool {
        var count = 0
        var longest = 0
        for word in clause.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where !fillerWords.contains(word.lowercased()) {
            count += 1
            longest = max(longest, word.count)
            if count >= 2 { return true }
        }
        return count == 1 && longest >= minimumTopicLength && clause.contains("?")
    }

    /// Letters of a one-word question that names a topic ("pricing?", "refunds?"), not a
    /// reaction ("why?", "what?", "huh?").
    static let minimumTopicLength = 5

    /// Words that start a new question inside one message.
    static let clauseStarts: Set<String> = ["also", "plus", "additionally", "and"]

    /// Words that open a request after a comma: "…, want a demo asap".
    static let requestStarts: Set<String> = ["want", "need", "interested", "looking"]

    /// Who asks, before a request start after a comma: "…, we need a demo".
    static let requestSubjects: Set<String> = ["we", "i"]

    /// Words that open a question: after "and" or a comma they start another one ("how much is
    /// Growth and can I book a demo?", "pricing for Growth, do you integrate with WordPress?").
    static let questionOpeners: Set<String> = [
        "can", "could", "do", "does", "is", "are", "will", "would", "should",
        "how", "what", "when", "where", "which", "who", "why",
    ]

    /// The clauses of a message: split after a question mark followed by more words, at a
    /// semicolon, between sentences, before "also" / "and also" / ", and how…", and before
    /// "and" or a comma followed by a word that opens a question ("… and can I…", "…, do you…").
    static func clauses(of text: String, tokens: [Token]) -> [String] {
        var bounds: [Int] = []
        for (index, token) in tokens.enumerated() where index > 0 && index < tokens.count - 1 {
            let previous = tokens[index - 1]
            if previous.kind == .punctuation, previous.text == "?" || previous.text == ";" {
                bounds.append(token.start)
            } else if previous.kind == .punctuation, previous.text == "." || previous.text == "!",
                      token.kind == .word, token.start > previous.end {
                // A new sentence: "never mind, I'll ask the bot. How much is SMS?"
                bounds.append(token.start)
            } else if token.kind == .word, previous.kind == .punctuation, previous.text == "," || previous.text == ".",
                      clauseStarts.contains(token.normalized) {
                bounds.append(token.start)
            } else if token.kind == .word, previous.kind == .punctuation, previous.text == ",", index + 2 < tokens.count,
                      requestStarts.contains(token.normalized)
                        || (requestSubjects.contains(token.normalized) && tokens[index + 1].kind == .word
                            && requestStarts.contains(tokens[index + 1].normalized)) {
                // "we are 45 ppl at a retail chain, want a demo asap, budget around 800" (blind
                // audit 53: the demo went unheard among the facts); "can someone call me back,
                // we want sms reminders for 12 people" (session 29: the call went unheard).
                bounds.append(token.start)
            } else if token.kind == .word, index >= 2, index + 2 < tokens.count, tokens[index + 1].kind == .word,
                      tokens[index + 2].kind == .word, questionOpeners.contains(token.normalized) {
                // The set is asked last: most words fail the cheaper tests, unhashed.
                // A question of its own has words after its opener: not "… and what else".
                // "we want a demo but first: do you have a dpa?" (blind audit 45).
                if previous.kind == .punctuation, previous.text == "," || previous.text == ":" {
                    bounds.append(token.start)
                } else if previous.kind == .word, previous.normalized == "and",
                          tokens[index - 2].kind == .word {
                    // After ", and" the bound is already before "and".
                    bounds.append(previous.start)
                }
            }
        }
        guard !bounds.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var clauses: [String] = []
        var start = 0
        for bound in bounds + [scalars.count] where bound > start {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<min(bound, scalars.count)])
            let clause = String(view)
            if clause.contains(where: \.isLetter) { clauses.append(clause) }
            start = bound
        }
        return clauses
    }
}
