import ConciergeBot
import ConciergeJSON
import Foundation

/// Slot values in words for confirmations ("30 people", "December 2026"), in the bot's
/// language and with its phrases.
extension DialogStep {
    /// A value in words for a confirmation: a head count as "30 people", money as "$300 a month".
    func display(_ value: JSONValue, of slot: SlotDefinition) -> String {
        // "1 person", not "1 people".
        if slot.kind == .headCount, value.numberValue == 1, let phrase = settings.messages[.headCountOne].first {
            return phrase.render(["value": .string(value.displayText)])
        }
        if slot.kind == .headCount, let phrase = settings.messages[.headCountValue].first {
            return phrase.render(["value": .string(value.displayText)])
        }
        if slot.entity == "date" || slot.entity == "time", let words = dateWords(value) { return words }
        return value.displayText(words: settings.messages)
    }

    /// Items in words: "A", "A and B", "A, B and C" with the bot's `list_and` (or `list_or`);
    /// without the phrase, comma-separated.
    func list(_ items: [String], _ key: EngineMessage = .listAnd) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let rest = items.dropLast().joined(separator: ", ")
        guard let phrase = settings.messages[key].first else { return rest + ", " + last }
        return phrase.render(["items": .string(rest), "last": .string(last)])
    }

    /// A date value in words of the bot's language: a day as "5 December" (with its time when it
    /// has one: "December 5 at 15:00" in English), a whole month as "December 2026", another range as
    /// "1 – 15 December"; nil for a value that is no date.
    func dateWords(_ value: JSONValue) -> String? {
        // "any morning next week": the days, then their hours ("December 14 – 20, 08:00–12:00").
        if let hours = value["hours"], let first = hours["from"]?.stringValue, let last = hours["to"]?.stringValue,
           let from = value["from"], let to = value["to"], let days = dateWords(.object(["from": from, "to": to])) {
            return days + ", " + (first == last ? first : first + "–" + last)
        }
        let from = (value["from"] ?? value).stringValue
        let to = value["to"]?.stringValue
        guard let from, let start = DialogStep.day(from) else { return nil }
        // "Tuesday afternoon" is a day with hours, not the hour it starts: "December 8, 12:00–19:00".
        if let to, let hours = DialogStep.sameDayHours(from: from, to: to, start: start),
           let day = dateWords(.string(String(from.prefix(10)))) {
            return day + ", " + hours
        }
        let language = settings.languages.first ?? EnglishDateWords.language
        if language == EnglishDateWords.language, let words = englishDateWords(from: from, start: start, to: to) {
            return words
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        guard let to, let end = DialogStep.day(to), end > start else {
            // "2026-12-08T15:00" keeps its time: "8 December, 15:00", not the day alone.
            if let time = DialogStep.time(from) {
                formatter.setLocalizedDateFormatFromTemplate("d MMMM HH:mm")
                return formatter.string(from: start.addingTimeInterval(Double(time.hour * 3600 + time.minute * 60)))
            }
            formatter.setLocalizedDateFormatFromTemplate("d MMMM")
            return formatter.string(from: start)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = formatter.timeZone
        let first = calendar.dateComponents([.year, .month, .day], from: start)
        let last = calendar.dateComponents([.year, .month, .day], from: end)
        let nextDay = calendar.date(byAdding: .day, value: 1, to: end).map { calendar.component(.day, from: $0) }
        if first.day == 1, nextDay == 1, first.month == last.month, first.year == last.year {
            formatter.setLocalizedDateFormatFromTemplate("MMMM yyyy")
            return formatter.string(from: start)
        }
        let interval = DateIntervalFormatter()
        interval.locale = formatter.locale
        interval.timeZone = formatter.timeZone
        interval.dateTemplate = "d MMMM"
        return interval.string(from: start, to: end)
    }

    /// `dateWords` in English without ICU (`EnglishDateWords`): a day, a day with its time, a
    /// whole month; nil for another range (ICU's interval formatter writes those).
    private func englishDateWords(from: String, start: Date, to: String?) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        guard let to, let end = DialogStep.day(to), end > start else {
            if let time = DialogStep.time(from) {
                let at = start.addingTimeInterval(Double(time.hour * 3600 + time.minute * 60))
                return EnglishDateWords.dayMonthAndTime(at, calendar: calendar)
            }
            return EnglishDateWords.dayAndMonth(start, calendar: calendar)
        }
        let first = calendar.dateComponents([.year, .month, .day], from: start)
        let last = calendar.dateComponents([.year, .month, .day], from: end)
        let nextDay = calendar.date(byAdding: .day, value: 1, to: end).map { calendar.component(.day, from: $0) }
        if first.day == 1, nextDay == 1, first.month == last.month, first.year == last.year {
            return EnglishDateWords.monthAndYear(start, calendar: calendar)
        }
        return nil
    }

    /// The hour and minute of a date-time value (`"2026-12-08T15:00"`), nil for a day alone.
    static func time(_ text: String) -> (hour: Int, minute: Int)? {
        guard let mark = text.firstIndex(of: "T") else { return nil }
        let parts = text[text.index(after: mark)...].split(separator: ":").prefix(2).compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    /// "12:00–19:00" for a date-time range within one day (one that ends at the next midnight,
    /// like an evening, counts); nil otherwise.
    static func sameDayHours(from: String, to: String, start: Date) -> String? {
        guard let first = time(from), let last = time(to), let end = day(to) else { return nil }
        let untilMidnight = last == (0, 0) && end.timeIntervalSince(start) == 86_400
        guard end == start || untilMidnight else { return nil }
        return EnglishDateWords.clock(hour: first.hour, minute: first.minute) + "–"
            + EnglishDateWords.clock(hour: untilMidnight ? 24 : last.hour, minute: untilMidnight ? 0 : last.minute)
    }

    /// The day of `"2026-12-05"` (or a date-time starting so), at midnight UTC.
    static func day(_ text: String) -> Date? {
        firstDay(of: .string(text))
    }
}
