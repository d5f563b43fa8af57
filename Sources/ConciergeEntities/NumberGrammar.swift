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
}

/// Reads numbers written with digits, separators, decimals, multipliers or English words.
///
///     NumberGrammar(tokens).parse(at: 0)   // "twenty-five people" → 25, end 3
struct NumberGrammar: Sendable {
    let ts: TokenStream
    /// Tokens that must not start a number: parts of versions ("1.2.3"), "1-on-1", "24/7".
    let blocked: [Bool]

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
            // "24/7", "1/2": slashed digit pairs are dates (handled by the date grammar) or nothing.
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

    /// A number starting at token `i`, digits or words, with multipliers applied.
    func parse(at i: Int) -> NumberParse? {
        guard let t = ts[i] else { return nil }
        if t.isDigits { return parseDigits(at: i) }
        if t.isWord { return parseWords(at: i) }
        return nil
    }

    func parseDigits(at i: Int) -> NumberParse? {
        guard let t = ts[i], t.isDigits, !blocked[i] else { return nil }
        // A number glued to a word before it is a code ("mp3", "v2", "q3").
        if !t.spaced, ts[i - 1]?.isWord == true { return nil }
        var text = t.text
        var k = i + 1
        if t.text.utf8.count <= 3 {
            while ts.isSymbol(k, ",", glued: true), let g = ts[k + 1], g.isDigits, !g.spaced, g.text.utf8.count == 3 {
                text += g.text
                k += 2
            }
        }
        if ts.isSymbol(k, ".", glued: true), let f = ts[k + 1], f.isDigits, !f.spaced {
            text += "." + f.text
            k += 2
        }
        guard text.utf8.count <= 18, var value = Double(text) else { return nil }
        var glued: String?
        if let w = ts.gluedWord(k) {
            if let m = NumberWords.suffixes[w] {
                value *= m
                k += 1
            } else {
                glued = w
            }
        } else if let w = ts.word(k) {
            if w == "hundred" {
                value *= 100
                k += 1
            }
            if let w2 = ts.word(k), let scale = NumberWords.scales[w2] {
                value *= scale
                k += 1
            }
        }
        return NumberParse(value: value, end: k, spelled: false, gluedWord: glued)
    }

    /// Spelled numbers: "forty", "twenty-five", "two hundred and fifty", "three million", "a dozen".
    func parseWords(at i: Int) -> NumberParse? {
        guard let first = ts.word(i) else { return nil }
        if first == "a" || first == "an" {
            guard let next = ts.word(i + 1) else { return nil }
            if next == "dozen" { return NumberParse(value: 12, end: i + 2, spelled: true) }
            if next == "couple" {
                let end = ts.word(i + 2) == "of" ? i + 3 : i + 2
                return NumberParse(value: 2, end: end, spelled: true)
            }
            if next == "hundred", let rest = parseWords(at: i + 1) { return rest }
            if let scale = NumberWords.scales[next] { return NumberParse(value: scale, end: i + 2, spelled: true) }
            return nil
        }
        var total = 0.0
        var group = 0.0
        var k = i
        var last: Character = " "  // u = unit, t = tens, h = hundred, s = scale, a = "and"
        var consumed = i
        while let w = ts.word(k) {
            if let u = NumberWords.units[w] {
                if last == "u" || (last == "t" && u >= 10) { break }
                group += Double(u)
                last = "u"
            } else if let tv = NumberWords.tens[w] {
                if last == "u" || last == "t" { break }
                group += Double(tv)
                last = "t"
                // "twenty-five": the hyphen belongs to the number.
                if ts.isSymbol(k + 1, "-", glued: true), let u = ts.word(k + 2), NumberWords.units[u] != nil,
                    ts.isGlued(k + 2)
                {
                    k += 2
                    group += Double(NumberWords.units[u] ?? 0)
                    last = "u"
                }
            } else if w == "hundred" {
                if last == "h" || last == "s" || last == "a" { break }
                group = max(group, 1) * 100
                last = "h"
            } else if let scale = NumberWords.scales[w] {
                if k == i { return nil }
                if last == "s" || last == "a" { break }
                total += max(group, 1) * scale
                group = 0
                last = "s"
            } else if w == "dozen", last == "u" || last == "t" {
                group *= 12
                last = "s"
            } else if w == "and", last == "h" || last == "s", let nw = ts.word(k + 1),
                NumberWords.units[nw] != nil || NumberWords.tens[nw] != nil
            {
                last = "a"
                k += 1
                continue
            } else {
                break
            }
            k += 1
            consumed = k
        }
        guard consumed > i else { return nil }
        return NumberParse(value: total + group, end: consumed, spelled: true)
    }

    /// Ordinals: "3rd", "21st", "third", "twenty-first".
    func parseOrdinal(at i: Int) -> NumberParse? {
        guard let t = ts[i] else { return nil }
        if t.isDigits {
            guard !blocked[i], t.spaced || ts[i - 1]?.isWord != true,
                let suffix = ts.gluedWord(i + 1), NumberWords.ordinalSuffixes.contains(suffix),
                let v = t.intValue
            else { return nil }
            return NumberParse(value: Double(v), end: i + 2, spelled: false)
        }
        guard let w = ts.word(i) else { return nil }
        if let v = NumberWords.ordinalUnits[w] {
            if w == "second", let prev = ts.word(i - 1), NumberWords.secondAsUnitBefore.contains(prev) { return nil }
            return NumberParse(value: Double(v), end: i + 1, spelled: true)
        }
        if let v = NumberWords.ordinalTens[w] { return NumberParse(value: Double(v), end: i + 1, spelled: true) }
        if let tv = NumberWords.tens[w], ts.isSymbol(i + 1, "-", glued: true), let u = ts.gluedWord(i + 2),
            let uv = NumberWords.ordinalUnits[u], uv < 10
        {
            return NumberParse(value: Double(tv + uv), end: i + 3, spelled: true)
        }
        return nil
    }
}
