/// A number read at a token position: its value and the token index just after it.
///
///     "1,200.50" → NumberParse(value: 1200.5, end: 4, spelled: false)
struct NumberParse: Sendable {
    var value: Double
    var end: Int
    /// Spelled out in words ("forty") rather than digits.
    var spelled: Bool
    /// Digits followed by a glued word that is not a multiplier ("3rd", "3pm", "5yrs").
    var gluedWord: String?
    /// The multiplier written with the number ("k" in "10k", "million" in "1.5 million"), else 1.
    var multiplier: Double = 1
    /// Written with a fractional part ("1.5", "one point five", "a half").
    var fractional: Bool = false
}

/// Reads numbers written with digits, separators, decimals, signs, multipliers or English words.
///
/// The largest value is 10¹⁵ and a digit run longer than 15 digits is not a number, so hostile
/// input never yields a giant value.
///
///     NumberGrammar(tokens).parse(at: 0)   // "twenty-five people" → 25, end 3
///     NumberGrammar(tokens).parse(at: 0)   // "-504" → -504, end 2
struct NumberGrammar: Sendable {
    let ts: TokenStream
    /// Tokens that must not start a number: parts of versions ("1.2.3"), "1-on-1", "24/7".
    let blocked: [Bool]

    static let maxValue = 1e15

    init(_ ts: TokenStream) {
        self.ts = ts
        self.blocked = NumberGrammar.blockedTokens(ts)
    }

    /// Marks digit runs that only look like numbers: dotted versions and IPs, "v2", "1-on-1", "24/7".
    static func blockedTokens(_ ts: TokenStream) -> [Bool] {
        var blocked = [Bool](repeating: false, count: ts.count)
        var i = 0
        while i < ts.count {
            guard let t = ts[i], t.isDigits else { i += 1; continue }
            // A chain of glued digit groups joined by "." with 3+ groups is a version or an address.
            var j = i
            var groups = 1
            while ts.isSymbol(j + 1, ".", glued: true), let d = ts[j + 2], d.isDigits, !d.spaced {
                j += 2
                groups += 1
            }
            let afterWord = !t.spaced && ts[i - 1]?.isWord == true
            let versionLike = groups >= 3 || (afterWord && groups >= 1)
            if versionLike {
                for k in i...j { blocked[k] = true }
                i = j + 1
                continue
            }
            // "1-on-1": digits, hyphen, word, hyphen, digits, all glued.
            if ts.isSymbol(i + 1, "-", glued: true), ts.gluedWord(i + 2) != nil, ts.isSymbol(i + 3, "-", glued: true),
                let d = ts[i + 4], d.isDigits, !d.spaced
            {
                blocked[i] = true
                blocked[i + 4] = true
                i += 5
                continue
            }
            // "24/7", "3/15": slashed digit pairs are dates, fractions (see `digitFraction`) or nothing.
            if ts.isSymbol(i + 1, "/", glued: true), let d = ts[i + 2], d.isDigits, !d.spaced {
                blocked[i] = true
                blocked[i + 2] = true
                i += 3
                continue
            }
            i += 1
        }
        return blocked
    }

    /// A number starting at token `i`: digits, words, a sign or a leading dot, with multipliers,
    /// "point" decimals and a trailing fraction ("two and a half", "1 1/2") applied.
    func parse(at i: Int) -> NumberParse? {
        guard let t = ts[i] else { return nil }
        let base: NumberParse?
        switch t.kind {
        case .digits: base = digitFraction(at: i) ?? parseDigits(at: i)
        case .word: base = NumberWords.mayStart.contains(t.text) ? parseWords(at: i) : nil
        case .symbol: base = parseSigned(at: i)
        }
        guard var n = base else { return nil }
        if n.gluedWord == nil, !n.fractional, n.multiplier == 1 {
            if let p = pointDecimal(n, at: n.end) {
                n = p
            } else if let f = trailingFraction(at: n.end), n.value >= 0 {
                n.value += f.value
                n.end = f.end
                n.fractional = true
            }
        }
        guard n.value.isFinite, abs(n.value) <= NumberGrammar.maxValue else { return nil }
        return n
    }

    /// "-504", "−3", "-1.2M", "-.5", ".77": a sign or a dot glued to the digits after it, standing
    /// apart from the token before ("3-1", "covid-19" and "acme.com" are not signs or decimals).
    func parseSigned(at i: Int) -> NumberParse? {
        guard let t = ts[i], t.kind == .symbol, signStandsAlone(at: i) else { return nil }
        if t.text == "." { return leadingDot(at: i) }
        guard t.text == "-" || t.text == "−", let next = ts[i + 1], !next.spaced else { return nil }
        let n = next.isDigits ? parseDigits(at: i + 1) : next.isSymbol(".") ? leadingDot(at: i + 1) : nil
        guard var v = n, v.gluedWord == nil else { return nil }
        v.value = v.value == 0 ? 0 : -v.value
        return v
    }

    private func signStandsAlone(at i: Int) -> Bool {
        guard let t = ts[i] else { return false }
        if t.spaced { return true }
        guard let prev = ts[i - 1], prev.kind == .symbol else { return false }
        return prev.text == "(" || prev.text == "[" || prev.text == "=" || prev.text == ":"
    }

    /// ".77", ".5k": a dot glued to a digit run that is not itself followed by ".digits".
    private func leadingDot(at i: Int) -> NumberParse? {
        guard ts.isSymbol(i, "."), let d = ts[i + 1], d.isDigits, !d.spaced, d.text.utf8.count <= 15,
            !(ts.isSymbol(i + 2, ".", glued: true) && ts[i + 3]?.isDigits == true), let v = Double("0." + d.text)
        else { return nil }
        return scaled(NumberParse(value: v, end: i + 2, spelled: false, fractional: true))
    }

    /// Digits with thousands separators (Western "1,000,000" or Indian "10,00,000"), decimals and
    /// multipliers. `afterWord` allows digits glued to a word before them ("USD3.14"), which
    /// `blockedTokens` marks as a code; a dotted version ("USD1.2.3") stays out.
    func parseDigits(at i: Int, afterWord: Bool = false) -> NumberParse? {
        guard let t = ts[i], t.isDigits else { return nil }
        if afterWord {
            if ts.isSymbol(i + 3, ".", glued: true), ts[i + 2]?.isDigits == true { return nil }
        } else if blocked[i] {
            return nil
        }
        // A number glued to a word before it is a code ("mp3", "v2", "q3").
        if !afterWord, !t.spaced, ts[i - 1]?.isWord == true { return nil }
        var (text, k) = groupedDigits(at: i)
        guard text.utf8.count <= 15 else { return nil }
        var fractional = false
        if ts.isSymbol(k, ".", glued: true), let f = ts[k + 1], f.isDigits, !f.spaced, f.text.utf8.count <= 15 {
            text += "." + f.text
            k += 2
            fractional = true
        }
        guard let value = Double(text) else { return nil }
        let n = scaled(NumberParse(value: value, end: k, spelled: false, fractional: fractional))
        return abs(n.value) <= NumberGrammar.maxValue ? n : nil
    }

    /// The integer digits of a grouped number and the index after them.
    func groupedDigits(at i: Int) -> (String, Int) {
        guard let t = ts[i] else { return ("", i) }
        var text = t.text
        var k = i + 1
        let lead = t.text.utf8.count
        // Indian grouping: "20,00,000", "1,50,000", "12,34,56,789" (pairs, then a final triple).
        if lead <= 2, ts.isSymbol(k, ",", glued: true), ts[k + 1]?.text.utf8.count == 2 {
            var j = k
            var indian = text
            // At most 15 digits are kept, so a hostile chain is read in bounded steps from each start.
            while indian.utf8.count <= 15, ts.isSymbol(j, ",", glued: true), let g = ts[j + 1], g.isDigits, !g.spaced,
                g.text.utf8.count == 2
            {
                indian += g.text
                j += 2
            }
            if ts.isSymbol(j, ",", glued: true), let g = ts[j + 1], g.isDigits, !g.spaced, g.text.utf8.count == 3,
                !(ts.isSymbol(j + 2, ",", glued: true) && ts[j + 3]?.isDigits == true)
            {
                return (indian + g.text, j + 2)
            }
        }
        if lead <= 3 {
            while text.utf8.count <= 15, ts.isSymbol(k, ",", glued: true), let g = ts[k + 1], g.isDigits, !g.spaced,
                g.text.utf8.count == 3
            {
                text += g.text
                k += 2
            }
        }
        return (text, k)
    }

    /// Applies a glued suffix ("10k") or spaced scale words ("1.5 million", "5 hundred thousand",
    /// "2 dozen", "30 lakh") after digits, and records a glued non-multiplier word ("3rd").
    private func scaled(_ n: NumberParse) -> NumberParse {
        var n = n
        var k = n.end
        if let w = ts.gluedWord(k) {
            if let m = NumberWords.suffixes[w] {
                n.value *= m
                n.multiplier = m
                n.end = k + 1
            } else {
                n.gluedWord = w
            }
            return n
        }
        var multiplier = 1.0
        if ts.word(k) == "hundred" {
            multiplier = 100
            k += 1
        }
        if let w = ts.word(k), let s = NumberWords.scales[w] ?? NumberWords.pluralScales[w], s > multiplier {
            multiplier *= s
            k += 1
        }
        if let w = ts.word(k), w == "dozen" || w == "dozens" {
            multiplier *= 12
            k += 1
        }
        n.value *= multiplier
        n.multiplier = multiplier
        n.end = k
        return n
    }

    /// "1 point 1", "three point five", "two point two million", "zero point seven five".
    private func pointDecimal(_ n: NumberParse, at k: Int) -> NumberParse? {
        guard ts.word(k) == "point", let (digits, end) = decimalDigits(at: k + 1),
            let frac = Double("0." + digits)
        else { return nil }
        var result = n
        result.value = n.value < 0 ? n.value - frac : n.value + frac
        result.end = end
        result.fractional = true
        if let w = ts.word(end), let s = NumberWords.scales[w] {
            result.value *= s
            result.multiplier = s
            result.end = end + 1
        }
        return result
    }

    /// The digits after "point": a digit run ("77"), digit words ("seven five") or one spelled
    /// number ("twenty five" → "25").
    func decimalDigits(at k: Int) -> (String, Int)? {
        guard let t = ts[k] else { return nil }
        if t.isDigits {
            guard t.spaced, t.text.utf8.count <= 15, !ts.isGlued(k + 1) || ts[k + 1]?.kind == .symbol else { return nil }
            return (t.text, k + 1)
        }
        var digits = ""
        var j = k
        while let w = ts.word(j), digits.utf8.count < 15 {
            if let u = NumberWords.units[w], u <= 9 {
                digits += String(u)
            } else if digits.isEmpty, let v = NumberWords.tens[w] ?? NumberWords.gluedTens[w] ?? NumberWords.units[w] {
                var value = v
                if v % 10 == 0, v >= 20, let u2 = ts.word(j + 1).flatMap({ NumberWords.units[$0] }), u2 >= 1, u2 <= 9 {
                    value += u2
                    j += 1
                }
                return (String(value), j + 1)
            } else {
                break
            }
            j += 1
        }
        return digits.isEmpty ? nil : (digits, j)
    }
}
