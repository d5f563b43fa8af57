import ConciergeBot
import ConciergeText
import Foundation

/// A small TF-IDF index over the catalog: each product is a document (name, category,
/// description, features, tags) of stemmed words, and a need ranks products by cosine
/// similarity. Independent of the NLU's classifier features on purpose: this ranks a handful
/// of descriptions, it does not classify.
///
///     let index = ProductIndex(products: catalog)
///     index.similarities("newsletters for our online shop")   // one score per product, 0…1
struct ProductIndex: Sendable {
    let vectors: [[String: Double]]
    let idf: [String: Double]
    /// Terms some products use and others do not: the words that can say what a user needs.
    let distinctive: Set<String>

    /// Words of asking for a suggestion, not of what it is for ("suggest a product",
    /// "which plan is right for our team").
    static let requestTerms = Set(terms("""
        suggest suggestion recommend recommendation product products tool tools plan plans option options package
        choose pick best right good fit fits which what should get buy thing one anything else team please
        """))

    /// Words too common to tell products apart.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "for", "to", "of", "in", "on", "with", "our", "we", "i", "you", "your", "my",
        "is", "are", "be", "it", "that", "this", "need", "want", "would", "like", "some", "something", "me", "us",
        "do", "can", "have", "has", "at", "about", "from", "by", "so", "all", "more", "help", "looking",
    ]

    init(products: [Product]) {
        let documents = products.map { product in
            ProductIndex.terms([product.name, product.category, product.description]
                .joined(separator: " ") + " " + (product.features + product.tags).joined(separator: " "))
        }
        var frequency: [String: Double] = [:]
        for document in documents {
            for term in Set(document) { frequency[term, default: 0] += 1 }
        }
        let count = Double(documents.count)
        let idf = frequency.mapValues { log((count + 1) / ($0 + 1)) + 1 }
        self.idf = idf
        vectors = documents.map { ProductIndex.weigh($0, idf: idf) }
        distinctive = Set(frequency.filter { $0.value < count }.keys)
    }

    /// Whether a text says what the user needs: a word that tells products apart, other
    /// than the words of asking.
    ///
    ///     index.describesNeed("suggest a product")              // false
    ///     index.describesNeed("something for our newsletters")  // true
    func describesNeed(_ text: String) -> Bool {
        ProductIndex.terms(text).contains { distinctive.contains($0) && !ProductIndex.requestTerms.contains($0) }
    }

    /// Cosine similarity of the need to each product, in catalog order.
    func similarities(_ need: String) -> [Double] {
        let query = ProductIndex.weigh(ProductIndex.terms(need), idf: idf)
        return vectors.map { vector in query.reduce(0) { $0 + $1.value * (vector[$1.key] ?? 0) } }
    }

    /// Lowercased, stemmed words without stop words.
    static func terms(_ text: String) -> [String] {
        let stemmer = EnglishStemmer()
        return Tokenizer().tokenize(text)
            .filter { $0.kind == .word && !stopWords.contains($0.normalized) }
            .map { stemmer.stem($0.normalized) }
    }

    /// Term frequency × IDF, normalised to unit length; terms the catalog never uses weigh nothing.
    static func weigh(_ terms: [String], idf: [String: Double]) -> [String: Double] {
        var vector: [String: Double] = [:]
        for term in terms {
            guard let weight = idf[term] else { continue }
            vector[term, default: 0] += weight
        }
        let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.mapValues { $0 / norm } : vector
    }
}
