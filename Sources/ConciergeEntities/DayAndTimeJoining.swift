import ConciergeJSON

/// A day and a clock time said apart in one sentence make one date: "next Tuesday afternoon
/// works, say 2pm" is Tuesday at 14:00, not the whole afternoon with a time beside it (blind
/// audit 22). The time must fall on the day (inside a part of the day when one was named),
/// with at most four words between and no sentence break.
///
///     // "2027-01-19" or {from: 2027-01-19T12:00, to: 2027-01-19T19:00} … "14:00"
///     DayAndTimeJoining.joined(resolved, scalars)   // one date "2027-01-19T14:00", over both spans
enum DayAndTimeJoining {
    static let maxWordsBetween = 4

    static func joined(_ resolved: [Candidate], _ scalars: [Unicode.Scalar]) -> [Candidate] {
        guard resolved.count >= 2, resolved.contains(where: { $0.entity == .time }) else { return resolved }
        var result: [Candidate] = []
        var index = 0
        while index < resolved.count {
            let day = resolved[index]
            if index + 1 < resolved.count, let joined = join(day, resolved[index + 1], scalars) {
                result.append(joined)
                index += 2
                continue
            }
            result.append(day)
            index += 1
        }
        return result
    }

    private static func join(_ day: Candidate, _ time: Candidate, _ scalars: [Unicode.Scalar]) -> Candidate? {
        guard day.entity == .date, time.entity == .time, let clock = time.value.stringValue, clock.count == 5,
              let date = dayOf(day.value, at: clock), isShortGap(scalars[day.end..<time.start]) else { return nil }
        let value: JSONValue
        switch lastWord(of: scalars[day.end..<time.start]) {
        // "thursday works, any time after 1pm": the rest of that day; "before 11am": its morning.
        // The same open hours as a bound said right after the day (`DateGrammar.boundedTime`).
        case "after":
            guard let day = CalendarMath.day(iso: date) else { return nil }
            let close = DateGrammar.openDay.to
            value = .object(["from": .string(date + "T" + clock),
                             "to": DateValue.dateTime(day + close / 1440, minutes: close % 1440).json])
        case "before" where clock > CalendarMath.isoTime(minutes: DateGrammar.openDay.from):
            value = .object(["from": .string(date + "T" + CalendarMath.isoTime(minutes: DateGrammar.openDay.from)),
                             "to": .string(date + "T" + clock)])
        default:
            value = .string(date + "T" + clock)
        }
        return Candidate(entity: .date, value: value, start: day.start, end: time.end)
    }

    /// The last word of the text between two matches, lowercased ("after" in "thursday, any time after 1pm").
    static func lastWord(of gap: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(gap)).lowercased().split { $0 == " " || $0 == "," }.last.map(String.init) ?? ""
    }

    /// The day of `value` when `clock` falls on it: a day ("2027-01-19"), or a range within one
    /// day that holds the clock time ("afternoon": 12:00 to 19:00).
    private static func dayOf(_ value: JSONValue, at clock: String) -> String? {
        if let day = value.stringValue { return day.count == 10 ? day : nil }
        guard let from = value["from"]?.stringValue, let to = value["to"]?.stringValue,
              from.count == 16, to.count == 16, from.prefix(10) == to.prefix(10) else { return nil }
        let (start, end) = (String(from.suffix(5)), String(to.suffix(5)))
        return start <= clock && clock <= end ? String(from.prefix(10)) : nil
    }

    /// Between the two: a few words and commas, no sentence break.
    static func isShortGap(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        if gap.contains(where: { $0 == "." || $0 == "?" || $0 == "!" || $0 == ";" || $0 == "\n" }) { return false }
        let words = String(String.UnicodeScalarView(gap)).split { $0 == " " || $0 == "," }
        return words.count <= maxWordsBetween
    }
}
