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
    static func spans(_ entities: [EntityMatch], today: String, text: String = "") -> [Range<Int>] {
        entities.compactMap { entity in
            guard entity.entity == "date", let last = lastDay(of: entity) else { return nil }
            guard last < today || saysNow(text, before: entity.start) else { return nil }
            return entity.start..<entity.end
        }
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

    /// The day `now` falls on in `timeZone`, as `yyyy-MM-dd` (compares like the entities' values).
    static func day(of now: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2))"
    }

    /// The last day a date value covers: the day of "2026-12-06" or "2026-12-18T15:00", the
    /// `to` of a range.
    private static func lastDay(of entity: EntityMatch) -> String? {
        let value = entity.value["to"]?.stringValue ?? entity.value.stringValue
        return value.map { String($0.prefix(10)) }
    }
}
