import ConciergeBot
import ConciergeText

/// "how much is growth for a nonprofit?" — "$59.40/month…" — "and yearly?": a price asked
/// again another way right after a reply that priced products is about those products, not a
/// general answer about yearly billing or discounts (blind audits 63 to 66 gave the billing,
/// pricing and discounts answers to "and yearly?", "with yearly?", "price for that?" and "with
/// the nonprofit discount?").
extension DialogStep {
    /// Moves what the previous reply priced out of the session into `lastPriced`: it holds for
    /// the one message that follows, and a reply of this turn that prices products notes them again.
    mutating func takeLastPriced() {
        defer { session.priced = nil; session.pricedDiscount = nil }
        let products = (session.priced ?? []).compactMap(product(named:))
        guard !products.isEmpty else { lastPriced = nil; return }
        let discount = session.pricedDiscount.flatMap(machine.discounts.discount(named:))
        lastPriced = (products, discount)
    }

    /// A message that names products the reply did not price ("can I combine pages and
    /// social"): "how much together?" next asks their price (blind audit 67 gave the answer
    /// about combining twice). What a reply priced comes first.
    mutating func noteNamedProducts() {
        guard session.priced == nil, !typedText.isEmpty else { return }
        // Several, as "how much together?" asks: one product named has its price in its answer.
        let named = machine.products.named(in: typedText)
        guard named.count >= 2 else { return }
        let terms = ProductIndex.terms(typedText)
        let products = named.filter { !isPartOfFeature($0, in: terms) }
        if !products.isEmpty { session.priced = products.map(\.name) }
    }

    /// Notes the products (and the discount) a reply of this turn priced, for the next message.
    mutating func notePriced(_ products: [Product], discount: CatalogDiscount? = nil) {
        session.priced = products.map(\.name)
        session.pricedDiscount = discount?.name
    }

    /// The products the previous reply priced, when this message asks their price again and
    /// nothing else: no product or feature named, only words of a price question once the
    /// discount's words are out ("and yearly?", "price for that?", "with the charity discount
    /// then?"). nil otherwise ("does that include VAT?", "what about mail pro?", "can I pay yearly?").
    var productsPricedBefore: [Product]? {
        guard let lastPriced else { return nil }
        let terms = ProductIndex.terms(typedText)
        let asks = understanding.asksPrice || understanding.asksYearlyPrice || typedDiscount != nil
            || terms.contains(where: ProductIndex.priceTerms.contains)
        guard asks, machine.products.named(in: typedText).isEmpty,
              !machine.products.index.featurePhrases.contains(where: { ProductIndex.contains(terms, $0.terms) }),
              !Tokenizer().tokenize(typedText).contains(where: { Self.whetherWords.contains($0.normalized) }),
              withoutDiscount(terms).allSatisfy(ProductIndex.priceQuestionTerms.contains) else { return nil }
        return lastPriced.products
    }

    /// Notes the catalog discount the visitor says they qualify for, in the words where they
    /// say what they are ("we are a nonprofit association", "im a student doing a blog"): the
    /// prices asked later are theirs (blind audits 67 and 68 quoted list prices right after
    /// the discount answer). A later description that names another discount replaces it, and
    /// one that denies it ("its for my personal blog not for uni") drops it.
    mutating func noteQualifiedDiscount() {
        guard !understanding.selfDescriptions.isEmpty || !understanding.selfDenials.isEmpty else { return }
        let scalars = Array(message.unicodeScalars)
        func discount(in span: Range<Int>) -> CatalogDiscount? {
            guard span.upperBound <= scalars.count else { return nil }
            let text = String(String.UnicodeScalarView(scalars[span]))
            return machine.discounts.asked(in: ProductIndex.terms(text), percentOff: nil)?.discount
        }
        for span in understanding.selfDenials where discount(in: span)?.name == session.qualifiedDiscount {
            session.qualifiedDiscount = nil
        }
        for span in understanding.selfDescriptions {
            if let discount = discount(in: span) { session.qualifiedDiscount = discount.name }
        }
    }

    /// The discount the visitor said they qualify for earlier in the conversation, if the
    /// catalog still has it.
    var qualifiedDiscount: CatalogDiscount? {
        session.qualifiedDiscount.flatMap(machine.discounts.discount(named:))
    }

    /// Words that ask whether a way of paying is possible, not what it costs: "can i pay
    /// yearly?" after a yearly price is the billing answer's question.
    static let whetherWords: Set<String> = ["can", "could", "may", "possible", "allowed"]
}
