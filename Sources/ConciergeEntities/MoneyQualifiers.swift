import ConciergeJSON
/// What follows an amount: its period ("/mo", "a year", "annually", "p.m.") and what it is per
/// ("per seat", "/user"), in either order ("per seat per month", "/user/month", "a month per user");
/// and percentages, which share the number reading.
///
///     // "$10 per user per month" → period "month", per "user"
extension MoneyGrammar {
    static let periodUnits: [String: String] = [
        "mo": "month", "mos": "month", "month": "month", "mth": "month", "m": "month", "yr": "year", "year": "year",
        "y": "year", "annum": "year", "wk": "week", "week": "week", "w": "week", "day": "day", "d": "day",
        "hr": "hour", "hour": "hour", "h": "hour", "quarter": "quarter", "qtr": "quarter", "minute": "minute",
        "min": "minute", "night": "night",
    ]
    /// Period units accepted after "per"/"a"/"every" (one-letter ones only after "/").
    static let spacedPeriodUnits: Set<String> = [
        "mo", "month", "mth", "yr", "year", "annum", "wk", "week", "day", "hr", "hour", "quarter", "qtr", "minute",
        "min", "night",
    ]
    static let periodAdverbs: [String: String] = [
        "monthly": "month", "annually": "year", "yearly": "year", "weekly": "week", "daily": "day",
        "hourly": "hour", "quarterly": "quarter", "nightly": "night", "pcm": "month",
    ]
    static let periodIntroducers: Set<String> = ["per", "a", "an", "each", "every"]
    /// Units an amount can be per, singular: "per seat", "a head", "/user".
    static let perUnits: [String: String] = [
        "seat": "seat", "seats": "seat", "user": "user", "users": "user", "person": "person", "people": "person",
        "head": "person", "license": "license", "licence": "license", "licenses": "license", "licences": "license",
        "agent": "agent", "agents": "agent", "member": "member", "members": "member", "employee": "employee",
        "employees": "employee", "unit": "unit", "units": "unit", "item": "item", "items": "item", "team": "team",
        "teams": "team", "account": "account", "accounts": "account", "device": "device", "devices": "device",
        "location": "location", "locations": "location", "site": "site", "sites": "site", "lead": "lead",
        "leads": "lead", "click": "click", "clicks": "click", "ticket": "ticket", "tickets": "ticket",
        "message": "message", "messages": "message", "project": "project", "projects": "project",
    ]

    /// The amount with every period and unit that follows it.
    func qualified(_ start: MoneyAmount) -> MoneyAmount {
        var a = start
        for _ in 0..<3 {
            if a.period == nil, let (p, end) = parsePeriod(at: a.end) {
                a.period = p
                a.end = end
            } else if a.per == nil, let (u, end) = parsePer(at: a.end) {
                a.per = u
                a.end = end
            } else {
                break
            }
        }
        return a
    }

    /// "/mo", "per month", "a year", "monthly", "per annum", "p.m.", "p.a.".
    func parsePeriod(at k: Int) -> (String, Int)? {
        if ts.isSymbol(k, "/"), let w = ts.word(k + 1), let p = MoneyGrammar.periodUnits[w] { return (p, k + 2) }
        guard let w = ts.word(k) else { return nil }
        if let p = MoneyGrammar.periodAdverbs[w] { return (p, k + 1) }
        if MoneyGrammar.periodIntroducers.contains(w), let u = ts.word(k + 1), MoneyGrammar.spacedPeriodUnits.contains(u),
            let p = MoneyGrammar.periodUnits[u]
        {
            return (p, k + 2)
        }
        // "p.m." (per month) and "p.a." (per annum), dotted only: "pm" alone is a clock.
        if w == "p", ts.isSymbol(k + 1, ".", glued: true), let u = ts.gluedWord(k + 2), u == "m" || u == "a",
            ts.isSymbol(k + 3, ".", glued: true)
        {
            return (u == "m" ? "month" : "year", k + 4)
        }
        return nil
    }

    /// "per seat", "a head", "/user", "each user".
    func parsePer(at k: Int) -> (String, Int)? {
        if ts.isSymbol(k, "/"), let w = ts.word(k + 1), let u = MoneyGrammar.perUnits[w] { return (u, k + 2) }
        guard let w = ts.word(k), MoneyGrammar.periodIntroducers.contains(w), let n = ts.word(k + 1),
            let u = MoneyGrammar.perUnits[n]
        else { return nil }
        return (u, k + 2)
    }

    /// Percentages: "20%", "20 %", "twenty percent", "15 per cent", "-5%".
    func parsePercentage(at i: Int, number known: NumberParse?? = nil) -> (value: JSONValue, end: Int)? {
        guard let number = known ?? numbers.parse(at: i), number.gluedWord == nil || ts.word(number.end) == "pct" else {
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
