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
