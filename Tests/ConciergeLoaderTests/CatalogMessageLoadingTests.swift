import ConciergeBot
import ConciergeLoader
import Testing

/// The catalog's phrases (`catalog: messages:`) and the engine's list and period words: each
/// key loads with its own placeholders, which are not slots; anything else is reported.
@Suite struct CatalogMessageLoadingTests {
    /// A dialog whose catalog defines `messages` (already indented under `catalog:`).
    static func dialog(catalogMessages: String) -> String {
        BotFile.handoffOnly + "catalog:\n  products:\n    - {name: Mail, price: 19, description: Newsletters.}\n"
            + "  messages:\n" + catalogMessages
    }

    /// A text using every placeholder of the key.
    static func text(_ placeholders: [String]) -> String {
        "\"Words " + placeholders.map { "{\($0)}" }.joined(separator: " ") + "\""
    }

    @Test(arguments: CatalogMessage.allCases)
    func everyCatalogKeyLoadsWithItsPlaceholders(_ key: CatalogMessage) throws {
        let yaml = Self.dialog(catalogMessages: "    \(key.rawValue): \(Self.text(key.placeholders))\n")
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: yaml), BotFile.greetText])
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        let catalog = try #require(result.definition?.dialog?.catalog)
        #expect(catalog.messages[key].map(\.source) == [Self.text(key.placeholders).trimmingCharacters(in: ["\""])])
        #expect(catalog.messages[key].first?.slots == key.placeholders)
    }

    @Test(arguments: [EngineMessage.listAnd, .listOr, .perMonth, .perYear, .perQuarter, .perWeek, .perDay, .perHour])
    func everyWordKeyLoadsWithItsPlaceholders(_ key: EngineMessage) throws {
        let yaml = "settings:\n  messages:\n    \(key.rawValue): \(Self.text(key.placeholders))\n" + BotFile.handoffOnly
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: yaml), BotFile.greetText])
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(try #require(result.definition?.dialog).settings.messages[key].first?.slots == key.placeholders)
    }

    /// `yearly_discount` loads as a percentage of 0 to 90; anything else is an error where it stands.
    @Test(arguments: [
        ("20", 20.0 as Double?, [String]()),
        ("0", 0, []),
        ("95", nil, ["dialogs/main.yml:5:20: error: expected a number between 0 and 90, found '95'"]),
    ])
    func theYearlyDiscountIsAPercentage(_ value: String, _ discount: Double?, _ errors: [String]) {
        let yaml = BotFile.handoffOnly + "catalog:\n  yearly_discount: \(value)\n"
            + "  products:\n    - {name: Mail, price: 19, description: Newsletters.}\n"
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: yaml), BotFile.greetText])
        #expect(result.errors.map(\.description) == errors)
        #expect(result.definition?.dialog?.catalog.yearlyDiscount == discount)
    }

    /// `discounts:` load as written; every key a discount lacks or does not know, and a
    /// percentage out of 1 to 90, is an error where it stands (and a bot with errors loads nothing).
    @Test(arguments: [
        ("{name: the charity discount, percent: 40, words: [charity, ngo]}",
         [CatalogDiscount(name: "the charity discount", percent: 40, words: ["charity", "ngo"])], [String]()),
        ("{name: the charity discount, percent: 95, words: [charity]}", [],
         ["dialogs/main.yml:6:45: error: expected a number between 1 and 90, found '95'"]),
        ("{percent: 40}", [],
         ["dialogs/main.yml:6:7: error: missing 'name' in a discount",
          "dialogs/main.yml:6:7: error: missing 'words' in a discount"]),
        ("{name: x, percent: 10, words: [y], off: 3}", [],
         ["dialogs/main.yml:6:42: error: unknown key 'off' in a discount; expected 'name', 'percent', 'words'"]),
    ])
    func discountsLoadWithEveryErrorReported(_ item: String, _ discounts: [CatalogDiscount], _ errors: [String]) {
        let yaml = BotFile.handoffOnly + "catalog:\n  discounts:\n    - \(item)\n"
            + "  products:\n    - {name: Mail, price: 19, description: Newsletters.}\n"
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: yaml), BotFile.greetText])
        #expect(result.errors.map(\.description) == errors)
        #expect(result.definition?.dialog?.catalog.discounts.map { [$0.name, "\($0.percent)", $0.words.joined(separator: ",")] }
            == (errors.isEmpty ? discounts.map { [$0.name, "\($0.percent)", $0.words.joined(separator: ",")] } : nil))
    }

    /// A placeholder another key fills is a slot here; an unknown key is an error.
    @Test(arguments: [
        ("    price: \"{product}\"\n", "dialogs/main.yml:8:14: error: unknown slot 'product'; declare it under 'slots:' in an intents file"),
        ("    prices: \"{amount}\"\n", "dialogs/main.yml:8:5: error: unknown key 'prices' in catalog messages; did you mean 'price'?"),
    ])
    func otherPlaceholdersAndKeysAreReported(_ messages: String, _ expected: String) {
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: Self.dialog(catalogMessages: messages)),
                                              BotFile.greetText])
        #expect(result.errors.map(\.description) == [expected])
    }
}
