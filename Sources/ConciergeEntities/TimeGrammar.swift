/// Reads clock times: "3pm", "3:30 pm", "15:00", "noon", "midnight", "9 a.m.", and a bare hour
/// right after "at" ("at 9"). Values are minutes since midnight, rendered "HH:mm".
///
/// A bare hour without "at", a colon or am/pm is not a time ("3 people").
///
///     TimeGrammar(ts).parse(at: 0)   // "3:30 pm" → (minutes: 930, end: 5)
struct TimeGrammar: Sendable {
    let ts: TokenStream

    static let named: [String: Int] = ["noon": 720, "midday": 720, "midnight": 0]

    func parse(at i: Int) -> (minutes: Int, end: Int)? {
        guard let t = ts[i] else { return nil }
        if t.isWord {
            if let m = TimeGrammar.named[t.text] { return (m, i + 1) }
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
        if ts.isSymbol(k, ":", glued: true), let m = ts[k + 1], m.isDigits, !m.spaced, m.text.utf8.count == 2,
            let mv = m.intValue
        {
            guard mv < 60 else { return nil }
            minute = mv
            hasColon = true
            k += 2
            // Seconds are accepted and dropped: "10:00:00".
            if ts.isSymbol(k, ":", glued: true), let s = ts[k + 1], s.isDigits, !s.spaced, s.text.utf8.count == 2 {
                k += 2
            }
        }
        if let (pm, end) = meridiem(at: k) {
            guard hour >= 1, hour <= 12 else { return nil }
            let h = (hour % 12) + (pm ? 12 : 0)
            return (h * 60 + minute, end)
        }
        if ts.word(k) == "o", ts.isSymbol(k + 1, "'") || ts.isSymbol(k + 1, "’"), ts.word(k + 2) == "clock" {
            guard hour <= 12 else { return nil }
            return (hour * 60, k + 3)
        }
        guard hour <= 23 else { return nil }
        if hasColon { return (hour * 60 + minute, k) }
        // A bare hour counts only right after "at" / "@", and not before a word that makes it a quantity.
        let afterAt = ts.word(i - 1) == "at" || ts.isSymbol(i - 1, "@")
        if afterAt, t.spaced || ts.isSymbol(i - 1, "@"), !(ts[k]?.isSymbol("%") ?? false) {
            return (hour * 60, k)
        }
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
