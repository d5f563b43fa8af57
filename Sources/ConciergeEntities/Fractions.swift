/// Fractions: "1/2" and "3/4" (proper fractions only, so "24/7" and "50/50" stay out), "a half",
/// "one third", "two thirds", "three quarters of", and a fraction after a whole number
/// ("two and a half", "1 and 1/2", "1 1/2").
///
/// A slashed pair that is also a date ("3/4") is offered as both; the date wins on equal spans.
///
///     NumberGrammar(tokens).parse(at: 0)   // "three quarters of it" → 0.75, end 2
extension NumberGrammar {
    /// "1/2", "3/4", "20/100": numerator below the denominator, not inside a longer slashed chain.
    func digitFraction(at i: Int) -> NumberParse? {
        guard let a = ts[i], a.isDigits, ts.isSymbol(i + 1, "/", glued: true), let b = ts[i + 2], b.isDigits,
            !b.spaced, a.text.utf8.count <= 4, b.text.utf8.count <= 4, let av = a.intValue, let bv = b.intValue,
            av >= 1, av < bv
        else { return nil }
        if !a.spaced, let prev = ts[i - 1], prev.kind != .symbol || prev.isSymbol("/") || prev.isSymbol(".")
            || prev.isSymbol("-")
        {
            return nil
        }
        // "1/2h", "3/4h" keep their glued hour; any other glued word or digit makes it a code.
        if let next = ts[i + 3], !next.spaced, next.text != "h",
            next.kind != .symbol || next.isSymbol("/") || (next.isSymbol(".") && ts[i + 4]?.isDigits == true)
        {
            return nil
        }
        return NumberParse(value: Double(av) / Double(bv), end: i + 3, spelled: false, fractional: true)
    }

    /// "a half", "one third", "two-thirds", "three quarters of". After "a"/"an" (and for "quarters")
    /// the fraction must end the clause or go on with "of", so "a third party" and "once a
    /// quarter" are not fractions; `trailing` lifts that rule after "and" ("two and a half days").
    func wordFraction(at i: Int, trailing: Bool = false) -> NumberParse? {
        guard let w = ts.word(i) else { return nil }
        let numerator: Double
        if w == "a" || w == "an" || w == "one" {
            numerator = 1
        } else if let u = NumberWords.units[w], u >= 2 {
            numerator = Double(u)
        } else {
            return nil
        }
        var k = i + 1
        if ts.isSymbol(k, "-", glued: true), ts.gluedWord(k + 1) != nil { k += 1 }
        guard let d = ts.word(k) else { return nil }
        let denominator: Double
        if numerator == 1, let v = NumberWords.denominators[d], v < 100 {
            guard w == "one" || trailing || closesFraction(at: k + 1) else { return nil }
            denominator = v
        } else if numerator > 1, let v = NumberWords.pluralDenominators[d] {
            guard d != "quarters" || trailing || closesFraction(at: k + 1) else { return nil }
            denominator = v
        } else {
            return nil
        }
        return NumberParse(value: numerator / denominator, end: k + 1, spelled: true, fractional: true)
    }

    /// True at the end of the text, before punctuation, or before "of".
    private func closesFraction(at k: Int) -> Bool {
        guard let t = ts[k] else { return true }
        if t.kind == .symbol { return !t.isSymbol("-") && !t.isSymbol("/") }
        return t.text == "of"
    }

    /// The fraction after a whole number: "and a half", "and three quarters", "and 1/2", or a
    /// spaced "1/2" after digits ("1 1/2").
    func trailingFraction(at k: Int) -> (value: Double, end: Int)? {
        if ts.word(k) == "and" {
            if let f = wordFraction(at: k + 1, trailing: true) { return (f.value, f.end) }
            // "one and half hours", "one and quarter hour".
            if let w = ts.word(k + 1), w == "half" || w == "quarter" { return (w == "half" ? 0.5 : 0.25, k + 2) }
            if let t = ts[k + 1], t.spaced, let f = digitFraction(at: k + 1) { return (f.value, f.end) }
            return nil
        }
        if let t = ts[k], t.isDigits, t.spaced, ts[k - 1]?.isDigits == true, let f = digitFraction(at: k) {
            return (f.value, f.end)
        }
        return nil
    }
}
