import Testing
@testable import ConciergeNLU

/// "it's John not Jon": the written value a message replaces, and with what.
@Test(arguments: [
    ("john@acme.com — and again, it's John not Jon", "John", "Jon"),
    ("wait, the company is Kettle & Co, not 'I literally told you'. fix that please", "Kettle & Co", "I literally told you"),
    ("the company is Kettle and Co, not Kettle & Co", "Kettle and Co", "Kettle & Co"),
    ("not Jon but John", "John", "Jon"),
    ("it should be Globex Corp instead of Globex", "Globex Corp", "Globex"),
    ("no, the company is Dan's Bikes, not Dan", "Dan's Bikes", "Dan"),
    ("sorry, my phone is +44 7700 900999, not +44 7700 900123", "+44 7700 900999", "+44 7700 900123"),
    ("it's 07700 900999 not 07700 900123", "07700 900999", "07700 900123"),
] as [(String, String, String)])
func aReplacementNamesTheNewAndTheOldValue(text: String, new: String, old: String) {
    let replacement = understand(text).replacement
    #expect(replacement?.new == new && replacement?.old == old, "\(text): \(String(describing: replacement))")
}

@Test(arguments: [
    "I'm not sure", "we do not know yet", "not now", "no, not really", "this is not what I asked for at all, is it?",
    "30 people, not 40", "budget 1500000 not 1200000",
])
func noReplacementWithoutTwoWrittenValues(text: String) {
    #expect(understand(text).replacement == nil, "\(text): \(String(describing: understand(text).replacement))")
}

@Test func anAmountPerPeriodAfterAroundIsABudgetNotAYear() {
    #expect(understand("around 2000 a month").budget?.value["amount"] == 2000)
    #expect(understand("we started around 2019").budget == nil)
}
