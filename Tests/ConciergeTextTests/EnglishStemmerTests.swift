@testable import ConciergeText
import Foundation
import Testing

/// Checks the stemmer against Snowball 3.1.1 outputs (see scripts/make-stemmer-fixture.py).
@Suite struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test func matchesReferenceFixture() throws {
        let url = try #require(Bundle.module.url(forResource: "porter2", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var checked = 0
        var mismatches: [String] = []
        var mismatchCount = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "malformed fixture line: \(line)")
            let word = String(fields[0])
            let expected = String(fields[1])
            let actual = stemmer.stem(word)
            checked += 1
            if actual != expected {
                mismatchCount += 1
                if mismatches.count < 20 { mismatches.append("\(word) → \(actual), expected \(expected)") }
            }
        }
        #expect(checked >= 3000, "fixture has only \(checked) words")
        #expect(mismatchCount == 0, "\(mismatchCount) of \(checked) words differ:\n\(mismatches.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("skis", "ski"), ("skies", "sky"), ("sky", "sky"), ("idly", "idl"), ("gently", "gentl"),
        ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"), ("news", "news"),
        ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ])
    func exceptionalWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("inning", "inning"), ("outing", "outing"),
        ("canning", "canning"), ("herring", "herring"), ("earring", "earring"), ("evening", "evening"),
        ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"), ("agreed", "agre"),
    ])
    func exceptionalIngAndEedForms(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test func prefixesThatFixRegionOne() {
        #expect(stemmer.stem("generously") == "generous")
        #expect(stemmer.stem("general") == "general")
        #expect(stemmer.stem("communication") == "communic")
        #expect(stemmer.stem("arsenal") == "arsenal")
    }

    @Test func shortWordsAreUnchanged() {
        for word in ["", "a", "is", "as", "us", "'s", "ys", "é"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func apostrophesAndYMarking() {
        #expect(stemmer.stem("dog's") == "dog")
        #expect(stemmer.stem("dogs'") == "dog")
        #expect(stemmer.stem("'tis") == "tis")
        #expect(stemmer.stem("saying") == "say")
        #expect(stemmer.stem("cry") == "cri")
        #expect(stemmer.stem("yYy") == "yyi")
    }

    @Test func nonASCIILettersAreNonVowels() {
        #expect(stemmer.stem("cafés") == "café")
        #expect(stemmer.stem("naïvely") == "naïv")
        #expect(stemmer.stem("yéy") == "yéi")
        #expect(stemmer.stem("dog’s") == "dog’")
    }
}
