import ConciergeBot
import Foundation

/// Products a message names, and the one it asks about.
extension ProductMatcher {
    /// The catalog products named in a text, in the order they appear: the full name, or its
    /// distinctive part when every product shares a first word ("SMS" for "Brightwave SMS").
    func named(in text: String) -> [Product] {
        // Words numbered by the names' vocabulary, not a string search: this runs on every
        // message, and most name no product (Foundation's search made a turn twice as slow).
        let head = text.utf8.count <= 1000 ? Substring(text) : text.prefix(1000)
        let words = Self.folded(head).split(separator: " ").map { nameWords.numbers[String($0)] ?? -1 }
        guard words.contains(where: { $0 > ProductNameWords.this }) else { return [] }
        var found: [(range: Range<Int>, product: Product)] = []
        for (product, names) in zip(products, nameWords.forms) {
            for (index, name) in names.enumerated() where !name.isEmpty && name.count <= words.count {
                for start in 0...(words.count - name.count) where words[start] == name[0] {
                    guard zip(words[start...], name).allSatisfy({ $0 == $1 }) else { continue }
                    // "delete this chat too" is the conversation, not Brightwave Chat (blind audit 45).
                    if index == 0 || start == 0 || words[start - 1] != ProductNameWords.this {
                        found.append((start..<(start + name.count), product))
                    }
                }
            }
        }
        // A name inside a longer one is not a mention of its own: "Mail Starter" names Mail
        // Starter, not also the Starter bundle.
        let distinct = found.filter { candidate in
            !found.contains { other in
                other.product != candidate.product && other.range.count > candidate.range.count
                    && other.range.lowerBound <= candidate.range.lowerBound && candidate.range.upperBound <= other.range.upperBound
            }
        }
        var seen = Set<String>()
        return distinct.sorted { $0.range.lowerBound < $1.range.lowerBound }
            .filter { seen.insert($0.product.name).inserted }.map(\.product)
    }

    /// Lower case, with every character that is no letter or digit a space.
    static func folded(_ text: Substring) -> String {
        // Most messages are ASCII: byte by byte, without grapheme breaking.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                default: UInt8(ascii: " ")
                }
            }, as: UTF8.self)
        }
        return String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
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
