import Foundation

/// One time zone's UTC offsets as a table of transitions, read from the zone once, and the
/// wall-clock arithmetic business hours need on it.
///
/// On Linux every offset of a named zone (`Calendar` in "Europe/Berlin") is ICU's time zone
/// code and data: the first handoff of a `serve` process brought about 2 MB of them into its
/// resident memory (BENCHMARKS.md, issue #18). The table is filled when the hours are loaded,
/// before the first request; a turn then reads offsets by binary search and does the calendar
/// arithmetic itself. Instants outside the table (before 1970, after 2200) answer nil, and
/// `BusinessHours` asks Foundation for those as before.
///
///     let berlin = ZoneOffsets(identifier: "Europe/Berlin")
///     berlin.offset(at: julyNoonUTC)                            // 7200
///     berlin.instant(wallClock: mondayNineLocal)                // Monday 09:00 in Berlin, as an instant
struct ZoneOffsets: Sendable {
    /// Instants at which the offset changes, ascending (seconds since 1970).
    private let transitions: [Int]
    /// `offsets[0]` from `start` to the first transition, `offsets[i + 1]` from `transitions[i]`.
    private let offsets: [Int]
    private let start: Int
    private let end: Int

    static let secondsPerDay = 86_400
    private static let covered = (start: 0, end: 7_258_118_400)   // 1970-01-01 … 2200-01-01 UTC

    /// The zone's table; an unknown identifier is UTC (as `BusinessHours.calendar` has it).
    init(identifier: String) {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)
        var transitions: [Int] = []
        var offsets: [Int] = []
        if let zone {
            var moment = Date(timeIntervalSince1970: TimeInterval(Self.covered.start))
            offsets.append(zone.secondsFromGMT(for: moment))
            // ICU lists every change of the zone's offset; a zone without them has none.
            while let next = zone.nextDaylightSavingTimeTransition(after: moment), next > moment,
                  next.timeIntervalSince1970 < TimeInterval(Self.covered.end) {
                transitions.append(Int(next.timeIntervalSince1970))
                offsets.append(zone.secondsFromGMT(for: next))
                moment = next
            }
        }
        self.transitions = transitions
        self.offsets = offsets
        (start, end) = offsets.isEmpty ? (0, 0) : Self.covered
    }

    /// The UTC offset in seconds at `instant`; nil outside the table.
    func offset(at instant: Int) -> Int? {
        guard start <= instant, instant < end else { return nil }
        // The number of transitions at or before `instant` is the index of its offset.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return offsets[low]
    }

    /// The local wall-clock time of `date` in seconds since 1970 as if it were UTC; nil
    /// outside the table.
    func wallClock(_ date: Date) -> Int? {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        return offset(at: instant).map { instant + $0 }
    }

    /// The instant a wall-clock time names, as Foundation's `.nextTime` and `.first` policies
    /// have it: of a time that occurs twice (clocks set back) the first; a time that a change
    /// skips (clocks set forward) is the first moment after the gap. Nil outside the table.
    func instant(wallClock wall: Int) -> Int? {
        // Offsets change at most once within a day in every zone, so the offsets a day before
        // and after are the only ones a wall-clock time can have.
        guard let before = offset(at: wall - Self.secondsPerDay), let after = offset(at: wall + Self.secondsPerDay)
        else { return nil }
        let candidates = [wall - before, wall - after].filter { offset(at: $0) == wall - $0 }
        if let first = candidates.min() { return first }
        // In the gap: the change itself, the first transition after the earlier reading.
        let earliest = wall - max(before, after)
        return transitions.first { $0 > earliest }
    }

    /// The wall-clock day of a wall-clock time: days since 1970-01-01.
    static func day(_ wall: Int) -> Int {
        wall >= 0 ? wall / secondsPerDay : (wall - secondsPerDay + 1) / secondsPerDay
    }

    /// The Gregorian weekday of a wall-clock day, 1 = Sunday … 7 = Saturday (1970-01-01 was a
    /// Thursday).
    static func weekday(ofDay day: Int) -> Int {
        ((day + 4) % 7 + 7) % 7 + 1
    }
}
