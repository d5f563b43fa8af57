import ConciergeJSON

/// Hours said with a span of several days keep both: "any day next week after 3pm", "mornings
/// next week", "next week, afternoons", "tue or wed after 3pm". The date becomes the days with
/// the hours of each, `{"from": "2026-12-14", "to": "2026-12-20", "hours": {"from": "15:00",
/// "to": "24:00"}}`, instead of the days alone (blind audits 41 and 45: "morning" and "after
/// 3pm" were lost, and a lead said only "December 14 – 20").
///
///     // "any morning next week" (now = Tuesday 2026-12-08)
///     RangeHours.joined(resolved, scalars)
///     // date {"from": "2026-12-14", "to": "2026-12-20", "hours": {"from": "08:00", "to": "12:00"}}
enum RangeHours {
    /// Words a part of the day may stand apart from its days by: "any morning next week".
    static let maxWordsApart = 3

    static func joined(_ resolved: [Candidate], _ scalars: [Unicode.Scalar]) -> [Candidate] {
        guard resolved.contains(where: { days(of: $0.value) != nil }) else { return resolved }
        var result: [Candidate] = []
        var index = 0
        while index < resolved.count {
            let candidate = resolved[index]
            if let (from, to) = days(of: candidate.value) {
                // A clock time right after the days, or right before them ("after 3pm next week").
                if index + 1 < resolved.count, let joined = withTime(candidate, from, to, resolved[index + 1], scalars, after: true) {
                    result.append(joined)
                    index += 2
                    continue
                }
                if let previous = result.last, let joined = withTime(candidate, from, to, previous, scalars, after: false) {
                    result[result.count - 1] = joined
                    index += 1
                    continue
                }
                if let part = partOfDay(near: candidate, scalars) {
                    result.append(with(candidate, from, to, hours: part.span, start: candidate.start, end: candidate.end))
                    index += 1
                    continue
                }
            }
            result.append(candidate)
            index += 1
        }
        return result
    }

    /// The first and last day of a span of two days or more, without hours; nil otherwise.
    static func days(of value: JSONValue) -> (String, String)? {
        guard value["hours"] == nil, let from = value["from"]?.stringValue, let to = value["to"]?.stringValue,
              from.count == 10, to.count == 10, from < to else { return nil }
        return (from, to)
    }

    private static func withTime(_ days: Candidate, _ from: String, _ to: String, _ time: Candidate,
                                 _ scalars: [Unicode.Scalar], after: Bool) -> Candidate? {
        guard time.entity == .time, after ? days.end <= time.start : time.end <= days.start else { return nil }
        let gap = after ? scalars[days.end..<time.start] : scalars[time.end..<days.start]
        guard DayAndTimeJoining.isShortGap(gap) else { return nil }
        let bound = after ? DayAndTimeJoining.lastWord(of: gap) : DayAndTimeJoining.lastWord(of: scalars[max(0, time.start - 8)..<time.start])
        let hours: (Int, Int)
        if let clock = time.value.stringValue.flatMap(minutes) {
            switch bound {
            case "after": hours = (clock, DateGrammar.openDay.to)
            case "before": hours = (DateGrammar.openDay.from, clock)
            default: hours = (clock, clock)
            }
        } else if let start = time.value["from"]?.stringValue.flatMap(minutes), let end = time.value["to"]?.stringValue.flatMap(minutes) {
            hours = (start, end)
        } else {
            return nil
        }
        guard hours.0 <= hours.1 else { return nil }
        let start = after ? days.start : time.start - (bound == "after" || bound == "before" ? bound.unicodeScalars.count + 1 : 0)
        return with(days, from, to, hours: hours, start: max(0, start), end: after ? time.end : days.end)
    }

    private static func with(_ days: Candidate, _ from: String, _ to: String, hours: (Int, Int), start: Int, end: Int) -> Candidate {
        let value = JSONValue.object([
            "from": .string(from), "to": .string(to),
            "hours": .object(["from": .string(CalendarMath.isoTime(minutes: hours.0)),
                              "to": .string(CalendarMath.isoTime(minutes: hours.1))]),
        ])
        return Candidate(entity: .date, value: value, start: start, end: end)
    }

    /// A part of the day ("morning", "afternoons", "evening") within a few words of the days,
    /// in the same sentence: "any morning next week", "next week, afternoons".
    /// Or the last word of the days themselves: "wed or thu morning".
    private static func partOfDay(near days: Candidate, _ scalars: [Unicode.Scalar]) -> PartOfDay? {
        let last = words(from: days.end, step: -1, scalars).prefix(1)
        for word in last + words(from: days.start, step: -1, scalars) + words(from: days.end, step: 1, scalars) {
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            if let part = PartOfDay.words[singular], part != .lunch { return part }
        }
        return nil
    }

    /// Up to `maxWordsApart` lowercased words walking from `start` (backwards when `step` is
    /// -1), stopping at a sentence break. Walks the scalars: most messages have no range at all,
    /// and the ones that have one should not pay for copying the whole text.
    private static func words(from start: Int, step: Int, _ scalars: [Unicode.Scalar]) -> [String] {
        var found: [String] = []
        var current = String.UnicodeScalarView()
        var index = step < 0 ? start - 1 : start
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current).lowercased()
            found.append(step < 0 ? String(word.reversed()) : word)
            current = String.UnicodeScalarView()
        }
        while index >= 0, index < scalars.count, found.count < maxWordsApart {
            let scalar = scalars[index]
            if ".?!;\n".unicodeScalars.contains(scalar) { break }
            if scalar.properties.isAlphabetic { current.append(scalar) } else { flush() }
            index += step
        }
        if found.count < maxWordsApart { flush() }
        return found
    }

    private static func minutes(_ clock: String) -> Int? {
        let parts = clock.split(separator: ":")
        guard clock.count == 5, parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return hour * 60 + minute
    }
}
