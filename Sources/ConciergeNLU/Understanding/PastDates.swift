import ConciergeEntities
import ConciergeText
import Foundation

/// The dates of a message that are over by the time it is read ("since yesterday", "last
/// month", "the charge on Dec 1" read last week), or that say what time it is now ("it's
/// friday evening"): events and circumstances the visitor reports, never a plan such as a
/// timeline or a demo time.
///
///     PastDates.spans(entities, today: "2026-12-07", text: text)   // "since yesterday" → [6..<15]
enum PastDates {
    /// Words that make the date after them the present: "it's friday evening here".
    static let presentLeadIns = ["it's", "its", "it is", "it’s", "today is", "now is", "it's already", "its already"]

    /// The spans (Unicode scalar offsets) of the date entities whose last day is before `today`
    /// (`yyyy-MM-dd`, the day the message is read in the visitor's time zone), or that follow
    /// "it's" in `text`.
    /// `now` (`yyyy-MM-ddTHH:mm`, optional) makes a time earlier today past too: "1 min ago".
    static func spans(_ entities: [EntityMatch], today: String, now: String? = nil, text: String = "") -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date", let last = lastDay(of: entity) else { return nil }
            guard last < today || isEarlierTime(entity, than: now) || saysNow(text, before: entity.start)
                    || asksAboutNow(text, entity) || isSinceOrGreeting(text, entity)
                    || (firstDay(of: entity).map { $0 <= today } == true || isBareWeekday(text, entity))
                        && reportsEvent(text, before: entity.start)
            else { return nil }
            return entity.start..<entity.end
        }
    }

    /// "is anyone there right now?": "now" in a question asks about the present moment; it
    /// proposes no time.
    static func asksAboutNow(_ text: String, _ entity: EntityMatch) -> Bool {
        let said = text.scalarSlice(entity.start, entity.end).lowercased()
        return (said == "now" || said == "right now") && text.contains("?")
    }

    /// "all of them since Friday" started in the past, whichever Friday the grammar found;
    /// "merry christmas", "happy new year" wish, they plan nothing.
    static func isSinceOrGreeting(_ text: String, _ entity: EntityMatch) -> Bool {
        let said = text.scalarSlice(entity.start, entity.end).lowercased()
        if said.hasPrefix("since ") { return true }
        let before = text.scalarSlice(max(0, entity.start - 7), entity.start).lowercased()
        return before.hasSuffix("merry ") || before.hasSuffix("happy ")
    }

    /// Whether the words just before `start` are "it's" (or "today is"…).
    static func saysNow(_ text: String, before start: Int) -> Bool {
        guard start > 0 else { return false }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) else { return false }
        let from = scalars.index(end, offsetBy: -min(start, 16))
        let before = String(scalars[from..<end]).lowercased().trimmingHorizontalSpaces
        return presentLeadIns.contains { before == $0 || before.hasSuffix(" " + $0) || before.hasSuffix("?" + $0) }
    }

    /// Words that report what happened: a date of the present period after one of them in its
    /// sentence ("I got charged twice this month", "leads collected today") is when it happened.
    static let eventWords: Set<String> = [
        "got", "was", "were", "did", "had", "charged", "billed", "paid", "collected", "happened", "received",
        "bounced", "failed", "stopped", "broke", "lost", "deleted", "missed", "sent", "went", "tried", "worked",
        "disappeared", "vanished", "crashed",
    ]
    /// After an event word, a plan after all: "I was hoping to start this month".
    static let planWords: Set<String> = ["hoping", "planning", "thinking", "going", "looking", "wondering", "told", "asked"]
    /// Billing words: "credit for this month", "the invoice for this month" name a billing period.
    static let billingWords: Set<String> = ["credit", "refund", "invoice", "charge", "bill", "discount", "receipt"]

    /// Whether the date is a weekday alone ("on friday"): the grammar reads the coming one, but
    /// after "the widget was there" it is the one just past (blind audit 56 noted it as the
    /// visitor's start date).
    static func isBareWeekday(_ text: String, _ entity: EntityMatch) -> Bool {
        let said = text.scalarSlice(entity.start, entity.end).lowercased()
        return CalendarWords.weekdays.contains(said.hasPrefix("on ") ? String(said.dropFirst(3)) : said)
    }

    /// Whether the sentence before `start` reports an event or names a billing period.
    static func reportsEvent(_ text: String, before start: Int) -> Bool {
        let scalars = text.unicodeScalars
        guard start > 0, let end = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) else { return false }
        let sentence = String(scalars[..<end]).lowercased().split(whereSeparator: { ".!?;\n".contains($0) }).last ?? ""
        let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        for (index, word) in words.enumerated() {
            if billingWords.contains(word) { return true }
            if eventWords.contains(word), !(index + 1 < words.count && planWords.contains(words[index + 1])) { return true }
        }
        return false
    }

    /// Whether the entity is a time of day before `now` ("you booked it 1 min ago"): both
    /// `yyyy-MM-ddTHH:mm`, which compare as strings.
    private static func isEarlierTime(_ entity: EntityMatch, than now: String?) -> Bool {
        // "this morning" read at 15:00: a range of times of day that has ended.
        guard let now, let value = entity.value["to"]?.stringValue ?? entity.value.stringValue, value.count == 16 else { return false }
        return value < now
    }

    /// The first day a date value covers: the `from` of a range, else the day itself.
    /// Nil for a time of day ("today at 3pm" is a plan however the sentence began).
    private static func firstDay(of entity: EntityMatch) -> String? {
        let value = entity.value["from"]?.stringValue ?? entity.value.stringValue
        return value.flatMap { $0.count == 10 ? $0 : nil }
    }

    /// The day `now` falls on in `timeZone`, as `yyyy-MM-dd` (compares like the entities' values).
    static func day(of now: Date, in timeZone: TimeZone) -> String {
        String(minute(of: now, in: timeZone).prefix(10))
    }

    /// The minute `now` falls on in `timeZone`, as `yyyy-MM-ddTHH:mm` (compares like the
    /// entities' values with a time).
    static func minute(of now: Date, in timeZone: TimeZone) -> String {
        // The local day by arithmetic, as the entity extractor reads `now` (a Calendar's date
        // components cost more than the rest of reading the dates): the offset at `now`, then
        // the proleptic Gregorian date, which is the Gregorian calendar's in these years.
        let seconds = now.timeIntervalSince1970
        if seconds > -1e10, seconds < 1e11 {
            let local = Int(seconds.rounded(.down)) + timeZone.secondsFromGMT(for: now)
            let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            let date = CalendarMath.civil(days)
            let inDay = local - days * 86_400
            return "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))T"
                + "\(padded(inDay / 3600, 2)):\(padded(inDay % 3600 / 60, 2))"
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        return "\(padded(parts.year ?? 0, 4))-\(padded(parts.month ?? 0, 2))-\(padded(parts.day ?? 0, 2))T"
            + "\(padded(parts.hour ?? 0, 2)):\(padded(parts.minute ?? 0, 2))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The last day a date value covers: the day of "2026-12-06" or "2026-12-18T15:00", the
    /// `to` of a range.
    private static func lastDay(of entity: EntityMatch) -> String? {
        let value = entity.value["to"]?.stringValue ?? entity.value.stringValue
        return value.map { String($0.prefix(10)) }
    }
}
