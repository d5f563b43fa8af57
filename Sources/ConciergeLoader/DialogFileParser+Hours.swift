import ConciergeBot
import ConciergeText
import Foundation
import Yams

/// The dialog settings about people and places: the languages the bot speaks and the
/// business hours of the people who take handoffs.
///
///     languages: [en, de]
///     business_hours: {time_zone: Europe/Berlin, days: [mon, tue, wed, thu, fri], open: "09:00", close: "18:00",
///                      reply_within_minutes: 120}
extension DialogFileParser {
    static let businessHoursKeys = ["time_zone", "days", "open", "close"]
    /// Optional: how long, in minutes of business hours, a person takes to reply to a handoff.
    static let replyWithinKey = "reply_within_minutes"
    /// Day names in Gregorian weekday order (1 = Sunday).
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// ISO 639-1 codes: two lowercase ASCII letters each; nil after a diagnostic.
    mutating func parseLanguages(_ node: Node) -> [String]? {
        guard let items = reader.sequence(node, expected: "a list of language codes like [en, de]") else { return nil }
        var codes: [String] = []
        var valid = true
        for item in items {
            guard let text = reader.string(item, expected: "a language code like 'en'") else {
                valid = false
                continue
            }
            let code = text.trimmingSpaces
            guard code.unicodeScalars.count == 2, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                reader.diagnostics.emit(.invalidLanguage(text), at: reader.source.location(of: item))
                valid = false
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        if valid, codes.isEmpty {
            reader.diagnostics.emit(.noLanguages, at: reader.source.location(of: node))
            return nil
        }
        return valid ? codes : nil
    }

    /// All four keys, each checked; nil after any diagnostic.
    mutating func parseBusinessHours(_ entry: MappingEntry) -> BusinessHours? {
        guard let fields = reader.mapping(entry.value, expected: "a mapping with 'time_zone', 'days', 'open' and 'close'")
        else { return nil }
        var timeZone: String?
        var weekdays: Set<Int>?
        var opens: (minutes: Int, location: SourceLocation)?
        var closes: (minutes: Int, location: SourceLocation)?
        var replyWithin: Double?
        var complete = true
        let allowed = DialogFileParser.businessHoursKeys + [DialogFileParser.replyWithinKey]
        for field in reader.known(fields, allowed: allowed, in: "business_hours") {
            let location = reader.source.location(of: field.value)
            switch field.key {
            case DialogFileParser.replyWithinKey:
                if let minutes = number(field.value, in: 1...525_600, at: location) { replyWithin = minutes * 60 }
            case "time_zone":
                guard let text = reader.string(field.value, expected: "a time zone like 'Europe/Berlin'")?.trimmingSpaces
                else { continue }
                if TimeZone(identifier: text) != nil {
                    timeZone = text
                } else {
                    reader.diagnostics.emit(.unknownTimeZone(text), at: location)
                }
            case "days": weekdays = parseDays(field.value)
            default:
                guard let text = reader.string(field.value, expected: "a time like \"09:00\"") else { continue }
                guard let minutes = DialogFileParser.clockMinutes(text.trimmingSpaces) else {
                    reader.diagnostics.emit(.invalidClockTime(text, key: field.key), at: location)
                    continue
                }
                if field.key == "open" { opens = (minutes, location) } else { closes = (minutes, location) }
            }
        }
        for key in DialogFileParser.businessHoursKeys where !fields.contains(where: { $0.key == key }) {
            reader.diagnostics.emit(.missingKey(key, in: "business_hours"), at: entry.location)
            complete = false
        }
        guard complete, let timeZone, let weekdays, let opens, let closes else { return nil }
        guard opens.minutes < closes.minutes else {
            reader.diagnostics.emit(.closeNotAfterOpen, at: closes.location)
            return nil
        }
        var hours = BusinessHours(timeZone: timeZone, weekdays: weekdays, opens: opens.minutes, closes: closes.minutes)
        hours.replyWithin = replyWithin
        return hours
    }

    /// `[mon, tue, …]` as Gregorian weekdays; nil after a diagnostic or for an empty list.
    private mutating func parseDays(_ node: Node) -> Set<Int>? {
        guard let items = reader.sequence(node, expected: "a list of days like [mon, tue, wed, thu, fri]") else { return nil }
        var weekdays = Set<Int>()
        var valid = true
        for item in items {
            guard let text = reader.string(item, expected: "a day: mon, tue, wed, thu, fri, sat or sun")?.trimmingSpaces else {
                valid = false
                continue
            }
            if let index = DialogFileParser.dayNames.firstIndex(of: text) {
                weekdays.insert(index + 1)
            } else {
                reader.diagnostics.emit(.unknownDay(text), at: reader.source.location(of: item))
                valid = false
            }
        }
        if valid, weekdays.isEmpty {
            reader.diagnostics.emit(.noOpenDays, at: reader.source.location(of: node))
            return nil
        }
        return valid ? weekdays : nil
    }

    /// Minutes after midnight of `HH:MM`, 00:00 to 24:00.
    ///
    ///     DialogFileParser.clockMinutes("09:30")   // 570
    ///     DialogFileParser.clockMinutes("9:30")    // nil: two digits each
    static func clockMinutes(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 5, scalars[2] == ":" else { return nil }
        var digits: [Int] = []
        for index in [0, 1, 3, 4] {
            guard ("0"..."9").contains(scalars[index]) else { return nil }
            digits.append(Int(scalars[index].value) - 48)
        }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits[2] * 10 + digits[3]
        guard minutes < 60, hours < 24 || (hours == 24 && minutes == 0) else { return nil }
        return hours * 60 + minutes
    }
}

/// Diagnostics of the languages and business hours settings.
extension LoaderMessage {
    static func invalidLanguage(_ found: String) -> LoaderMessage {
        .error("expected an ISO 639-1 language code of two lowercase letters (like 'en' or 'de'), found '\(found)'")
    }
    static let noLanguages = LoaderMessage.error("'languages' must list at least one language, like [en]")
    static func unknownTimeZone(_ name: String) -> LoaderMessage {
        let suggestion = Suggestions.didYouMean(name, among: TimeZone.knownTimeZoneIdentifiers)
        let hint = suggestion.isEmpty ? "; use an IANA time zone like 'Europe/Berlin' or 'America/New_York'" : suggestion
        return .error("unknown time zone '\(name)'\(hint)")
    }
    static func unknownDay(_ day: String) -> LoaderMessage {
        let days = DialogFileParser.dayNames
        let suggestion = Suggestions.didYouMean(day, among: days)
        let hint = suggestion.isEmpty ? "; expected one of: \(days.joined(separator: ", "))" : suggestion
        return .error("unknown day '\(day)'\(hint)")
    }
    static let noOpenDays = LoaderMessage.error("'days' must list at least one day, like [mon, tue, wed, thu, fri]")
    static func invalidClockTime(_ found: String, key: String) -> LoaderMessage {
        .error("'\(key)' must be a time HH:MM between 00:00 and 24:00 (like \"09:00\"), found '\(found)'")
    }
    static let closeNotAfterOpen = LoaderMessage.error("'close' must be later than 'open' on the same day")
}
