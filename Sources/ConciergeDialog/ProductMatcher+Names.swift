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
            for (index, name) in names.enumerated() {
                var from = folded.startIndex
                while let range = folded.range(of: " " + name + " ", options: [], from: from) {
                    // "delete this chat too" is the conversation, not Brightwave Chat (blind audit 45).
                    if index == 0 || !folded[..<range.lowerBound].hasSuffix(" this") { found.append((range, name.count, product)) }
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

    /// Whether the words at `span` (Unicode scalar offsets) are part of a longer product name
    /// written around them: "starter" in "Mail Starter" is no mention of the Starter bundle.
    ///
    ///     matcher.isInsideLongerName(5..<12, of: "mail starter please")   // true
    func isInsideLongerName(_ span: Range<Int>, of text: String) -> Bool {
        // Scalar by scalar, so that offsets stay those of `text`: letters and digits lowercased,
        // anything else a space.
        let folded: [Unicode.Scalar] = text.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : " "
        }
        guard span.lowerBound >= 0, span.upperBound <= folded.count, !span.isEmpty else { return false }
        for product in products {
            let words = product.name.lowercased().split(separator: " ").map(String.init)
            for name in [words.joined(separator: " "), words.dropFirst().joined(separator: " ")] {
                let target = Array(name.unicodeScalars)
                guard target.count > span.count else { continue }
                // Every start from which the name would cover the span, on word boundaries.
                let first = max(0, span.upperBound - target.count), last = min(span.lowerBound, folded.count - target.count)
                guard first <= last else { continue }
                for start in first...last where folded[start..<(start + target.count)].elementsEqual(target)
                    && (start == 0 || folded[start - 1] == " ")
                    && (start + target.count == folded.count || folded[start + target.count] == " ") {
                    return true
                }
            }
        }
        return false
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
