import ConciergeBot
import Testing
@testable import ConciergeNLU

/// The word tables answer what a `[String: Value]` answers: String equality, canonical
/// equivalence included, whether the word is ASCII or not.
@Suite struct WordTableTests {
    static let words = ["price", "it's", "it’s", "café", "cafe\u{301}", "K", "\u{212A}m", "naïve", "über", "e-mail", "", "a"]

    @Test func looksUpLikeADictionary() {
        let dictionary = Dictionary(Self.words.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let table = WordTable(dictionary)
        let probes = Self.words + ["km", "Km", "kM", "pric", "prices", "cafe", "caf\u{E9}", "naive", "ü", "", "b", "\u{212A}"]
        for probe in probes {
            #expect(table[probe] == dictionary[probe], "\(probe)")
            #expect(table[probe, WordKey(probe)] == dictionary[probe], "\(probe)")
        }
        // The Kelvin sign is the letter K to Swift's String equality: found by its ASCII twin too.
        #expect(table["Km"] == dictionary["Km"])
        #expect(table.count == dictionary.count)
    }

    @Test func replacesAndGrows() {
        var table = WordTable<Int>()
        for number in 0..<500 { table.insert("w\(number)", number) }
        table.insert("w7", 70)
        #expect(table["w7"] == 70)
        #expect(table["w499"] == 499)
        #expect(table["w500"] == nil)
        #expect(table.count == 500)
    }

    @Test func wordSetsContainTheirWords() {
        let set: WordSet = ["yes", "it’s", "K"]
        #expect(set.contains("yes") && set.contains("it’s") && set.contains("\u{212A}") && set.contains("K"))
        #expect(!set.contains("it's") && !set.contains("no"))
        #expect(Set(set.words) == ["yes", "it’s", "K"])
    }

    @Test func asciiWordsReadLikeCharacters() {
        let texts = ["Hi, I'm Ana", "  ok\r\nim back ", "we're 40 people, $20k/yr", "A-B c_d 3.5", "", "!!", "I\tdecide"]
        for text in texts {
            let ascii = ASCIIWords(text)
            #expect(ascii != nil)
            let runs = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
            #expect(ascii?.lowercasedRuns(of: ASCIIWords.isAlphanumeric) == runs, "\(text)")
            let prefix = String(text.prefix { !$0.isWhitespace && $0 != "," }).lowercased()
            #expect(ascii?.lowercasedPrefix { $0 != UInt8(ascii: ",") } == prefix, "\(text)")
        }
        #expect(ASCIIWords("café") == nil)
    }
}

/// Numbered patterns match exactly the messages their `PhrasePattern`s match.
@Suite struct PatternSetTests {
    @Test func matchesAsThePatterns() throws {
        let sources = ["(talk|speak) to (a|an|) (human|person) *", "* i (want|need) (a|the|) (manager|human) (please|now|)",
                       "(back to|go back to) (the|) bot *", "hello", "* (yes|no) *", "(a|) (b c|b) (c|)"]
        let patterns = try sources.enumerated().map { ("intent\($0.offset)", try PhrasePattern($0.element)) }
        let set = PatternSet(patterns)
        let messages = ["talk to a human please", "talk to human", "speak to an person", "so i want the manager now",
                        "i need a human", "back to the bot", "go back to bot now", "hello", "hello there", "maybe yes",
                        "no", "a b c", "b", "b c c", "", "talk", "\u{212A}"]
        for message in messages {
            let words = message.split(separator: " ").map(String.init)
            let expected = patterns.first { $0.1.matches(words) }?.0
            #expect(set.firstMatch(words) == expected, "\(message)")
        }
        // 64 words or more: the patterns' own matching.
        let long = ["talk", "to", "a", "human"] + Array(repeating: "x", count: 70)
        #expect(set.firstMatch(long) == "intent0")
    }
}
