import ConciergeBot
import Foundation

/// What the user told us that narrows the catalog.
struct ProductQuery: Hashable, Sendable {
    var need: String
    /// The budget in US dollars per month; nil: no ceiling.
    var ceiling: Double?
    /// How the user's budget reads in replies ("$150/month"), from the catalog's `price`.
    var budgetText: String?
    var seats: Double?
    var category: String?
    var features: [String]
    /// Products the user already has or has already seen: never suggested.
    var excluded: [String]

    init(need: String = "", ceiling: Double? = nil, budgetText: String? = nil, seats: Double? = nil,
                category: String? = nil, features: [String] = [], excluded: [String] = []) {
        self.need = need
        self.ceiling = ceiling
        self.budgetText = budgetText
        self.seats = seats
        self.category = category
        self.features = features
        self.excluded = excluded
    }

    /// Nothing but the need would narrow the catalog: no budget, team size, category or features.
    var narrowsNothing: Bool { ceiling == nil && seats == nil && category == nil && features.isEmpty }
}

/// A suggested product and why; the dialog says the reasons in the catalog's words.
struct ProductSuggestion: Hashable, Sendable {
    var product: Product
    var reasons: [SuggestionReason]
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
    /// Nothing under the ceiling (US dollars per month); `cheapest` fits otherwise.
    case noneUnderBudget(ceiling: Double, cheapest: Product)
}

/// Filters the catalog by the query and ranks what is left by how well it matches the need.
/// When nothing fits, says which wish emptied the list and what comes closest.
///
///     let matcher = ProductMatcher(products: catalog)
///     switch matcher.suggest(ProductQuery(need: "sms for my shop", ceiling: 100), count: 3) {
///     case .found(let suggestions): suggestions[0].reasons   // [.includes(["SMS campaigns"])]
///     case .nothing(let why): why   // .noneUnderBudget(ceiling: 20, cheapest: mail)
///     }
struct ProductMatcher: Sendable {
    enum Outcome: Hashable, Sendable {
        case found([ProductSuggestion])
        case nothing(NoSuggestion)
    }

    let products: [Product]
    let index: ProductIndex

    init(products: [Product]) {
        self.products = products
        index = ProductIndex(products: products)
    }

    func suggest(_ query: ProductQuery, count: Int) -> Outcome {
        let excluded = Set(query.excluded.map { $0.lowercased() })
        var candidates = Array(products.indices).filter { !excluded.contains(products[$0].name.lowercased()) }
        if candidates.isEmpty { return .nothing(.nothingLeft) }
        if let category = query.category?.lowercased() {
            candidates = candidates.filter { products[$0].category.lowercased() == category }
            if candidates.isEmpty { return .nothing(.noneInCategory(category)) }
        }
        for feature in query.features {
            let wanted = feature.lowercased()
            candidates = candidates.filter { products[$0].features.contains { $0.lowercased() == wanted } }
            if candidates.isEmpty { return .nothing(.noneWithFeature(feature)) }
        }
        // The need comes first: a product that does not do what the user asked for is no
        // suggestion, however well it fits the team or the budget. When the products that do
        // it are all too small or too dear, saying so is the honest answer.
        let scores = index.similarities(query.need)
        if candidates.contains(where: { scores[$0] > 0 }) { candidates = candidates.filter { scores[$0] > 0 } }
        if let seats = query.seats {
            let fitting = candidates.filter { (products[$0].seats ?? .infinity) >= seats }
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
                return .nothing(.noneUnderBudget(ceiling: ceiling, cheapest: products[cheapest]))
            }
            candidates = fitting
        }
        let ranked = candidates.sorted { left, right in
            if abs(scores[left] - scores[right]) > 1e-9 { return scores[left] > scores[right] }
            if products[left].monthlyPrice != products[right].monthlyPrice {
                return products[left].monthlyPrice < products[right].monthlyPrice
            }
            return left < right
        }
        return .found(ranked.prefix(count).map { ProductSuggestion(product: products[$0], reasons: reasons(products[$0], query)) })
    }

    /// Within the budget, for the team, and the features the need asks for (else a tag it
    /// mentions, else the first feature): `[.withinBudget("$150/month"), .includes(["SMS campaigns"])]`.
    func reasons(_ product: Product, _ query: ProductQuery) -> [SuggestionReason] {
        var parts: [SuggestionReason] = []
        if let budget = query.budgetText { parts.append(.withinBudget(budget)) }
        if let seats = query.seats, product.seats != nil { parts.append(.coversTeam(Int(seats))) }
        let needTerms = Set(ProductIndex.terms(query.need))
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

    /// The catalog products named in a text, in the order they appear: the full name, or its
    /// distinctive part when every product shares a first word ("SMS" for "Brightwave SMS").
    func named(in text: String) -> [Product] {
        let folded = " " + text.prefix(1000).lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.map(String.init).joined() + " "
        let brand = products.first.flatMap { $0.name.split(separator: " ").first.map { String($0).lowercased() } }
        let shared = brand.map { brand in products.allSatisfy { $0.name.lowercased().hasPrefix(brand + " ") } } ?? false
        var found: [(range: Range<String.Index>, length: Int, product: Product)] = []
        for product in products {
            let full = product.name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.map(String.init).joined()
            var names = [full]
            if shared, let brand { names.append(String(full.dropFirst(brand.count + 1))) }
            for name in names {
                var from = folded.startIndex
                while let range = folded.range(of: " " + name + " ", range: from..<folded.endIndex) {
                    found.append((range, name.count, product))
                    from = folded.index(before: range.upperBound)
                }
            }
        }
        // A name inside a longer one is not a mention of its own: "Mail Starter" names Mail
        // Starter, not also the Starter bundle.
        let distinct = found.filter { candidate in
            !found.contains { other in
                other.product != candidate.product && other.length > candidate.length
                    && other.range.lowerBound <= candidate.range.lowerBound && candidate.range.upperBound <= other.range.upperBound
            }
        }
        var seen = Set<String>()
        return distinct.sorted { $0.range.lowerBound < $1.range.lowerBound }
            .filter { seen.insert($0.product.name).inserted }.map(\.product)
    }

    /// The product that best matches what a text asks about ("can I schedule social posts?"
    /// → Brightwave Social); at equal similarity the cheaper. Nil when the text says no need.
    func bestMatch(for text: String) -> Product? {
        guard index.describesNeed(text) else { return nil }
        let scores = index.similarities(text)
        let best = products.indices.filter { scores[$0] > 0 }.min { left, right in
            abs(scores[left] - scores[right]) > 1e-9 ? scores[left] > scores[right] : products[left].monthlyPrice < products[right].monthlyPrice
        }
        return best.map { products[$0] }
    }

    /// The text without the names of `products` (full or without the shared brand, any case).
    ///
    ///     ProductMatcher.removingNames(of: [growth], from: "cheaper than Growth for sms?")   // "cheaper than  for sms?"
    static func removingNames(of products: [Product], from text: String) -> String {
        var result = text
        for product in products {
            let words = product.name.split(separator: " ")
            for name in [product.name, words.dropFirst().joined(separator: " ")] where !name.isEmpty {
                while let range = result.range(of: name, options: .caseInsensitive) { result.replaceSubrange(range, with: " ") }
            }
        }
        return result
    }
}
