import ConciergeBot
import ConciergeLoader
import Foundation
import Testing

/// The repository root (the demo bot), found from this file's path.
private let demoBotRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A persona file and the diagnostics loading it gives, rendered as `concierge check` prints them.
struct PersonaCase: CustomTestStringConvertible, Sendable {
    var message: String
    var text: String
    var expected: [String]

    init(_ message: String, _ text: String, _ expected: [String]) {
        self.message = message
        self.text = text
        self.expected = expected
    }

    var testDescription: String { message }
}

@Suite struct PersonaLoaderTests {
    /// The smallest persona that loads: a goal and an opening message.
    static let minimal = "goal: faq\nfaq: [pricing]\nsay:\n  open: how much is it?\n"

    static let cases: [PersonaCase] = [
        PersonaCase("yamlSyntax", "goal: [lead\n", ["personas/p.yml:2:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence\n"
                     + "personas/p.yml:1:7: note: while parsing a flow sequence here"]),
        PersonaCase("wrongType (not a mapping)", "- goal: lead\n",
                    ["personas/p.yml:1:1: error: expected a persona: a mapping with 'goal', 'facts' and 'say', found a list"]),
        PersonaCase("missingKey goal", "say:\n  open: hi\n", ["personas/p.yml:1:1: error: missing 'goal' in a persona"]),
        PersonaCase("unknownKey", minimal + "behavours: [correction]\n",
                    ["personas/p.yml:5:1: error: unknown key 'behavours' in a persona; did you mean 'behaviours'?"]),
        PersonaCase("unknownGoal", "goal: leed\nsay:\n  open: hi\n",
                    ["personas/p.yml:1:7: error: unknown goal 'leed'; did you mean 'lead'?"]),
        PersonaCase("unknownBehaviour", "goal: lead\nbehaviours: [slang_typo]\nsay:\n  open: hi\n",
                    ["personas/p.yml:2:14: error: unknown behaviour 'slang_typo'; did you mean 'slang_typos'?"]),
        PersonaCase("unknownPhrasing", "goal: lead\nfacts:\n  team_size: 4\nsay:\n  open: hi\n  team_sise: [\"{team_size} of us\"]\n",
                    ["personas/p.yml:6:3: error: unknown phrasing 'team_sise'; did you mean 'team_size'?"]),
        PersonaCase("unknownPlaceholder", "goal: lead\nfacts:\n  team_size: 4\nsay:\n  open: hi\n  team_size: [\"we're {team_sise} people\"]\n",
                    ["personas/p.yml:6:22: error: unknown placeholder '{team_sise}'; did you mean '{team_size}'?"]),
        PersonaCase("missingPhrasing (behaviour)", "goal: lead\nbehaviours: [faq_digression]\nsay:\n  open: hi\n",
                    ["personas/p.yml:2:1: error: missing 'say: digression:' phrasings, needed by behaviour 'faq_digression'"]),
        PersonaCase("missingPhrasing (open)", "goal: lead\n",
                    ["personas/p.yml:1:1: error: missing 'say: open:' phrasings, needed by every persona (its first message)"]),
        PersonaCase("missingMistakes", "goal: lead\nbehaviours: [correction]\nsay:\n  open: hi\n",
                    ["personas/p.yml:2:1: error: behaviour 'correction' needs 'mistakes:', the facts first given wrong (e.g. team_size: 12)"]),
        PersonaCase("mistakeWithoutFact", "goal: lead\nmistakes:\n  team_size: 12\nsay:\n  open: hi\n",
                    ["personas/p.yml:3:3: error: mistake 'team_size' has no fact of that name; a correction needs the right value in 'facts:'"]),
        PersonaCase("conflictingConsent", "goal: lead\nbehaviours: [consent_refused, consent_refused_then_given]\nsay:\n  open: hi\n  consent_later: ok\n",
                    ["personas/p.yml:2:1: error: 'consent_refused' and 'consent_refused_then_given' contradict each other; keep one"]),
        PersonaCase("faqGoalWithoutIDs", "goal: faq\nsay:\n  open: hi\n",
                    ["personas/p.yml:1:1: error: goal 'faq' needs 'faq:', the FAQ ids that must be answered"]),
        PersonaCase("goalOption", "goal: lead\nexclude_products: [Growth]\nsay:\n  open: hi\n",
                    ["personas/p.yml:2:1: error: 'exclude_products' only applies to goal 'suggestions'"]),
        PersonaCase("numberOutOfRange", minimal + "required_success: 1.5\n",
                    ["personas/p.yml:5:19: error: expected a number between 0 and 1, found 1.5"]),
        PersonaCase("wrongType (number)", minimal + "max_turns: many\n",
                    ["personas/p.yml:5:12: error: expected a number, found 'many'"]),
        PersonaCase("wrongType (time)", minimal + "starts_at: sunday\n",
                    ["personas/p.yml:5:12: error: expected a time like 2026-01-04T15:00:00Z, found 'sunday'"]),
        PersonaCase("emptyPhrasings", "goal: lead\nsay:\n  open: []\n",
                    ["personas/p.yml:3:3: error: expected at least one phrasing"]),
    ]

    @Test(arguments: PersonaLoaderTests.cases)
    func givesItsDiagnostics(_ row: PersonaCase) {
        let result = PersonaLoader.load(path: "personas/p.yml", text: row.text)
        #expect(result.diagnostics.map(\.description) == row.expected)
        #expect(result.persona == nil, "a file with an error gives no persona")
    }

    @Test func readsEveryPart() throws {
        let text = """
            name: bookstore
            description: A chain of 4 bookstores.
            goal: lead
            facts:
              team_size: 6
              budget: {amount: 200, period: month}
              company: Paper Lantern
            mistakes:
              team_size: 4
            behaviours: [correction, slang_typos]
            say:
              open: [can sales call me?, I'd like to talk to sales]
              team_size: "{team_size} of us"
              correction: "sorry, {value} not {mistake}"
            required_success: 0.8
            max_turns: 12
            max_fallbacks: 0
            """
        let result = PersonaLoader.load(path: "personas/bookstore-chain.yml", text: text)
        #expect(result.diagnostics.isEmpty)
        let persona = try #require(result.persona)
        #expect(persona.name == "bookstore")
        #expect(persona.goal == PersonaGoal(kind: .lead))
        #expect(persona.facts["team_size"] == .number(6))
        #expect(persona.facts["budget"]?["period"] == .string("month"))
        #expect(persona.mistakes == ["team_size": .number(4)])
        #expect(persona.behaviours == [.correction, .slangTypos])
        #expect(persona.phrasings["open"] == ["can sales call me?", "I'd like to talk to sales"])
        #expect(persona.phrasings["team_size"] == ["{team_size} of us"])
        #expect(persona.requiredSuccess == 0.8 && persona.maxTurns == 12 && persona.maxFallbacks == 0)
        #expect(persona.location.description == "personas/bookstore-chain.yml:1:1")
    }

    @Test func goalShorthandsAndDefaults() throws {
        let pricing = try #require(PersonaLoader.load(path: "personas/price.yml", text: "goal: pricing_answer\nsay:\n  open: how much?\n").persona)
        #expect(pricing.goal == PersonaGoal(kind: .faq, faq: ["pricing"]))
        #expect(pricing.name == "price", "the file name without .yml")
        #expect(pricing.requiredSuccess == Persona.defaultRequiredSuccess && pricing.maxFallbacks == nil)
        let cheaper = try #require(PersonaLoader.load(path: "personas/c.yml", text: """
            goal: suggestions
            exclude_products: Brightwave Growth
            say:
              open: anything cheaper?
            """).persona)
        #expect(cheaper.goal.excludedProducts == ["Brightwave Growth"])
    }

    @Test func phrasesSplitIntoTextAndPlaceholders() {
        #expect(PersonaPhrase("we're {team_size} people").segments == [.text("we're "), .placeholder("team_size"), .text(" people")])
        #expect(PersonaPhrase("{name}, {email}").placeholders == ["name", "email"])
        // Braces that hold no name are what the visitor types.
        #expect(PersonaPhrase("a {} b {not a name} {x").placeholders == [])
    }

    @Test func demoPersonasLoadAndCoverEveryBehaviourAndGoal() throws {
        let (personas, diagnostics) = PersonaLoader.load(directory: demoBotRoot)
        #expect(diagnostics.map(\.description) == [])
        #expect(personas.count >= 30)
        #expect(Set(personas.flatMap(\.behaviours)) == Set(PersonaBehaviour.allCases))
        #expect(Set(personas.map(\.goal.kind)) == Set(PersonaGoal.Kind.allCases))
    }
}
