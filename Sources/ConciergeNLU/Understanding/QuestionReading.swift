/// Whether a message asks something: a question mark closing a clause of two words or more
/// ("why do you need it?", not "30?" or "yes?"), or a clause opening like a question
/// without one ("why do you need that", "do you have a free plan", "how much is it").
///
///     QuestionReading.isQuestion(MessageWords(tokens: tokenize("yes, why do you need it")))   // true
///     QuestionReading.isQuestion(MessageWords(tokens: tokenize("sure, why not")))            // false
enum QuestionReading {
    static let whWords: Set<String> = ["what", "where", "when", "who", "which", "whom", "whose"]
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "can", "could", "would", "will", "is", "are", "should", "may", "might", "shall",
        "was", "were", "am",
    ]
    /// What follows an auxiliary that opens a question: "do you", "is it", "can I".
    static let subjects: Set<String> = [
        "you", "we", "i", "it", "there", "this", "that", "your", "they", "he", "she", "anyone", "someone",
        "somebody", "anybody", "these", "those",
    ]
    /// Auxiliaries that open a question whatever their subject ("does Growth include…");
    /// "can do Friday" or "do it now" are answers or requests.
    static let inverting: Set<String> = ["does", "did", "is", "are", "was", "were"]
    /// What follows "how" in a question: "how much", "how do", "how come".
    static let howFollowers: Set<String> = [
        "much", "many", "long", "come", "often", "soon", "far", "big", "do", "does", "did", "can", "could", "is",
        "are", "would", "will", "should", "to",
    ]

    /// Words of a day or a time: "friday 11am?", "next monday at 3?" offer a time, tentatively;
    /// they ask nothing.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow", "tonight", "morning", "afternoon",
        "evening", "next", "this", "at", "around", "am", "pm", "h", "noon", "midday", "or", "maybe", "week", "the",
    ]

    static func isTimeWord(_ word: MessageWord) -> Bool {
        if word.isNumber || word.roles.contains(.timeWord) { return true }
        // "11am", "3pm", "10h", "14:00"
        guard word.text.first?.isNumber == true else { return false }
        let digits = word.text.prefix { $0.isNumber }
        return !digits.isEmpty && ["am", "pm", "h", "hrs", ""].contains(word.text.dropFirst(digits.count).lowercased())
    }

    static func isQuestion(_ words: MessageWords) -> Bool {
        firstQuestionClause(words) != nil
    }

    /// Where the first clause that asks something starts (the item after the break before
    /// it, or 0), nil when the message asks nothing.
    ///
    ///     firstQuestionClause(MessageWords(tokens: tokenize("Acme. and how much is it?")))   // 2
    static func firstQuestionClause(_ words: MessageWords) -> Int? {
        var clauseWords = 0
        var clauseStart = true
        var onlyTime = true
        var clauseFirst = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.isBreak {
                if word.text == "?", clauseWords >= 2, !onlyTime { return clauseFirst }
                clauseWords = 0
                clauseStart = true
                onlyTime = true
                index += 1
                clauseFirst = index
                continue
            }
            if clauseStart, word.roles.contains(.questionWord), opensQuestion(words, at: index) { return clauseFirst }
            if word.isWord || word.isNumber {
                clauseWords += 1
                onlyTime = onlyTime && isTimeWord(word)
            }
            clauseStart = clauseStart && !(word.isWord || word.isNumber) || word.roles.contains(.questionOpener)
            index += 1
        }
        return nil
    }

    /// Breaks that end a sentence: what comes before one is said, whatever is asked after it.
    static let sentenceEnds: Set<String> = [".", "!", ";", "…"]

    /// Where a question starts after a statement of its own sentence ("Corvid Pay. oh and
    /// whats the enterprise price again?", "more leads from our webinars i guess. btw do you do
    /// sms too?"): the first item of the question, nil when the message opens with its
    /// question or asks nothing.
    static func questionAfterStatement(_ words: MessageWords) -> Int? {
        guard var start = firstQuestionClause(words), start > 0 else { return nil }
        // "pixel & pine, and can the demo be in german?": a comma and a word that adds a
        // question end the statement too (blind audit 46 asked for the company again).
        if words[start - 1].text == ",", questionJoiners.contains(words[start].text),
           words.items[..<(start - 1)].contains(where: { $0.isWord || $0.isNumber }) {
            return start
        }
        var index = start - 1
        while index > 0, words[index].isBreak, !sentenceEnds.contains(words[index].text) { index -= 1 }
        // "Halvorsen Retail Group. before we go on - do you support SSO?": a short lead-in of
        // its own clause goes with the question (blind audit 38: the company was asked again).
        if !words[index].isBreak, start - 1 > index {
            var leadIn = index
            while leadIn > 0, !words[leadIn - 1].isBreak { leadIn -= 1 }
            let length = words.items[leadIn...index].filter { $0.isWord || $0.isNumber }.count
            if length <= 4, leadIn > 0 {
                start = leadIn
                index = leadIn - 1
                while index > 0, words[index].isBreak, !sentenceEnds.contains(words[index].text) { index -= 1 }
            }
        }
        guard words[index].isBreak, sentenceEnds.contains(words[index].text),
              words.items[..<index].contains(where: { $0.isWord || $0.isNumber }) else { return nil }
        return start
    }

    /// The clauses that ask something: those a question mark ends, or a question word opens.
    ///
    ///     QuestionReading.questionClauses(words)   // "just got your newsletter. how do i get off it" → [the second]
    static func questionClauses(_ words: MessageWords) -> [Range<Int>] {
        words.clauses().filter { clause in
            words.text(clause.upperBound) == "?"
                || words[clause.lowerBound].roles.contains(.questionWord) && opensQuestion(words, at: clause.lowerBound)
        }
    }

    /// Words after a comma that add a question to what was said: "Acme, and do you…".
    static let questionJoiners: Set<String> = ["and", "also", "btw", "plus"]

    /// Words a question may follow in its clause: "so why…", "ok but how much…".
    static let openers: Set<String> = [
        "so", "but", "and", "ok", "okay", "then", "also", "hi", "hey", "hello", "yes", "no", "well", "um", "oh", "yo",
        // "hmm does starter have sms", "wait, is it…".
        "hmm", "hm", "uh", "umm", "wait", "actually", "sorry", "btw",
        // "yes. but seriously how much for 20 people" (blind audit 46).
        "seriously", "honestly", "really", "anyway", "anyways", "now", "right",
        // "at what time…", "for how long…", "in which city…".
        "at", "for", "in", "from", "to", "by", "with",
    ]

    /// What follows "what" in a question about what comes next: "what now", "what next".
    static let nextSteps: Set<String> = ["now", "next", "else", "then"]

    static func opensQuestion(_ words: MessageWords, at index: Int) -> Bool {
        let word = words[index].text
        let next = words.text(index + 1)
        if word == "why" { return next != "not" }
        if word == "how" { return next.map(howFollowers.contains) ?? false }
        if whWords.contains(word) {
            // "then what", "what now", "and what next": asking what happens next, with no
            // question mark. Stored as a company in a demo form before (blind audit 60).
            if word == "what", next.map(nextSteps.contains) ?? true,
               words.text(index + 2) == nil || words[index + 2].isBreak,
               next != nil || (index > 0 && openers.contains(words[index - 1].text)) {
                return true
            }
            guard let next else { return false }
            // "where to download the invoice", "what to do if…" (blind audit 51: no question).
            return auxiliaries.contains(next) || next == "kind" || next == "about" || next == "to" && word != "who"
        }
        if auxiliaries.contains(word), let next {
            // "would be me", "can not say", "will do", "do it" are answers, not questions.
            guard let after = words.text(index + 2), !words[index + 2].isBreak else { return false }
            // "does Growth include SMS", "is sms part of growth": an answer hardly opens so.
            if inverting.contains(word) { return !after.isEmpty }
            return subjects.contains(next) && !after.isEmpty
        }
        return false
    }
}
