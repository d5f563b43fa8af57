import ConciergeJSON
/// Money ranges and bounds: "between $5k and $10k", "$5-10k", "$5k-$10k", "5 to 10 thousand
/// dollars", "from $100 to $200", "under 200 a month", "less than $50", "up to $500",
/// "at least €1,000", "from $100", "$500 or less", "$5k+".
///
/// Values keep `amount` (the upper end of a range or an upper bound, the lower bound otherwise)
/// and add `min` and/or `max`.
///
///     // "between $5k and $10k" → {"amount": 10000, "min": 5000, "max": 10000, "currency": "USD"}
extension MoneyGrammar {
    static let rangeJoiners: Set<String> = ["-", "–", "—", "to", "~"]
    static let betweenJoiners: Set<String> = ["-", "–", "—", "to", "and", "~"]
    static let fromJoiners: Set<String> = ["-", "–", "—", "to", "and", "until", "till", "through", "thru"]

    /// Bound phrases before an amount, by first word: (words, true for an upper bound).
    static let prefixBounds: [String: [([String], Bool)]] = index([
        (["less", "than"], true), (["no", "more", "than"], true), (["not", "more", "than"], true),
        (["at", "most"], true), (["at", "the", "most"], true), (["up", "to"], true), (["upto"], true),
        (["under"], true), (["below"], true), (["max"], true), (["maximum"], true), (["a", "maximum", "of"], true),
        (["maximum", "of"], true), (["max", "of"], true), (["not", "exceeding"], true), (["not", "to", "exceed"], true),
        (["lower", "than"], true), (["cheaper", "than"], true), (["no", "higher", "than"], true),
        (["not", "over"], true), (["within"], true), (["<"], true), (["≤"], true),
        (["more", "than"], false), (["at", "least"], false), (["no", "less", "than"], false),
        (["not", "less", "than"], false), (["over"], false), (["above"], false), (["min"], false),
        (["minimum"], false), (["a", "minimum", "of"], false), (["minimum", "of"], false), (["min", "of"], false),
        (["starting", "at"], false), (["starting", "from"], false), (["starts", "at"], false), (["from"], false),
        (["greater", "than"], false), (["higher", "than"], false), (["upwards", "of"], false),
        (["in", "excess", "of"], false), (["north", "of"], false), (["beyond"], false), ([">"], false), (["≥"], false),
    ])
    /// Bound phrases after an amount.
    static let postfixBounds: [String: [([String], Bool)]] = index([
        (["or", "less"], true), (["or", "under"], true), (["or", "below"], true), (["or", "lower"], true),
        (["or", "cheaper"], true), (["max"], true), (["maximum"], true), (["tops"], true), (["at", "most"], true),
        (["at", "the", "most"], true), (["or", "more"], false), (["or", "above"], false), (["or", "over"], false),
        (["or", "higher"], false), (["and", "up"], false), (["and", "above"], false), (["and", "over"], false),
        (["and", "upwards"], false), (["minimum"], false), (["min"], false), (["at", "least"], false),
    ])

    private static func index(_ phrases: [([String], Bool)]) -> [String: [([String], Bool)]] {
        var table: [String: [([String], Bool)]] = [:]
        for p in phrases { table[p.0[0], default: []].append(p) }
        for key in table.keys { table[key]?.sort { $0.0.count > $1.0.count } }
        return table
    }

    /// Words that deny what follows them: "can't spend more than …".
    static let denials: Set<String> = ["not", "no", "never", "cant", "cannot", "dont", "wont", "t", "nt", "n't", "without"]

    /// Words starting a bound or a range ("between", "under", "at least", "<").
    static let boundStarters: Set<String> = Set(prefixBounds.keys).union(["between"])

    /// Matches a bound phrase from `table` at `k`: (is upper, index after it).
    func bound(at k: Int, in table: [String: [([String], Bool)]]) -> (Bool, Int)? {
        guard let t = ts[k], let candidates = table[t.text] else { return nil }
        for (words, upper) in candidates {
            var j = k
            var ok = true
            for w in words {
                guard let tok = ts[j], tok.text == w, tok.kind != .digits else { ok = false; break }
                j += 1
            }
            if ok {
                // "<=", ">=": the "=" belongs to the bound.
                if t.kind == .symbol, ts.isSymbol(j, "=", glued: true) { j += 1 }
                return (upper, j)
            }
        }
        return nil
    }

    /// "$500 or less", "$5k max", "$1,000 minimum", "$5k+".
    func postfixBound(at k: Int) -> (Bool, Int)? {
        if ts.isSymbol(k, "+", glued: true) { return (false, k + 1) }
        return bound(at: k, in: MoneyGrammar.postfixBounds)
    }

    /// A range or bound introduced by a word: "between X and Y", "from X to Y", "under X", "at least X".
    func bounded(at i: Int) -> (value: JSONValue, end: Int)? {
        guard let t = ts[i], let (bound, k) = bound(at: i, in: MoneyGrammar.prefixBounds) ?? between(t, i) else {
            return nil
        }
        var upper = bound
        // "can't spend more than 40/mo", "not looking to spend more than 40 euros": a lower
        // bound denied is an upper one (blind audits 53 and 54 stored a ceiling as a floor).
        if !upper, t.text != "from", t.text != "starting", t.text != "starts", deniedBefore(i) { upper = true }
        guard let start = amount(at: k) else { return nil }
        if t.text == "between" || t.text == "from",
            let r = range(from: start, joiners: t.text == "between" ? MoneyGrammar.betweenJoiners : MoneyGrammar.fromJoiners)
        {
            return r
        }
        if t.text == "between" { return nil }
        var a = qualified(start)
        if a.currency == nil {
            // "under 200 a month": a bare budget with a period counts as the bot's currency.
            guard a.amount >= 10, !start.spelled, a.period == "month" || a.period == "year", a.per == nil else {
                return nil
            }
        }
        a = qualified(a)
        return (a.json(defaultCurrency: defaultCurrency, min: upper ? nil : a.amount, max: upper ? a.amount : nil), a.end)
    }

    /// Whether a word of denial stands among the four words before `i`, in its clause.
    func deniedBefore(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 4, let word = ts.word(j) {
            if MoneyGrammar.denials.contains(word) { return true }
            j -= 1
        }
        return false
    }

    /// "between" opens a range only (it is no bound by itself).
    private func between(_ t: ScanToken, _ i: Int) -> (Bool, Int)? {
        t.isWord && t.text == "between" ? (true, i + 1) : nil
    }

    /// `low` followed by a joiner and a second amount; one of the two carries the currency.
    /// "$5-10k": the upper end's multiplier applies to a lower end without one.
    func range(from low: MoneyAmount, joiners: Set<String>) -> (value: JSONValue, end: Int)? {
        guard let joiner = ts[low.end], joiners.contains(joiner.text), joiner.kind != .digits,
            var high = amount(at: low.end + 1)
        else { return nil }
        var a = low
        guard a.currency != nil || high.currency != nil else { return nil }
        if let c = a.currency, let d = high.currency, c != d { return nil }
        if high.currency == nil, !bareRangeEndMayStop(at: high.end) { return nil }
        if a.multiplier == 1, high.multiplier > 1, a.amount * high.multiplier <= high.amount {
            a.amount *= high.multiplier
        }
        guard a.amount < high.amount, a.amount >= 0 else { return nil }
        if high.currency == nil { high.currency = a.currency }
        high = qualified(high)
        if high.period == nil { high.period = a.period }
        return (high.json(defaultCurrency: defaultCurrency, min: a.amount, max: high.amount), high.end)
    }

    /// A bare upper end must not count something else ("$20 to 30 people").
    private func bareRangeEndMayStop(at k: Int) -> Bool {
        guard let t = ts[k] else { return true }
        if t.kind == .symbol { return !t.isSymbol("%") && !t.isSymbol("/") || parsePeriod(at: k) != nil }
        guard t.isWord, t.spaced else { return false }
        if parsePeriod(at: k) != nil || parsePer(at: k) != nil || postfixBound(at: k) != nil { return true }
        return DurationGrammar.tailFollowers.contains(t.text) && t.text != "a"
    }
}
