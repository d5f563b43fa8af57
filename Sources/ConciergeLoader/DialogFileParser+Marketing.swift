import ConciergeBot
import ConciergeText
import Yams

/// One `catalog:` section as read from a file, before the checks across files.
struct ParsedCatalog {
    var products: [Product]
    var match: CatalogMatch?
    var askNeed: [Template] = []
    var messages = CatalogMessages()
    var featureWords: [String: [String]] = [:]
    var yearlyDiscount: Double?
    var discounts: [CatalogDiscount] = []
    var location: SourceLocation
}

/// Lead qualification (`lead:` in a state), product actions (`products:`) and the product
/// catalog (`catalog:`), see docs/marketing-flows.md.
extension DialogFileParser {
    static let leadKeys = ["fields", "contact", "consent", "score", "tiers", "score_slot", "tier_slot", "request"]
    static let ruleKeys = ["if", "slot", "within_days", "points"]
    static let catalogKeys = ["match", "products", "ask_need", "messages", "feature_words", "yearly_discount", "discounts"]
    static let discountKeys = ["name", "percent", "words"]
    static let catalogMessageKeys = CatalogMessage.allCases.map(\.rawValue)
    static let matchKeys = ["need", "budget", "seats", "category", "features", "owned", "plan", "count"]
    static let productKeys = ["name", "category", "price", "seats", "features", "description", "tags"]

    mutating func parseLead(_ node: Node, at location: SourceLocation) -> LeadDefinition? {
        guard let entries = reader.mapping(node, expected: "a lead: a mapping with 'fields', 'score', 'tiers'…") else { return nil }
        var lead = LeadDefinition(location: location)
        var consentGiven = false
        for entry in reader.known(entries, allowed: DialogFileParser.leadKeys, in: "a lead") {
            switch entry.key {
            case "fields": lead.fields = slotNames(entry.value)
            case "contact": lead.contact = slotNames(entry.value)
            case "consent":
                lead.consent = name(entry.value, kind: .slot) ?? lead.consent
                consentGiven = true
            case "score":
                for item in reader.sequence(entry.value, expected: "a list of scoring rules") ?? [] {
                    if let rule = parseRule(item) { lead.rules.append(rule) }
                }
            case "tiers":
                for tier in reader.mapping(entry.value, expected: "a mapping of tier names to minimum scores") ?? [] {
                    if let minimum = number(tier.value, in: -1e6...1e6, at: reader.source.location(of: tier.value)) {
                        lead.tiers.append(LeadTier(name: tier.key, minimum: minimum))
                    }
                }
            case "score_slot": lead.scoreSlot = name(entry.value, kind: .slot) ?? lead.scoreSlot
            case "request": lead.request = reader.string(entry.value, expected: "what the lead requests, like 'demo'")
            default: lead.tierSlot = name(entry.value, kind: .slot) ?? lead.tierSlot
            }
        }
        // The default slot names must be declared too; refer to them where the lead starts.
        if !entries.contains(where: { $0.key == "score_slot" }) { refer(.slot, lead.scoreSlot, at: location) }
        if !entries.contains(where: { $0.key == "tier_slot" }) { refer(.slot, lead.tierSlot, at: location) }
        if !consentGiven { refer(.slot, lead.consent, at: location) }
        if lead.tiers.isEmpty { reader.diagnostics.emit(.missingKey("tiers", in: "a lead"), at: location) }
        lead.tiers.sort { $0.minimum > $1.minimum }
        return lead
    }

    private mutating func parseRule(_ node: Node) -> ScoreRule? {
        let location = reader.source.location(of: node)
        guard let entries = reader.mapping(node, expected: "a scoring rule: 'if' (or 'slot' and 'within_days') and 'points'")
        else { return nil }
        var rule = ScoreRule(points: 0, location: location)
        var hasPoints = false
        for entry in reader.known(entries, allowed: DialogFileParser.ruleKeys, in: "a scoring rule") {
            let valueLocation = reader.source.location(of: entry.value)
            switch entry.key {
            case "if": rule.condition = parseCondition(entry.value)
            case "slot": rule.slot = name(entry.value, kind: .slot)
            case "within_days": rule.withinDays = number(entry.value, in: 0...36500, at: valueLocation)
            default:
                if let points = number(entry.value, in: -1000...1000, at: valueLocation) {
                    rule.points = points
                    hasPoints = true
                }
            }
        }
        if !hasPoints, !entries.contains(where: { $0.key == "points" }) {
            reader.diagnostics.emit(.missingKey("points", in: "a scoring rule"), at: location)
        }
        if rule.condition == nil, rule.withinDays == nil, !entries.contains(where: { $0.key == "if" || $0.key == "within_days" }) {
            reader.diagnostics.emit(.missingKey("if", in: "a scoring rule (or 'slot' with 'within_days')"), at: location)
        }
        if rule.withinDays != nil, rule.slot == nil, !entries.contains(where: { $0.key == "slot" }) {
            reader.diagnostics.emit(.missingKey("slot", in: "a 'within_days' rule"), at: location)
        }
        return rule
    }

    mutating func productAction(_ node: Node) -> ProductAction? {
        guard let text = reader.string(node, expected: "a product action")?.trimmingSpaces else { return nil }
        if let action = ProductAction(rawValue: text) { return action }
        reader.diagnostics.emit(.unknownProductAction(text), at: reader.source.location(of: node))
        return nil
    }

    private mutating func slotNames(_ node: Node) -> [String] {
        (reader.sequence(node, expected: "a list of slot names") ?? []).compactMap { name($0, kind: .slot) }
    }

    // MARK: Catalog

    mutating func parseCatalog(_ node: Node, at location: SourceLocation) {
        var catalog = ParsedCatalog(products: [], match: nil, location: location)
        defer { file.catalogs.append(catalog) }
        guard let entries = reader.mapping(node, expected: "a catalog: a mapping with 'products' and 'match'") else { return }
        for entry in reader.known(entries, allowed: DialogFileParser.catalogKeys, in: "a catalog") {
            if entry.key == "match" {
                catalog.match = parseMatch(entry.value)
                continue
            }
            if entry.key == "ask_need" {
                catalog.askNeed = templates(entry.value)
                continue
            }
            if entry.key == "yearly_discount" {
                catalog.yearlyDiscount = number(entry.value, in: 0...90, at: reader.source.location(of: entry.value))
                continue
            }
            if entry.key == "discounts" {
                for item in reader.sequence(entry.value, expected: "a list of discounts") ?? [] {
                    if let discount = parseDiscount(item) { catalog.discounts.append(discount) }
                }
                continue
            }
            if entry.key == "messages" {
                catalog.messages = parseCatalogMessages(entry.value)
                continue
            }
            if entry.key == "feature_words" {
                for feature in reader.mapping(entry.value, expected: "a mapping of features to the words visitors use for them") ?? [] {
                    catalog.featureWords[feature.key.lowercased(), default: []] += strings(feature.value, expected: "a word or phrase")
                }
                continue
            }
            for item in reader.sequence(entry.value, expected: "a list of products") ?? [] {
                if let product = parseProduct(item) { catalog.products.append(product) }
            }
        }
    }

    /// `messages:` of a catalog: each key's placeholders are the engine's, not slot references.
    private mutating func parseCatalogMessages(_ node: Node) -> CatalogMessages {
        var messages = CatalogMessages()
        for entry in reader.known(reader.mapping(node, expected: "a mapping of catalog phrases") ?? [],
                                  allowed: DialogFileParser.catalogMessageKeys, in: "catalog messages") {
            guard let key = CatalogMessage(rawValue: entry.key) else { continue }
            let variations = templates(entry.value, arguments: Set(key.placeholders))
            if !variations.isEmpty { messages[key] = variations }
        }
        return messages
    }

    private mutating func parseMatch(_ node: Node) -> CatalogMatch {
        var match = CatalogMatch()
        for entry in reader.known(reader.mapping(node, expected: "a mapping of catalog filters to slots") ?? [],
                                  allowed: DialogFileParser.matchKeys, in: "catalog 'match'") {
            if entry.key == "count" {
                if let count = number(entry.value, in: 1...10, at: reader.source.location(of: entry.value)) {
                    match.count = Int(count)
                }
                continue
            }
            let slot = name(entry.value, kind: .slot)
            switch entry.key {
            case "need": match.need = slot
            case "budget": match.budget = slot
            case "seats": match.seats = slot
            case "category": match.category = slot
            case "features": match.features = slot
            case "plan": match.plan = slot
            default: match.owned = slot
            }
        }
        return match
    }

    private mutating func parseProduct(_ node: Node) -> Product? {
        let location = reader.source.location(of: node)
        guard let entries = reader.mapping(node, expected: "a product: a mapping with 'name', 'price', 'description'…")
        else { return nil }
        var product = Product(name: "", monthlyPrice: -1, location: location)
        for entry in reader.known(entries, allowed: DialogFileParser.productKeys, in: "a product") {
            let valueLocation = reader.source.location(of: entry.value)
            switch entry.key {
            case "name": product.name = reader.string(entry.value, expected: "a product name")?.trimmingSpaces ?? ""
            case "category": product.category = reader.string(entry.value, expected: "a category")?.trimmingSpaces ?? ""
            case "price": product.monthlyPrice = number(entry.value, in: 0...1e7, at: valueLocation) ?? -2
            case "seats": product.seats = number(entry.value, in: 1...1e7, at: valueLocation)
            case "features": product.features = strings(entry.value, expected: "a feature")
            case "tags": product.tags = strings(entry.value, expected: "a tag")
            default: product.description = reader.string(entry.value, expected: "a description")?.trimmingSpaces ?? ""
            }
        }
        guard !product.name.isEmpty else {
            if !entries.contains(where: { $0.key == "name" }) {
                reader.diagnostics.emit(.missingKey("name", in: "a product"), at: location)
            }
            return nil
        }
        if product.monthlyPrice == -1 {
            reader.diagnostics.emit(.missingKey("price", in: "product '\(product.name)' (US dollars per month)"), at: location)
        }
        if product.description.isEmpty, !entries.contains(where: { $0.key == "description" }) {
            reader.diagnostics.emit(.missingKey("description", in: "product '\(product.name)'"), at: location)
        }
        return product.monthlyPrice >= 0 ? product : nil
    }

    /// One of `discounts:`; each key is required, and every missing one is reported.
    private mutating func parseDiscount(_ node: Node) -> CatalogDiscount? {
        let location = reader.source.location(of: node)
        guard let entries = reader.mapping(node, expected: "a discount: a mapping with 'name', 'percent' and 'words'")
        else { return nil }
        var name: String?
        var percent: Double?
        var words: [String] = []
        for entry in reader.known(entries, allowed: DialogFileParser.discountKeys, in: "a discount") {
            switch entry.key {
            case "name": name = reader.string(entry.value, expected: "how replies name the discount")?.trimmingSpaces
            case "percent": percent = number(entry.value, in: 1...90, at: reader.source.location(of: entry.value))
            default: words = strings(entry.value, expected: "a word or phrase for who gets the discount")
            }
        }
        for key in DialogFileParser.discountKeys where !entries.contains(where: { $0.key == key }) {
            reader.diagnostics.emit(.missingKey(key, in: "a discount"), at: location)
        }
        guard let name, !name.isEmpty, let percent, !words.isEmpty else { return nil }
        return CatalogDiscount(name: name, percent: percent, words: words, location: location)
    }

    private mutating func strings(_ node: Node, expected: String) -> [String] {
        (reader.sequence(node, expected: "a list") ?? []).compactMap {
            reader.string($0, expected: expected)?.trimmingSpaces
        }.filter { !$0.isEmpty }
    }
}
