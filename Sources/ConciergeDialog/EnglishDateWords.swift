import Foundation

/// Dates in English words as ICU's `DateFormatter` writes them for the language "en" (the
/// templates the dialog uses), without ICU: a formatter opens ICU's locale data and its
/// caches, about 6 MB of a `serve` process whose bot speaks English (BENCHMARKS.md, issue
/// #18). Other languages still go through `DateFormatter`; `EnglishDateWordsTests` holds
/// these to its output.
///
///     EnglishDateWords.weekdayAndTime(opening, calendar: hours.calendar)   // "Monday 09:00"  (template "EEEE HH:mm")
///     EnglishDateWords.dayAndMonth(day, calendar: utc)                     // "December 5"    (template "d MMMM")
enum EnglishDateWords {
    /// The language whose words these are: a bot's `languages.first`.
    static let language = "en"

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    /// The Gregorian calendar in UTC (a fixed offset: Foundation's own code, no ICU), for
    /// local times given as their wall-clock reading (`BusinessHours.wallClock`).
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Template "EEEE HH:mm": "Monday 09:00".
    static func weekdayAndTime(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        return name(weekdays, (parts.weekday ?? 1) - 1) + " " + time(parts)
    }

    /// Template "d MMMM": "December 5".
    static func dayAndMonth(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.month, .day], from: date)
        return name(months, (parts.month ?? 1) - 1) + " " + String(parts.day ?? 1)
    }

    /// Template "d MMMM HH:mm": "December 5 at 15:00".
    static func dayMonthAndTime(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return dayAndMonth(date, calendar: calendar) + " at " + time(parts)
    }

    /// Template "MMMM yyyy": "December 2026".
    static func monthAndYear(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return name(months, (parts.month ?? 1) - 1) + " " + padded(parts.year ?? 0, to: 4)
    }

    private static func time(_ parts: DateComponents) -> String {
        clock(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }

    /// "09:05": the 24-hour time replies use whatever the language (same-day hours too).
    static func clock(hour: Int, minute: Int) -> String {
        padded(hour, to: 2) + ":" + padded(minute, to: 2)
    }

    private static func name(_ names: [String], _ index: Int) -> String {
        names.indices.contains(index) ? names[index] : ""
    }

    private static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
