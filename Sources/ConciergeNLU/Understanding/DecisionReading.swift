/// Whether the message says who decides, anywhere in it and whatever was asked: "I'm the
/// founder so yeah I decide", "I'm head of marketing and I sign off on this", "I'm a
/// partner, I decide" (yes); "my boss signs off", "it's up to our CEO" (no). Only phrases
/// that say nothing else: "I need to ask" or "someone else" answer the question when it is
/// asked (`AnswerReading`), but unasked they may be about anything.
///
///     DecisionReading.read(words)   // "we're 4 people and I'm the owner" → .yes
enum DecisionReading {
    /// The roles below; the phrases of `AnswerPhrases` that say who decides (about 8,000, with
    /// the combinations of `DecisionPhrases`) are read from its table, not built twice.
    static let table: PhraseTable<Understanding.Answer> = {
        var table = PhraseTable<Understanding.Answer>([])
        table.add(combining: [""], with: selfDeciding, .yes)
        table.add(combining: DecisionPhrases.ownRoles, with: DecisionPhrases.ownDeciding, .yes)
        return table
    }()

    /// A visitor naming a role that decides: "I'm the owner", "I'm a partner", "it's my practice".
    static let selfDeciding = [
        "i am a partner", "i am the co founder", "i am the cofounder", "i am a cofounder", "i am a co founder",
        "i am a founder", "i am the managing director", "i am the md", "i am the president", "i am the owner of",
        "i own the business", "i own the company", "i own the shop", "i own the agency", "it is my business",
        "it is my company", "it is my shop", "it is my practice", "it is my agency", "i run the business",
        "i am the sole owner", "i sign off on", "i make the decisions here", "i decide on this", "i decide on that",
        // "ya im cofounder" (blind audit 48 asked who decides again).
        "i am cofounder", "i am co founder", "i am founder", "i am owner", "i am ceo", "i am the ceo", "i am the founder",
        "i am the owner", "i am the md", "i am md",
        // A marketing tool is the CMO's to choose: "company Halvorsen Group. I'm the CMO" (blind
        // audit 55 asked who decides).
        "i am the cmo", "i am cmo",
    ]
    /// `AnswerPhrases.decidingNo` phrases that say who decides only as an answer.
    static let unaskedAmbiguous: Set<String> = [
        "i need to ask", "i have to ask", "i would need to ask", "someone else", "somebody else", "i need approval",
    ]

    /// The answer, and the span (Unicode scalar offsets) of the clauses that say it: they
    /// answer no other question ("I'm the founder so I decide" is no need).
    static func read(_ words: MessageWords) -> (answer: Understanding.Answer, clauses: [Range<Int>])? {
        var found: Understanding.Answer?
        var spans: [Range<Int>] = []
        for clause in words.clauses() {
            var index = clause.lowerBound
            while index < clause.upperBound {
                guard let answer = decision(words, at: index) else {
                    index += 1
                    continue
                }
                // Both said ("I decide, with my boss"): not clear evidence either way.
                if let found, found != answer { return nil }
                found = answer
                spans.append(words[clause.lowerBound].start..<words[clause.upperBound - 1].end)
                break
            }
        }
        return found.map { ($0, spans) }
    }

    /// The answer a phrase at `index` gives about who decides, if one does.
    private static func decision(_ words: MessageWords, at index: Int) -> Understanding.Answer? {
        if let (answer, _) = table.match(words, at: index) { return denied(words, before: index) ? .no : answer }
        guard words[index].roles.contains(.answerCue), let (cue, length) = AnswerPhrases.table.match(words, at: index),
              cue.decides, var answer = cue.answer else { return nil }
        // "I'm the IT security lead, not the final decision maker" (blind audit 54 stored a yes).
        if answer == .yes, denied(words, before: index) { answer = .no }
        let phrase = words.items[index..<(index + length)].map(\.text).joined(separator: " ")
        // "it's me plus 2 regional managers", "it's me and 3 others" count a team; they say
        // nothing of who decides ("me + cfo jointly" does).
        let next = index + length
        if next < words.count, words[next].isNumber || joiningOthers.contains(words[next].text) { return nil }
        return unaskedAmbiguous.contains(phrase) ? nil : answer
    }

    /// Whether "not" or "never" stands among the three words before the phrase at `index`, in
    /// its clause ("not the final decision maker").
    static func denied(_ words: MessageWords, before index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, index - previous <= 3, !words[previous].isBreak {
            if ["not", "never"].contains(words[previous].text) { return true }
            previous -= 1
        }
        return false
    }

    /// Words after "it's me" that add people to it: a head count, not who decides.
    static let joiningOthers: Set<String> = ["plus", "and", "+", "&", "with"]
}
