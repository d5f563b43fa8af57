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
