import ConciergeBot
import ConciergeEntities
@testable import ConciergeNLU
import Testing
import ConciergeJSON

private let here = SourceLocation(file: "intents/test.yml", line: 1, column: 1)

private let slots = [
    SlotDefinition(name: "team_size", entity: "number", location: here),
    SlotDefinition(name: "plan", entity: "plan", location: here),
    SlotDefinition(name: "company", entity: nil, location: here),
    SlotDefinition(name: "origin", entity: "city", location: here),
    SlotDefinition(name: "destination", entity: "city", location: here),
    SlotDefinition(name: "when", entity: "date", location: here),
    SlotDefinition(name: "note", entity: "text", location: here),
]

private let merger = EntityMerger(slots: slots)

private let message = "Studio 54 wants the pro plan for 40 people from Paris to Rome on 5 May"

/// A match of `entity` over the `occurrence`-th appearance of `text` in `message`.
private func span(_ entity: String, _ text: String, _ value: JSONValue? = nil, occurrence: Int = 1) -> EntityMatch {
    let haystack = Array(message.unicodeScalars)
    let needle = Array(text.unicodeScalars)
    var seen = 0
    for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
        seen += 1
        if seen == occurrence {
            return EntityMatch(entity: entity, value: value ?? .string(text), text: text, start: start, end: start + needle.count)
        }
    }
    Issue.record("'\(text)' is not in the message")
    return EntityMatch(entity: entity, value: .null, text: text, start: 0, end: 0)
}

private let builtin = [
    span("number", "54", 54), span("number", "40", 40),
    span("number", "5", 5, occurrence: 2),  // the first "5" is inside "54"
    span("date", "5 May", "05-05"),
]
private let lookup = [span("plan", "pro", "growth"), span("city", "Paris"), span("city", "Rome")]
private let learned = [
    span("company", "Studio 54"), span("team_size", "40 people"), span("origin", "Paris"),
    span("destination", "Rome"), span("when", "5 May"),
]

private func summary(_ matches: [EntityMatch]) -> [String] {
    matches.map { "\($0.entity)@\($0.text)" }
}

struct EntityMergerTests {
    @Test(arguments: [
        (false, false, false, []),
        (true, false, false, ["number@54", "number@40", "date@5 May"]),
        (false, true, false, ["plan@pro", "city@Paris", "city@Rome"]),
        (false, false, true, ["company@Studio 54"]),
        (true, true, false, ["number@54", "plan@pro", "number@40", "city@Paris", "city@Rome", "date@5 May"]),
        (true, false, true, ["company@Studio 54", "team_size@40", "when@5 May"]),
        (false, true, true, ["company@Studio 54", "plan@pro", "origin@Paris", "destination@Rome"]),
        (true, true, true, ["company@Studio 54", "plan@pro", "team_size@40", "origin@Paris", "destination@Rome", "when@5 May"]),
    ])
    func everyCombinationOfSources(useBuiltin: Bool, useLookup: Bool, useLearned: Bool, expected: [String]) {
        let merged = merger.merge(
            builtin: useBuiltin ? builtin : [], lookup: useLookup ? lookup : [], learned: useLearned ? learned : []
        )
        #expect(summary(merged) == expected)
        #expect(zip(merged, merged.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test func claimsKeepTheDeterministicSpanAndValue() {
        let merged = merger.merge(builtin: builtin, lookup: lookup, learned: learned)
        #expect(merged.first { $0.entity == "team_size" } == span("team_size", "40", 40))
        #expect(merged.first { $0.entity == "when" }?.value == "05-05")
        #expect(merger.slotValues(for: merged) == [
            "company": "Studio 54", "plan": "growth", "team_size": 40,
            "origin": "Paris", "destination": "Rome", "when": "05-05",
        ])
    }

    @Test func theTaggerDecidesWhichReadingOfASpanCounts() {
        // "5" alone tagged as team_size beats the longer date "5 May" it sits in.
        let merged = merger.merge(builtin: builtin, lookup: [], learned: [span("team_size", "5", occurrence: 2)])
        #expect(summary(merged) == ["number@54", "number@40", "team_size@5"])
    }

    @Test func lookupBeatsBuiltinOnTheSameSpan() {
        let merged = merger.merge(builtin: [span("number", "40", 40)], lookup: [span("size", "40", "large")], learned: [])
        #expect(merged == [span("size", "40", "large")])
    }

    @Test func theLongerDeterministicSpanWins() {
        let longerBuiltin = merger.merge(builtin: [span("date", "5 May", "05-05")], lookup: [span("month", "May")], learned: [])
        #expect(summary(longerBuiltin) == ["date@5 May"])
        let longerLookup = merger.merge(builtin: [span("number", "54", 54)], lookup: [span("venue", "Studio 54")], learned: [])
        #expect(summary(longerLookup) == ["venue@Studio 54"])
    }

    @Test func aTextClaimOverridesLookupEntitiesToo() {
        let merged = merger.merge(builtin: [], lookup: [span("plan", "pro", "growth")], learned: [span("company", "the pro plan")])
        #expect(summary(merged) == ["company@the pro plan"])
        #expect(merger.slotValues(for: merged) == ["company": "the pro plan"])
    }

    /// "7788" of a phone number is no company; a claim that covers the whole detail still counts.
    @Test func aTextClaimOnPartOfAContactDetailIsDropped() {
        let phone = EntityMatch(entity: "phone", value: "+15552017788", text: "555-201-7788", start: 10, end: 22)
        let part = EntityMatch(entity: "company", value: "7788", text: "7788", start: 18, end: 22)
        #expect(summary(merger.merge(builtin: [phone], lookup: [], learned: [part])) == ["phone@555-201-7788"])
        let whole = EntityMatch(entity: "note", value: "555-201-7788", text: "555-201-7788", start: 10, end: 22)
        #expect(summary(merger.merge(builtin: [phone], lookup: [], learned: [whole])) == ["note@555-201-7788"])
    }

    @Test func anUnconfirmedOrUndeclaredClaimIsDropped() {
        let merged = merger.merge(
            builtin: [span("number", "54", 54)], lookup: [],
            learned: [span("team_size", "40 people"), span("budget", "5 May")]
        )
        #expect(summary(merged) == ["number@54"])
    }

    @Test func aClaimTakesTheMatchItOverlapsMost() {
        // Only "40" overlaps the claim; "54" stays an unclaimed number.
        let numbers = [span("number", "40", 40), span("number", "54", 54)]
        let merged = merger.merge(builtin: numbers, lookup: [], learned: [span("team_size", "for 40 people")])
        #expect(summary(merged) == ["number@54", "team_size@40"])
        // Of two X matches inside the claim, the one sharing more of it wins.
        let two = [span("number", "5", 5, occurrence: 2), span("number", "40 people", 40)]
        let wide = merger.merge(builtin: two, lookup: [], learned: [span("team_size", "40 people from Paris to Rome on 5")])
        #expect(summary(wide) == ["team_size@40 people", "number@5"])
    }

    @Test func overlappingClaimsKeepTheEarlierLongerOne() {
        let merged = merger.merge(builtin: [], lookup: [], learned: [span("note", "wants"), span("company", "Studio 54 wants")])
        #expect(summary(merged) == ["company@Studio 54 wants"])
    }

    @Test func emptySpansAreIgnored() {
        let empty = EntityMatch(entity: "number", value: 1, text: "", start: 3, end: 3)
        let merged = merger.merge(builtin: [empty], lookup: [empty], learned: [EntityMatch(entity: "note", value: "", text: "", start: 3, end: 3)])
        #expect(merged.isEmpty)
    }

    @Test func emptyInputs() {
        #expect(merger.merge(builtin: [], lookup: [], learned: []).isEmpty)
        #expect(merger.slotValues(for: []).isEmpty)
        let noSlots = EntityMerger(slots: [])
        #expect(summary(noSlots.merge(builtin: builtin, lookup: [], learned: learned)) == ["number@54", "number@40", "date@5 May"])
        #expect(noSlots.slotValues(for: builtin).isEmpty)
    }

    @Test func slotValuesPreferClaimsThenTheFirstEntityOfTheSlot() {
        // Unclaimed cities: both city slots take the first one.
        let unclaimed = merger.merge(builtin: builtin, lookup: lookup, learned: [])
        #expect(merger.slotValues(for: unclaimed) == [
            "team_size": 54, "plan": "growth", "origin": "Paris", "destination": "Paris", "when": "05-05",
        ])
        // A claim decides between slots sharing an entity; the other slot takes what is left.
        let claimed = merger.merge(builtin: [], lookup: lookup, learned: [span("destination", "Paris")])
        #expect(merger.slotValues(for: claimed) == ["plan": "growth", "destination": "Paris", "origin": "Rome"])
        let onlyRome = merger.merge(builtin: [], lookup: lookup, learned: [span("destination", "Rome"), span("origin", "Paris")])
        #expect(merger.slotValues(for: onlyRome) == ["plan": "growth", "destination": "Rome", "origin": "Paris"])
    }
}
