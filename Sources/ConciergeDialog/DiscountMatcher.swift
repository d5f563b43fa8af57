import ConciergeBot

/// The catalog's discounts with their words stemmed as `ProductIndex.terms`, to find the one a
/// price question names: by who gets it ("how much is Growth for a charity?") or by its
/// percentage ("Mail Pro with 40% off?"). A percentage no discount has names none: the bot
/// works out no price it does not offer.
///
///     let matcher = DiscountMatcher(catalog.discounts)
///     matcher.asked(in: ProductIndex.terms("growth for a charity"), percentOff: nil)?.discount.percent   // 40
struct DiscountMatcher: Sendable {
    let discounts: [CatalogDiscount]
    /// Per discount, the stemmed terms of each of its words.
    private let phrases: [[[String]]]

    init(_ discounts: [CatalogDiscount]) {
        self.discounts = discounts
        phrases = discounts.map { $0.words.map(ProductIndex.terms).filter { !$0.isEmpty } }
    }

    /// The discount with this `name`, as the session keeps it; nil when the catalog no longer has it.
    func discount(named name: String) -> CatalogDiscount? {
        discounts.first { $0.name == name }
    }

    /// The discount `terms` name, and the phrases of it they hold; the first in catalog order.
    func asked(in terms: [String], percentOff: Double?) -> (discount: CatalogDiscount, phrases: [[String]])? {
        for (index, discount) in discounts.enumerated() {
            let said = phrases[index].filter { ProductIndex.contains(terms, $0) }
            if !said.isEmpty { return (discount, said) }
        }
        guard let percentOff, let discount = discounts.first(where: { $0.percent == percentOff }) else { return nil }
        return (discount, [])
    }

    /// Words of a price question about a discount besides who gets it (stemmed): "with the
    /// discount", "for us as a registered charity", "does the 40% off apply".
    static let discountTerms: Set<String> = Set(ProductIndex.terms("""
        discount discounts discounted off percent special deal reduced rate as registered apply applied applies
        include includes including included get gets small non profit are re they them their
        """))
}
