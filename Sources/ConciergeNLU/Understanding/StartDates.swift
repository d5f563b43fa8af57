import ConciergeEntities

/// The dates a message gives as the start of the visitor's own project: "we want to start
/// next month", "go live in January", "launching Q1", "we START in january". Such a date says
/// when they begin, not when to meet: it fills a start-date slot (a timeline), and no other
/// date slot unless that slot's question asked for it. A clause that speaks of a meeting
/// ("can we start the demo at 3?") gives no start date.
///
///     StartDates.spans(words, entities: entities)   // "want to start next month" → ["next month"]
enum StartDates {
    /// Words that make the date after them (in the same clause, within five words) a start.
    static let startWords: Set<String> = [
        "start", "started", "starting", "starts", "begin", "beginning", "launch", "launching", "live", "onboard",
        "onboarding", "rollout", "roll", "rolling", "switch", "switching", "migrate", "migrating", "kickoff",
        "kick", "implement", "implementing", "adopt", "use", "using",
    ]
    /// Words that make the date before them a start: "a january start", "march kickoff".
    static let startNouns: Set<String> = ["start", "launch", "kickoff", "rollout", "go-live", "golive"]
    /// Words of a meeting: a clause with one of them times the meeting, not the project.
    static let meetingWords: Set<String> = [
        "demo", "demos", "call", "calls", "meeting", "meet", "chat", "session", "walkthrough", "presentation",
    ]

    static func spans(_ words: MessageWords, entities: [EntityMatch]) -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date" else { return nil }
            let first = words.index(atOrAfter: entity.start)
            let after = words.index(atOrAfter: entity.end)
            guard !clauseHasMeetingWord(words, from: first, to: after) else { return nil }
            if after < words.count, !words[after].isBreak, startNouns.contains(words[after].text) {
                return entity.start..<entity.end
            }
            let started = words.anyWord(before: first, upTo: 5) { word, _ in startWords.contains(word.text) }
            return started ? entity.start..<entity.end : nil
        }
    }

    /// The dates inside a clause that asks something without naming a meeting ("is anyone
    /// around on a saturday?"): no plan of the visitor's, unless asked for or said as a start
    /// (blind audit 46 made that Saturday the project's start). "can I book a demo for friday?"
    /// names its meeting and keeps its date.
    ///
    ///     StartDates.askedDates(words, entities: entities, questions: questions)   // "anyone around on a saturday? …" → ["saturday"]
    /// `questions`: the message's clauses that ask (`QuestionReading.questionClauses`).
    static func askedDates(_ words: MessageWords, entities: [EntityMatch], questions: [Range<Int>]) -> [Range<Int>] {
        guard !questions.isEmpty else { return [] }
        return entities.compactMap { entity in
            guard entity.entity == "date" else { return nil }
            let first = words.index(atOrAfter: entity.start)
            guard let clause = questions.first(where: { $0.contains(first) }),
                  !clause.contains(where: { meetingWords.contains(words[$0].text) }) else { return nil }
            // "friday 11am?", "how about monday?": a time offered with a question mark.
            let others = clause.filter { words[$0].isWord && (words[$0].end <= entity.start || words[$0].start >= entity.end) }
            return others.count > 2 ? entity.start..<entity.end : nil
        }
    }

    /// Whether the clause around the words `first..<after` (the date) names a meeting.
    private static func clauseHasMeetingWord(_ words: MessageWords, from first: Int, to after: Int) -> Bool {
        var index = first - 1
        while index >= 0, !words[index].isBreak {
            if meetingWords.contains(words[index].text) { return true }
            index -= 1
        }
        index = after
        while index < words.count, !words[index].isBreak {
            if meetingWords.contains(words[index].text) { return true }
            index += 1
        }
        return false
    }
}
