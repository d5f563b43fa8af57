import ConciergeText
import Testing
@testable import ConciergeNLU

/// Which named plans a message says the visitor has, the value being "growth" or "starter".
@Test(arguments: [
    ("we're on growth, anything cheaper?", true), ("i'm on the growth plan", true), ("im still on growth", true),
    ("our growth plan renews monday", true), ("we have growth", true), ("growth customer here", true),
    ("upgrading from starter", true), ("paying for growth but barely use it", true), ("currently growth", true),
    ("we have 12 people in total on growth", true),
    ("how much is growth?", false), ("difference between mail pro and growth", false), ("maybe growth then", false),
    ("can we get landing pages on starter", false), ("any discount on growth?", false), ("what if we went with starter", false),
    ("upgrade to growth", false), ("is there sms on growth?", false),
    ("how many people can use the growth plan", false), ("we'd like to have growth", false), ("we use the growth plan", true),
])
func ownedValueNeedsWordsOfHaving(text: String, owned: Bool) throws {
    let words = MessageWords(tokens: Tokenizer().tokenize(text))
    let value = try #require(text.range(of: "growth") ?? text.range(of: "starter"))
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: value.lowerBound)
    let span = start..<(start + text[value].unicodeScalars.count)
    #expect(OwnedValueReading.spans(words, values: [span]) == (owned ? [span] : []), "\(text)")
}
