import ConciergeBot
import ConciergeEntities
import Foundation
import Testing
@testable import ConciergeDialog
import ConciergeJSON

private let here = SourceLocation(file: "catalog.yml", line: 1, column: 1)

private let catalog = [
    Product(name: "Mail", category: "email", monthlyPrice: 19, seats: 3, features: ["email campaigns"],
            description: "Newsletters for a first mailing list.", location: here),
    Product(name: "SMS", category: "messaging", monthlyPrice: 39, seats: 10, features: ["SMS campaigns"],
            description: "Text message campaigns for shops.", location: here),
    Product(name: "Suite", category: "bundle", monthlyPrice: 129, features: ["email campaigns", "SMS campaigns"],
            description: "Email and SMS campaigns for online shops.", location: here),
]

@Test func moneyReadsAsDollarsPerMonth() throws {
    #expect(Money.usdPerMonth(["amount": 24000, "currency": "USD", "period": "year"]) == 2000)
    #expect(Money.usdPerMonth(["amount": 100, "currency": "EUR"]) == 108)
    #expect(Money.usdPerMonth(["amount": 100, "currency": "CHF"]) == nil)
    #expect(Money.display(["amount": 20000, "min": 10000, "currency": "USD", "period": "year"]) == "$10,000–$20,000")
    #expect(JSONValue.object(["amount": 3000, "currency": "CHF"]).displayText == "3,000 CHF")
    #expect(try Condition.parse("budget >= 1000").get().holds(in: ["budget": ["amount": 20000, "currency": "USD", "period": "year"]]))
}

@Test func suggestionsFilterRankAndExplain() {
    let matcher = ProductMatcher(products: catalog)
    guard case .found(let found) = matcher.suggest(ProductQuery(need: "sms campaigns for my shop", ceiling: 50,
                                                               budgetText: "$50/month"), count: 3) else {
        Issue.record("expected suggestions")
        return
    }
    // The need names a feature: a product without it is no suggestion, however cheap.
    #expect(found.map(\.product.name) == ["SMS"])
    #expect(found[0].reasons == [.withinBudget("$50/month"), .includes(["SMS campaigns"])])
    #expect(matcher.suggest(ProductQuery(need: "email", ceiling: 10), count: 3)
        == .nothing(.noneUnderBudget(ceiling: 10, cheapest: [catalog[0]])))
    guard case .found(let notOwned) = matcher.suggest(ProductQuery(need: "sms", excluded: ["sms"]), count: 3) else { return }
    #expect(!notOwned.map(\.product.name).contains("SMS"))
    #expect(matcher.named(in: "compare Suite and mail please").map(\.name) == ["Suite", "Mail"])
}

@Test func tfidfPrefersTheMatchingDescription() {
    let scores = ProductIndex(products: catalog).similarities("text messages")
    #expect(scores[1] > scores[0])
    #expect(scores.allSatisfy { (0...1.0001).contains($0) })
}

@Test func newEventsEncodeTheirFields() throws {
    let lead = DialogEvent.leadCaptured(lead: ["email": "ana@example.com", "team_size": 40], score: 70, tier: "hot", consent: true)
    let json = lead.jsonText
    #expect(json == #"{"type":"lead_captured","consent":true,"lead":{"email":"ana@example.com","team_size":40},"score":70,"tier":"hot"}"#)
    #expect(try JSONDecoder().decode(DialogEvent.self, from: Data(json.utf8)) == lead)
    let products = DialogEvent.productsSuggested(products: ["A", "B"])
    #expect(products.jsonText == #"{"type":"products_suggested","products":["A","B"]}"#)
}
