/// The date grammar's words other readings need too, so they are spelled in one place.
///
///     CalendarWords.months.contains("sept")   // true
public enum CalendarWords {
    /// Month names, full and abbreviated ("march", "mar").
    public static let months: Set<String> = Set(DateWords.months.keys).union(DateWords.monthAbbreviations.keys)
    /// Weekday names, full and abbreviated ("friday", "fri").
    public static let weekdays: Set<String> = Set(DateWords.weekdays.keys).union(DateWords.weekdayAbbreviations.keys)
}
