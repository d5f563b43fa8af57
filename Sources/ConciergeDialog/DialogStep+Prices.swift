import ConciergeBot
import ConciergeNLU
import ConciergeText

/// "How much is Mail Pro alone?", "growth + sms + social, total per month?": a question that
/// asks only the price of products the catalog sells is answered from the catalog — the
/// product's details, or the total of several — rather than by a general pricing answer.
extension DialogStep {
    /// The products a message names when it asks nothing but their price; nil when it asks
    /// more ("does Growth's price include VAT?") or names none. A name inside a feature's
    /// words ("landing pages") is the feature, not the product.
    func productsPriceAsked(in text: String) -> [Product]? {
        let terms = ProductIndex.terms(text)
        // "growth + sms, total per month?" asks a price without a word of price ("12 people in
        // total on Growth" asks nothing).
        guard understanding.asksPrice || understanding.isQuestion && terms.contains(where: ProductIndex.totalTerms.contains)
        else { return nil }
        let named = machine.products.named(in: text).filter { !isPartOfFeature($0, in: terms) }
        guard !named.isEmpty else { return nil }
        var rest = terms
        for product in named { rest = Self.removing(ProductIndex.terms(product.name), from: rest) }
        return rest.allSatisfy(ProductIndex.priceQuestionTerms.contains) ? named : nil
    }

    /// Says what the products cost together (`total`); false when the bot has no such phrase.
    mutating func sayTotal(of products: [Product]) -> Bool {
        guard products.count >= 2, !catalogMessages[.total].isEmpty else { return false }
        let total = products.reduce(0) { $0 + $1.monthlyPrice }
        sayCatalog(.total, ["products": list(products.map(\.name)), "price": price(total)])
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
                     "brightwave", "get", "buy", "want", "need", "if", "we", "i", "me", "like", "roughly", "about",
                     "what's", "whats", "'s", "’s", "s", "much's"]
        return Set(words.map { stemmer.stem($0) })
    }()

    /// Words that ask for a sum, which is a price when products are named: "growth + sms total?".
    static let totalTerms: Set<String> = {
        let stemmer = EnglishStemmer()
        return Set(["total", "altogether", "sum", "combined"].map { stemmer.stem($0) })
    }()
}
