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
    /// "which plan is right for our team", "the cheapest one you sell").
    static let requestTerms = Set(terms("""
        suggest suggestion recommend recommendation product products tool tools plan plans option options package
        choose pick best right good fit fits which what should get buy thing one anything else team please
        sell offer cheap cheapest cheaper expensive price prices pricing cost costs afford affordable budget
        least lowest most complete powerful value just only
        """))

    /// Words too common to tell products apart.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "for", "to", "of", "in", "on", "with", "our", "we", "i", "you", "your", "my",
        "is", "are", "be", "it", "that", "this", "need", "want", "would", "like", "some", "something", "me", "us",
        "do", "can", "have", "has", "at", "about", "from", "by", "so", "all", "more", "help", "looking",
    ]

    /// Per feature (lowercased), the stemmed word sequences that ask for it: its own name and
    /// the catalog's `feature_words`.
    let featurePhrases: [(feature: String, terms: [String])]
    /// Per product, the stemmed terms of each tag ("online shop" → ["onlin", "shop"]).
    let tagTerms: [[[String]]]
    /// Per product, the stemmed terms of its category.
    let categoryTerms: [Set<String>]
    /// Whether the catalog says which words ask for which feature (`feature_words`).
    let hasFeatureWords: Bool

    init(products: [Product], featureWords: [String: [String]] = [:]) {
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
        var phrases: [(feature: String, terms: [String])] = []
        var seen = Set<String>()
        for feature in products.flatMap(\.features) where seen.insert(feature.lowercased()).inserted {
            let key = feature.lowercased()
            for phrase in [feature] + (featureWords[key] ?? []) {
                let terms = ProductIndex.terms(phrase)
                if !terms.isEmpty { phrases.append((key, terms)) }
            }
        }
        featurePhrases = phrases
        tagTerms = products.map { $0.tags.map(ProductIndex.terms).filter { !$0.isEmpty } }
        categoryTerms = products.map { Set(ProductIndex.terms($0.category)) }
        hasFeatureWords = !featureWords.isEmpty
    }

    /// Whether a text says what the user needs. With `feature_words`: a feature it asks for,
    /// a product's whole tag ("online shop") or a category word; "we're looking at marketing
    /// tools" says none. Without: any word that tells products apart, other than words of asking.
    ///
    ///     index.describesNeed("suggest a product")              // false
    ///     index.describesNeed("something for our newsletters")  // true
    func describesNeed(_ text: String) -> Bool {
        let terms = ProductIndex.needTerms(text)
        guard hasFeatureWords else {
            return terms.contains { distinctive.contains($0) && !ProductIndex.requestTerms.contains($0) }
        }
        let present = Set(terms)
        return !wantedFeatures(terms).isEmpty
            || tagTerms.contains { tags in tags.contains { $0.allSatisfy(present.contains) } }
            || categoryTerms.contains { !$0.isDisjoint(with: present) && $0.isDisjoint(with: ProductIndex.requestTerms) }
    }

    /// The features (lowercased) a need asks for, in the order the catalog lists them: a
    /// feature's name or one of its `feature_words`, as consecutive words of the need.
    ///
    ///     index.wantedFeatures(ProductIndex.terms("newsletters and text messages"))   // ["email campaigns", "sms campaigns"]
    func wantedFeatures(_ needTerms: [String]) -> [String] {
        var wanted: [String] = []
        for (feature, terms) in featurePhrases where !wanted.contains(feature) && ProductIndex.contains(needTerms, terms) {
            wanted.append(feature)
        }
        return wanted
    }

    /// How many of a product's tags the need says in full ("online shop" needs both words).
    func matchedTags(_ product: Int, _ present: Set<String>) -> Int {
        tagTerms[product].filter { $0.allSatisfy(present.contains) }.count
    }

    /// Whether `part` occurs as consecutive terms of `whole`.
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, whole.count >= part.count else { return false }
        return (0...(whole.count - part.count)).contains { start in whole[start..<(start + part.count)].elementsEqual(part) }
    }

    /// Cosine similarity of the need to each product, in catalog order; words of asking
    /// ("plan", "one", "product") are no part of a need, even where a description uses them.
    func similarities(_ need: String) -> [Double] {
        let query = ProductIndex.weigh(ProductIndex.needTerms(need).filter { !ProductIndex.requestTerms.contains($0) }, idf: idf)
        return vectors.map { vector in query.reduce(0) { $0 + $1.value * (vector[$1.key] ?? 0) } }
    }

    /// Words that turn down what follows in their clause: "no SMS", "we don't need social",
    /// "everything except chat".
    static let negations: Set<String> = ["no", "not", "without", "except", "excluding", "never", "nor", "dont", "doesnt", "wont"]
    /// Words and punctuation that end what a negation turns down: "no SMS, just email", "not SMS but email".
    static let negationEnds: Set<String> = [",", ".", "!", "?", ";", ":", "but", "just", "only", "instead", "rather"]

    /// Words that put what their part of a sentence names off for later: "maybe sms later".
    static let deferrals: Set<String> = ["later", "eventually", "someday", "future"]
    /// What ends such a part: "email now and sms later" defers SMS only.
    static let partEnds: Set<String> = [",", ".", "!", "?", ";", ":", "and", "but", "then", "plus", "+"]

    /// The terms of what a user needs: as `terms`, without those a negation turns down, so
    /// "email only, no SMS" asks for email and not for SMS, nor those put off for later
    /// ("newsletters mostly, maybe sms later" asks for newsletters; blind audit 39).
    ///
    ///     ProductIndex.needTerms("newsletters, but we don't need texts")   // ["newslett"]
    static func needTerms(_ text: String) -> [String] {
        let stemmer = EnglishStemmer()
        var negated = false
        var result: [String] = []
        var part: [String] = []
        var deferred = false
        func endPart() {
            if !deferred { result.append(contentsOf: part) }
            part.removeAll()
            deferred = false
        }
        let tokens = Tokenizer().tokenize(text)
        for (index, token) in tokens.enumerated() {
            let word = token.normalized
            if partEnds.contains(word) { endPart() }
            if deferrals.contains(word) { deferred = true }
            if negationEnds.contains(word) { negated = false }
            if negations.contains(word) { negated = true }
            guard token.kind == .word, !negated, !stopWords.contains(word), !isContactDetail(tokens, at: index) else { continue }
            part.append(stemmer.stem(word))
        }
        endPart()
        return result
    }

    /// Words of a contact detail: "do I have to give my email there too?" asks nothing about
    /// email campaigns.
    static let detailWords: Set<String> = ["email", "e-mail", "mail", "phone", "number"]
    static let owners: Set<String> = ["my", "your", "his", "her", "their"]
    /// What may follow a detail that is an address: "my email there", "your email and phone".
    static let afterDetail: Set<String> = ["there", "too", "to", "and", "or", "for", "is", "here", "please", "again", "anyway", "address", "addresses"]

    /// Whether the word at `index` is someone's e-mail address or phone number ("my email",
    /// "an email address"), not the channel a product works with.
    static func isContactDetail(_ tokens: [Token], at index: Int) -> Bool {
        guard detailWords.contains(tokens[index].normalized) else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if let next, next.normalized == "address" || next.normalized == "addresses" { return true }
        guard index > 0, owners.contains(tokens[index - 1].normalized) else { return false }
        return next.map { $0.kind != .word || afterDetail.contains($0.normalized) } ?? true
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
