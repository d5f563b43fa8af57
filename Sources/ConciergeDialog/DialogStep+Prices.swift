import ConciergeBot
import ConciergeNLU
import ConciergeText

/// "How much is Mail Pro alone?", "growth + sms + social, total per month?": a question that
/// asks only the price of products the catalog sells is answered from the catalog — the
/// product's details, or the total of several — rather than by a general pricing answer.
extension DialogStep {
    /// The products a message names when it asks nothing but their price, in the whole
    /// message or in one or two sentences of it ("ok growth is over budget. what would mail
    /// pro + social cost?", "i told you. mail pro and social. price?"); nil when it asks more
    /// ("does Growth's price include VAT?") or names none. A name inside a feature's words
    /// ("landing pages") is the feature, not the product.
    /// Right after a reply that priced products, a message that asks their price again
    /// another way ("and yearly?") asks theirs (`productsPricedBefore`).
    func productsPriceAsked(in text: String) -> [Product]? {
        if text == typedText, let before = productsPricedBefore { return before }
        guard understanding.asksPrice else { return nil }
        if let named = productsOnlyPriced(in: text) { return named }
        let sentences = text.split(whereSeparator: { ".!?;".contains($0) }).map(String.init)
        guard sentences.count >= 2 else { return nil }
        for (index, sentence) in sentences.enumerated() {
            if let named = productsOnlyPriced(in: sentence) { return named }
            if index + 1 < sentences.count, let named = productsOnlyPriced(in: sentence + " " + sentences[index + 1]) {
                return named
            }
        }
        return nil
    }

    /// The products `text` names when nothing else is in it but words of a price question.
    func productsOnlyPriced(in text: String) -> [Product]? {
        let terms = ProductIndex.terms(text)
        let named = machine.products.named(in: text).filter { !isPartOfFeature($0, in: terms) }
        guard !named.isEmpty else { return plainestPriced(in: terms, text: text).map { [$0] } }
        var rest = withoutDiscount(terms)
        for product in named { rest = Self.removing(ProductIndex.terms(product.name), from: rest) }
        // A sentence of names alone ("I'm on Growth.") asks nothing: a word of price, a question
        // mark, or a year's price asked ("so whats growth yearly for us then").
        guard rest.allSatisfy(ProductIndex.priceQuestionTerms.contains),
              terms.contains(where: ProductIndex.priceTerms.contains) || text.contains("?") || understanding.asksYearlyPrice
        else { return nil }
        return named
    }

    /// "how much is the chat widget alone?", "price for just landing pages": a price question
    /// that names one feature and no product asks what the plainest product with it costs —
    /// the one with the fewest features, then the cheapest (Chat, not Chat Plus or a bundle).
    func plainestPriced(in terms: [String], text: String) -> Product? {
        var rest = withoutDiscount(terms)
        var features = Set<String>()
        for (feature, phrase) in machine.products.index.featurePhrases where ProductIndex.contains(terms, phrase) {
            features.insert(feature)
            rest = Self.removing(phrase, from: rest)
        }
        guard features.count == 1, let feature = features.first,
              rest.allSatisfy(ProductIndex.priceQuestionTerms.contains),
              terms.contains(where: ProductIndex.priceTerms.contains) || text.contains("?") else { return nil }
        return machine.products.products.filter { $0.features.contains { $0.lowercased() == feature } }
            .min { ($0.features.count, $0.monthlyPrice) < ($1.features.count, $1.monthlyPrice) }
    }

    /// The discount the message names, when the catalog has it, with the phrases of it the
    /// message holds.
    /// Right after a discounted price, a price asked again another way ("and yearly?") keeps
    /// its discount.
    var namedDiscount: (discount: CatalogDiscount, phrases: [[String]])? {
        if let typedDiscount { return typedDiscount }
        guard let discount = lastPriced?.discount, productsPricedBefore != nil else { return nil }
        return (discount, [])
    }

    /// The discount the message itself names.
    var typedDiscount: (discount: CatalogDiscount, phrases: [[String]])? {
        machine.discounts.asked(in: ProductIndex.terms(typedText), percentOff: understanding.percentOff)
    }

    /// `terms` without the words of the discount the message names ("growth for a charity,
    /// how much" → growth, how much), or of one the visitor qualifies for ("what would growth
    /// cost us with the discount paid yearly", from a school); all of them when it names none.
    func withoutDiscount(_ terms: [String]) -> [String] {
        guard let (_, phrases) = typedDiscount ?? qualifiedDiscount.map({ ($0, []) }) else { return terms }
        var rest = terms
        for phrase in phrases { rest = Self.removing(phrase, from: rest) }
        return rest.filter { !DiscountMatcher.discountTerms.contains($0) }
    }

    /// "how much is Growth for a charity?", "mail starter + pages with 40% off = ?": the
    /// products' monthly price less the discount (`discounted_price`), and paid yearly as well
    /// when the year is asked ("…and paying yearly, how much per year?": the yearly discount
    /// taken off what is left, `discounted_yearly_price`). False without the phrase.
    mutating func sayDiscountedPrice(of products: [Product], _ discount: CatalogDiscount) -> Bool {
        guard !products.isEmpty, !catalogMessages[.discountedPrice].isEmpty else { return false }
        let monthly = products.reduce(0) { $0 + $1.monthlyPrice }
        // In cents, as an invoice would.
        let discounted = (monthly * (100 - discount.percent)).rounded() / 100
        var arguments = ["product": list(products.map(\.name)), "price": price(monthly), "discount": discount.name]
        if understanding.asksYearlyPrice, let yearlyDiscount = machine.dialog.catalog.yearlyDiscount,
           !catalogMessages[.discountedYearlyPrice].isEmpty {
            arguments.merge(Self.yearAmounts(monthly: discounted, discount: yearlyDiscount)) { _, year in year }
            sayCatalog(.discountedYearlyPrice, arguments)
            notePriced(products, discount: discount)
            return true
        }
        arguments["discounted"] = price(discounted)
        sayCatalog(.discountedPrice, arguments)
        notePriced(products, discount: discount)
        return true
    }

    /// "so growth yearly would be how much exactly": the product paid yearly, with the catalog's
    /// `yearly_discount` off (`yearly_price`); false without a discount or the phrase.
    /// Several products ("what would social + pages cost per year") are priced together.
    mutating func sayYearlyPrice(of products: [Product]) -> Bool {
        guard let discount = machine.dialog.catalog.yearlyDiscount, !catalogMessages[.yearlyPrice].isEmpty,
              !products.isEmpty else { return false }
        let monthly = products.reduce(0) { $0 + $1.monthlyPrice }
        let arguments = ["product": list(products.map(\.name)), "price": price(monthly)]
        sayCatalog(.yearlyPrice, arguments.merging(Self.yearAmounts(monthly: monthly, discount: discount)) { _, year in year })
        notePriced(products)
        return true
    }

    /// A monthly price paid for a year with `discount` percent off: `{yearly}` and what it comes
    /// to a `{monthly}`, in cents, so that the year and its months add up as an invoice would.
    static func yearAmounts(monthly: Double, discount: Double) -> [String: String] {
        let yearly = (monthly * 12 * (100 - discount)).rounded() / 100
        return ["yearly": Money.format(yearly, currency: "USD"),
                "monthly": Money.format((yearly * 100 / 12).rounded() / 100, currency: "USD")]
    }

    /// Says what the products cost together (`total`); false when the bot has no such phrase.
    mutating func sayTotal(of products: [Product]) -> Bool {
        guard products.count >= 2, !catalogMessages[.total].isEmpty else { return false }
        let total = products.reduce(0) { $0 + $1.monthlyPrice }
        sayCatalog(.total, ["products": list(products.map(\.name)), "price": price(total)])
        notePriced(products)
        return true
    }
}

extension ProductIndex {
    /// The words a bare price question is made of besides the products' names (stemmed like
    /// `ProductIndex.terms`, which also drops stop words and numbers): "how much is X alone",
    /// "X + Y total per month for 2 people?".
    static let priceQuestionTerms: Set<String> = {
        let stemmer = EnglishStemmer()
        let words = ["how", "much", "price", "prices", "pricing", "cost", "costs", "total", "together", "both",
                     "alone", "only", "just", "per", "month", "monthly", "combined", "plus", "pay", "would",
                     "people", "person", "team", "us", "what", "whats", "then", "so", "ok", "okay", "all", "two",
                     "three", "year", "yearly", "annual", "sum", "add", "up", "come", "comes", "altogether",
                     // "growth plan yearly how much total", "what if we pay yearly for growth?" (blind audit 61).
                     "plan", "plans", "bundle", "subscription", "paid", "paying", "billed", "amount", "figure", "annually",
                     "get", "buy", "want", "need", "if", "we", "i", "me", "like", "roughly", "about",
                     "what's", "'s", "’s", "s", "own", "its", "it", "single", "separately", "individually",
                     "itself", "each", "on", "by", "and", "with", "of", "for", "does", "do", "is", "are",
                     // "how much is the chat thing": words for a product that name none.
                     "thing", "tool", "feature", "module", "addon", "option", "part", "piece",
                     // "you didnt say the price of chat plus", "can I get a price for chat plus
                     // first??": asked again (blind audit 51 gave the general prices twice).
                     "you", "didnt", "did", "not", "say", "said", "tell", "told", "give", "quote", "first", "still",
                     "again", "can", "could", "exact", "actual", "real", "know", "number", "please", "pls",
                     // "add crm sync on top of growth, total?" (blind audit 54 described combining).
                     "top", "literally", "equals", "adding", "exactly", "be",
                     // "so mail starter + pages with 30% off is under 50 right?": a price checked
                     // against a budget is answered by the price.
                     "under", "below", "less", "than", "over", "above", "within", "right", "correct",
                     // "hey, whats the price for growth for a startup?" (blind audit 68).
                     "hey", "hi", "hello", "hmm", "um", "well", "now"]
        return Set(words.map { stemmer.stem($0) })
    }()

    /// The words among those that ask the price themselves.
    static let priceTerms: Set<String> = {
        let stemmer = EnglishStemmer()
        return Set(["much", "price", "prices", "pricing", "cost", "costs", "total", "sum", "pay"].map { stemmer.stem($0) })
    }()
}
