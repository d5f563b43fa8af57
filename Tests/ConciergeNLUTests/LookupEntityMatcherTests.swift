import ConciergeBot
import ConciergeEntities
@testable import ConciergeNLU
import ConciergeText
import Testing

private let here = SourceLocation(file: "intents/test.yml", line: 1, column: 1)

private func entity(_ name: String, fuzzy: Bool = true, _ values: [(String, [String])]) -> EntityDefinition {
    EntityDefinition(
        name: name,
        values: values.map { EntityDefinition.Value(value: $0.0, synonyms: $0.1, location: here) },
        fuzzy: fuzzy,
        location: here
    )
}

private let plan = entity("plan", [
    ("starter", ["basic", "entry level"]),
    ("growth", ["pro", "professional"]),
    ("enterprise", []),
])

private let city = entity("city", [
    ("Zürich", []),
    ("New York", []),
    ("New York City", ["NYC", "big apple"]),
    ("São Paulo", []),
])

private let standard = LookupEntityMatcher(entities: [plan, city])

/// Deterministic pseudo-random words for the large tests.
private struct Words {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next(length: Int) -> String {
        var word = ""
        for _ in 0..<length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            word.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "a") + UInt8((state >> 33) % 26)))
        }
        return word
    }
}

/// 1,000 random values of 4–12 letters, a third with a two-word synonym, the rest with one.
private let thousandValues: [(String, [String])] = {
    var words = Words()
    return (0..<1_000).map { index in
        let value = words.next(length: 4 + index % 9)
        let synonym = index.isMultiple(of: 3) ? words.next(length: 6) + " " + words.next(length: 7) : words.next(length: 8)
        return (value, [synonym])
    }
}()

/// The standard entities among many more fuzzy heads: exercises the deletion-key index,
/// where `standard` has few enough heads to be scanned directly.
private let large = LookupEntityMatcher(entities: [plan, city, entity("big", thousandValues)])

private func find(_ text: String, in matcher: LookupEntityMatcher = standard) -> [EntityMatch] {
    matcher.matches(in: Tokenizer().tokenize(text), text: text)
}

/// (entity, canonical value, matched text) of each match, for compact expectations.
private func summary(_ text: String, in matcher: LookupEntityMatcher = standard) -> [String] {
    find(text, in: matcher).map { "\($0.entity)=\($0.value.stringValue ?? "?")@\($0.text)" }
}

struct LookupEntityMatcherTests {
    @Test(arguments: [
        ("starter", "starter"), ("basic", "starter"), ("entry level", "starter"),
        ("pro", "growth"), ("professional", "growth"), ("growth", "growth"), ("enterprise", "enterprise"),
    ])
    func synonymsMapToTheCanonicalValue(text: String, value: String) {
        #expect(summary("is the \(text) plan any good") == ["plan=\(value)@\(text)"])
    }

    @Test func multiWordValueHasExactTextAndOffsets() {
        let matches = find("I'd like the Entry  Level one")
        #expect(matches == [EntityMatch(entity: "plan", value: "starter", text: "Entry  Level", start: 13, end: 25)])
    }

    @Test(arguments: [
        ("zurich", "Zürich"), ("ZURICH", "Zürich"), ("Zürich", "Zürich"), ("ZÜRICH", "Zürich"),
        ("sao paulo", "São Paulo"), ("SÃO PAULO", "São Paulo"), ("nyc", "New York City"),
    ])
    func caseAndDiacriticsDoNotMatter(text: String, value: String) {
        #expect(summary("flying to \(text) soon") == ["city=\(value)@\(text)"])
    }

    @Test func accentedMessageMatchesAnUnaccentedValue() {
        let cafe = LookupEntityMatcher(entities: [entity("place", [("cafe", [])])])
        #expect(summary("meet at the Café", in: cafe) == ["place=cafe@Café"])
    }

    @Test func offsetsCountUnicodeScalars() {
        // 👍🏽 is two scalars; the match starts after it and a space.
        #expect(find("👍🏽 Zürich!") == [EntityMatch(entity: "city", value: "Zürich", text: "Zürich", start: 3, end: 9)])
    }

    @Test(arguments: [false, true], [
        ("enterprize", "enterprise"),   // 10 characters: up to 2 edits
        ("entrepise", "enterprise"),    // two edits
        ("profesional", "growth"),      // one deletion
        ("grwoth", "growth"),           // 6 characters, one transposition
        ("startr", "starter"),          // one deletion
        ("basik", "starter"),           // 5 characters: one edit
        ("enterprises", "enterprise"),  // a plural is one insertion
    ])
    func typosWithinTheBoundMatch(useLarge: Bool, example: (text: String, value: String)) {
        let matcher = useLarge ? large : standard
        #expect(summary("the \(example.text) plan", in: matcher) == ["plan=\(example.value)@\(example.text)"])
    }

    @Test(arguments: [false, true], [
        "gruwht",       // 6 characters, two edits
        "entrprze",     // three edits from enterprise
        "profsinal",    // three edits from professional
        "sttrr",        // 5 characters, far off
    ])
    func typosOverTheBoundDoNotMatch(useLarge: Bool, text: String) {
        #expect(find("the \(text) plan", in: useLarge ? large : standard).isEmpty)
    }

    @Test(arguments: [false, true], [
        ("we just started", "started"),             // one edit from starter, but a word of its own
        ("we want to grow the list", "grow"),       // two from growth
        ("the enterprises we serve", "enterprises"),
    ])
    func aKnownWordIsNoTypo(useLarge: Bool, example: (text: String, word: String)) {
        let matcher = useLarge ? large : standard
        let tokens = Tokenizer().tokenize(example.text)
        #expect(matcher.matches(in: tokens, text: example.text) { $0 == example.word }.isEmpty)
        // The same words unknown to the bot are read as typos of the value.
        #expect(!matcher.matches(in: tokens, text: example.text).isEmpty || example.word == "grow")
    }

    @Test func aKnownWordStillMatchesExactly() {
        let text = "the starter plan"
        #expect(standard.matches(in: Tokenizer().tokenize(text), text: text) { _ in true }.count == 1)
    }

    @Test(arguments: [false, true], ["bsic", "prp", "pri", "bas", "nyk"])
    func shortTokensAreNeverFuzzy(useLarge: Bool, text: String) {
        // basic / pro / nyc are one edit away, but a side of at most 4 characters must match exactly.
        #expect(find("the \(text) plan", in: useLarge ? large : standard).isEmpty)
    }

    @Test func fuzzyFalseMatchesExactlyOnly() {
        let strict = LookupEntityMatcher(entities: [entity("plan", fuzzy: false, [("enterprise", []), ("entry level", [])])])
        #expect(find("enterprize", in: strict).isEmpty)
        #expect(find("entry levle", in: strict).isEmpty)
        #expect(summary("ENTERPRISE", in: strict) == ["plan=enterprise@ENTERPRISE"])
    }

    @Test func typosInLaterTokensOfAPhrase() {
        #expect(summary("entry levle please") == ["plan=starter@entry levle"])
        // "lvl" has three characters, so it must be exact.
        #expect(find("entry lvl please").isEmpty)
    }

    @Test func longestMatchWins() {
        #expect(summary("new york city hotels") == ["city=New York City@new york city"])
        #expect(summary("new york hotels") == ["city=New York@new york"])
        // "citi" has four characters: not a fuzzy "city", so the shorter value wins.
        #expect(summary("new york citi") == ["city=New York@new york"])
    }

    @Test func aLongerFuzzyMatchBeatsAShorterExactOne() {
        let product = LookupEntityMatcher(entities: [entity("product", [("analytics", []), ("analytics suite", [])])])
        #expect(summary("the analytics suiet", in: product) == ["product=analytics suite@analytics suiet"])
    }

    @Test func exactBeatsFuzzyOfTheSameLength() {
        // "planned" is declared first and one edit from "planner", but the exact value wins.
        let words = LookupEntityMatcher(entities: [entity("role", [("planned", []), ("planner", [])])])
        #expect(summary("a planner", in: words) == ["role=planner@planner"])
        #expect(summary("a planned", in: words) == ["role=planned@planned"])
    }

    @Test func declarationOrderBreaksRemainingTies() {
        let tier = entity("tier", [("professional", ["pro"])])
        #expect(summary("pro", in: LookupEntityMatcher(entities: [plan, tier])) == ["plan=growth@pro"])
        #expect(summary("pro", in: LookupEntityMatcher(entities: [tier, plan])) == ["tier=professional@pro"])
    }

    @Test(arguments: ["product", "proactive", "improve", "basically", "newyork"])
    func matchesRespectTokenBoundaries(text: String) {
        #expect(find("a \(text) thing").isEmpty)
    }

    @Test func numbersAreNeverFuzzy() {
        let model = LookupEntityMatcher(entities: [entity("model", [("model 30000", [])])])
        #expect(find("model 30001", in: model).isEmpty)
        #expect(summary("model 30000", in: model) == ["model=model 30000@model 30000"])
    }

    @Test func severalMatchesComeSortedByStart() {
        #expect(summary("pro or enterprise in zurich") == [
            "plan=growth@pro", "plan=enterprise@enterprise", "city=Zürich@zurich",
        ])
    }

    @Test func emptyInputs() {
        let none = LookupEntityMatcher(entities: [])
        #expect(none.isEmpty)
        #expect(find("enterprise", in: none).isEmpty)
        #expect(!standard.isEmpty)
        #expect(find("").isEmpty)
        // A value of only whitespace has no tokens and can never match.
        let blank = LookupEntityMatcher(entities: [entity("blank", [("   ", [])])])
        #expect(blank.isEmpty)
    }

    @Test func aThousandValuesAndTenThousandTokensAreQuick() {
        let values = thousandValues
        let big = LookupEntityMatcher(entities: [entity("big", values)])
        // A message of filler words with a known value every 50 tokens, one with a typo.
        var tokens: [String] = []
        for index in 0..<10_000 {
            if index % 50 == 0 {
                tokens.append(values[index / 50].0)
            } else {
                tokens.append(["the", "quick", "brown", "customers", "asked", "about", "pricing", "today"][index % 8])
            }
        }
        let text = tokens.joined(separator: " ")
        let matches = find(text, in: big)
        let expected = (0..<200).map { values[$0].0 }
        #expect(matches.count >= 200)
        #expect(Set(matches.compactMap(\.value.stringValue)).isSuperset(of: expected))
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.end <= $1.start })
    }
}
