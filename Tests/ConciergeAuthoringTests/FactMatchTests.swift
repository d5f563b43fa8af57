@testable import ConciergeAuthoring
import ConciergeBot
import ConciergeJSON
import ConciergeNLU
import Testing

@Suite struct FactMatchTests {
    static let cases: [(fact: JSONValue, value: JSONValue, kind: SlotKind, matches: Bool)] = [
        (12, 12, .value, true),
        (12, "12", .value, true),
        (900, 2, .value, false),
        (["amount": 300, "period": "month"], ["amount": 300, "currency": "USD", "period": "month"], .budget, true),
        (["amount": 20000, "period": "year"], ["amount": 20000, "currency": "USD"], .budget, false),
        (["amount": 500, "currency": "EUR"], ["amount": 500, "currency": "USD"], .budget, false),
        (["amount": 200], ["amount": 200, "currency": "USD", "period": "month"], .budget, true),
        ("Vela Travel", "vela travel", .company, true),
        ("Vela Travel", "I just said: Vela Travel", .company, false),
        ("yes", "yes", .yesNo, true),
        ("yes", "no", .yesNo, false),
        ("+44 7700 900123", "+447700900123", .value, true),
        ("Ana Lopez", "skip", .personName, false),
        (["contains": "automate our email"], "we want to automate our email campaigns", .value, true),
        ("email newsletters", "we want email newsletters", .need, true),
        (["from": "2026-02-01"], ["from": "2026-02-01", "to": "2026-02-28"], .value, true),
        ("2026-01-06", "2026-01-06T15:00", .value, true),
        ("2026-01-06", ["from": "2026-01-06T12:00", "to": "2026-01-06T19:00"], .value, true),
        ("2026-01-06", "2026-01-07", .value, false),
    ]

    @Test(arguments: 0..<FactMatchTests.cases.count)
    func comparesByMeaning(_ index: Int) {
        let row = Self.cases[index]
        #expect(FactMatch.matches(fact: row.fact, value: row.value, kind: row.kind) == row.matches, "\(row)")
    }

    @Test func aTextFactCannotJudgeADateRange() {
        #expect(!FactMatch.comparable(fact: "next month", value: ["from": "2026-02-01"]))
        #expect(FactMatch.comparable(fact: "200", value: ["amount": 200]))
    }

    @Test(arguments: [
        ("+44 7700 900123", "call me on 07700-900-123 please", true),
        ("+44 7700 900123", "we're 44 people", false),
        ("ana@globex.com", "it's ANA@globex.com", true),
        ("Ana Lopez", "Thanks, ana lopez!", true),
        ("Ana", "Analytics matter", false),
    ])
    func personalFactsAreFoundWhateverTheirSpelling(fact: String, text: String, shown: Bool) {
        #expect(ConsentCheck.shows(.string(fact), in: text) == shown)
    }

    @Test func slangRoughensOnlyWordsAndKeepsNumbers() {
        var random = SplitMix64(seed: 7)
        let text = VisitorPhrasing.roughen("We're about 40 people, please call You", random: &random)
        #expect(text == text.lowercased())
        #expect(!text.contains("'"))
        #expect(text.contains("40"))
    }
}
