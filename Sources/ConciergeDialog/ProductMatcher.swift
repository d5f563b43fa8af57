import ConciergeBot
import ConciergeNLU
import Foundation

/// What the user told us that narrows the catalog.
struct ProductQuery: Hashable, Sendable {
    /// What the user needs, in their words: the features it names are required, the rest ranks.
    var need: String
    /// Ranks like the need but requires nothing: "cheaper than Growth" looks for something like Growth.
    var like: String
    /// The budget in US dollars per month; nil: no ceiling.
    var ceiling: Double?
    /// How the user's budget reads in replies ("$150/month"), from the catalog's `price`.
    var budgetText: String?
    var seats: Double?
    var category: String?
    var features: [String]
    /// Products the user already has or has already seen: never suggested.
    var excluded: [String]
    /// "The cheapest", "the most complete": orders what fits by price or by scope.
    var preference: Understanding.ProductPreference?

    init(need: String = "", like: String = "", ceiling: Double? = nil, budgetText: String? = nil, seats: Double? = nil,
         category: String? = nil, features: [String] = [], excluded: [String] = [],
         preference: Understanding.ProductPreference? = nil) {
        self.need = need
        self.like = like
        self.ceiling = ceiling
        self.budgetText = budgetText
        self.seats = seats
        self.category = category
        self.features = features
        self.excluded = excluded
        self.preference = preference
    }

    /// Nothing but the need would narrow the catalog: no budget, team size, category, features or order.
    var narrowsNothing: Bool { ceiling == nil && seats == nil && category == nil && features.isEmpty && preference == nil }
}

/// A suggestion and why: one product, or several that together do what the user needs (no
/// single one does). The dialog says the reasons in the catalog's words.
struct ProductSuggestion: Hashable, Sendable {
    var products: [Product]
    var reasons: [SuggestionReason]

    init(products: [Product], reasons: [SuggestionReason]) {
        self.products = products
        self.reasons = reasons
    }

    init(product: Product, reasons: [SuggestionReason]) {
        self.init(products: [product], reasons: reasons)
    }

    /// How the session stores the names of products suggested together ("A + B").
    static let separator = " + "

    /// The (first) product.
    var product: Product { products[0] }
    /// What the products cost together, US dollars per month.
    var monthlyPrice: Double { products.reduce(0) { $0 + $1.monthlyPrice } }
}

/// One reason a product is suggested (`reason_…` of the catalog's messages).
enum SuggestionReason: Hashable, Sendable {
    /// Within the user's budget, as it reads ("$150/month").
    case withinBudget(String)
    case coversTeam(Int)
    /// Features the need asks for (or the product's first feature).
    case includes([String])
    /// A tag the need mentions.
    case madeFor(String)
}

/// Why nothing is suggested (`nothing_…` of the catalog's messages): the wish that emptied the list.
enum NoSuggestion: Hashable, Sendable {
    /// The user has or has seen every product.
    case nothingLeft
    case noneInCategory(String)
    case noneWithFeature(String)
    /// No product is sold for a team this big; `largest`: the biggest team one is sold for.
    case noneForTeam(seats: Int, largest: Int)
    /// Nothing under the ceiling (US dollars per month); `cheapest` fits otherwise (one
    /// product, or several that together do what the user needs).
    case noneUnderBudget(ceiling: Double, cheapest: [Product])
}

/// Filters the catalog by the query and ranks what is left. The features a need names are
/// required (`ProductIndex.wantedFeatures`): a product without one is no suggestion, however
/// cheap; when no single product has them all, products that do together are suggested as
/// one (`ProductMatcher+Combinations`). What fits is ordered by the user's preference
/// (cheapest, widest), else by how well it is made for the need, then by price. When nothing
/// fits, says which wish emptied the list and what comes closest.
///
///     let matcher = ProductMatcher(products: catalog, featureWords: ["sms campaigns": ["sms", "texts"]])
///     switch matcher.suggest(ProductQuery(need: "texts for my shop", ceiling: 100), count: 3) {
///     case .found(let suggestions): suggestions[0].reasons   // [.includes(["SMS campaigns"])]
///     case .nothing(let why): why   // .noneUnderBudget(ceiling: 20, cheapest: [sms])
///     }
struct ProductMatcher: Sendable {
    enum Outcome: Hashable, Sendable {
        case found([ProductSuggestion])
        case nothing(NoSuggestion)
    }

    let products: [Product]
    let index: ProductIndex
    /// The words of the product names, numbered for `named(in:)`.
    let nameWords: ProductNameWords

    init(products: [Product], featureWords: [String: [String]] = [:]) {
        self.products = products
        index = ProductIndex(products: products, featureWords: featureWords)
        nameWords = ProductNameWords(products: products)
    }

    func suggest(_ query: ProductQuery, count: Int) -> Outcome {
        var query = query
        let excluded = Set(query.excluded.map { $0.lowercased() })
        var candidates = Array(products.indices).filter { !excluded.contains(products[$0].name.lowercased()) }
        if candidates.isEmpty { return .nothing(.nothingLeft) }
        if let category = query.category?.lowercased() {
            candidates = candidates.filter { products[$0].category.lowercased() == category }
            if candidates.isEmpty { return .nothing(.noneInCategory(category)) }
        }
        for feature in query.features {
            let wanted = feature.lowercased()
            candidates = candidates.filter { has(products[$0], wanted) }
            if candidates.isEmpty { return .nothing(.noneWithFeature(feature)) }
        }
        let needTerms = ProductIndex.needTerms(query.need)
        let wanted = index.wantedFeatures(needTerms)
        if !wanted.isEmpty { return suggest(covering: wanted, among: candidates, query, count: count) }
        // No feature named: a need ranks by its words, and a product that shares none of them
        // is no suggestion when others do. Words that say no need ("the least expensive one
        // you sell") filter nothing, whatever description happens to share them.
        let text = query.need + ". " + query.like
        let scores = index.similarities(text)
        let unranked = candidates
        if index.describesNeed(text), candidates.contains(where: { scores[$0] > 0 }) {
            candidates = candidates.filter { scores[$0] > 0 }
        }
        if let seats = query.seats {
            let fitsTeam = { (index: Int) in products[index].isSold(forTeamOf: seats) }
            var fitting = candidates.filter(fitsTeam)
            // Words shared with small products' descriptions ("45 ppl marketing team at a retail
            // chain") are no reason to say nothing fits a team a larger one is sold for (blind
            // audit 53: "the largest covers 25" with Enterprise for any size).
            // Then the most complete of those comes first: nothing says what is needed.
            if fitting.isEmpty {
                fitting = unranked.filter(fitsTeam)
                if query.preference == nil { query.preference = .widestScope }
            }
            if fitting.isEmpty {
                let largest = candidates.compactMap { products[$0].seats }.max() ?? 0
                return .nothing(.noneForTeam(seats: Int(seats), largest: Int(largest)))
            }
            candidates = fitting
        }
        if let ceiling = query.ceiling {
            let fitting = candidates.filter { products[$0].monthlyPrice <= ceiling }
            // Candidates are never empty here, so there is always a cheapest one.
            if fitting.isEmpty, let cheapest = candidates.min(by: { products[$0].monthlyPrice < products[$1].monthlyPrice }) {
                return .nothing(.noneUnderBudget(ceiling: ceiling, cheapest: [products[cheapest]]))
            }
            candidates = fitting
        }
        let ranked = ordered(candidates, query, scores: scores, fit: nil)
        return .found(ranked.prefix(count).map { ProductSuggestion(product: products[$0], reasons: reasons(products[$0], query)) })
    }

    /// Products, in the order the user wants them: by price for "the cheapest", by scope for
    /// "the most complete"; otherwise by `fit` (how well each is made for the need) then price,
    /// or, without a fit, by similarity to the need then price.
    func ordered(_ candidates: [Int], _ query: ProductQuery, scores: [Double], fit: [Int: Int]?) -> [Int] {
        candidates.sorted { left, right in
            let (a, b) = (products[left], products[right])
            switch query.preference {
            case .lowestPrice:
                if a.monthlyPrice != b.monthlyPrice { return a.monthlyPrice < b.monthlyPrice }
            case .widestScope:
                if a.features.count != b.features.count { return a.features.count > b.features.count }
                if a.monthlyPrice != b.monthlyPrice { return a.monthlyPrice > b.monthlyPrice }
            case nil:
                if let fit {
                    if fit[left, default: 0] != fit[right, default: 0] { return fit[left, default: 0] > fit[right, default: 0] }
                    if a.monthlyPrice != b.monthlyPrice { return a.monthlyPrice < b.monthlyPrice }
                }
            }
            if abs(scores[left] - scores[right]) > 1e-9 { return scores[left] > scores[right] }
            if a.monthlyPrice != b.monthlyPrice { return a.monthlyPrice < b.monthlyPrice }
            return left < right
        }
    }

    /// How well a product is made for the need: each of its tags the need says in full counts
    /// two ("online shop"), its category one ("email tools" for an email product).
    func fit(_ product: Int, _ present: Set<String>) -> Int {
        2 * index.matchedTags(product, present) + (index.categoryTerms[product].isDisjoint(with: present) ? 0 : 1)
    }

    /// Whether the product lists the feature (any case).
    func has(_ product: Product, _ feature: String) -> Bool {
        product.features.contains { $0.lowercased() == feature }
    }

    /// A wanted feature (lowercased) as the catalog writes it: "sms campaigns" → "SMS campaigns".
    func written(_ feature: String) -> String {
        products.lazy.flatMap(\.features).first { $0.lowercased() == feature } ?? feature
    }

    /// Within the budget, for the team, and the features the need asks for (else a tag it
    /// mentions, else the first feature): `[.withinBudget("$150/month"), .includes(["SMS campaigns"])]`.
    func reasons(_ product: Product, _ query: ProductQuery) -> [SuggestionReason] {
        var parts: [SuggestionReason] = []
        if let budget = query.budgetText { parts.append(.withinBudget(budget)) }
        if let seats = query.seats, product.seats != nil { parts.append(.coversTeam(Int(seats))) }
        let needTerms = Set(ProductIndex.needTerms(query.need + ". " + query.like))
        let matched = (product.features).filter { feature in
            let terms = ProductIndex.terms(feature)
            return !terms.isEmpty && terms.contains(where: needTerms.contains)
        }
        if !matched.isEmpty {
            parts.append(.includes(Array(matched.prefix(2))))
        } else if let tag = product.tags.first(where: { !Set(ProductIndex.terms($0)).isDisjoint(with: needTerms) }) {
            parts.append(.madeFor(tag))
        } else if let feature = product.features.first {
            parts.append(.includes([feature]))
        }
        return parts
    }
}
