import ConciergeNLU
import Testing

@Test(arguments: [
    ("this is useless!!", -3.0),
    ("I'm not happy at all", -3.0),
    ("THIS IS USELESS", -3.0),
    ("this is so bad", -3.0),
    ("I hate this", -3.0),
])
func upsetMessagesReachTheFrustrationLevel(text: String, atMost: Double) {
    #expect(Sentiment.score(text) <= atMost, "\(text): \(Sentiment.score(text))")
}

@Test(arguments: ["how much does it cost", "this is useless", "not bad at all", "great, thanks!", "a bit confusing", "OK",
                  // An apology for one's English is no complaint (blind audit 28).
                  "sorry my english is not so good. sms for clients in france, how much?", "sorry for my bad english!!"])
func ordinaryMessagesStayAboveIt(text: String) {
    #expect(Sentiment.score(text) > -3, "\(text): \(Sentiment.score(text))")
}

@Test func negationFlipsAndIntensifiersStrengthen() {
    #expect(Sentiment.score("happy") > 0)
    #expect(Sentiment.score("not happy") < 0)
    #expect(Sentiment.score("very bad") < Sentiment.score("bad"))
    #expect(Sentiment.score("bad!!!") < Sentiment.score("bad"))
    #expect(Sentiment.score("not bad") > 0)
    #expect(Sentiment.score("") == 0)
}
