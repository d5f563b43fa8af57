import ConciergeBot

/// "Does Growth include SMS?", "is the chat widget part of Starter?": a yes or no from the
/// catalog's features for the product asked about, and where the missing features are —
/// instead of the card of whichever product the message named last.
extension DialogStep {
    /// Answers a question about what a product includes; false when the message is none
    /// (NLU did not read one, or it names no product and no feature besides it).
    mutating func answerInclusion() -> Bool {
        guard understanding.asksInclusion else { return false }
        // "do you do sms + email in one place?": the products that offer them all, whatever
        // product a feature word names.
        if understanding.asksInclusionOfCompany, let features = featuresAsked(in: typedText, namingAllowed: true),
           answerOffered(features) {
            return true
        }
        guard let (product, features) = inclusionAsked(in: typedText) else {
            guard let features = featuresAsked(in: typedText) else { return false }
            return answerOffered(features)
        }
        let has = Set(product.features.map { $0.lowercased() })
        let included = features.filter { has.contains($0.lowercased()) }
        let missing = features.filter { !has.contains($0.lowercased()) }
        var parts: [(key: CatalogMessage, arguments: [String: String])] = []
        if missing.isEmpty {
            parts.append((.includesAll, ["product": product.name, "features": list(included)]))
        } else if included.isEmpty {
            parts.append((.includesNone, ["product": product.name, "features": list(missing)]))
        } else {
            parts.append((.includesSome, ["product": product.name, "included": list(included), "missing": list(missing)]))
        }
        let wanted = Set(missing.map { $0.lowercased() })
        let elsewhere = machine.products.products
            .filter { other in other != product && wanted.isSubset(of: Set(other.features.map { $0.lowercased() })) }
            .sorted { $0.monthlyPrice < $1.monthlyPrice }
            .prefix(3)
        if !missing.isEmpty, !elsewhere.isEmpty {
            var offers: [String] = []
            for other in elsewhere { offers.append("\(other.name) (\(price(other.monthlyPrice)))") }
            parts.append((.includesElsewhere, ["features": list(missing), "products": list(offers, .listOr)]))
        }
        sayCatalog(parts)
        return true
    }

    /// "Do you do A/B testing?": the products that have every feature asked about, cheapest
    /// first; false when no single product has them all (the question is routed as usual).
    /// With the team's size known, only products sold for a team that big: "4 volunteers do our
    /// newsletter. whats the cheapest" is not offered Mail Starter, for 3 (blind audit 57).
    mutating func answerOffered(_ features: [String]) -> Bool {
        let wanted = Set(features.map { $0.lowercased() })
        let team = catalogMatch.seats.flatMap { session.slots[$0]?.numeric }
        let offering = machine.products.products
            .filter { wanted.isSubset(of: Set($0.features.map { $0.lowercased() })) && $0.isSold(forTeamOf: team) }
            .sorted { $0.monthlyPrice < $1.monthlyPrice }
            .prefix(3)
        guard !offering.isEmpty else { return false }
        let offers = offering.map { "\($0.name) (\(price($0.monthlyPrice)))" }
        sayCatalog(.offeredIn, ["features": list(features), "products": list(offers, .listOr)])
        return true
    }

    /// The catalog features a question asks about when it names no product ("can I schedule
    /// Instagram posts?" asks for social scheduling), in the catalog's spelling; nil otherwise.
    func featuresAsked(in text: String, namingAllowed: Bool = false) -> [String]? {
        guard namingAllowed || machine.products.named(in: text).isEmpty else { return nil }
        let spelled = Dictionary(machine.products.products.flatMap(\.features).map { ($0.lowercased(), $0) }) { first, _ in first }
        let features = machine.products.index.wantedFeatures(ProductIndex.needTerms(text)).compactMap { spelled[$0] }
        return features.isEmpty ? nil : features
    }

    /// The product asked about and the features asked about, in the catalog's spelling: the
    /// first named product whose name leaves a feature in the rest of the message ("SMS" in
    /// "is SMS included in Growth?" is what is asked about, Growth what is asked of).
    func inclusionAsked(in text: String) -> (Product, [String])? {
        let index = machine.products.index
        let spelled = Dictionary(machine.products.products.flatMap(\.features).map { ($0.lowercased(), $0) }) { first, _ in first }
        let terms = ProductIndex.needTerms(text)
        let named = machine.products.named(in: text)
        // "landing pages on Starter" asks about Starter: "Pages" there is part of a feature.
        let asked = named.count > 1 ? named.filter { !isPartOfFeature($0, in: terms) } : named
        for product in asked.isEmpty ? named : asked {
            let rest = DialogStep.removing(ProductIndex.terms(product.name), from: terms)
            let features = index.wantedFeatures(rest).compactMap { spelled[$0] }
            if !features.isEmpty { return (product, features) }
        }
        return nil
    }

    /// Whether the text names a product of the catalog by its name, not only inside a feature's
    /// words ("Enterprise" in "what's in Enterprise", not "Pages" in "my landing pages").
    func namesProduct(_ text: String) -> Bool {
        let terms = ProductIndex.needTerms(text)
        return machine.products.named(in: text).contains { !isPartOfFeature($0, in: terms) }
    }

    /// Whether the product's name (without the brand) is said only inside a feature's words
    /// ("Pages" in "landing pages").
    func isPartOfFeature(_ product: Product, in terms: [String]) -> Bool {
        let name = Array(ProductIndex.terms(product.name).dropFirst())
        guard !name.isEmpty else { return false }
        return machine.products.index.featurePhrases.contains { phrase in
            phrase.terms.count > name.count && ProductIndex.contains(phrase.terms, name) && ProductIndex.contains(terms, phrase.terms)
        }
    }

    /// The terms without each run of the name's terms, or of the name's terms without its
    /// first (the brand: "Brightwave Chat" is mentioned as "chat"), whole words only ("chat" is
    /// no part of "chatbot").
    static func removing(_ name: [String], from terms: [String]) -> [String] {
        var result = terms
        for part in [name, Array(name.dropFirst())] where !part.isEmpty {
            var index = 0
            while index + part.count <= result.count {
                if result[index..<(index + part.count)].elementsEqual(part) {
                    result.removeSubrange(index..<(index + part.count))
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}
