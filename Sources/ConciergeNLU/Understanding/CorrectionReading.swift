/// Whether a message corrects something said before: "sorry, I meant 30", "actually it's 30",
/// "not 12 but 30", "30, not 12", "correction: …", "I said 30", "make that 30", "no wait, 30".
/// Words that only sometimes correct ("actually", "sorry", "I said", "no") count when the
/// message states a fact.
///
///     CorrectionReading.isCorrection(words, hasFact: true)   // "actually it's 30" → true
enum CorrectionReading {
    enum Cue: Sendable {
        /// Corrects on its own: "I meant", "correction", "my bad".
        case alone
        /// Corrects when the message states a fact: "actually", "I said", "sorry".
        case withFact
        /// Corrects right before a number: "not 12 but 30", "make that 30", "should be 30".
        case beforeNumber
    }

    static let cues = PhraseTable<Cue>([
        ("i meant", .alone), ("meant", .alone), ("i mean", .withFact), ("correction", .alone),
        ("make that", .beforeNumber), ("make it", .beforeNumber), ("no wait", .alone), ("wait", .withFact),
        ("oops", .withFact), ("my bad", .alone), ("my mistake", .alone), ("typo", .alone), ("i said", .withFact),
        ("i just said", .withFact), ("as i said", .withFact), ("i already said", .withFact),
        ("i told you", .withFact), ("actually", .withFact), ("sorry", .withFact), ("should be", .beforeNumber),
        ("it should be", .beforeNumber), ("change it to", .alone), ("change that to", .alone),
        ("update it to", .alone), ("instead of", .withFact), ("rather than", .withFact), ("not", .beforeNumber),
        ("i misspoke", .alone), ("i was wrong", .alone), ("let me correct", .alone), ("to correct", .alone),
        ("scratch that", .withFact), ("no it is", .withFact), ("it is actually", .withFact), ("i typed", .withFact),
        ("instead$", .withFact), ("move it to", .withFact), ("can we do", .withFact), ("move the demo to", .withFact),
        ("move my demo to", .withFact), ("can we move it", .withFact), ("could we move it", .withFact),
        ("reschedule it to", .withFact), ("reschedule to", .withFact), ("push it to", .withFact),
        ("change the time to", .withFact), ("change my demo to", .withFact), ("change the demo to", .withFact),
        // "also budget changed, more like 5k a year now" (blind audit 48 kept the old budget).
        ("changed", .withFact), ("has changed", .withFact), ("more like", .beforeNumber), ("updated", .withFact),
    ])

    /// Cues that only hedge inside a question: "how do we actually apply", "what do I say, sorry".
    static let hedges: Set<String> = ["actually", "sorry", "wait", "oops", "i"]

    /// Whether item `index` is in a clause that a question opens before it ("how do we actually…").
    static func inQuestionClause(_ words: MessageWords, _ index: Int) -> Bool {
        var start = index
        while start > 0, !words[start - 1].isBreak { start -= 1 }
        while start < index, words[start].roles.contains(.questionOpener), !words[start].roles.contains(.questionWord) { start += 1 }
        // A cue that is itself a question ("can we move it to Friday?") still corrects.
        return start < index && words[start].roles.contains(.questionWord) && QuestionReading.opensQuestion(words, at: start)
    }

    /// `oldValue`: a number is marked as the value being replaced ("not 12").
    static func isCorrection(_ words: MessageWords, hasFact: Bool, oldValue: Bool) -> Bool {
        if oldValue { return true }
        var index = 0
        while index < words.count {
            if words[index].roles.contains(.correctionCue), let (cue, length) = cues.match(words, at: index) {
                switch cue {
                case .beforeNumber:
                    if index + length < words.count, words[index + length].isNumber, hasFact { return true }
                case _ where index > 0 && words[index - 1].text == "what":
                    // "that's not what I meant" complains; it corrects nothing.
                    break
                case .alone:
                    return true
                case .withFact:
                    // "sorry" corrects in a short message ("sorry, 30 people"), not in an apology;
                    // none corrects inside a question ("how do we actually apply for it").
                    // "…, i already said that" restates what it follows (blind audit 47 lost the need).
                    if hasFact, words[index].text != "sorry" || words.contentCount <= 8,
                       !(hedges.contains(words[index].text) && inQuestionClause(words, index)),
                       !(says(words, index..<(index + length)) && pointsBack(words, after: index + length)) {
                        return true
                    }
                }
                index += length
                continue
            }
            index += 1
        }
        return hasFact && opensWithNoAndValue(words)
    }

    /// Words after "I said" that point back at what was said, not at a new value.
    static let backPointers: Set<String> = ["that", "this", "it", "so", "before", "earlier", "above", "already", "twice"]

    /// Whether the cue at `range` is a verb of saying ("i said", "i told you").
    static func says(_ words: MessageWords, _ range: Range<Int>) -> Bool {
        range.contains { words[$0].text == "said" || words[$0].text == "told" }
    }

    /// Whether the cue ending before `index` points back: "i already said that", "as i said before",
    /// or the message ends with it.
    static func pointsBack(_ words: MessageWords, after index: Int) -> Bool {
        guard index < words.count, !words[index].isBreak else { return true }
        return backPointers.contains(words[index].text)
    }

    /// Words between a no and the value it corrects to: "no, it's 15", "no we are 15".
    static let leadIns: Set<String> = ["it's", "its", "it", "is", "we're", "were", "we", "are", "that's", "thats", "actually"]

    /// Whether the message opens with a no followed straight by a new value ("no, 30", "no,
    /// it's 15 people"): the no disowns a value said before, not a question asked now.
    ///
    ///     CorrectionReading.opensWithNoAndValue(words)   // "no, 15 people" → true
    static func opensWithNoAndValue(_ words: MessageWords) -> Bool {
        guard words.count >= 2, ["no", "nope", "nah"].contains(words[0].text) else { return false }
        var at = 1
        while at < words.count, words[at].isBreak { at += 1 }
        while at < words.count, at <= 4, leadIns.contains(words[at].text) { at += 1 }
        return at < words.count && words[at].isNumber
    }
}
