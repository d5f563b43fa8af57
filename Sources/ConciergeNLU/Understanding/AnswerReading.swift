/// Reads how a message answers a question: yes, no, skip, decline or unsure, from the
/// phrases of `AnswerPhrases`. Only short answers and clear phrases count: a weak word
/// ("ok", "sure") only when the message says little else, a plain one ("yes", "skip") in up to
/// twelve words, a strong phrase ("my boss decides", "stop asking") in up to thirty.
/// A negation wins over a yes ("yes, but no thanks" is no; "I'm not the decision maker" is no),
/// and the order is decline, skip, unsure, no, yes ("no, skip it" skips).
///
///     AnswerReading.read(MessageWords(tokens: tokenize("I make the decision")))   // .yes
///     AnswerReading.read(MessageWords(tokens: tokenize("nah, my boss decides")))   // .no
///     AnswerReading.read(MessageWords(tokens: tokenize("I'm looking for a CRM")))  // nil
enum AnswerReading {
    /// Words that negate a yes after them ("not the decision maker") or, alone in a very short
    /// message, say no ("I'd rather not").
    static let negators: Set<String> = ["not", "never", "no", "nope", "nah"]
    /// Words that neither answer nor make the message about something else.
    static let neutral: Set<String> = [
        "please", "thanks", "thank", "so", "well", "um", "umm", "uh", "hmm", "just", "i", "think", "guess",
        "really", "actually", "honestly", "then", "lol", "haha", "oh", "ah", "sorry", "but", "and", "that",
        "is", "it", "mate", "man", "yet", "again", "hi", "hello", "hey", "hm", "hmmm", "mm", "mmm", "uhm", "erm",
        // "eh ok fine yes. Raj Patel, raj@…" is a yes (blind audit 29).
        "eh", "ehh", "ehm", "uhh", "ahh",
        // "lmao ok. bye bot" was stored as the need (blind audit 64).
        "lmao", "lmfao", "rofl", "hahaha", "lool", "xd",
    ]

    private struct Tally {
        var decline = false, skip = false, unsure = false, no = false, yes = false
        var negated = false
        /// The clause of the first negation and of the first yes: a negation in a later clause
        /// than the yes is about something else ("yes. the email should be d.ok@… not daniel").
        var negationClause = Int.max, yesClause = Int.max
        var unmatched = 0
        /// Weak cues, which count only when the message says little else.
        var weak: [Understanding.Answer] = []
    }

    static func read(_ words: MessageWords) -> Understanding.Answer? {
        let total = words.contentCount
        guard total > 0, total <= 30 else { return nil }
        var tally = self.tally(words, total: total)
        if tally.unmatched == 0, total <= 12 {
            for answer in tally.weak { record(AnswerCue(answer: answer, strength: .normal), in: &tally, total: total, negatedBefore: false) }
            if tally.weak.contains(.yes) { tally.yesClause = 0 }
        }
        if tally.decline { return .decline }
        if tally.skip { return .skip }
        if tally.unsure { return .unsure }
        if tally.no || (tally.yes && tally.negated && tally.negationClause <= tally.yesClause) { return .no }
        if tally.yes { return .yes }
        // "I'd rather not", "don't": a negation alone in a few words.
        if tally.negated, total <= 4 { return .no }
        return nil
    }

    /// Whether the message opens with a yes of its own clause, then goes on: "sure - Jonas
    /// Weber, jonas@…", "ok yes. Sofia, sofia@…". Weak words count here ("sure", "ok"), which
    /// `read` takes only in a message that says little else.
    ///
    ///     AnswerReading.opensWithYes(MessageWords(tokens: tokenize("sure - Jonas, jonas@rr.de")))   // true
    ///     AnswerReading.opensWithYes(MessageWords(tokens: tokenize("ok whats the price")))          // false
    /// `plainOnly`: only a plain yes ("yes", "yeah"), not a weak word ("ok", "great"), which
    /// before a question acknowledges more often than it agrees ("great, what happens next?").
    static func opensWithYes(_ words: MessageWords, plainOnly: Bool = false) -> Bool {
        opens(with: .yes, words, plainOnly: plainOnly)
    }

    /// Whether the message opens with a no of its own clause, then goes on: "no. do you sell
    /// pizza", "nope, what else can you do?".
    static func opensWithNo(_ words: MessageWords) -> Bool {
        opens(with: .no, words, plainOnly: true)
    }

    /// Whether the message opens with a "not sure" or a "skip" of its own clause, then goes
    /// on: "not sure. whats a typical price for that?".
    static func opensWithUnsure(_ words: MessageWords) -> Bool {
        opens(with: .unsure, words, plainOnly: false) || opens(with: .skip, words, plainOnly: false)
    }

    private static func opens(with answer: Understanding.Answer, _ words: MessageWords, plainOnly: Bool) -> Bool {
        var index = 0
        var saidAnswer = false
        while index < words.count {
            let word = words[index]
            // "yes? what do you mean": an answer asked back is none.
            if word.isBreak || word.text == "-" { return saidAnswer && index + 1 < words.count && word.text != "?" }
            if word.roles.contains(.answerCue), let (cue, length) = AnswerPhrases.table.match(words, at: index) {
                guard cue.answer == answer, cue.strength != .strong, !plainOnly || cue.strength == .normal else { return false }
                saidAnswer = true
                index += length
                continue
            }
            guard word.roles.contains(.neutral) else { return false }
            index += 1
        }
        return false
    }

    private static func tally(_ words: MessageWords, total: Int) -> Tally {
        var tally = Tally()
        var negationAt = -100
        // A plain yes or no opens its clause ("yes, …", "well no"): "search for the correct
        // game" and "you got it exactly" answer nothing. Skips and strong phrases count anywhere.
        var clauseOpen = true
        var clause = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.isBreak {
                negationAt = -100
                clauseOpen = true
                clause += 1
            }
            guard word.isWord || word.isNumber || word.kind == .emoji else {
                index += 1
                continue
            }
            if word.roles.contains(.answerCue), let (cue, length) = AnswerPhrases.table.match(words, at: index) {
                let plain = cue.strength != .strong && (cue.answer == .yes || cue.answer == .no)
                // "no phone" says which details to keep (`ContactDetailsReading`), not no; nor,
                // after a yes, do "rather not give email" or "no marketing" (blind audit 42).
                let next = index + length
                let scopesDetails = plain && cue.answer == .no
                    && (namesDetail(words, at: next) || (tally.yesClause != Int.max && scopesUse(words, at: next)))
                if (clauseOpen || !plain) && !scopesDetails {
                    record(cue, in: &tally, total: total, negatedBefore: index - negationAt <= 3)
                    if cue.answer == .yes, cue.strength != .weak { tally.yesClause = min(tally.yesClause, clause) }
                }
                index += length
                continue
            }
            if word.roles.contains(.negator) {
                // "not 12 but 30" corrects a number; it does not say no. Nor does "yes but call
                // dont email": a negated detail says which way to be reached (blind audit 40).
                let scopesDetail = namesDetail(words, at: index + 1)
                // Nor does "or not" ending a question: "so will u call or not" asks (blind audit 43).
                let asksBack = words[index].text == "not" && words.text(index - 1) == "or"
                if !(index + 1 < words.count && words[index + 1].isNumber), !scopesDetail, !asksBack {
                    tally.negated = true
                    tally.negationClause = min(tally.negationClause, clause)
                    negationAt = index
                }
            } else if !word.roles.contains(.neutral) {
                tally.unmatched += 1
                clauseOpen = false
            }
            index += 1
        }
        return tally
    }

    /// What a no may scope instead of refusing: a way to be reached ("no phone", "rather not
    /// give email") or a use of the details ("only for this, no marketing").
    static let uses: Set<String> = [
        "marketing", "newsletter", "newsletters", "spam", "promos", "promotions", "ads", "advertising", "sales", "calls",
    ]
    static let giving: Set<String> = ["give", "giving", "share", "sharing", "leave", "provide", "my", "the", "an", "a", "your"]

    /// Whether the words from `index` name a detail (over a verb of giving) or a use of it.
    static func scopesUse(_ words: MessageWords, at index: Int) -> Bool {
        var at = index
        while at < words.count, at - index < 3, giving.contains(words[at].text) { at += 1 }
        guard at < words.count else { return false }
        return namesDetail(words, at: at) || uses.contains(words[at].text)
    }

    /// Whether the word at `index` names a contact detail ("email", "phone").
    static func namesDetail(_ words: MessageWords, at index: Int) -> Bool {
        index < words.count && ContactDetailsReading.detailWords[words[index].text, words[index].key] != nil
    }

    private static func record(_ cue: AnswerCue, in tally: inout Tally, total: Int, negatedBefore: Bool) {
        switch cue.strength {
        case .weak:
            if let answer = cue.answer { tally.weak.append(answer) }
            return
        case .normal where total > 12:
            return
        default:
            break
        }
        switch cue.answer {
        case .decline: tally.decline = true
        case .skip: tally.skip = true
        case .unsure: tally.unsure = true
        case .no: tally.no = true
        case .yes: if negatedBefore { tally.no = true } else { tally.yes = true }
        case nil: break
        }
    }
}
