/// The state machine behind spelled numbers: reads one word at a time and says whether the word
/// continues the number. Groups close at scale words, which must decrease ("three crore twelve
/// lakh fifty-six thousand seven hundred twenty-one"); an ordinal word closes the number.
///
///     var s = SpelledNumber()
///     s.cardinal("thirty"); s.cardinal("five"); s.cardinal("thousand")   // s.value == 35000
///     s.ordinal("first")                                                 // false: 35000 + "first" is no ordinal
struct SpelledNumber {
    enum Last { case none, unit, tens, hundred, scale, and }

    var total = 0.0
    var group = 0.0
    var last = Last.none
    var lastScale = Double.infinity
    /// "dozen" ends the number ("two hundred dozens").
    var closed = false

    var value: Double { total + group }

    /// Takes a cardinal word; false when `w` cannot continue the number read so far.
    mutating func cardinal(_ w: String) -> Bool {
        if closed { return false }
        if let u = NumberWords.units[w] {
            if last == .unit || (last == .tens && (u >= 10 || u == 0)) || (u == 0 && last != .none) { return false }
            group += Double(u)
            last = .unit
        } else if let v = NumberWords.gluedTens[w] ?? NumberWords.tens[w] {
            if last == .unit || last == .tens { return false }
            group += Double(v)
            last = NumberWords.tens[w] == nil ? .unit : .tens
        } else if w == "hundred" {
            // Below 100 only ("nineteen hundred"), so "one hundred and one hundred …" cannot chain forever.
            if last == .hundred || last == .and || last == .scale || group >= 100 { return false }
            group = max(group, 1) * 100
            last = .hundred
        } else if let s = NumberWords.scales[w] ?? (w == "hundreds" ? nil : NumberWords.pluralScales[w]) {
            if last == .none || last == .and || s >= lastScale { return false }
            total += max(group, 1) * s
            group = 0
            lastScale = s
            last = .scale
        } else if w == "dozen" || w == "dozens" {
            if last == .none || last == .and || last == .scale { return false }
            group *= 12
            closed = true
        } else {
            return false
        }
        return true
    }

    /// Takes an ordinal word that closes the number ("twenty fifth", "hundred and third",
    /// "one hundredth"); false when `w` is no ordinal or cannot follow what was read.
    mutating func ordinal(_ w: String) -> Bool {
        if closed { return false }
        let open = last == .none || last == .hundred || last == .scale || last == .and
        if let u = NumberWords.ordinalUnits[w] {
            guard open || (last == .tens && u < 10) else { return false }
            group += Double(u)
        } else if let v = NumberWords.gluedOrdinals[w] ?? NumberWords.ordinalTens[w] {
            guard open else { return false }
            group += Double(v)
        } else if w == "hundredth" {
            guard last == .none || last == .unit || last == .tens else { return false }
            group = max(group, 1) * 100
        } else if let s = NumberWords.ordinalScales[w] {
            guard last != .and, last != .scale || s < lastScale, s < lastScale else { return false }
            total += max(group, 1) * s
            group = 0
        } else {
            return false
        }
        closed = true
        return true
    }

    /// Words that may follow "and" inside a number ("two hundred and five", "hundred and third").
    static func continuesAfterAnd(_ w: String) -> Bool {
        if let u = NumberWords.units[w] { return u > 0 }
        return NumberWords.tens[w] != nil || NumberWords.gluedTens[w] != nil || NumberWords.ordinalUnits[w] != nil
            || NumberWords.ordinalTens[w] != nil || NumberWords.gluedOrdinals[w] != nil
    }
}

/// Spelled numbers and ordinals: "forty", "twenty-five", "two hundred and fifty", "a dozen",
/// "minus three", "point 77", "twenty fifth", "thirtyfirst", "hundred and third".
///
///     NumberGrammar(tokens).parseWords(at: 0)   // "thirty five thousand two hundred and six" → 35206
extension NumberGrammar {
    /// A spelled number read with `SpelledNumber`, starting from `state`; `ordinal` tells whether
    /// an ordinal word closed it. Hyphens between number words belong to the number.
    func scanWords(at i: Int, from state: SpelledNumber = SpelledNumber(), ordinals: Bool = true)
        -> (value: Double, end: Int, ordinal: Bool)?
    {
        var s = state
        var k = i
        var end = i
        var ordinal = false
        while let w = ts.word(k) {
            if w == "and" {
                guard s.last == .hundred || s.last == .scale, let next = ts.word(k + 1),
                    SpelledNumber.continuesAfterAnd(next)
                else { break }
                s.last = .and
                k += 1
                continue
            }
            var probe = s
            if probe.cardinal(w) {
                s = probe
            } else if ordinals, probe.ordinal(w) {
                s = probe
                ordinal = true
            } else {
                break
            }
            end = k + 1
            if ordinal { break }
            // "twenty-five", "forty-second", "two-hundred": a glued hyphen joins number words.
            if ts.isSymbol(k + 1, "-", glued: true), let next = ts.gluedWord(k + 2), NumberWords.allWords.contains(next) {
                k += 2
            } else {
                k += 1
            }
        }
        guard end > i else { return nil }
        return (s.value, end, ordinal)
    }

    /// Spelled numbers, with "a"/"an" as one, "couple"/"pair", signs and word fractions.
    func parseWords(at i: Int) -> NumberParse? {
        guard let first = ts.word(i) else { return nil }
        if let f = wordFraction(at: i) { return f }
        switch first {
        case "a", "an": return articleNumber(at: i)
        case "couple", "pair":
            guard ts.word(i + 1) == "of" else { return nil }
            return NumberParse(value: 2, end: i + 2, spelled: true)
        case "half":
            // "half a million", "half a dozen".
            guard ts.word(i + 1) == "a", let w = ts.word(i + 2), let s = w == "dozen" ? 12 : NumberWords.scales[w] else {
                return nil
            }
            return NumberParse(value: s / 2, end: i + 3, spelled: true, multiplier: s, fractional: true)
        case "minus", "negative":
            // One sign only: "minus minus 5" is not read, so hostile repeats cost no recursion; after a
            // number "minus" is a subtraction ("five minus one").
            if first == "minus", let prev = ts[i - 1], prev.isDigits || NumberWords.allWords.contains(prev.text) {
                return nil
            }
            guard ts.word(i + 1).map({ $0 != "minus" && $0 != "negative" }) ?? true, let n = parse(at: i + 1),
                n.value >= 0, ts[i + 1]?.isWord == true || n.gluedWord == nil
            else { return nil }
            return NumberParse(value: n.value == 0 ? 0 : -n.value, end: n.end, spelled: n.spelled, fractional: n.fractional)
        case "point":
            guard pointMayStart(at: i), let (digits, end) = decimalDigits(at: i + 1), let v = Double("0." + digits) else {
                return nil
            }
            return NumberParse(value: v, end: end, spelled: true, fractional: true)
        case "hundred" where ts.word(i - 1).map({ NumberWords.vagueBefore.contains($0) }) ?? false:
            return nil  // "a few hundred"
        default:
            // "twenty fifth": the cardinal reading stops before the ordinal word (the ordinal is longer).
            guard let scan = scanWords(at: i, ordinals: false) else { return nil }
            return NumberParse(value: scan.value, end: scan.end, spelled: true)
        }
    }

    /// "a hundred", "a thousand and five", "a dozen", "a couple (of)", "a couple hundred", "a pair of".
    private func articleNumber(at i: Int) -> NumberParse? {
        guard let next = ts.word(i + 1) else { return nil }
        if next == "dozen" { return NumberParse(value: 12, end: i + 2, spelled: true) }
        if next == "couple" || next == "pair" {
            var end = ts.word(i + 2) == "of" ? i + 3 : i + 2
            var value = 2.0
            if next == "couple", let w = ts.word(end), let s = w == "hundred" ? 100 : NumberWords.scales[w] {
                value *= s
                end += 1
            }
            return NumberParse(value: value, end: end, spelled: true, multiplier: value > 2 ? value / 2 : 1)
        }
        guard next == "hundred" || NumberWords.scales[next] != nil else { return nil }
        var one = SpelledNumber()
        one.group = 1
        one.last = .unit
        guard let scan = scanWords(at: i + 1, from: one, ordinals: false) else { return nil }
        return NumberParse(value: scan.value, end: scan.end, spelled: true)
    }

    /// "point 77" starts a number only where a clause item cannot be meant ("the point 5 is").
    private func pointMayStart(at i: Int) -> Bool {
        guard let prev = ts[i - 1] else { return true }
        if prev.kind == .symbol { return true }
        return ["is", "was", "be", "about", "around", "approximately", "approx", "roughly", "only", "just", "by",
                "equals", "minus", "negative", "say"].contains(prev.text)
    }

    /// Ordinals: "3rd", "21st", "101st", "third", "twenty-first", "twenty fifth", "thirtyfirst",
    /// "one hundredth", "hundred and third".
    func parseOrdinal(at i: Int) -> NumberParse? {
        guard let t = ts[i] else { return nil }
        if t.isDigits {
            // Not the tail of "mp3rd" or of a digit group ("1,000th" is read from its "1").
            guard !blocked[i], t.spaced || ts[i - 1]?.kind == .symbol, !(ts.isSymbol(i - 1, ",") && !t.spaced)
            else { return nil }
            let (digits, k) = groupedDigits(at: i)
            guard let suffix = ts.gluedWord(k), NumberWords.ordinalSuffixes.contains(suffix), digits.utf8.count <= 15,
                let v = Int(digits)
            else { return nil }
            return NumberParse(value: Double(v), end: k + 1, spelled: false)
        }
        guard let w = ts.word(i) else { return nil }
        // A cardinal word starts an ordinal only with more number words after it ("one hundredth").
        if NumberWords.units[w] != nil || NumberWords.tens[w] != nil,
            !(ts.word(i + 1).map(NumberWords.allWords.contains) ?? false), !ts.isSymbol(i + 1, "-", glued: true)
        {
            return nil
        }
        guard let scan = scanWords(at: i), scan.ordinal else { return nil }
        if w == "second", scan.end == i + 1, let prev = ts.word(i - 1), NumberWords.secondAsUnitBefore.contains(prev) {
            return nil
        }
        return NumberParse(value: scan.value, end: scan.end, spelled: true)
    }
}
