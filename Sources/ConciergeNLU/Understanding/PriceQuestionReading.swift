/// Whether a message asks what something costs: "how much for landing pages only?", "what's
/// the social one cost", "price of Chat?". With a product or a feature named, the catalog
/// answers it about that product.
///
///     PriceQuestionReading.asks(words)   // "ok how much for landing pages only" → true
enum PriceQuestionReading {
    static let priceWords: WordSet = ["price", "prices", "pricing", "priced", "cost", "costs", "costing", "charge",
                                          "charges", "fee", "fees", "rate", "rates"]

    /// Words that ask for a sum: in a question naming products, a price ("growth + sms total?").
    static let totalWords: WordSet = ["total", "altogether", "sum", "combined"]

    /// Words that ask the price of a year: "so growth yearly would be how much", "annual price
    /// of Mail Pro?", "what is it per year".
    static let yearWords: WordSet = ["yearly", "annual", "annually", "year", "yr", "annum", "12months"]

    /// Whether the price asked is a year's (blind audits 53 and 54 got the monthly price).
    static func asksPerYear(_ words: MessageWords) -> Bool {
        words.items.contains { $0.isWord && yearWords.contains($0.text, $0.key) }
            || words.items.indices.contains { index in
                words[index].text == "12" && words.text(index + 1) == "months"
            }
    }

    /// Words that ask an amount beside a year's words, outside a question too: "growth yearly,
    /// total" (blind audits 61 and 62 got the billing answer with no figure). Not "pay": "we pay
    /// monthly now and want growth next year" asks nothing.
    static let amountWords: WordSet = ["number", "amount", "total", "figure"]

    /// Whether a message asks what a year comes to without a word of price: a year's words in
    /// a question ("so whats growth yearly for us then"), or beside a word of an amount ("growth
    /// yearly, total"). "we go live next year" asks nothing.
    static func asksYearAmount(_ words: MessageWords, isQuestion: Bool) -> Bool {
        asksPerYear(words) && (isQuestion || words.items.contains { $0.isWord && amountWords.contains($0.text, $0.key) })
    }

    static func asksTotal(_ words: MessageWords) -> Bool {
        words.items.contains { $0.isWord && totalWords.contains($0.text, $0.key) }
    }

    static func asks(_ words: MessageWords) -> Bool {
        var previous = ""
        for word in words.items where word.isWord {
            if priceWords.contains(word.text, word.key) || (previous == "how" && word.text == "much") { return true }
            previous = word.text
        }
        return false
    }
}
