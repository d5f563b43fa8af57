import ConciergeBot

/// The words of the catalog's product names, numbered once, for `ProductMatcher.named(in:)`:
/// per product, its full name and, when every product shares a first word (the brand), its
/// distinctive part ("sms" for "Brightwave SMS"), as word numbers.
///
///     let names = ProductNameWords(products: catalog)
///     names.numbers["sms"]   // the number of "sms"; a word in no name has none
struct ProductNameWords: Sendable {
    let numbers: [String: Int]
    /// Per product, its names as word numbers.
    let forms: [[[Int]]]
    /// The number of "this" ("this chat" is the conversation), below every name's words.
    static let this = 0

    init(products: [Product]) {
        var numbers: [String: Int] = ["this": Self.this]
        func number(_ word: Substring) -> Int {
            if let known = numbers[String(word)] { return known }
            numbers[String(word)] = numbers.count
            return numbers.count - 1
        }
        let brand = products.first.flatMap { $0.name.split(separator: " ").first.map { String($0).lowercased() } }
        let shared = brand.map { brand in products.allSatisfy { $0.name.lowercased().hasPrefix(brand + " ") } } ?? false
        forms = products.map { product in
            let full = ProductMatcher.folded(Substring(product.name)).split(separator: " ").map(number)
            return shared ? [full, Array(full.dropFirst())] : [full]
        }
        self.numbers = numbers
    }
}
