import ConciergeBot
import Foundation

/// What the user told us that narrows the catalog.
struct ProductQuery: Hashable, Sendable {
    var need: String
    /// The budget in US dollars per month; nil: no ceiling.
    var ceiling: Double?
    /// How the budget reads in replies ("$150 a month").
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

/// A suggested product and why, in one line.
struct ProductSuggestion: Hashable, Sendable {
    var product: Product
    var reason: String
}

/// Filters the catalog by the query and ranks what is left by how well it matches the need.
/// When nothing fits, says which wish emptied the list and what comes closest.
///
///     let matcher = ProductMatcher(products: catalog)
///     switch matcher.suggest(ProductQuery(need: "sms for my shop", ceiling: 100), count: 3) {
///     case .found(let suggestions): suggestions[0].reason   // "under your $100/month budget; includes SMS campaigns"
///     case .nothing(let why): why   // "Nothing fits under $20/month; the cheapest option is Mail at $29/month."
///     }
struct ProductMatcher: Sendable {
    enum Outcome: Hashable, Sendable {
        case found([ProductSuggestion])
        case nothing(String)
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
        if candidates.isEmpty { return .nothing("You already have or have seen everything in our catalog.") }
        if let category = query.category?.lowercased() {
            candidates = candidates.filter { products[$0].category.lowercased() == category }
            if candidates.isEmpty { return .nothing("I don't have another product in the \(category) category for you.") }
        }
        for feature in query.features {
            let wanted = feature.lowercased()
            candidates = candidates.filter { products[$0].features.contains { $0.lowercased() == wanted } }
            if candidates.isEmpty { return .nothing("None of our other products includes \(feature).") }
        }
        if let seats = query.seats {
            let fitting = candidates.filter { (products[$0].seats ?? .infinity) >= seats }
            if fitting.isEmpty {
                let largest = candidates.compactMap { products[$0].seats }.max() ?? 0
                return .nothing("None of these is sold for a team of \(Int(seats)); the largest covers "
                    + "\(Int(largest)) people, so our sales team would put together a custom plan.")
            }
            candidates = fitting
        }
        if let ceiling = query.ceiling {
            let fitting = candidates.filter { products[$0].monthlyPrice <= ceiling }
            if fitting.isEmpty {
                let cheapest = candidates.min { products[$0].monthlyPrice < products[$1].monthlyPrice }.map { products[$0] }
                let cheapestText = cheapest.map { "; the cheapest option that otherwise fits is \($0.name) at \(Money.monthly($0.monthlyPrice))" } ?? ""
                return .nothing("Nothing fits under \(Money.monthly(ceiling))\(cheapestText).")
            }
            candidates = fitting
        }
        let scores = index.similarities(query.need)
        // Once something matches the need, what matches nothing is no suggestion.
        if candidates.contains(where: { scores[$0] > 0 }) { candidates = candidates.filter { scores[$0] > 0 } }
        let ranked = candidates.sorted { left, right in
            if abs(scores[left] - scores[right]) > 1e-9 { return scores[left] > scores[right] }
            if products[left].monthlyPrice != products[right].monthlyPrice {
                return products[left].monthlyPrice < products[right].monthlyPrice
            }
            return left < right
        }
        return .found(ranked.prefix(count).map { ProductSuggestion(product: products[$0], reason: reason(products[$0], query)) })
    }

    /// "under your $150 a month budget; includes SMS campaigns and email automation".
    func reason(_ product: Product, _ query: ProductQuery) -> String {
        var parts: [String] = []
        if let budget = query.budgetText { parts.append("within your \(budget) budget") }
        if let seats = query.seats, product.seats != nil { parts.append("covers your team of \(Int(seats))") }
        let needTerms = Set(ProductIndex.terms(query.need))
        let matched = (product.features).filter { feature in
            let terms = ProductIndex.terms(feature)
            return !terms.isEmpty && terms.contains(where: needTerms.contains)
        }
        if !matched.isEmpty {
            parts.append("includes " + ProductMatcher.list(Array(matched.prefix(2))))
        } else if let tag = product.tags.first(where: { !Set(ProductIndex.terms($0)).isDisjoint(with: needTerms) }) {
            parts.append("made for \(tag)")
        } else if let feature = product.features.first {
            parts.append("includes \(feature)")
        }
        return parts.joined(separator: "; ")
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

    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
