import ConciergeEntities
import ConciergeJSON
import ConciergeBot
import ConciergeNLU

/// A time of day names a meeting: a date slot that holds one (a demo at "December 4 at
/// 10:00") is what a new time of day moves, even without a word of correction ("friday 3pm"
/// after "I need to move the demo"). A project timeline ("in March") has no time of day.
extension DialogStep {
    /// Whether the message gives a time of day for `slot`, a date slot that holds one already.
    func movesHeldTime(_ known: JSONValue?, of slot: SlotDefinition, parse: ParseResult) -> Bool {
        guard slot.entity == "date", let known, DialogStep.hasTimeOfDay(known) else { return false }
        return parse.entities.contains { match in
            match.entity == "date" && DialogStep.hasTimeOfDay(match.value)
                && !understanding.pastDates.contains(match.start..<match.end)
                && !understanding.excludedDates.contains(match.start..<match.end)
        }
    }

    /// A time of day alone that moves the day `slot` holds to it: "actually make it 3pm
    /// instead", "no, 2 to 4pm" after a demo booked for Thursday at 10:00 is Thursday at
    /// 15:00, or 14:00–16:00 (blind audit 39). Only in a correction or as the answer asked for,
    /// and only for a date on one day: "3pm" says nothing of which day of "next week".
    func movedTimeOfDay(_ slot: SlotDefinition, asked: Bool, parse: ParseResult) -> SlotCandidate? {
        guard asked || understanding.isCorrection,
              let held = session.slots[slot.name] ?? session.pending?[slot.name], let day = Self.singleDay(of: held),
              let time = parse.entities.first(where: { match in
                  match.entity == "time" && !understanding.excludedDates.contains(match.start..<match.end)
                      && !understanding.pastDates.contains(match.start..<match.end)
              }),
              let moved = Self.atTime(of: time.value, on: day)
        else { return nil }
        return SlotCandidate(slot: slot.name, value: moved, span: time.start..<time.end)
    }

    /// `day` ("2026-12-10") at a time value ("15:00", or a range from "14:00" to "16:00").
    static func atTime(of time: JSONValue, on day: String) -> JSONValue? {
        if let clock = time.stringValue, clock.count == 5 { return .string(day + "T" + clock) }
        // A range over midnight ("10pm-2am") is no range within the day.
        guard let from = time["from"]?.stringValue, let to = time["to"]?.stringValue, from.count == 5, to.count == 5,
              from <= to
        else { return nil }
        return .object(["from": .string(day + "T" + from), "to": .string(day + "T" + to)])
    }

    /// `value`, a date for `slot` read at `span`, as it moves the date the slot holds:
    /// - a weekday alone, in a correction, is that weekday of the held date's week: "can we do
    ///   wednesday instead?" after "next tuesday" (December 15) is December 16, not tomorrow;
    /// - a whole day keeps the held time of day when the message says so: "monday instead,
    ///   same time" after "friday at 3pm" is Monday at 15:00 (after "friday afternoon", Monday
    ///   afternoon).
    /// Any other value is returned as it is.
    func movingHeldDate(_ value: JSONValue, of slot: SlotDefinition, span: Range<Int>) -> JSONValue {
        guard slot.entity == "date", let held = session.slots[slot.name] ?? session.pending?[slot.name],
              let heldDay = (held.stringValue ?? held["from"]?.stringValue).flatMap({ CalendarMath.day(iso: $0) })
        else { return value }
        var value = value
        if understanding.isCorrection, understanding.weekdayDates.contains(span),
           let newDay = (value.stringValue ?? value["from"]?.stringValue).flatMap({ CalendarMath.day(iso: $0) }) {
            let sameWeek = heldDay - CalendarMath.weekday(heldDay) + CalendarMath.weekday(newDay)
            if sameWeek > newDay { value = Self.onDay(CalendarMath.iso(sameWeek), value) ?? value }
        }
        guard understanding.keepsTimeOfDay, let day = value.stringValue, day.count == 10, Self.hasTimeOfDay(held) else { return value }
        return Self.onDay(day, held) ?? value
    }

    /// `value` (a date, a date and time, or a range within one day) moved to `day`.
    static func onDay(_ day: String, _ value: JSONValue) -> JSONValue? {
        if let text = value.stringValue { return .string(day + text.dropFirst(10)) }
        guard let from = value["from"]?.stringValue, let to = value["to"]?.stringValue, from.prefix(10) == to.prefix(10) else { return nil }
        return .object(["from": .string(day + from.dropFirst(10)), "to": .string(day + to.dropFirst(10))])
    }

    /// "2026-12-04T10:00", or a range from "2026-12-04T12:00": a date with a time of day.
    static func hasTimeOfDay(_ value: JSONValue) -> Bool {
        let text = value["from"]?.stringValue ?? value.stringValue
        return text?.contains("T") == true
    }
}

extension DialogStep {
    /// The first match, or a later date that narrows it down: "this week. the 17th of
    /// december" means the 17th. Alternatives ("tomorrow 3pm or wednesday morning") do not
    /// narrow each other: the first stays.
    static func narrowestDate(_ matches: [EntityMatch]) -> EntityMatch? {
        guard var chosen = matches.first else { return nil }
        for match in matches.dropFirst() where match.entity == "date" && chosen.entity == "date" {
            guard let inner = interval(match.value), let outer = interval(chosen.value), inner != outer,
                  covers(outer, inner) else { continue }
            chosen = match
        }
        return chosen
    }

    /// `date` at the time of day a later clause gives on its own: "thursday afternoon works,
    /// like 2-4pm" is Thursday 14:00–16:00. Only a whole day, or a part of one that holds the
    /// time; otherwise the date as it is.
    static func narrowed(_ date: EntityMatch, by times: [EntityMatch]) -> EntityMatch {
        guard let time = times.first(where: { $0.entity == "time" && $0.start >= date.end }),
              let day = singleDay(of: date.value), let value = atTime(of: time.value, on: day),
              let inner = interval(value), let outer = interval(date.value), covers(outer, inner)
        else { return date }
        var narrowed = date
        narrowed.value = value
        return narrowed
    }

    /// `date`, days apart, without the days the message ruled out at either end: "any
    /// morning next week except monday" starts on Tuesday (blind audit 45 kept Monday).
    static func trimmed(_ date: EntityMatch, excluding ruledOut: [EntityMatch]) -> EntityMatch {
        guard case .object(var fields) = date.value, var from = fields["from"]?.stringValue.flatMap(CalendarMath.day(iso:)),
              var to = fields["to"]?.stringValue.flatMap(CalendarMath.day(iso:)),
              fields["from"]?.stringValue?.count == 10 else { return date }
        let days = Set(ruledOut.compactMap { singleDay(of: $0.value).flatMap(CalendarMath.day(iso:)) })
        while from < to, days.contains(from) { from += 1 }
        while to > from, days.contains(to) { to -= 1 }
        fields["from"] = .string(CalendarMath.iso(from))
        fields["to"] = .string(CalendarMath.iso(to))
        var trimmed = date
        trimmed.value = from == to && fields["hours"] == nil ? .string(CalendarMath.iso(from)) : .object(fields)
        return trimmed
    }

    /// The day ("2026-12-10") a date value lies within; nil for one over several days.
    static func singleDay(of value: JSONValue) -> String? {
        guard let covered = interval(value), covered.from.count >= 10, covered.from.prefix(10) == covered.to.prefix(10)
        else { return nil }
        return String(covered.from.prefix(10))
    }

    /// Whether the interval `outer` (as `interval` gives it) holds all of `inner`.
    static func covers(_ outer: (from: String, to: String), _ inner: (from: String, to: String)) -> Bool {
        inner.from >= outer.from && inner.to <= outer.to
    }

    /// A date value as the interval it covers, in strings that compare in time order:
    /// "2026-12-17" covers up to "2026-12-17~", which comes after every time of that day.
    static func interval(_ value: JSONValue) -> (from: String, to: String)? {
        if let day = value.stringValue { return (day, day + "~") }
        guard let from = value["from"]?.stringValue, let to = value["to"]?.stringValue else { return nil }
        return (from, to + "~")
    }
}
