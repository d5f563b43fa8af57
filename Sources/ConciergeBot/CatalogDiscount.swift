/// A special price some visitors get (`catalog: discounts:`): its name as replies say it, the
/// percentage off the monthly price, and the words visitors use for who gets it. A price
/// question that names a product and one of the words ("how much is Growth for a charity?",
/// "Growth with 40% off?") is answered with the price less the discount.
///
///     discounts:
///       - name: "the nonprofit and education discount (40% off)"
///         percent: 40
///         words: [nonprofit, charity, ngo, school, university, student]
public struct CatalogDiscount: Sendable, Codable, Equatable {
    /// How replies name it (`{discount}`): the bot's words, not an identifier.
    public var name: String
    /// The percentage off a monthly price, 1 to 90.
    public var percent: Double
    /// Words and phrases that say the visitor is one who gets it.
    public var words: [String]
    public var location: SourceLocation?

    public init(name: String, percent: Double, words: [String], location: SourceLocation? = nil) {
        self.name = name
        self.percent = percent
        self.words = words
        self.location = location
    }
}
