import Testing
import ConciergeText
@testable import ConciergeNLU

/// Where a message that asks several things is cut into clauses (each classified alone).
@Test(arguments: [
    ("how much is growth and can i book a demo", ["how much is growth ", "and can i book a demo"]),
    ("pricing for growth, do you integrate with wordpress, and can I book a demo?",
     ["pricing for growth, ", "do you integrate with wordpress, ", "and can I book a demo?"]),
    ("what are your prices? also is the data encrypted?", ["what are your prices? ", "also is the data encrypted?"]),
    ("never mind. How much is SMS?", ["never mind. ", "How much is SMS?"]),
    // A request after a comma among facts (blind audit 53).
    ("we are 45 ppl at a retail chain, want a demo asap, budget around 800 a month",
     ["we are 45 ppl at a retail chain, ", "want a demo asap, budget around 800 a month"]),
    // One question: "and" joins things, not questions.
    ("do you have email and sms", []),
    ("ok and how", []),
    ("landing pages and what else", []),
])
func clausesOfAMessage(text: String, clauses: [String]) {
    let tokens = Tokenizer().tokenize(text)
    #expect(NLUModel.clauses(of: text, tokens: tokens) == clauses, "\(text)")
}
