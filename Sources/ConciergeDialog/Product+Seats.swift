import ConciergeBot

extension Product {
    /// Whether the product is sold for a team of `size` people: it has no seat limit, or one at
    /// least that big. No size known: any product is.
    ///
    ///     mailStarter.isSold(forTeamOf: 4)   // false: it covers 3
    func isSold(forTeamOf size: Double?) -> Bool {
        (seats ?? .infinity) >= (size ?? 0)
    }
}
