import ConciergeEntities

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

    /// Words after a percentage that make it one off a price: "40% off", "a 30% discount".
    static let offWords: WordSet = ["off", "discount", "discounted", "reduction", "less", "cheaper"]
    /// Words before one that do: "with 40%", "minus 30%", "after the 40%".
    static let withWords: WordSet = ["with", "minus", "after", "less", "incl", "including"]

    /// The percentage off a price the message names ("mail pro with 40% off", "growth minus
    /// 30 percent"); nil for any other percentage ("our open rate dropped 30%").
    static func percentOff(_ words: MessageWords, entities: [EntityMatch]) -> Double? {
        for entity in entities where entity.entity == "percentage" {
            guard case .number(let value) = entity.value else { continue }
            // "minus 30 percent" is read as -30 whole.
            if value < 0, value > -100, entity.text.lowercased().hasPrefix("minus") { return -value }
            let percent = value
            guard percent > 0, percent < 100 else { continue }
            let after = words.items.firstIndex { $0.isWord && $0.start >= entity.end }
            let before = words.items.lastIndex { $0.isWord && $0.end <= entity.start }
            if let after, offWords.contains(words[after].text, words[after].key) { return percent }
            // "with the 40%": an article may stand between.
            let word = before.map { words[$0].text == "the" && $0 > 0 ? $0 - 1 : $0 }
            if let word, withWords.contains(words[word].text, words[word].key) { return percent }
        }
        return nil
    }

    static func asksTotal(_ words: MessageWords) -> Bool {
        // "mail starter + pages = ?" asks the sum in a symbol.
        words.items.contains { $0.isWord ? totalWords.contains($0.text, $0.key) : $0.text == "=" }
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
