import ConciergeBot
import Foundation

/// Suggestions for a need that names features: products that have them all, and sets of two
/// or three products that have them together when no single one does or when together they
/// cost less than any single one that fits.
///
///     // "newsletters and text messages, $70 a month": no single product under $70 does both
///     matcher.suggest(covering: ["email campaigns", "sms campaigns"], among: all, query, count: 3)
///     // .found([[SMS, Mail Starter] $58 …]) or .nothing(.noneUnderBudget(ceiling: 70, cheapest: [SMS, Mail Pro]))
extension ProductMatcher {
    /// A set of products has every wanted feature and none of them is there for nothing.
    struct Option {
        var members: [Int]
        var price: Double
    }

    /// How many of the cheapest products that have a wanted feature are tried in sets: enough
    /// for any catalog a chat can list, bounded for a big one (C(12, 3) = 220 sets).
    static let combinationPool = 12

    func suggest(covering wanted: [String], among candidates: [Int], _ query: ProductQuery, count: Int) -> Outcome {
        let present = Set(ProductIndex.needTerms(query.need))
        let scores = index.similarities(query.need + ". " + query.like)
        let singles = candidates.filter { product in wanted.allSatisfy { has(products[product], $0) } }
        let sets = combinations(of: wanted, among: candidates, singles: singles)
        let ceiling = query.ceiling ?? .infinity
        let seated = { (product: Int) in self.products[product].isSold(forTeamOf: query.seats) }
        let fittingSingles = singles.filter { seated($0) && products[$0].monthlyPrice <= ceiling }
        let fittingSets = sets.filter { $0.members.allSatisfy(seated) && $0.price <= ceiling }
        let fit = Dictionary(uniqueKeysWithValues: candidates.map { ($0, self.fit($0, present)) })
        let ranked = ordered(fittingSingles, query, scores: scores, fit: fit).map { Option(members: [$0], price: products[$0].monthlyPrice) }
        // A set is worth showing beside single products only when it costs less than all of
        // them; then it comes before those that cost more, unless they are made for the need.
        let cheapestSingle = ranked.map(\.price).min() ?? .infinity
        let merged = ranked + fittingSets.filter { $0.price < cheapestSingle }
        let options = merged.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if query.preference != .widestScope {
                let (fitA, fitB) = query.preference == .lowestPrice ? (0, 0) : (optionFit(a, fit), optionFit(b, fit))
                if fitA != fitB { return fitA > fitB }
                if a.price != b.price, a.members.count > 1 || b.members.count > 1 { return a.price < b.price }
            }
            return left.offset < right.offset
        }.map(\.element)
        if !options.isEmpty {
            var shown = Array(options.prefix(count))
            // A product that does it all is never hidden behind sets that cost less: "which plan
            // has SMS and email?" is answered by the plan, and "no single product" stays true.
            if let single = ranked.first, !shown.contains(where: { $0.members.count == 1 }) { shown[shown.count - 1] = single }
            return .found(shown.map { suggestion($0, wanted: wanted, query) })
        }
        let all = singles.map { Option(members: [$0], price: products[$0].monthlyPrice) } + sets
        guard !all.isEmpty else {
            let missing = wanted.first { feature in !candidates.contains { has(products[$0], feature) } } ?? wanted[0]
            return .nothing(.noneWithFeature(written(missing)))
        }
        let seatedOptions = all.filter { $0.members.allSatisfy(seated) }
        guard let cheapest = seatedOptions.min(by: { $0.price < $1.price }) else {
            let largest = all.map { option in option.members.map { products[$0].seats ?? .infinity }.min() ?? 0 }.max() ?? 0
            return .nothing(.noneForTeam(seats: Int(query.seats ?? 0), largest: Int(largest)))
        }
        return .nothing(.noneUnderBudget(ceiling: ceiling, cheapest: cheapest.members.map { products[$0] }))
    }

    /// Sets of two or three candidates that together have every wanted feature, none of them
    /// superfluous and none a single product that has them all; cheapest first.
    func combinations(of wanted: [String], among candidates: [Int], singles: [Int]) -> [Option] {
        guard wanted.count > 1 else { return [] }
        let pool = candidates.filter { product in !singles.contains(product) && wanted.contains { has(products[product], $0) } }
            .sorted { products[$0].monthlyPrice < products[$1].monthlyPrice }.prefix(Self.combinationPool)
        let members = Array(pool)
        var sets: [Option] = []
        for first in members.indices {
            for second in (first + 1)..<members.count {
                let pair = [members[first], members[second]]
                if covers(pair, wanted) {
                    if isLean(pair, wanted) { sets.append(option(pair)) }
                    continue
                }
                for third in (second + 1)..<members.count {
                    let triple = pair + [members[third]]
                    if covers(triple, wanted), isLean(triple, wanted) { sets.append(option(triple)) }
                }
            }
        }
        return sets.sorted { $0.price < $1.price }
    }

    /// How well an option is made for the need: a single product's fit; a set is made for nothing.
    func optionFit(_ option: Option, _ fit: [Int: Int]) -> Int {
        option.members.count == 1 ? fit[option.members[0], default: 0] : 0
    }

    func covers(_ members: [Int], _ wanted: [String]) -> Bool {
        wanted.allSatisfy { feature in members.contains { has(products[$0], feature) } }
    }

    /// Every member is needed: without any one of them a wanted feature is missing.
    func isLean(_ members: [Int], _ wanted: [String]) -> Bool {
        members.indices.allSatisfy { left in !covers(members.enumerated().filter { $0.offset != left }.map(\.element), wanted) }
    }

    func option(_ members: [Int]) -> Option {
        Option(members: members, price: members.reduce(0) { $0 + products[$1].monthlyPrice })
    }

    /// The suggestion for an option: within the budget, for the team, with the wanted features it has.
    func suggestion(_ option: Option, wanted: [String], _ query: ProductQuery) -> ProductSuggestion {
        let members = option.members.map { products[$0] }
        var reasons: [SuggestionReason] = []
        if let budget = query.budgetText { reasons.append(.withinBudget(budget)) }
        if let seats = query.seats, members.contains(where: { $0.seats != nil }) { reasons.append(.coversTeam(Int(seats))) }
        // Up to four: a required feature cut from the list ("SSO is a must") reads as missing.
        reasons.append(.includes(wanted.prefix(4).map(written)))
        return ProductSuggestion(products: members, reasons: reasons)
    }
}
