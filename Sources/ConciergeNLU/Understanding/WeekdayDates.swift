import ConciergeEntities

/// The dates a message names by their weekday alone: "wednesday", "on thu at 3pm", "friday
/// afternoon" — not "next wednesday", "this friday", "wednesday the 16th" or "friday 11 dec".
/// Such a date is the weekday's next occurrence; moving a held date ("can we do wednesday
/// instead?" after "next tuesday"), the visitor means the weekday of that date's week, which
/// the dialog decides.
///
///     WeekdayDates.spans(words, entities: entities)   // "wednesday instead, same time" → [0..<9]
enum WeekdayDates {
    /// Words before the weekday that say which week: then the date is meant as said.
    static let weekWords: Set<String> = ["next", "this", "coming", "following", "last", "after"]
    /// Words that may follow the weekday inside the date without naming a day of the month.
    static let timeWords: Set<String> = [
        "at", "around", "about", "morning", "afternoon", "evening", "night", "am", "pm", "a.m.", "p.m.", "noon",
        "midday", "after", "before", "from", "to", "till", "until", "between", "and", "-", ":", "ish", "o'clock",
        "lunch", "lunchtime", "early", "late", "in", "the", "sometime", "any", "time", "h", "or", "latest", "earliest",
    ]

    static func spans(_ words: MessageWords, entities: [EntityMatch]) -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date" else { return nil }
            var index = words.index(atOrAfter: entity.start)
            if index < words.count, words[index].text == "on" { index += 1 }
            guard index < words.count, words[index].start < entity.end, CalendarMath.weekday(named: words[index].text) != nil,
                  index == 0 || !weekWords.contains(words[index - 1].text) else { return nil }
            var next = index + 1
            while next < words.count, words[next].start < entity.end {
                let word = words[next]
                // "wednesday the 16th": "the" before a number names the day of the month.
                if word.text == "the", next + 1 < words.count, words[next + 1].isNumber { return nil }
                guard word.isNumber ? isClock(words, at: next) : timeWords.contains(word.text) else { return nil }
                next += 1
            }
            return entity.start..<entity.end
        }
    }

    /// A number of a clock time: "3pm", "at 3", "10:30", "2-4pm"; not "16th" or "11 dec".
    private static func isClock(_ words: MessageWords, at index: Int) -> Bool {
        let after = words.text(index + 1) ?? ""
        if ["am", "pm", "a.m.", "p.m.", ":", "h", "o'clock", "-", "ish"].contains(after) { return true }
        let before = index > 0 ? words[index - 1].text : ""
        return ["at", "around", "about", "from", "to", "till", "until", "between", "and", "-", ":", "after", "before"].contains(before)
            && !["st", "nd", "rd", "th"].contains(after)
    }
}
