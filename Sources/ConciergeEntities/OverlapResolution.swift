import ConciergeJSON
/// A possible entity before overlaps are resolved; offsets are Unicode scalar offsets.
///
///     Candidate(entity: .number, value: 40, start: 7, end: 12)
struct Candidate: Sendable, Equatable {
    var entity: BuiltinEntity
    var value: JSONValue
    var start: Int
    var end: Int

    var length: Int { end - start }
}

/// The single overlap policy of the extractor.
///
/// 1. The longest span wins ("$20k a year" beats "20k" and "a year").
/// 2. On equal length, a fixed priority: email, url, phone, money, percentage, date, time,
///    duration, ordinal, number ("at 9" is a time, not a number).
/// 3. Then the earlier start wins.
///
/// Chosen spans never overlap; the result is sorted by start.
///
///     OverlapResolution.resolve([number 1..<3, money 0..<4])   // [money 0..<4]
enum OverlapResolution {
    static func priority(_ entity: BuiltinEntity) -> Int {
        switch entity {
        case .email: 0
        case .url: 1
        case .phone: 2
        case .money: 3
        case .percentage: 4
        case .date: 5
        case .time: 6
        case .duration: 7
        case .ordinal: 8
        case .number: 9
        }
    }

    static func resolve(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        let ordered = candidates.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            let pa = priority(a.entity), pb = priority(b.entity)
            if pa != pb { return pa < pb }
            return a.start < b.start
        }
        // A scalar occupancy map keeps this O(total candidate length), not O(n²) pairwise checks.
        var taken = [Bool](repeating: false, count: textLength)
        var chosen: [Candidate] = []
        for c in ordered where c.start >= 0 && c.end <= textLength && c.start < c.end {
            var free = true
            for k in c.start..<c.end where taken[k] {
                free = false
                break
            }
            guard free else { continue }
            for k in c.start..<c.end { taken[k] = true }
            chosen.append(c)
        }
        return chosen.sorted { $0.start < $1.start }
    }
}
