import ConciergeEntities

/// The dates a message rules out: "not monday", "any day except friday", "anything but the
/// 14th", "no mondays please". A visitor who says when they cannot meet has not said when they
/// can: such a date is never a demo time or a timeline.
///
///     ExcludedDates.spans(words, entities: entities)   // "not monday and afternoons only" → [4..<10]
enum ExcludedDates {
    /// Words that rule out the date right after them (over "the", "on", "a").
    static let negators: Set<String> = ["not", "except", "excluding", "no", "never", "besides", "nor"]
    /// Two-word phrases that do the same: "apart from monday", "other than friday", "anything but".
    static let pairs: Set<[String]> = [["apart", "from"], ["other", "than"], ["anything", "but"], ["except", "for"], ["day", "but"], ["time", "but"]]
    /// Words that may stand between the negator and the date.
    static let skipped: Set<String> = ["the", "on", "a", "this", "next", "for", "at", "right"]

    static func spans(_ words: MessageWords, entities: [EntityMatch]) -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date" || entity.entity == "time" else { return nil }
            let first = words.index(atOrAfter: entity.start)
            // "apart from thursday": the date entity takes "from" as its own first word.
            if first > 0, first < words.count, ["from", "than"].contains(words[first].text),
               pairs.contains([words[first - 1].text, words[first].text]) {
                return entity.start..<entity.end
            }
            if isAnsweredNo(words, after: entity.end, entities: entities) || isTurnedDown(words, after: entity.end) {
                return entity.start..<entity.end
            }
            var index = first - 1
            while index >= 0, !words[index].isBreak, skipped.contains(words[index].text) { index -= 1 }
            guard index >= 0, !words[index].isBreak else { return nil }
            let word = words[index].text
            // "why not friday?" proposes Friday.
            if word == "not", index > 0, words[index - 1].text == "why" { return nil }
            let ruled = negators.contains(word)
                || (index > 0 && !words[index - 1].isBreak && pairs.contains([words[index - 1].text, word]))
            return ruled ? entity.start..<entity.end : nil
        }
    }

    /// Words after a date in its clause that say it does not suit: "tomorrow I'm busy",
    /// "friday is out", "monday doesn't work" (normalized "does not work").
    static let unavailable: Set<String> = ["busy", "impossible", "unavailable", "off", "out", "not", "bad", "full", "booked"]

    /// Whether a word of `unavailable` follows the date ending at `end` within four words of its clause.
    static func isTurnedDown(_ words: MessageWords, after end: Int) -> Bool {
        words.anyWord(from: words.index(atOrAfter: end), upTo: 4) { unavailable.contains($0.text) }
    }

    /// Words that turn down the clause before them: "february?? no, THIS week".
    static let refusals: Set<String> = ["no", "nope", "nah", "not"]

    /// Whether the date ending at `end` closes its clause and the next clause opens with a
    /// no: "february?? no, the 17th of december" echoes a date to turn it down. Not when the
    /// no turns down the date right after it: "this week, not january" (blind audit 40).
    static func isAnsweredNo(_ words: MessageWords, after end: Int, entities: [EntityMatch]) -> Bool {
        var index = words.index(atOrAfter: end)
        guard index < words.count, words[index].isBreak else { return false }
        while index < words.count, words[index].isBreak { index += 1 }
        guard index < words.count, refusals.contains(words[index].text) else { return false }
        let next = index + 1 < words.count ? words[index + 1].start : Int.max
        return !entities.contains { ($0.entity == "date" || $0.entity == "time") && $0.start == next }
    }

    /// Verbs of the visitor's own next step: "I'll ask support on monday", "let me discuss it
    /// with my partner and come back tomorrow" say when they will be back, not when to start
    /// or meet.
    static let deferrals: Set<String> = [
        "back", "ask", "check", "discuss", "review", "revert", "consult", "sleep", "return",
    ]
    /// Verbs of what was said before, two or more words ahead of a date: "I already told you
    /// all this on tuesday" (blind audit 39) says when they said it. Right after one, the
    /// date is what was said: "I told you thursday".
    static let reportingVerbs: Set<String> = ["told", "mentioned", "wrote", "explained"]

    /// The spans of the dates a clause puts after a deferral verb (within eight words).
    static func deferred(_ words: MessageWords, entities: [EntityMatch]) -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date" else { return nil }
            let deferred = words.anyWord(before: words.index(atOrAfter: entity.start), upTo: 8) { word, between in
                deferrals.contains(word.text) || (between >= 2 && reportingVerbs.contains(word.text))
            }
            return deferred ? entity.start..<entity.end : nil
        }
    }

    /// Words right after a date that make it no time for anything: the visitor's own clock
    /// ("saturday night here lol") or an event a noun is about ("a landing page for xmas
    /// orders", "our black friday campaign").
    static let describedBy: Set<String> = [
        "here", "orders", "sale", "campaign", "campaigns", "rush", "season", "promo", "promos",
        "promotion", "promotions", "newsletter", "newsletters", "shopping", "deals", "offers", "traffic", "peak",
    ]

    /// The spans of the dates a word of `describedBy` follows directly.
    static func described(_ words: MessageWords, entities: [EntityMatch]) -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date" else { return nil }
            let after = words.index(atOrAfter: entity.end)
            guard after < words.count, !words[after].isBreak, describedBy.contains(words[after].text) else { return nil }
            return entity.start..<entity.end
        }
    }

    /// Words beside days and times in a message that only says when (or when not):
    /// "not monday and afternoons only", "any day tue-fri pm".
    static let timeFillers: Set<String> = [
        "and", "or", "but", "only", "any", "day", "days", "afternoons", "mornings", "evenings", "weekday", "weekdays",
        "weekend", "weekends", "except", "not", "no", "works", "work", "is", "are", "fine", "ok", "okay", "on", "in",
        "from", "to", "until", "till", "after", "before", "between", "please", "best", "better", "good", "earliest",
        "latest", "late", "early", "later", "earlier", "would", "be", "great", "prefer", "preferably", "ideally",
        // "any time next week", "whenever this week", "sometime around the 20th".
        "time", "next", "this", "coming", "anytime", "whenever", "sometime", "at", "around", "the",
    ]
    /// Day and time words a message that only says when holds at least one of.
    static let whenWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow", "tonight", "morning", "afternoon",
        "evening", "am", "pm", "noon", "midday", "week", "afternoons", "mornings", "evenings", "weekday", "weekdays",
        "weekend", "weekends",
    ]

    /// Whether every word of the message is a day, a time or a word around them, with at least
    /// one day or time: such a message answers "when", never a name, a company or a need.
    static func saysOnlyWhen(_ words: MessageWords) -> Bool {
        var sawWhen = false
        for word in words.items where word.isWord || word.isNumber {
            // Set lookups first: the string checks run only for words neither set holds.
            if whenWords.contains(word.text) {
                sawWhen = true
            } else if timeFillers.contains(word.text) {
                continue
            } else if isClockTime(word.text) {
                sawWhen = true
            } else if !(QuestionReading.isTimeWord(word) || isOrdinal(word.text)) {
                return false
            }
        }
        return sawWhen
    }

    /// "10am", "3pm", "14h".
    private static func isClockTime(_ text: String) -> Bool {
        let digits = text.prefix { $0.isNumber }
        return !digits.isEmpty && ["am", "pm", "h"].contains(text.dropFirst(digits.count))
    }

    /// "14th", "1st", "22nd", "3rd".
    private static func isOrdinal(_ text: String) -> Bool {
        let digits = text.prefix { $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(text.dropFirst(digits.count))
    }
}
