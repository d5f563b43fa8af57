@testable import ConciergeAuthoring
import ConciergeBot
import ConciergeEngine
import ConciergeJSON
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing

/// A small sales bot: a lead form (team size, company, consent, e-mail when consented) and a
/// handoff, so conversations are short and the simulator's judgement is easy to follow.
enum FixtureBot {
    static let intents = """
        slots:
          team_size: number
          company: text
          email: email
          consent: text
          lead_score: text
          lead_tier: text
        intents:
          contact_sales:
            examples: [can sales contact me, I want to talk to sales, have sales call me, contact sales please, get me in touch with sales]
          talk_to_human:
            examples: [a human please, talk to a person, real person, get me an agent, someone real]
          greet:
            examples: [hi, hello, hey, good morning, hiya]
        """
    static let dialog = """
        settings:
          start: welcome
          handoff_state: human
        globals:
          contact_sales: lead_form
          talk_to_human: human
        states:
          welcome:
            say: "Hi! I can put you in touch with sales."
            final: true
          lead_form:
            form:
              fields:
                - slot: team_size
                  ask: "How many people are on your team?"
                - slot: company
                  ask: "What's your company called?"
                - slot: consent
                  ask: "May I store your email?"
                  yes_no: true
                - slot: email
                  ask: "Your email?"
                  when: consent == yes
              done: lead_done
          lead_done:
            lead:
              fields: [team_size, company, email]
              contact: [email]
              consent: consent
              tiers: {warm: 0}
            then:
              - if: consent == no
                goto: declined
              - goto: thanks
          thanks:
            say: "Thanks! We will email {email}."
            final: true
          declined:
            say: "No problem, nothing stored."
            final: true
          human:
            handoff: true
            say: "A person will reply here."
        """

    static let bot: Bot? = BotLoader().load(files: [("intents/bot.yml", intents), ("dialogs/main.yml", dialog)])
        .definition.map { Bot(definition: $0) }

    static func persona(_ yaml: String, name: String = "p") throws -> Persona {
        let result = PersonaLoader.load(path: "personas/\(name).yml", text: yaml)
        #expect(result.diagnostics.map(\.description) == [])
        return try #require(result.persona)
    }

    static let ana = """
        goal: lead
        facts: {team_size: 12, company: Globex, email: ana@globex.com}
        say:
          open: [can sales contact me, I want to talk to sales]
          team_size: ["we're {team_size} people", "team of {team_size}"]
        """
}

@Suite struct SimulatorTests {
    let bot: Bot
    let simulator: Simulator
    let judge: ConversationJudge

    init() throws {
        bot = try #require(FixtureBot.bot)
        simulator = Simulator(bot: bot)
        judge = ConversationJudge(bot: simulator.bot)
    }

    @Test func aVisitorAnswersEachQuestionAndReachesItsGoal() throws {
        let conversation = simulator.run(try FixtureBot.persona(FixtureBot.ana), seed: 1)
        #expect(conversation.turns.compactMap(\.message).count == 5)
        #expect(conversation.turns[0].message == nil, "the widget's opening comes first")
        let verdict = judge.verdict(conversation)
        #expect(verdict.succeeded && verdict.goalReached)
        #expect(verdict.wrongValues == [] && verdict.consentViolations == [] && verdict.reasks == [])
        #expect(conversation.turns.last?.reply.events.first?.type == "lead_captured")
        #expect(conversation.turns.map(\.consent).last == .given)
    }

    @Test func theSameSeedGivesTheSameConversationAndSeedsVaryThePhrasing() throws {
        let persona = try FixtureBot.persona(FixtureBot.ana)
        let messages = (1...6).map { seed in simulator.run(persona, seed: UInt64(seed)).turns.compactMap(\.message) }
        let again = (1...6).map { seed in simulator.run(persona, seed: UInt64(seed)).turns.compactMap(\.message) }
        #expect(messages == again)
        #expect(Set(messages.map { $0.joined(separator: "|") }).count > 1)
    }

    @Test func aValueThatDiffersFromTheFactsIsWrong() throws {
        // The visitor's words say 30 while its facts say 12: the bot is right to store 30, and
        // the judge must report that the slot differs from the persona's facts.
        let persona = try FixtureBot.persona("""
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            say:
              open: can sales contact me
              team_size: "we're 30 people"
            """)
        let verdict = judge.verdict(simulator.run(persona, seed: 1))
        #expect(verdict.wrongValues.first == "turn 2: team_size is 30 in slots, the visitor said 12")
        #expect(!verdict.succeeded, "the lead does not match the facts")
    }

    @Test func aMistakeIsNotWrongUntilTheVisitorCorrectsIt() throws {
        let persona = try FixtureBot.persona("""
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            mistakes: {team_size: 30}
            behaviours: [correction]
            say:
              open: can sales contact me
              team_size: "we're {team_size} people"
              correction: "sorry, I meant {value} people, not {mistake}"
            """)
        let conversation = simulator.run(persona, seed: 1)
        #expect(conversation.turns.compactMap(\.message).prefix(3) == [
            "can sales contact me", "we're 30 people", "sorry, I meant 12 people, not 30",
        ])
        #expect(conversation.turns[2].stated["team_size"] == .number(30))
        #expect(conversation.turns[3].stated["team_size"] == .number(12))
        #expect(!judge.verdict(conversation).wrongValues.contains { $0.hasPrefix("turn 2:") })
    }

    @Test func refusingConsentIsARefusalWithoutALead() throws {
        let persona = try FixtureBot.persona("""
            goal: refusal
            facts: {team_size: 3, company: Quill, email: eva@quill.example}
            behaviours: [consent_refused]
            say:
              open: can sales contact me
              no: ["no", "no thanks"]
            """)
        let conversation = simulator.run(persona, seed: 2)
        let verdict = judge.verdict(conversation)
        #expect(verdict.succeeded)
        #expect(conversation.turns.contains { $0.act == .consent(false) })
        #expect(!conversation.turns.flatMap(\.reply.events).contains { $0.type == "lead_captured" })
    }

    @Test func anUnwantedHandoffEndsTheConversationAsAFailure() throws {
        let persona = try FixtureBot.persona("""
            goal: lead
            facts: {team_size: 3}
            say:
              open: a human please
            """)
        let conversation = simulator.run(persona, seed: 1)
        #expect(conversation.turns.compactMap(\.message) == ["a human please"])
        #expect(judge.verdict(conversation).problems == ["goal lead not reached (handed off at turn 1)"])
    }

    @Test func theRunSumsUpPerPersonaAndWritesOneJSONObject() throws {
        let good = try FixtureBot.persona(FixtureBot.ana, name: "ana")
        var strict = try FixtureBot.persona(FixtureBot.ana, name: "strict")
        strict.phrasings["team_size"] = ["we're 13 people"]   // its facts say 12
        let run = SimulationRun.run(bot: bot, personas: [good, strict], seeds: [1, 2, 3])
        #expect(run.conversations == 6 && run.succeeded == 3)
        #expect(run.personas.map(\.passed) == [true, false])
        #expect(!run.passed)
        let json = try JSONParser.parse(Array(run.jsonText.utf8))
        #expect(json["conversations"] == .number(6))
        guard case .array(let personas)? = json["personas"], case .array(let failures)? = personas.last?["failures"] else {
            Issue.record("no personas or failures in \(run.jsonText)")
            return
        }
        #expect(failures.first?["seed"] == .number(1))
        let text = SimulationReportText(run: run).text
        #expect(text.contains("  PASS  ana"))
        #expect(text.contains("  FAIL  strict"))
        #expect(text.hasSuffix("6 conversations with 2 personas × 3 seeds: 50.0% succeeded, 0 consent violations, "
            + "3 wrong slot values, 0 re-asked questions, 0 fallbacks; 1 of 2 personas failed"))
    }
}

@Suite struct FactMatchTests {
    static let cases: [(fact: JSONValue, value: JSONValue, kind: SlotKind, matches: Bool)] = [
        (12, 12, .value, true),
        (12, "12", .value, true),
        (900, 2, .value, false),
        (["amount": 300, "period": "month"], ["amount": 300, "currency": "USD", "period": "month"], .budget, true),
        (["amount": 20000, "period": "year"], ["amount": 20000, "currency": "USD"], .budget, false),
        (["amount": 500, "currency": "EUR"], ["amount": 500, "currency": "USD"], .budget, false),
        (["amount": 200], ["amount": 200, "currency": "USD", "period": "month"], .budget, true),
        ("Vela Travel", "vela travel", .company, true),
        ("Vela Travel", "I just said: Vela Travel", .company, false),
        ("yes", "yes", .yesNo, true),
        ("yes", "no", .yesNo, false),
        ("+44 7700 900123", "+447700900123", .value, true),
        ("Ana Lopez", "skip", .personName, false),
        (["contains": "automate our email"], "we want to automate our email campaigns", .value, true),
        ("email newsletters", "we want email newsletters", .need, true),
        (["from": "2026-02-01"], ["from": "2026-02-01", "to": "2026-02-28"], .value, true),
    ]

    @Test(arguments: 0..<FactMatchTests.cases.count)
    func comparesByMeaning(_ index: Int) {
        let row = Self.cases[index]
        #expect(FactMatch.matches(fact: row.fact, value: row.value, kind: row.kind) == row.matches, "\(row)")
    }

    @Test func aTextFactCannotJudgeADateRange() {
        #expect(!FactMatch.comparable(fact: "next month", value: ["from": "2026-02-01"]))
        #expect(FactMatch.comparable(fact: "200", value: ["amount": 200]))
    }

    @Test(arguments: [
        ("+44 7700 900123", "call me on 07700-900-123 please", true),
        ("+44 7700 900123", "we're 44 people", false),
        ("ana@globex.com", "it's ANA@globex.com", true),
        ("Ana Lopez", "Thanks, ana lopez!", true),
        ("Ana", "Analytics matter", false),
    ])
    func personalFactsAreFoundWhateverTheirSpelling(fact: String, text: String, shown: Bool) {
        #expect(ConsentCheck.shows(.string(fact), in: text) == shown)
    }

    @Test func slangRoughensOnlyWordsAndKeepsNumbers() {
        var random = SplitMix64(seed: 7)
        let text = VisitorPhrasing.roughen("We're about 40 people, please call You", random: &random)
        #expect(text == text.lowercased())
        #expect(!text.contains("'"))
        #expect(text.contains("40"))
    }
}
