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

    /// `weekdayAndTime(date, calendar: utc)` by arithmetic: in UTC the weekday, hour and minute
    /// follow from the seconds since 1970 (a Thursday), and a Calendar's date components were
    /// most of a reply while the team is closed. Dates far from now go through the calendar.
    static func weekdayAndTimeInUTC(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard seconds > -1e10, seconds < 1e11 else { return weekdayAndTime(date, calendar: utc) }
        let whole = Int(seconds.rounded(.down))
        let day = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let second = whole - day * 86_400
        // 0 is Sunday, as `weekdays`; day 0 was a Thursday.
        let weekday = ((day % 7) + 11) % 7
        return name(weekdays, weekday) + " " + clock(hour: second / 3600, minute: second % 3600 / 60)
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
