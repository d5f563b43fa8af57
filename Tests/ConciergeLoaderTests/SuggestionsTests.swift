import ConciergeBot
@testable import ConciergeLoader
import Testing

@Test func suggestsTheNearestName() {
    #expect(Suggestions.closest(to: "exmaples", among: ["examples", "patterns"]) == "examples")
    #expect(Suggestions.closest(to: "example", among: ["examples", "patterns"]) == "examples")
    #expect(Suggestions.closest(to: "team_sise", among: ["team_size", "plan"]) == "team_size")
    #expect(Suggestions.closest(to: "Settings", among: ["settings", "slots"]) == "settings")
}

@Test func noSuggestionWhenNothingIsClose() {
    #expect(Suggestions.closest(to: "banana", among: ["examples", "patterns"]) == nil)
    #expect(Suggestions.closest(to: "ab", among: ["xy"]) == nil)
    #expect(Suggestions.didYouMean("zzz", among: ["name"]) == "")
}

@Test func editDistanceCountsTranspositionsOnce() {
    func distance(_ a: String, _ b: String) -> Int {
        Suggestions.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
    #expect(distance("ab", "ba") == 1)
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("", "abc") == 3)
}
