import ConciergeJSON
/// Reads amounts of money: a number with a currency before or after it, multipliers, and an
/// optional period ("$20k a year", "300 euros per month", "$99/mo", "20 grand").
///
/// A bare number is never money: a currency symbol, code or word is required.
///
///     MoneyGrammar(...).parse(at: 0)   // "$5k" → ["amount": 5000, "currency": "USD"]
struct MoneyGrammar: Sendable {
    let ts: TokenStream
    let numbers: NumberGrammar
    let defaultCurrency: String

    static let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]
    static let codes: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cad": "CAD", "aud": "AUD", "chf": "CHF",
        "inr": "INR",
    ]
    static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "quid": "GBP", "yen": "JPY", "rupee": "INR", "rupees": "INR", "francs": "CHF",
    ]
    /// Currency words that mean "the bot's currency": "5 bucks", "20 grand".
    static let colloquial: [String: Double] = ["buck": 1, "bucks": 1, "grand": 1000]

    static let periodUnits: [String: String] = [
        "mo": "month", "mos": "month", "month": "month", "mth": "month", "yr": "year", "year": "year",
        "annum": "year", "wk": "week", "week": "week", "day": "day", "hr": "hour", "hour": "hour",
    ]
    static let periodAdverbs: [String: String] = [
        "monthly": "month", "annually": "year", "yearly": "year", "weekly": "week", "daily": "day",
        "hourly": "hour",
    ]
    static let periodIntroducers: Set<String> = ["per", "a", "an", "each", "every"]

    /// Money starting at token `i`: the value and the token index after it.
    func parse(at i: Int) -> (value: JSONValue, end: Int)? {
        guard let t = ts[i] else { return nil }
        var currency: String?
        var amount: NumberParse?
        var k = i
        // Prefix: "$5k", "€ 200", "USD 300".
        if t.kind == .symbol, let c = MoneyGrammar.symbols[t.text] {
            currency = c
            amount = numbers.parse(at: i + 1)
        } else if t.isWord, let c = MoneyGrammar.codes[t.text], let n = ts[i + 1], n.isDigits, n.spaced {
            currency = c
            amount = numbers.parse(at: i + 1)
        } else {
            amount = numbers.parse(at: i)
        }
        guard var number = amount else { return nil }
        k = number.end
        if number.gluedWord != nil, ts.word(k) == nil { return nil }
        // Suffix currency: "5,000 dollars", "20k USD", "20 grand", "200€".
        if let w = ts.word(k) {
            if let c = MoneyGrammar.codes[w] ?? MoneyGrammar.names[w], currency == nil || currency == c {
                currency = c
                k += 1
            } else if currency == nil, let m = MoneyGrammar.colloquial[w] {
                currency = defaultCurrency
                number.value *= m
                k += 1
            }
        } else if currency == nil, let s = ts[k], s.kind == .symbol, let c = MoneyGrammar.symbols[s.text] {
            currency = c
            k += 1
        }
        guard let code = currency else { return nil }
        var fields: [String: JSONValue] = ["amount": .number(number.value), "currency": .string(code)]
        if let (period, end) = parsePeriod(at: k) {
            fields["period"] = .string(period)
            k = end
        }
        return (.object(fields), k)
    }

    /// "/mo", "per month", "a year", "monthly", "per annum".
    func parsePeriod(at k: Int) -> (String, Int)? {
        if ts.isSymbol(k, "/"), let w = ts.word(k + 1), let p = MoneyGrammar.periodUnits[w] { return (p, k + 2) }
        guard let w = ts.word(k) else { return nil }
        if let p = MoneyGrammar.periodAdverbs[w] { return (p, k + 1) }
        if MoneyGrammar.periodIntroducers.contains(w), let u = ts.word(k + 1), let p = MoneyGrammar.periodUnits[u] {
            return (p, k + 2)
        }
        return nil
    }

    /// Percentages: "20%", "20 %", "twenty percent", "15 per cent".
    func parsePercentage(at i: Int) -> (value: JSONValue, end: Int)? {
        guard let number = numbers.parse(at: i), number.gluedWord == nil || ts.word(number.end) == "pct" else {
            return nil
        }
        let k = number.end
        if ts.isSymbol(k, "%") { return (.number(number.value), k + 1) }
        if let w = ts.word(k) {
            if w == "percent" || w == "pct" { return (.number(number.value), k + 1) }
            if w == "per", ts.word(k + 1) == "cent" { return (.number(number.value), k + 2) }
        }
        return nil
    }
}
