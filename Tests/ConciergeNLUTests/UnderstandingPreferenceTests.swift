import Testing
@testable import ConciergeNLU

/// "The cheapest", "the most complete": how a message wants products ordered, read however
/// it is phrased, and not when it is negated.
@Suite struct UnderstandingPreferenceTests {
    @Test(arguments: [
        ("hey whats the cheapest thing you sell", Understanding.ProductPreference?.some(.lowestPrice)),
        ("Which tool is least expensive for texting?", .lowestPrice),
        ("we want the lowest price option with landing pages", .lowestPrice),
        ("show me your most affordable bundle", .lowestPrice),
        ("I need it as cheap as possible", .lowestPrice),
        ("what gives the best value for a two person shop", .lowestPrice),
        ("anything budget-friendly?", .lowestPrice),
        ("an entry level plan please", .lowestPrice),
        ("what's your most powerful plan", .widestScope),
        ("we'd like the most complete package you have", .widestScope),
        ("is there an all-in-one option", .widestScope),
        ("it doesn't need to be the cheapest, just good", nil),
        ("not the cheapest one please", nil),
        ("we need email campaigns for 5 people", nil),
    ])
    func aPreferenceIsReadInAnyPhrasing(_ text: String, _ expected: Understanding.ProductPreference?) {
        #expect(understand(text).productPreference == expected, "\(text)")
    }
}
