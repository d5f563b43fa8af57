import ConciergeEntities
import ConciergeJSON

/// Reads budgets: an amount of money (with a currency) unless it is the price of a product
/// ("the Growth plan is $49", "SMS starts at $19"), and a number without currency that budget
/// words make money: a period right after it ("about 200 a month", "50k per year", "1000/month",
/// "2k annually") or a budget word before it ("a budget of 300", "we can spend 500 monthly").
/// Such a number is read in US dollars ("USD"), the money grammar's default currency; its
/// value has the money grammar's shape, `{"amount", "currency", "period"?, "min"?, "max"?}`.
///
///     BudgetReading.amount(mention, words)   // "about 200 a month" → {"amount": 200, "currency": "USD", "period": "month"}
enum BudgetReading {
    static let defaultCurrency = "USD"
    /// Words before an amount that make it a budget.
    static let budgetWords: Set<String> = [
        "budget", "budgets", "budgeted", "spend", "spending", "afford", "invest", "investing", "allocate",
        "allocated", "pay", "paying", "aside",
    ]
    /// Words near an amount that make it the price of something sold, or money already charged
    /// ("two $99 charges", "I want my 99 dollars back"), not what the visitor means to spend.
    static let productWords: Set<String> = [
        "back", "refund", "refunds", "refunded", "overcharged", "billed", "invoice", "invoiced", "debited",
        "deducted", "owed", "double", "payment", "payments", "transaction", "transactions", "twice",
        "plan", "plans", "tier", "package", "subscription", "product", "license", "licence", "edition", "addon",
        "module", "sms", "starter", "growth", "pro", "basic", "premium", "enterprise", "standard", "plus", "costs",
        "cost", "priced", "price", "pricing", "charge", "charges", "charged", "listed", "advertised", "quoted",
        "catalog", "catalogue", "says", "starts", "starting", "your", "it's", "fee", "fees", "tool", "version",
        "bundle", "bundles", "option", "add-on", "was", "were", "paid", "promo", "discounted",
        // "is growth worth the extra 40 bucks": the difference of two prices (blind audit 64).
        "extra", "additional", "difference", "worth",
    ]
    /// Periods written right after a number: "a month", "per year", "/mo", "monthly".
    static let periodWords: [String: String] = [
        "monthly": "month", "annually": "year", "yearly": "year", "annual": "year", "weekly": "week",
        "quarterly": "quarter", "pa": "year", "mo": "month", "yr": "year", "month": "month",
        "year": "year", "week": "week", "quarter": "quarter", "mth": "month", "mnth": "month", "months": "month",
        "years": "year", "annum": "year",
    ]
    static let periodIntroducers: Set<String> = ["a", "an", "per", "each", "every", "/", "p", "/a", "a/"]
    /// Verbs of sending just before a number: "we send like 200k/month" counts e-mails, not
    /// dollars (blind audit 64 stored a $200,000 budget).
    static let volumeVerbs: Set<String> = ["send", "sends", "sending", "sent", "mail", "email", "emailing", "text", "texting"]

    /// The budget a number without currency states, or nil when nothing says it is money.
    /// `min`: the lower end of a range ending at this number ("200 to 300 a month"); "10-20k"
    /// carries the thousands of its upper end to the lower.
    static func amount(_ mention: NumberMention, _ words: MessageWords, min: Double? = nil) -> JSONValue? {
        // Below ten is no budget: "2 a month" counts newsletters, "pay for 2" counts seats.
        guard !mention.isMoney, mention.value >= 10, !isMultiplier(mention, words) else { return nil }
        if NumberContext.clauseHas(volumeVerbs, before: mention.first, within: 3, words),
           !NumberContext.clauseHas(budgetWords, before: mention.first, within: 5, words) { return nil }
        var low = min
        if let value = low, mention.value >= 1000, value < 1000, value * 1000 <= mention.value { low = value * 1000 }
        if let period = period(after: mention.after, words) {
            return money(mention.value, period: period, min: low)
        }
        guard NumberContext.clauseHas(budgetWords, before: mention.first, within: 5, words)
                || budgetWordAfter(mention, words) else { return nil }
        if let (after, _) = NumberContext.wordAfter(words, mention.after),
           HeadCountReading.peopleWords.contains(after) { return nil }
        return money(mention.value, period: nil, min: low)
    }

    /// "5k to spend", "500 budget", "300 max budget": a budget word in the three words after.
    private static func budgetWordAfter(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        var at = mention.after
        var seen = 0
        while at < words.count, seen < 3 {
            let word = words[at]
            if word.isBreak || word.isNumber { return false }
            if word.isWord {
                if word.text == "budget" || word.text == "spend" { return true }
                if HeadCountReading.peopleWords.contains(word.text) { return false }
                seen += 1
            }
            at += 1
        }
        return false
    }

    /// Whether a money entity is a product's price rather than the visitor's budget.
    static func isProductPrice(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        if NumberContext.clauseHas(["budget", "budgets", "spend", "spending", "afford", "invest", "allocate"],
                                   before: mention.first, within: 5, words) { return false }
        if NumberContext.clauseHas(productWords, before: mention.first, within: 3, words) { return true }
        var at = mention.after
        var seen = 0
        while at < words.count, seen < 2 {
            let word = words[at]
            if word.isBreak { break }
            if word.isWord {
                if word.text != "for", word.text != "the", productWords.contains(word.text) { return true }
                seen += 1
            }
            at += 1
        }
        return false
    }

    /// An amount the visitor works out and asks about ("with the 40% discount that would be
    /// about $11.40?", "so 99 x 12 minus 20%... about 950 a year?"): in a clause ending with a
    /// question mark and without a budget word, it checks a price; it states no budget.
    static func isSumAsked(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        var at = mention.after
        while at < words.count, !words[at].isBreak { at += 1 }
        guard at < words.count, words[at].text == "?" else { return false }
        return !NumberContext.clauseHas(budgetWords.union(["budget"]), before: mention.first, within: 12, words)
    }

    /// "10 times", "3x": a multiplier, never an amount of money.
    static func isMultiplier(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard let (after, _) = NumberContext.wordAfter(words, mention.after) else { return false }
        return after == "times" || after == "x"
    }

    /// "a month", "per year", "/mo", "monthly", "p.m." right after item `index` (or after an
    /// "ish" there).
    static func period(after index: Int, _ words: MessageWords) -> String? {
        // "100ish a month" (blind audit 35): the hedge glued to the number comes first.
        let start = index < words.count && words[index].text == "ish" ? index + 1 : index
        var at = start
        if at < words.count, words[at].isWord, periodIntroducers.contains(words[at].text) { at += 1 }
        else if at < words.count, words[at].text == "/" { at += 1 }
        guard at < words.count, words[at].isWord || at == start else { return nil }
        guard let period = periodWords[words[at].text] else { return nil }
        // "2 months" is a duration, not "2 a month".
        if at == start, period == "month" || period == "year" || period == "week" || period == "quarter",
           !["monthly", "annually", "yearly", "annual", "weekly", "quarterly", "pa"].contains(words[at].text) {
            return nil
        }
        return period
    }

    static func money(_ amount: Double, period: String?, min: Double? = nil) -> JSONValue {
        var fields: [String: JSONValue] = ["amount": .number(amount), "currency": .string(defaultCurrency)]
        if let period { fields["period"] = .string(period) }
        if let min { fields["min"] = .number(min) }
        return .object(fields)
    }
}
