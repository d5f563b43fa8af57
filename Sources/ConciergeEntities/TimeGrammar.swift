/// Reads clock times: "3pm", "3:30 pm", "15:00", "15h00", "3.30pm", "noon", "midnight", "9 a.m.",
/// "a quarter past 3pm", "half past four", "ten to five", "three pm", "3 in the afternoon", and a
/// bare hour right after "at" ("at 9", "at nine"). Values are minutes since midnight, rendered "HH:mm".
///
/// A bare hour without "at", a colon, am/pm or a part of the day is not a time ("3 people").
/// Without am/pm or a part of the day, an hour from 1 to 6 is in the afternoon: "at 3" and
/// "half past four" are 15:00 and 16:30 (`Clock.resolved(in:)`); "at 9" stays 09:00, "03:30" 03:30.
///
///     TimeGrammar(ts).parse(at: 0)   // "3:30 pm" → (minutes: 930, end: 5)
struct TimeGrammar: Sendable {
    let ts: TokenStream

    static let named: [String: Int] = ["noon": 720, "midday": 720, "midnight": 0]
    /// Spelled hours of a clock face.
    static let hourWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12,
    ]
    /// Words that can start a time besides digits: spelled hours, "quarter", "half", "a quarter".
    static let startWords: Set<String> = Set(hourWords.keys).union(NumberWords.tens.keys).union(NumberWords.units.keys)
        .union(["quarter", "half", "a"]).union(named.keys)

    /// A clock reading: minutes since midnight, the token after it, and whether the reading fixes
    /// the half of the day (am/pm, a 24-hour value, noon) so a part of the day must not shift it.
    struct Clock: Sendable, Equatable {
        var minutes: Int
        var end: Int
        var definite: Bool
        /// Written with a leading zero ("03:30"): a 24-hour clock, so its half of the day is fixed.
        var zeroPadded = false

        /// The minutes with the half of the day settled: as written when the reading fixes it; by
        /// the part of the day when one was named ("friday afternoon at 3"); otherwise an hour
        /// from 1 to 6 is in the afternoon, because people propose calls and demos in working
        /// hours ("friday at 3" is 15:00, not three in the night).
        ///
        ///     Clock(minutes: 180, end: 2, definite: false).resolved(in: nil)   // 900 (15:00)
        func resolved(in part: PartOfDay?) -> Int {
            if definite || zeroPadded { return minutes }
            if let part { return part.bias(minutes) }
            let hour = minutes / 60
            return hour >= 1 && hour <= 6 ? minutes + 720 : minutes
        }
    }

    func parse(at i: Int) -> (minutes: Int, end: Int)? {
        guard let c = clock(at: i) else { return nil }
        return (c.resolved(in: nil), c.end)
    }

    /// A clock reading with an optional "in the afternoon" / "at night" suffix applied.
    func clock(at i: Int) -> Clock? {
        guard let t = ts[i], t.isDigits || TimeGrammar.startWords.contains(t.text) else { return nil }
        if t.text == "a", ts.word(i + 1) != "quarter" { return nil }
        // "four stars": a spelled number before an unrelated word is no clock reading.
        if t.isWord, let n = ts[i + 1], n.isWord, n.spaced, DateWords.quantityStarts.contains(t.text),
            !DateWords.afterNumber.contains(n.text), ts.word(i - 1) != "at"
        {
            return nil
        }
        guard var c = relativeClock(at: i) ?? spelledClock(at: i) ?? digitClock(at: i) else { return nil }
        if let (part, end) = partSuffix(at: c.end) {
            if !c.definite { c.minutes = part.bias(c.minutes) }
            c.end = end
            c.definite = true
        }
        return c
    }

    /// "in the morning|afternoon|evening", "at night", "at noon" is not a suffix.
    func partSuffix(at k: Int) -> (PartOfDay, Int)? {
        if ts.word(k) == "in", ts.word(k + 1) == "the", let w = ts.word(k + 2), let p = PartOfDay.words[w], p != .night {
            return (p, k + 3)
        }
        if ts.word(k) == "at", ts.word(k + 1) == "night" { return (.night, k + 2) }
        return nil
    }

    /// Digit forms: "3pm", "3:30", "15h00", "3.30 pm", "5 o'clock", "12 noon", "at 9".
    func digitClock(at i: Int) -> Clock? {
        guard let t = ts[i] else { return nil }
        if t.isWord {
            if let m = TimeGrammar.named[t.text] { return Clock(minutes: m, end: i + 1, definite: true) }
            return nil
        }
        guard t.isDigits, t.text.utf8.count <= 2, let hour = t.intValue else { return nil }
        // Not the tail of "1.5", "$3" or "v3".
        if !t.spaced, let prev = ts[i - 1], prev.isWord || prev.isSymbol(".") || prev.isSymbol("$") || prev.isSymbol(":") {
            return nil
        }
        var k = i + 1
        var minute = 0
        var hasColon = false
        if let (m, end) = minutes(after: k) {
            minute = m
            hasColon = true
            k = end
        } else if ts.isSymbol(k, ".", glued: true), let m = ts[k + 1], m.isDigits, !m.spaced, m.text.utf8.count == 2,
            let mv = m.intValue, mv < 60, meridiem(at: k + 2) != nil
        {
            minute = mv  // "3.30pm" only with am/pm: "3.30" alone is a number
            k += 2
        }
        if let (pm, end) = meridiem(at: k) {
            guard hour >= 1, hour <= 12 else { return nil }
            return Clock(minutes: ((hour % 12) + (pm ? 12 : 0)) * 60 + minute, end: end, definite: true)
        }
        if !hasColon, let c = hClock(hour: hour, at: k) { return c }
        if let end = oClock(at: k) {
            guard hour <= 12 else { return nil }
            return Clock(minutes: hour * 60 + minute, end: end, definite: false)
        }
        guard hour <= 23 else { return nil }
        if hour == 12, !hasColon, let w = ts.word(k), w == "noon" || w == "midnight" {
            return Clock(minutes: w == "noon" ? 720 : 0, end: k + 1, definite: true)
        }
        if hasColon {
            return Clock(minutes: hour * 60 + minute, end: k, definite: hour > 12 || hour == 0, zeroPadded: t.text.utf8.count == 2 && t.text.hasPrefix("0"))
        }
        // A bare hour counts only right after "at" / "@", or with a part of the day after it.
        let afterAt = ts.word(i - 1) == "at" || ts.isSymbol(i - 1, "@")
        if afterAt, t.spaced || ts.isSymbol(i - 1, "@"), !(ts[k]?.isSymbol("%") ?? false) {
            return Clock(minutes: hour * 60, end: k, definite: hour > 12 || hour == 0)
        }
        if hour >= 1, hour <= 12, t.spaced || ts.isSymbol(i - 1, "-"), partSuffix(at: k) != nil { return Clock(minutes: hour * 60, end: k, definite: false) }
        return nil
    }

    /// ":30" (and ":30:00", seconds dropped) glued after an hour.
    func minutes(after k: Int) -> (Int, Int)? {
        guard ts.isSymbol(k, ":", glued: true), let m = ts[k + 1], m.isDigits, !m.spaced, m.text.utf8.count == 2,
            let mv = m.intValue, mv < 60
        else { return nil }
        if ts.isSymbol(k + 2, ":", glued: true), let s = ts[k + 3], s.isDigits, !s.spaced, s.text.utf8.count == 2 {
            return (mv, k + 4)
        }
        return (mv, k + 2)
    }

    /// "15h00", "9h30", "15h": the hour glued to "h". "2h" and "2h30" stay durations: with minutes
    /// the hour must be 6–23 or follow "at"/"from"/"until"/…; without, 13–23 or after those words,
    /// and not before "of", "a", "per".
    func hClock(hour: Int, at k: Int) -> Clock? {
        guard ts.gluedWord(k) == "h", hour <= 23 else { return nil }
        // "wednesday 10h": after a day, an hour is a time of that day.
        let contextBefore = ts.word(k - 2).map {
            ["at", "from", "until", "till", "by", "before", "after", "around"].contains($0) || Self.dayWords.contains($0)
        } ?? false
        if let m = ts[k + 1], m.isDigits, !m.spaced, m.text.utf8.count == 2, let mv = m.intValue, mv < 60 {
            // "2h30" alone is two and a half hours (a duration), "9h30" and "at 2h30" clock times:
            // nobody meets at 2:30 in the night, and few things take nine and a half hours.
            guard !ts.isGlued(k + 2), contextBefore || hour >= 6 else { return nil }
            return Clock(minutes: hour * 60 + mv, end: k + 2, definite: true)
        }
        if ts.isGlued(k + 1) { return nil }
        let quantityAfter = ts.word(k + 1).map { ["of", "a", "per", "each", "every", "long", "ago"].contains($0) } ?? false
        guard contextBefore || (hour >= 13 && !quantityAfter) else { return nil }
        return Clock(minutes: hour * 60, end: k + 1, definite: true)
    }

    /// Days an "h" hour may follow: "wednesday 10h", "tomorrow 9h".
    static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow",
    ]

    /// "o'clock" / "o’clock" / "oclock" at `k`: its end.
    func oClock(at k: Int) -> Int? {
        if ts.word(k) == "oclock" { return k + 1 }
        if ts.word(k) == "o", ts.isSymbol(k + 1, "'") || ts.isSymbol(k + 1, "’"), ts.word(k + 2) == "clock" { return k + 3 }
        return nil
    }

    /// "am"/"pm" glued or spaced, or "a.m."/"p.m.": returns (isPM, end).
    func meridiem(at k: Int) -> (Bool, Int)? {
        guard let w = ts.word(k) else { return nil }
        if w == "am" || w == "pm" { return (w == "pm", k + 1) }
        if w == "a" || w == "p", ts.isSymbol(k + 1, ".", glued: true), ts.gluedWord(k + 2) == "m" {
            let end = ts.isSymbol(k + 3, ".", glued: true) ? k + 4 : k + 3
            return (w == "p", end)
        }
        return nil
    }
}
