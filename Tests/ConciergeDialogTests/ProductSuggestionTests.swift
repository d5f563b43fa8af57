import ConciergeBot
import ConciergeEntities
import ConciergeJSON
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing
@testable import ConciergeDialog

/// Product suggestions in conversation: "suggest a product" without a need asks for it,
/// "anything cheaper?" never offers what the user has, is on or names, and is cheaper than it.
@Suite struct ProductSuggestionTests {
    /// The catalog's phrases, as the demo bot words them.
    static let phrases = """
          messages:
            price: "{amount}/month"
            suggestion: "{number}. {product} ({price}) — {reason}"
            cheaper_intro: "A bit cheaper:"
            more_button: "Tell me more about {product}"
            already_cheapest: "{product} at {price} is already the most affordable option that fits what you told me."
            reason_budget: "within your {budget} budget"
            reason_includes: "includes {features}"
        """
    static let machine = makeMachine(phrases: phrases)

    static func makeMachine(phrases: String) -> DialogMachine {
        let intents = """
            slots:
              need: text
              budget: {entity: money, kind: budget}
              team_size: number
              plan: plan
              products: text
            entities:
              plan:
                values: [starter, growth]
            intents:
              recommend_products:
                examples: [suggest a product, what do you recommend, which product fits, help me choose, recommend something]
              cheaper_options:
                examples: [anything cheaper, too expensive, something cheaper, cheaper please, any cheaper option]
            """
        let dialog = """
            settings:
              start: start
            globals:
              recommend_products: suggest
              cheaper_options: cheaper
            states:
              start:
                final: true
              suggest:
                products: suggest
                final: true
              cheaper:
                products: cheaper
                final: true
            catalog:
              match: {need: need, budget: budget, seats: team_size, owned: products, plan: plan}
              ask_need: What do you need it for?
              products:
                - {name: Acme Mail Starter, category: email, price: 19, features: [email campaigns], description: Newsletters for a first mailing list.}
                - {name: Acme SMS, category: messaging, price: 39, features: [SMS campaigns], description: Text message campaigns for shops.}
                - {name: Acme Starter, category: bundle, price: 29, features: [email campaigns, chat widget], description: Email and chat for small teams.}
                - {name: Acme Growth, category: bundle, price: 99, features: [email campaigns, SMS campaigns, landing pages], description: "Email, SMS and landing pages for growing teams."}
                - {name: Acme Pages, category: landing pages, price: 35, features: [landing pages], description: Landing pages and signup forms.}
            """ + "\n" + phrases
        let result = BotLoader().load(files: [(path: "intents/bot.yml", contents: intents), (path: "dialogs/main.yml", contents: dialog)])
        return DialogMachine(bot: result.definition ?? BotDefinition(settings: BotSettings(), intents: []))
    }

    /// One turn from `session`: the message classified as `intent`, with `entities` and the website's `context`.
    static func turn(_ text: String, _ intent: String, entities: [EntityMatch] = [], context: [String: JSONValue] = [:],
                     session: DialogSession = DialogSession(), machine: DialogMachine = machine,
                     reading: Understanding = Understanding()) -> (output: DialogOutput, session: DialogSession) {
        var random = SplitMix64(seed: 1)
        let parse = ParseResult(text: text, intent: IntentScore(name: intent, confidence: 0.95),
                                ranking: [IntentScore(name: intent, confidence: 0.95)], entities: entities, decision: .classifier,
                                understanding: reading)
        return machine.step(DialogInput(parse: parse, now: Date(timeIntervalSince1970: 1_000_000), context: context),
                            session: session, random: &random)
    }

    static func text(_ output: DialogOutput) -> String { output.messages.map(\.text).joined(separator: " / ") }

    @Test(arguments: ["suggest a product", "which product should we choose?", "/recommend_products"])
    func withoutANeedItAsksForIt(_ message: String) {
        let (output, session) = Self.turn(message, "recommend_products")
        #expect(Self.text(output) == "What do you need it for?")
        #expect(output.events.isEmpty)
        #expect(session.slots["need"] == nil, "a request is not a need")
    }

    @Test func aNeedIsSuggestedForAndRemembered() {
        let (output, session) = Self.turn("something for sms campaigns", "recommend_products")
        #expect(Self.text(output).hasPrefix("1. Acme SMS"))
        #expect(session.slots["need"] == .string("something for sms campaigns"))
    }

    @Test func aBudgetAloneNarrowsEnoughToSuggest() {
        let budget: JSONValue = ["amount": 30, "currency": "USD", "period": "month"]
        let (output, _) = Self.turn("recommend something under $30 a month", "recommend_products",
                                    entities: [EntityMatch(entity: "money", value: budget, text: "$30 a month", start: 22, end: 33)],
                                    reading: Understanding(budget: .init(value: budget, start: 22, end: 33, evidence: .explicit)))
        #expect(Self.text(output).contains("Acme Mail Starter ($19/month) — within your $30/month budget"))
        #expect(!Self.text(output).contains("What do you need"))
    }

    /// What the user has or is on, said three ways: none of them is suggested, and every
    /// suggestion costs less than Growth.
    @Test(arguments: [
        ("anything cheaper? we're on Growth", [EntityMatch](), [String: JSONValue]()),
        ("anything cheaper?", [EntityMatch](), ["products": JSONValue.array(["Acme Growth"])]),
        ("anything cheaper than what we have?", [EntityMatch(entity: "plan", value: "growth", text: "growth", start: 0, end: 6)],
         [String: JSONValue]()),
    ] as [(String, [EntityMatch], [String: JSONValue])])
    func cheaperNeverOffersWhatTheUserHas(_ message: String, _ entities: [EntityMatch], _ context: [String: JSONValue]) {
        let (output, session) = Self.turn(message, "cheaper_options", entities: entities, context: context)
        let suggested = session.suggested ?? []
        #expect(!suggested.isEmpty, "\(Self.text(output))")
        #expect(!suggested.contains("Acme Growth"))
        let prices = suggested.compactMap { name in Self.machine.products.products.first { $0.name == name }?.monthlyPrice }
        #expect(prices.allSatisfy { $0 < 99 })
        #expect(!Self.text(output).contains("Acme Growth"))
    }

    @Test func cheaperThanWhatWasShownLeavesItOut() {
        let first = Self.turn("something for landing pages", "recommend_products")
        #expect(first.session.suggested?.first == "Acme Pages")
        // Nothing cheaper has landing pages: that is the answer, not a cheaper product without them.
        let (output, _) = Self.turn("anything cheaper?", "cheaper_options", session: first.session)
        #expect(Self.text(output) == "Acme Pages at $35/month is already the most affordable option that fits what you told me.")
    }

    @Test func nothingCheaperNamesWhatIsAlreadyCheapest() {
        let (output, _) = Self.turn("anything cheaper than Acme Mail Starter?", "cheaper_options")
        #expect(Self.text(output) == "Acme Mail Starter at $19/month is already the most affordable option that fits what you told me.")
    }

    @Test(arguments: [
        ("tell me about Acme Mail Starter", ["Acme Mail Starter"]),
        ("mail starter or the starter bundle?", ["Acme Mail Starter", "Acme Starter"]),
        ("we're on growth", ["Acme Growth"]),
        ("compare SMS and Pages", ["Acme SMS", "Acme Pages"]),
    ])
    func aNameInsideALongerOneIsNotAMention(_ text: String, _ names: [String]) {
        #expect(Self.machine.products.named(in: text).map(\.name) == names)
    }

    @Test(arguments: [
        ("suggest a product", false),
        ("which plan is right for our team?", false),
        ("Acme", false),
        ("newsletters for our shop", true),
        ("we need landing pages", true),
    ])
    func aNeedIsAWordThatTellsProductsApart(_ text: String, _ describes: Bool) {
        #expect(Self.machine.products.index.describesNeed(text) == describes)
    }

    @Test(arguments: [
        ("do you have landing pages?", "Acme Pages"),
        ("can I send text messages to customers", "Acme SMS"),
        ("tell me more about it", nil),
    ] as [(String, String?)])
    func aCapabilityFindsTheProductThatDoesIt(_ text: String, _ name: String?) {
        #expect(Self.machine.products.bestMatch(for: text)?.name == name)
    }

    /// The words come from the catalog's `messages:`: renamed phrases are what the user reads,
    /// and each phrase said is recorded as an action.
    @Test func renamedPhrasesAreUsed() {
        let renamed = Self.makeMachine(phrases: """
              messages:
                price: "{amount} par mois"
                suggestion: "{product} — {price} ({reason})"
                reason_includes: "avec {features}"
                more_button: "Plus sur {product}"
                already_cheapest: "{product} ({price}) est déjà le moins cher."
            """)
        let (output, _) = Self.turn("something for sms campaigns", "recommend_products", machine: renamed)
        #expect(Self.text(output).hasPrefix("Acme SMS — $39 par mois (avec SMS campaigns)"))
        #expect(output.messages.first?.buttons.first?.label == "Plus sur Acme SMS")
        #expect(output.actions.contains(.say(.catalogMessage(.suggestion), arguments: [
            "number": "1", "product": "Acme SMS", "price": "$39 par mois", "reason": "avec SMS campaigns",
        ])))
        let cheapest = Self.turn("anything cheaper than Acme Mail Starter?", "cheaper_options", machine: renamed)
        #expect(Self.text(cheapest.output) == "Acme Mail Starter ($19 par mois) est déjà le moins cher.")
    }

    /// A phrase the bot leaves undefined is left out, never said in English from Swift.
    @Test func anUndefinedPhraseIsLeftOut() {
        let bare = Self.makeMachine(phrases: "")
        let (output, session) = Self.turn("anything cheaper than Acme Mail Starter?", "cheaper_options", machine: bare)
        #expect(output.messages.allSatisfy { $0.text.isEmpty })
        #expect(session.suggested == nil)
    }

    @Test func namesAreRemovedInAnyCase() {
        let growth = Self.machine.products.products.filter { $0.name == "Acme Growth" }
        #expect(ProductMatcher.removingNames(of: growth, from: "cheaper than GROWTH, or Acme Growth?") == "cheaper than  , or  ?")
    }
}
