import ConciergeText
import Testing
@testable import ConciergeNLU

/// The flat phrase trie: combinations add exactly the phrases written out, and later phrases
/// replace earlier ones' values as before.
@Suite struct PhraseTableTests {
    static func words(_ text: String) -> MessageWords {
        MessageWords(tokens: Tokenizer().tokenize(text))
    }

    /// Each phrase of "someone else decides", written out as the table once held them.
    static let othersDecideWrittenOut: [String] = {
        var phrases: [String] = []
        for role in DecisionPhrases.roles {
            for determiner in DecisionPhrases.determiners {
                let subject = determiner.isEmpty ? role : determiner + " " + role
                phrases += DecisionPhrases.verbs.map { subject + " " + $0 }
                if !determiner.isEmpty { phrases += DecisionPhrases.lead.map { $0 + " " + subject } }
            }
        }
        for subject in DecisionPhrases.determinedDeciders {
            phrases += DecisionPhrases.withLeads.map { $0 + " " + subject }
        }
        return phrases
    }()

    @Test func combinationsMatchLikeThePhrasesWrittenOut() {
        var combined = PhraseTable<Int>([("my boss", 0)])
        DecisionPhrases.addOthersDecide(to: &combined, 1)
        combined.add("ask my boss", 2)
        let writtenOut = PhraseTable<Int>([("my boss", 0)] + Self.othersDecideWrittenOut.map { ($0, 1) } + [("ask my boss", 2)])
        #expect(Set(combined.firstWords) == Set(writtenOut.firstWords))
        let messages = Self.othersDecideWrittenOut + [
            "my boss", "my boss does", "my boss does it", "ask my boss", "ask my boss now", "the ceo", "boss decides",
            "it is up to the cfo, sorry", "my co founder signs off", "our higher-ups decide", "nothing here",
            "final sign off is with our coo", "the decision lies with the board",
        ]
        for message in messages {
            let words = Self.words(message)
            for start in 0..<words.count {
                let one = combined.match(words, at: start), other = writtenOut.match(words, at: start)
                #expect(one?.value == other?.value && one?.length == other?.length, "\(message) at \(start)")
            }
        }
        #expect(combined.match(Self.words("ask my boss"), at: 0)?.value == 2)
        #expect(combined.match(Self.words("my boss does"), at: 0)?.length == 3)
        #expect(combined.match(Self.words("my boss does it"), at: 0)?.length == 2)
    }

    @Test func aLaterPhraseReplacesAnEarlierValue() {
        let table = PhraseTable<Int>([("no", 1), ("no problem", 2), ("no", 3), ("  no   way ", 4)])
        #expect(table.match(Self.words("no"), at: 0)?.value == 3)
        #expect(table.match(Self.words("no problem"), at: 0)?.value == 2)
        #expect(table.match(Self.words("no way"), at: 0)?.value == 4)
        #expect(Set(table.firstWords) == ["no"])
    }
}
