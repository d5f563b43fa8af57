@testable import ConciergeBot
@testable import ConciergeLoader
import Testing

private func words(_ text: String) -> [String] {
    text.split(separator: " ").map(String.init)
}

private func syntaxErrors(_ source: String) -> [PhrasePattern.SyntaxError] {
    guard case .failure(let failure) = PhrasePattern.parse(source) else { return [] }
    return failure.errors
}

@Test func literalWordsMatchTheWholeMessage() throws {
    let pattern = try PhrasePattern("how much")
    #expect(pattern.matches(words("how much")))
    #expect(!pattern.matches(words("how much is it")))
    #expect(!pattern.matches(words("so how much")))
    #expect(!pattern.matches([]))
}

@Test func patternWordsAreNormalizedLikeMessages() throws {
    #expect(try PhrasePattern("HOW Much").matches(words("how much")))
}

@Test func wildcardMatchesZeroOrMoreWords() throws {
    let pattern = try PhrasePattern("how much * cost *")
    #expect(pattern.matches(words("how much cost")))
    #expect(pattern.matches(words("how much does it cost")))
    #expect(pattern.matches(words("how much does it cost per month")))
    #expect(!pattern.matches(words("how expensive is it")))
}

@Test func alternativesAndOptionalGroups() throws {
    let pattern = try PhrasePattern("(talk|speak|chat) to (a|an|) (human|real person|agent) *")
    #expect(pattern.matches(words("talk to a human")))
    #expect(pattern.matches(words("speak to agent now please")))
    #expect(pattern.matches(words("chat to a real person")))
    #expect(!pattern.matches(words("chat to a real")))
    #expect(!pattern.matches(words("shout to a human")))
}

@Test func nestedGroups() throws {
    let pattern = try PhrasePattern("i (want (to (talk|speak)|a (call|demo))|need help)")
    #expect(pattern.matches(words("i want to talk")))
    #expect(pattern.matches(words("i want a demo")))
    #expect(pattern.matches(words("i need help")))
    #expect(!pattern.matches(words("i want to")))
    #expect(!pattern.matches(words("i want a talk")))
}

@Test func topLevelAlternatives() throws {
    let pattern = try PhrasePattern("hi | hello there")
    #expect(pattern.matches(words("hi")))
    #expect(pattern.matches(words("hello there")))
    #expect(!pattern.matches(words("hello")))
}

@Test func parsedFormIsKept() throws {
    let pattern = try PhrasePattern("a (b|) *")
    #expect(pattern.alternatives == [[.word("a"), .group([[.word("b")], []]), .wildcard]])
    #expect(pattern == (try PhrasePattern("a (b|) *")))
}

@Test(arguments: [
    ("", "empty pattern", 0),
    ("   ", "empty pattern", 0),
    ("talk (to a human", "unbalanced '('", 5),
    ("talk to) a human", "unbalanced ')'", 7),
    ("how ** cost", "repeated wildcard", 5),
    ("how * * cost", "repeated wildcard", 6),
    ("talk () human", "empty group", 5),
    ("*", "at least one word", 0),
    ("(|) x", "empty group", 0),
])
func syntaxErrorsAreLocated(source: String, message: String, offset: Int) {
    let found = syntaxErrors(source)
    #expect(found.first?.message.contains(message) == true, "\(found)")
    #expect(found.first?.offset == offset)
}

@Test func throwingInitReportsTheFirstError() {
    #expect(throws: PhrasePattern.SyntaxError.self) { try PhrasePattern("a (b") }
}

/// Exponential backtracking would hang here (CI's time limit ends a hung run).
@Test func adversarialPatternsMatchWithoutBacktracking() throws {
    // Classic backtracking killers: many optional groups and wildcards around one word.
    let optional = String(repeating: "(a|) ", count: 60) + String(repeating: "a ", count: 60)
    let wildcards = Array(repeating: "a *", count: 40).joined(separator: " ") + " b"
    let nested = String(repeating: "((a|a a)|", count: 30) + "a" + String(repeating: ")", count: 30) + " *"
    let message = Array(repeating: "a", count: 200)
    let patterns = try [optional, wildcards, nested].map { try PhrasePattern($0) }
    #expect(!patterns[0].matches(Array(message.prefix(59))))
    #expect(patterns[0].matches(Array(message.prefix(90))))
    #expect(!patterns[1].matches(message))
    #expect(patterns[2].matches(message))
}

/// Messages under 64 words are matched on a bit set of positions, longer ones on hashed sets:
/// both must agree on every pattern and message.
@Test func bitSetAndHashedPositionsAgree() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    func sequence(depth: Int) -> String {
        (0..<(1 + next(4))).map { _ in
            switch next(10) {
            case 0...5: ["a", "b", "c"][next(3)]
            case 6...7 where depth < 2:
                "(" + (0..<(1 + next(3))).map { _ in next(4) == 0 ? "" : sequence(depth: depth + 1) }.joined(separator: "|") + ")"
            default: "*"
            }
        }.joined(separator: " ")
    }
    var compared = 0
    var matched = 0
    for _ in 0..<400 {
        guard case .success(let pattern) = PhrasePattern.parse(sequence(depth: 0)) else { continue }
        for length in [0, 1, 2, 3, 5, 8, 13, 62, 63] {
            let message = (0..<length).map { _ in ["a", "b", "c"][next(3)] }
            #expect(pattern.matches(message) == pattern.matchesOnPositionSets(message), "\(pattern.source) on \(message)")
            compared += 1
            if pattern.matches(message) {
                matched += 1
                // The prefilter never rules out a message that matches.
                if let required = pattern.requiredWords { #expect(required.contains(where: message.contains), "\(pattern.source)") }
            }
        }
    }
    #expect(compared > 1_000)
    // Not a comparison of two `false`s: many messages do match.
    #expect(matched > 100)
}

@Test(arguments: [
    ("talk to a human", ["talk"]),
    ("(talk|) (to|) (me|)", nil),
    ("(talk|speak) to (a|) human *", ["to"]),
    ("(talk|speak) *", ["talk", "speak"]),
    ("* (price|cost (of|for)) *", ["price", "cost"]),
    ("* (a|) *", nil),
    ("(hi|) there", ["there"]),
] as [(String, [String]?)])
func requiredWordsAreOnesEveryMatchHolds(source: String, required: [String]?) throws {
    #expect(try PhrasePattern(source).requiredWords.map(Set.init) == required.map(Set.init))
}
