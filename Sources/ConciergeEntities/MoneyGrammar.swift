import ConciergeJSON

/// An amount of money while it is being read.
///
///     "$20 and 43 cents a month" → MoneyAmount(amount: 20.43, currency: "USD", period: "month", …)
struct MoneyAmount: Sendable {
    var amount: Double
    /// nil for a bare number, which only counts as one end of a range ("5 to 10 euros").
    var currency: String?
    /// The multiplier written with the number ("k" in "$10k"), shared by a range's lower end ("$5-10k").
    var multiplier: Double = 1
    var period: String?
    /// What the amount is per, besides time: "per seat" → "seat".
    var per: String?
    var end: Int
    /// Used by a range whose lower end is bare ("5 to 10 euros") and for the extractor's checks.
    var spelled = false

    func json(defaultCurrency: String, min: Double? = nil, max: Double? = nil) -> JSONValue {
        var fields: [String: JSONValue] = [
            "amount": .number(amount), "currency": .string(currency ?? defaultCurrency),
        ]
        if let period { fields["period"] = .string(period) }
        if let per { fields["per"] = .string(per) }
        if let min { fields["min"] = .number(min) }
        if let max { fields["max"] = .number(max) }
        return .object(fields)
    }
}

/// Reads amounts of money: a number with a currency symbol, ISO 4217 code or name before or after
/// it ("$5k", "USD3.14", "42 KWD", "Rs. 20", "R$ 50", "300 euros", "a dollar", "50p"), minor
/// units ("$20 and 43 cents", "43 cents"), a period or unit ("$99/mo", "per seat per month"),
/// and ranges and bounds (see `MoneyRanges.swift`).
///
/// A bare number is never money: a currency is required, except at the end of a range whose
/// other end has one and in "under 200 a month".
///
///     MoneyGrammar(...).parse(at: 0)   // "$5k" → ["amount": 5000, "currency": "USD"]
struct MoneyGrammar: Sendable {
    let ts: TokenStream
    let numbers: NumberGrammar
    let defaultCurrency: String

    /// Words an amount can start with (a number word, a code, "Rs", "HK" of "HK$"): one lookup
    /// rejects every other word.
    static let amountWordStarts: Set<String> = NumberWords.mayStart.union(CurrencyCodes.lowercased.keys)
        .union(CurrencyNames.prefixWords.keys).union(CurrencyNames.dollarPrefixes.keys)

    /// Money starting at token `i`: the value and the token index after it. `number` is the
    /// number the caller already read at `i` (`.some(nil)`: none), so it is not read again.
    func parse(at i: Int, number: NumberParse?? = nil) -> (value: JSONValue, end: Int)? {
        guard let t = ts[i] else { return nil }
        if !t.isDigits, let b = bounded(at: i) { return b }
        guard let a = amount(at: i, number: number) else { return nil }
        if let r = range(from: a, joiners: MoneyGrammar.rangeJoiners) { return r }
        guard a.currency != nil else { return nil }
        return single(a)
    }

    /// One amount with its period, unit and a bound written after it ("$500 or less").
    func single(_ start: MoneyAmount) -> (value: JSONValue, end: Int) {
        var a = qualified(start)
        var min: Double?
        var max: Double?
        if let (upper, end) = postfixBound(at: a.end) {
            if upper { max = a.amount } else { min = a.amount }
            a.end = end
            a = qualified(a)
        }
        return (a.json(defaultCurrency: defaultCurrency, min: min, max: max), a.end)
    }

    /// An amount at `i` with its currency (nil when bare) and minor units, before any period.
    func amount(at i: Int, number: NumberParse?? = nil) -> MoneyAmount? {
        if let t = ts[i], t.isWord, !MoneyGrammar.amountWordStarts.contains(t.text) { return nil }
        if let (code, next) = prefixCurrency(at: i) {
            guard let n = prefixedNumber(at: next).map(withDecimalComma), n.gluedWord == nil else { return nil }
            var a = MoneyAmount(amount: n.value, currency: code, multiplier: n.multiplier, end: n.end)
            // "$20k USD": the same currency repeated after the amount.
            if let c = postfixCurrency(n, at: n.end), c.code == code, c.factor == 1 { a.end = c.end }
            return withMinorUnits(a)
        }
        if let one = articleAmount(at: i) { return withMinorUnits(one) }
        guard let n = (number ?? numbers.parse(at: i)).map(withDecimalComma) else { return nil }
        var a = MoneyAmount(amount: n.value, currency: nil, multiplier: n.multiplier, end: n.end, spelled: n.spelled)
        if let c = postfixCurrency(n, at: n.end) {
            a.currency = c.code
            a.amount *= c.factor
            a.end = c.end
            if c.factor > 1 { a.multiplier *= c.factor }
            return c.factor < 1 ? a : withMinorUnits(a)
        }
        return n.gluedWord == nil ? a : nil
    }

    /// A currency before the amount: a symbol, "HK$", "Rs.", or an ISO code ("usd 20", "USD3.14";
    /// strict codes only glued and in capitals: "PHP500").
    func prefixCurrency(at i: Int) -> (code: String, next: Int)? {
        guard let t = ts[i] else { return nil }
        if t.kind == .symbol { return CurrencyNames.symbols[t.text].map { ($0, i + 1) } }
        // A word glued to what comes before it is a word's tail: the "re" of "we're", the "s" of "it's".
        guard t.isWord, t.spaced || ts[i - 1].map({ $0.kind == .symbol && $0.text != "'" && $0.text != "’" }) ?? true
        else { return nil }
        if ts.isSymbol(i + 1, "$", glued: true), let c = CurrencyNames.dollarPrefixes[t.text] { return (c, i + 2) }
        if let c = CurrencyNames.prefixWords[t.text] {
            let k = ts.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1
            return ts[k]?.isDigits == true ? (c, k) : nil
        }
        guard let code = CurrencyCodes.lookup(t.text, upper: t.upper), let next = ts[i + 1], next.isDigits else {
            return nil
        }
        if next.spaced, CurrencyCodes.strict.contains(code) { return nil }
        return (code, i + 1)
    }

    /// The number after a prefix currency; digits may be glued to a code ("USD3.14").
    private func prefixedNumber(at k: Int) -> NumberParse? {
        if let t = ts[k], t.isDigits, !t.spaced, ts[k - 1]?.isWord == true {
            return numbers.parseDigits(at: k, afterWord: true)
        }
        return numbers.parse(at: k)
    }

    /// "€5,50", "5,50 €": a comma before exactly two digits that end the number is a decimal mark
    /// in an amount (a thousands separator takes three).
    private func withDecimalComma(_ n: NumberParse) -> NumberParse {
        guard n.gluedWord == nil, !n.fractional, n.multiplier == 1, n.value >= 0, ts.isSymbol(n.end, ",", glued: true),
            let d = ts[n.end + 1], d.isDigits, !d.spaced, d.text.utf8.count == 2, let cents = d.intValue
        else { return n }
        // Not "1,50,000" (Indian grouping, read by the number grammar) nor "5,50x".
        if let after = ts[n.end + 2], !after.spaced, after.kind != .symbol || ts[n.end + 3]?.isDigits == true {
            return n
        }
        var result = n
        result.value += Double(cents) / 100
        result.end = n.end + 2
        result.fractional = true
        return result
    }

    /// "a dollar", "a hundred bucks" (read as a number), "a grand", "a penny".
    private func articleAmount(at i: Int) -> MoneyAmount? {
        guard let w = ts.word(i), w == "a" || w == "an", let next = ts[i + 1], next.isWord,
            CurrencyCodes.lowercased[next.text] == nil
        else { return nil }
        let one = NumberParse(value: 1, end: i + 1, spelled: true)
        guard let c = postfixCurrency(one, at: i + 1) else { return nil }
        return MoneyAmount(amount: c.factor, currency: c.code, end: c.end, spelled: true)
    }

    /// A currency after the amount: a code, a name ("dollars", "australian dollars"), a symbol
    /// ("200€"), "bucks"/"grand", or a minor unit ("cents" → factor 0.01); glued forms too ("20usd", "50p").
    func postfixCurrency(_ n: NumberParse, at k: Int) -> (code: String, factor: Double, end: Int)? {
        guard let t = ts[k] else { return nil }
        if let g = n.gluedWord {
            if ts.isSymbol(k + 1, "$", glued: true), let c = CurrencyNames.dollarPrefixes[g] { return (c, 1, k + 2) }
            if let c = CurrencyCodes.lookup(g, upper: t.upper) { return (c, 1, k + 1) }
            if g == "p", n.value < 100, n.value.rounded() == n.value { return ("GBP", 0.01, k + 1) }
            if let c = CurrencyNames.names[g], !CurrencyNames.largeOnly.contains(g) { return (c, 1, k + 1) }
            if let m = CurrencyNames.colloquial[g] { return (defaultCurrency, m, k + 1) }
            return nil
        }
        if t.kind == .symbol {
            if let c = CurrencyNames.symbols[t.text] { return (c, 1, k + 1) }
            return t.text == "¢" ? (defaultCurrency, 0.01, k + 1) : nil
        }
        guard t.isWord, CurrencyNames.postfixStarts.contains(t.text) else { return nil }
        if let (code, end) = qualifiedName(at: k) { return (code, 1, end) }
        let w = t.text
        // "3.14 US$", "3.14US$".
        if ts.isSymbol(k + 1, "$", glued: true), let c = CurrencyNames.dollarPrefixes[w] { return (c, 1, k + 2) }
        // "10 c" (not "10 C", a temperature or a grade).
        if w == "c", !t.upper, t.spaced { return (defaultCurrency, 0.01, k + 1) }
        if let c = CurrencyCodes.lookup(w, upper: t.upper) { return (c, 1, k + 1) }
        if let c = CurrencyNames.names[w] {
            if w.hasPrefix("pound"), ts.word(k + 1) == "of" { return nil }  // "5 pounds of flour"
            if CurrencyNames.largeOnly.contains(w), abs(n.value) < 100 { return nil }
            return (c, 1, k + 1)
        }
        if let m = CurrencyNames.colloquial[w] { return (defaultCurrency, m, k + 1) }
        if let minor = CurrencyNames.minorUnits[w] { return (minor ?? defaultCurrency, 0.01, k + 1) }
        return nil
    }

    /// "australian dollars", "hong kong dollars", "kuwaiti dinars", "swiss francs".
    private func qualifiedName(at k: Int) -> (String, Int)? {
        guard let w = ts.word(k), let next = ts.word(k + 1) else { return nil }
        var code = CurrencyNames.qualifiers[w]
        var j = k + 1
        if let two = CurrencyNames.twoWordQualifiers[w + " " + next] {
            code = two
            j = k + 2
        }
        guard let code, let name = ts.word(j),
            CurrencyNames.names[name] != nil || CurrencyNames.qualifiedOnly.contains(name)
        else { return nil }
        return (code, j + 1)
    }

    /// Minor units after a whole amount: "$20 and 43 cents", "$20 and 43c", "20 dollars 43 cents",
    /// "three pounds fifty".
    private func withMinorUnits(_ a: MoneyAmount) -> MoneyAmount {
        guard a.currency != nil, a.multiplier == 1, a.amount >= 0, a.amount.rounded() == a.amount else { return a }
        var j = a.end
        if ts.isSymbol(j, ","), ts.word(j + 1) == "and" { j += 1 }
        if ts.word(j) == "and" { j += 1 }
        guard let n = numbers.parse(at: j), !n.fractional, n.multiplier == 1, n.value >= 1, n.value < 100,
            n.value.rounded() == n.value
        else { return a }
        var result = a
        result.amount += n.value / 100
        if let g = n.gluedWord {
            guard g == "c" || g == "p" || CurrencyNames.minorUnits[g] != nil else { return a }
            result.end = n.end + 1
        } else if let w = ts.word(n.end), w == "p" || CurrencyNames.minorUnits[w] != nil {
            result.end = n.end + 1
        } else if ts.isSymbol(n.end, "¢") {
            result.end = n.end + 1
        } else if ts[n.end].map({ $0.kind == .symbol && !$0.isSymbol("%") && !$0.isSymbol("/") && !$0.isSymbol(":") }) ?? true {
            // "$20 43", "twenty rupees 43", "three pounds fifty": a bare minor part ends the clause.
            result.end = n.end
        } else {
            return a
        }
        return result
    }
}
