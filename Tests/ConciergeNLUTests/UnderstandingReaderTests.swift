import ConciergeEntities
import ConciergeText
import Foundation
import Testing
@testable import ConciergeNLU

/// A fixed clock: dates in test messages resolve the same on every run.
let understandingClock = Date(timeIntervalSince1970: 1_780_000_000)

/// The understanding of one message, with the built-in entities NLU would pass.
func understand(_ text: String) -> Understanding {
    let entities = BuiltinEntityExtractor(now: understandingClock).extract(from: text)
    return UnderstandingReader.read(text, tokens: Tokenizer().tokenize(text), entities: entities)
}

@Test func anEmptyMessageUnderstandsNothing() {
    #expect(understand("") == Understanding())
    #expect(understand("   ").answer == nil)
    #expect(understand("...").freeText == nil)
}

@Test func severalFactsInOneMessageAreAllRead() {
    let reading = understand("I'm Ana from Vela Travel, we're 12 people and our budget is about 300 a month")
    #expect(reading.personName?.value == "Ana")
    #expect(reading.company?.value == "Vela Travel")
    #expect(reading.headCount == Understanding.NumberFact(value: 12, start: 32, end: 34, evidence: .explicit))
    #expect(reading.budget?.value == ["amount": 300, "currency": "USD", "period": "month"])
    #expect(reading.numbers.isEmpty)
    #expect(reading.answer == nil)
    #expect(!reading.isQuestion)
}

@Test func offsetsPointAtTheTextAsWritten() {
    let text = "hello, my name is Ana López"
    let name = understand(text).personName
    #expect(name?.value == "Ana López")
    #expect(name.map { text.scalarSlice($0.start, $0.end) } == "Ana López")
}

@Test(arguments: [
    "?", "-", "$", "I'm", "my name is", "not", "10-", "-10", "🙂🙂", "no no no no", ":", "I'm Ana from", "from",
    "at Acme Inc", "company:", "just", "what", "10 -", "$10-", "not not 12", "call me", "team of", "12 of",
    "a-b-c-d", "’s", "I’m Ana", String(repeating: "we're 12 people and ", count: 500),
    String(repeating: "ab", count: 3000), "e\u{301}e\u{301} here", "Ана здесь", "我是安娜",
])
func oddMessagesAreReadWithinBounds(text: String) {
    let reading = understand(text)
    let length = text.unicodeScalars.count
    let spans = [reading.personName.map { ($0.start, $0.end) }, reading.company.map { ($0.start, $0.end) },
                 reading.headCount.map { ($0.start, $0.end) }, reading.budget.map { ($0.start, $0.end) }]
        .compactMap { $0 } + reading.numbers.map { ($0.start, $0.end) }
    for (start, end) in spans {
        #expect(0 <= start && start < end && end <= length, "\(text.prefix(40)): \(start)..<\(end)")
    }
}

/// A question after a hesitation is a question: "hmm does starter have sms" (blind audit 16).
@Test(arguments: [
    ("hmm does starter have sms", true), ("wait, is it included?", true), ("sorry what does it cost", true),
    ("wait for me", false), ("hmm ok", false),
])
func aQuestionAfterAHesitationIsRead(text: String, question: Bool) {
    #expect(understand(text).isQuestion == question, "\(text)")
}
