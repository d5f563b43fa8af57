/// Whether a message ends the questions altogether rather than one of them: "stop", "cancel
/// this", "no i dont want a demo", "i said no demo", "i never asked for a call". The phrase
/// opens its clause (after "no", "ok", "just"…) and closes it, so "how do I cancel?" and "I
/// don't want a demo on Monday" end nothing. Which form is the dialog's business.
///
///     FormExitReading.read(words)   // "stop. i said no demo" → true; "i dont want a demo before 3" → false
enum FormExitReading {
    /// What a visitor may refuse to be asked about: a form's request.
    static let requests = [
        "demo", "a demo", "the demo", "any demo", "demos", "call", "a call", "the call", "any call", "calls",
        "a callback", "a call back", "callback", "a quote", "the quote", "any quote", "quote", "a form", "forms",
        "any forms", "the form", "a meeting", "the meeting", "any meeting", "a sales call", "sales", "to be contacted",
        "anyone to contact me", "anyone to call me", "questions", "these questions", "all these questions",
    ]
    static let refusals = [
        "i do not want", "we do not want", "i do not need", "we do not need", "i did not ask for", "we did not ask for",
        "i never asked for", "we never asked for", "i am not interested in", "we are not interested in",
        "not interested in", "i said no", "no", "i do not want to book", "i do not want to schedule",
        "i do not want to book a", "i do not want to do", "i did not want",
    ]
    /// Phrases that end the questions by themselves.
    static let exits = [
        "stop", "stop this", "stop it", "stop that", "stop asking", "stop asking me", "stop the questions", "cancel",
        "cancel this", "cancel that", "cancel it", "cancel the form", "cancel the demo", "cancel the request",
        "cancel my request", "quit", "exit", "enough", "i quit", "i am out", "leave the form", "i want to leave",
        "get me out of here", "forget the form", "never mind the form", "forget it", "no more questions",
        "i do not do forms",
    ]
    static let phrases: PhraseTable<Bool> = {
        var table = PhraseTable<Bool>([])
        table.add(combining: refusals, with: requests, true)
        table.add(combining: [""], with: exits, true)
        return table
    }()
    /// What may open the clause before the phrase: "no, stop", "ok i said no demo".
    static let openers: WordSet = ["no", "nope", "nah", "ok", "okay", "just", "please", "pls", "so", "oh", "look", "sorry", "um", "hey", "and", "again"]
    /// What may close the clause after it: "i dont want a demo anymore", "stop please".
    static let closers: WordSet = [
        "anymore", "thanks", "thank", "you", "please", "pls", "actually", "then", "now", "either", "at", "all", "today",
        "thx", "ok", "okay", "right", "here", "mate", "lol", "sorry", "honestly", "really", "thing",
    ]

    static func read(_ words: MessageWords) -> Bool {
        var clauseStart = true
        for index in 0..<words.count {
            if words[index].isBreak {
                clauseStart = true
                continue
            }
            if clauseStart, let (_, length) = phrases.match(words, at: index), endsClause(words, after: index + length) {
                return true
            }
            clauseStart = clauseStart && openers.contains(words[index].text, words[index].key)
        }
        return false
    }

    /// Whether only closers stand between `index` and the end of its clause; a question
    /// mark ends no refusal ("stop asking?").
    static func endsClause(_ words: MessageWords, after index: Int) -> Bool {
        var next = index
        while next < words.count, !words[next].isBreak, closers.contains(words[next].text, words[next].key) { next += 1 }
        return next == words.count || words[next].isBreak && words[next].text != "?"
    }
}
