import ConciergeBot
import Testing
@testable import ConciergeDialog

/// The matcher on a small catalog shaped like a real one (single tools, bundles, one for any
/// team size): a need's features are required, superlatives order, budgets and team sizes
/// filter, and several products are suggested together when no single one does the job.
@Suite struct ProductMatcherTests {
    static let here = SourceLocation(file: "catalog.yml", line: 1, column: 1)

    static func product(_ name: String, _ category: String, _ price: Double, seats: Double?, _ features: [String],
                        tags: [String] = [], _ description: String) -> Product {
        Product(name: name, category: category, monthlyPrice: price, seats: seats, features: features,
                description: description, tags: tags, location: here)
    }

    static let catalog = [
        product("Kite Letters", "email", 15, seats: 2, ["email campaigns", "signup forms"], tags: ["bloggers"],
                "Newsletters for a first list."),
        product("Kite Mail Plus", "email", 49, seats: 8, ["email campaigns", "email automation"], tags: ["ecommerce"],
                "Email campaigns with automated journeys."),
        product("Kite Texts", "messaging", 35, seats: 8, ["SMS campaigns"], tags: ["retail"],
                "Text message campaigns and reminders."),
        product("Kite Posts", "social", 22, seats: 4, ["social scheduling"], tags: ["social media"],
                "Schedule posts for every network."),
        product("Kite Pages", "landing pages", 30, seats: 8, ["landing pages", "A/B testing"], tags: ["events"],
                "Landing pages without code."),
        product("Kite Shop", "bundle", 110, seats: 20, ["email campaigns", "email automation", "SMS campaigns"],
                tags: ["online shop"], "Email and texts for online shops, with cart recovery."),
        product("Kite Team", "bundle", 89, seats: 20, ["email campaigns", "email automation", "landing pages", "chat widget"],
                tags: ["agencies"], "Email, pages and chat for growing teams."),
        product("Kite Corporate", "bundle", 300, seats: nil,
                ["email campaigns", "email automation", "SMS campaigns", "chat widget", "SSO"], tags: ["enterprise"],
                "Every tool with single sign-on, for large organisations."),
    ]

    static let words: [String: [String]] = [
        "email campaigns": ["email", "newsletters", "mailing list"],
        "email automation": ["automation", "automated", "drip"],
        "sms campaigns": ["sms", "texts", "text messages", "texting"],
        "social scheduling": ["social", "instagram"],
        "landing pages": ["landing page"],
        "a/b testing": ["split tests"],
        "chat widget": ["live chat"],
        "sso": ["single sign-on", "saml"],
    ]

    static let matcher = ProductMatcher(products: catalog, featureWords: words)

    /// The product names of each suggestion ("A + B" for products together), or why there are none.
    static func names(_ query: ProductQuery, count: Int = 3) -> [String] {
        switch matcher.suggest(query, count: count) {
        case .found(let found): return found.map { $0.products.map(\.name).joined(separator: " + ") }
        case .nothing(let why): return ["nothing: \(why)"]
        }
    }

    @Test(arguments: [
        // A superlative orders the whole catalog, or what does the job, by price or by scope.
        (ProductQuery(preference: .lowestPrice), ["Kite Letters", "Kite Posts", "Kite Pages"]),
        (ProductQuery(need: "the lowest priced way to send texts", preference: .lowestPrice), ["Kite Texts", "Kite Shop", "Kite Corporate"]),
        (ProductQuery(need: "landing page builder", preference: .lowestPrice), ["Kite Pages", "Kite Team"]),
        (ProductQuery(preference: .widestScope), ["Kite Corporate", "Kite Team", "Kite Shop"]),
        // A stated need filters: nothing without it, whatever else fits.
        (ProductQuery(need: "only newsletters really", seats: 5), ["Kite Mail Plus", "Kite Team", "Kite Shop"]),
        (ProductQuery(need: "instagram scheduling"), ["Kite Posts"]),
        // A small team gets the product made for the need at its size, not the one for any size.
        (ProductQuery(need: "drip emails for our 3 person studio", seats: 3), ["Kite Mail Plus", "Kite Team", "Kite Shop"]),
        // A required feature only one product has puts it first, alone.
        (ProductQuery(need: "automated email and SAML is non-negotiable"), ["Kite Corporate"]),
        // What a negation turns down is no need: email only, not the bundles with texts.
        (ProductQuery(need: "email only, we don't need sms or social", seats: 5), ["Kite Mail Plus", "Kite Team", "Kite Shop"]),
        (ProductQuery(need: "no texting but newsletters for 2", seats: 2), ["Kite Letters", "Kite Mail Plus", "Kite Team"]),
        // What is put off for later is no need now (blind audit 39).
        (ProductQuery(need: "newsletters for 2, maybe texting later", seats: 2), ["Kite Letters", "Kite Mail Plus", "Kite Team"]),
        // A tag the need says in full ranks the product made for it first.
        (ProductQuery(need: "email campaigns for our online shop"), ["Kite Shop", "Kite Letters", "Kite Mail Plus"]),
    ] as [(ProductQuery, [String])])
    func aNeedFiltersAndAPreferenceOrders(_ query: ProductQuery, _ expected: [String]) {
        #expect(Self.names(query) == expected)
    }

    @Test(arguments: [
        // Nothing under the budget: the cheapest that does the job, never one that does not.
        (ProductQuery(need: "mailing list stuff for 5 of us", ceiling: 20, seats: 5),
         "noneUnderBudget(ceiling: 20.0, cheapest: [Kite Mail Plus])"),
        (ProductQuery(need: "texting customers", ceiling: 10), "noneUnderBudget(ceiling: 10.0, cheapest: [Kite Texts])"),
        // Two parts, neither single product nor pair under the budget: the cheapest pair that would do.
        (ProductQuery(need: "newsletters plus sms", ceiling: 40, seats: 6),
         "noneUnderBudget(ceiling: 40.0, cheapest: [Kite Texts, Kite Mail Plus])"),
        (ProductQuery(need: "social and email for our 12 person agency", seats: 12), "noneForTeam(seats: 12, largest: 4)"),
        (ProductQuery(need: "live chat and split tests and texts", category: "email"), "noneWithFeature(\"SMS campaigns\")"),
    ] as [(ProductQuery, String)])
    func whenNothingFitsItSaysWhyAndWhatDoesTheJob(_ query: ProductQuery, _ expected: String) {
        guard case .nothing(let why) = Self.matcher.suggest(query, count: 3) else {
            Issue.record("expected nothing for \(query.need), got \(Self.names(query))")
            return
        }
        let said = switch why {
        case .noneUnderBudget(let ceiling, let cheapest): "noneUnderBudget(ceiling: \(ceiling), cheapest: [\(cheapest.map(\.name).joined(separator: ", "))])"
        default: "\(why)"
        }
        #expect(said == expected)
    }

    @Test(arguments: [
        // No single product has both: products that together do, cheapest first.
        (ProductQuery(need: "email + social for the two of us"), ["Kite Letters + Kite Posts", "Kite Posts + Kite Mail Plus", "Kite Posts + Kite Team"]),
        // One single product does both but costs more than a pair within the budget.
        (ProductQuery(need: "texts and newsletters", ceiling: 60, seats: 2), ["Kite Letters + Kite Texts"]),
        // A pair that costs less than the single products that fit comes before them.
        (ProductQuery(need: "automated emails and sms", seats: 6), ["Kite Texts + Kite Mail Plus", "Kite Shop", "Kite Corporate"]),
        // Unless a single product is made for what the user describes.
        (ProductQuery(need: "automated emails and sms for an online shop", seats: 6),
         ["Kite Shop", "Kite Texts + Kite Mail Plus", "Kite Corporate"]),
    ] as [(ProductQuery, [String])])
    func twoPartNeedsAreMetTogether(_ query: ProductQuery, _ expected: [String]) {
        #expect(Self.names(query) == expected)
    }

    /// Pairs that cost less never hide the product that does it all: "which plan has both?" names it.
    @Test func aProductThatDoesItAllIsAlwaysShown() {
        #expect(Self.names(ProductQuery(need: "which plan has sms and email"), count: 2) == ["Kite Letters + Kite Texts", "Kite Shop"])
    }

    @Test func togetherTheReasonNamesEveryPart() {
        guard case .found(let found) = Self.matcher.suggest(ProductQuery(need: "texting and a mailing list", ceiling: 60,
                                                                         budgetText: "$60/month"), count: 3) else {
            Issue.record("expected suggestions")
            return
        }
        #expect(found[0].monthlyPrice == 50)
        #expect(found[0].reasons == [.withinBudget("$60/month"), .includes(["email campaigns", "SMS campaigns"])])
    }

    @Test(arguments: [
        ("we're looking at marketing tools", false),
        ("hi, I run a bakery", false),
        ("something for our online shop", true),
        ("we need texting", true),
        ("maybe a landing page", true),
    ])
    func aNeedIsAFeatureATagOrACategory(_ text: String, _ describes: Bool) {
        #expect(Self.matcher.index.describesNeed(text) == describes)
    }

    @Test(arguments: [
        ("Kite Pages isn't what I want, how about Kite Letters?", ["Kite Pages"], "Kite Letters"),
        ("what about the letters one", ["Kite Texts"], "Kite Letters"),
        ("Tell me more about Kite Texts", ["Kite Texts", "Kite Letters"], "Kite Texts"),
        ("Kite Shop or Kite Team, which has SMS?", [], "Kite Team"),
    ] as [(String, [String], String)])
    func theProductAskedAboutIsTheNewName(_ text: String, _ shown: [String], _ expected: String) {
        #expect(Self.matcher.asked(in: text, shown: shown)?.name == expected)
    }
}
