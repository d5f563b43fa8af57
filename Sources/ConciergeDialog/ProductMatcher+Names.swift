import ConciergeBot
import Foundation

/// Products a message names, and the one it asks about.
extension ProductMatcher {
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
                while let range = folded.range(of: " " + name + " ", options: [], from: from) {
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
    /// → Brightwave Social): the first suggestion for it as a need. Nil when the text says no need.
    func bestMatch(for text: String) -> Product? {
        guard index.describesNeed(text), case .found(let found) = suggest(ProductQuery(need: text), count: 1) else { return nil }
        return found.first?.product
    }

    /// The product a message asks about among those it names: one not already shown (the
    /// new name is the question: "A/B Lab isn't email, what about Mail Starter?"), else the
    /// last named; nil when it names none.
    func asked(in text: String, shown: [String]) -> Product? {
        let named = named(in: text)
        let seen = Set(shown.map { $0.lowercased() })
        return named.last { !seen.contains($0.name.lowercased()) } ?? named.last
    }

    /// The text without the names of `products` (full or without the shared brand, any case).
    ///
    ///     ProductMatcher.removingNames(of: [growth], from: "cheaper than Growth for sms?")   // "cheaper than  for sms?"
    static func removingNames(of products: [Product], from text: String) -> String {
        var result = text
        for product in products {
            let words = product.name.split(separator: " ")
            for name in [product.name, words.dropFirst().joined(separator: " ")] where !name.isEmpty {
                while let range = result.range(of: name, options: .caseInsensitive, from: result.startIndex) { result.replaceSubrange(range, with: " ") }
            }
        }
        return result
    }
}
