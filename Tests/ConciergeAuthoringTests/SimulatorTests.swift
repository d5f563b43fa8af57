@testable import ConciergeAuthoring
import ConciergeBot
import ConciergeDialog
@testable import ConciergeEngine
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
          messages:
            fallback: "Sorry, I didn't understand that."
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

    static let definition = BotLoader().load(files: [("intents/bot.yml", intents), ("dialogs/main.yml", dialog)]).definition
    static let bot: Bot? = definition.map { Bot(definition: $0) }

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
    let simulator: Simulator
    let judge: ConversationJudge

    init() throws {
        simulator = Simulator(engine: try ScriptedSalesBot().engine)
        judge = ConversationJudge(bot: simulator.bot)
    }

    func judged(_ yaml: String, seed: UInt64 = 1, bot: ScriptedSalesBot? = nil) throws -> (SimulatedConversation, ConversationVerdict) {
        let simulator = try bot.map { Simulator(engine: try $0.engine) } ?? self.simulator
        let conversation = simulator.run(try FixtureBot.persona(yaml), seed: seed)
        return (conversation, ConversationJudge(bot: simulator.bot).verdict(conversation))
    }

    @Test func aVisitorAnswersEachQuestionAndReachesItsGoal() throws {
        let (conversation, verdict) = try judged(FixtureBot.ana)
        #expect(conversation.turns[0].message == nil, "the widget's opening comes first")
        #expect(conversation.turns.compactMap(\.act) == [.open, .answer("team_size"), .answer("company"), .consent(true), .answer("email")])
        #expect(verdict.succeeded && verdict.goalReached)
        #expect(verdict.wrongValues == [] && verdict.consentViolations == [] && verdict.reasks == [] && verdict.fallbacks == 0)
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
        let (_, verdict) = try judged("""
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            say:
              open: can sales contact me
              team_size: "we're 30 people"
            """)
        // Once per value: the same 30 in the lead is the same wrong value.
        #expect(verdict.wrongValues == ["turn 2: team_size is 30 in slots, the visitor said 12"])
        #expect(!verdict.succeeded, "the lead does not match the facts")
    }

    @Test func aFactSlotFilledWithoutAFactIsWrong() throws {
        // "skip" stored as a company: the persona has no company to give.
        let (_, verdict) = try judged("""
            goal: lead
            facts: {team_size: 12, email: ana@globex.com}
            say:
              open: can sales contact me
            """)
        #expect(verdict.wrongValues.first == "turn 3: company is \"skip\" in slots, the visitor never gave one")
    }

    @Test func severalFactsAtOnceUseThePersonasOwnCombinations() throws {
        let yaml = """
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            behaviours: [several_facts_at_once]
            say:
              open: can sales contact me
              several: "team of {team_size} at {company}"
            """
        let seconds = try (1...8).map { try judged(yaml, seed: UInt64($0)).0.turns[2] }
        let combined = try #require(seconds.first { $0.message == "team of 12 at Globex" })
        #expect(combined.stated == ["team_size": 12, "company": "Globex"])
        #expect(combined.answered == ["team_size", "company"])
        #expect(seconds.allSatisfy { $0.stated["email"] == nil }, "no e-mail before consent")
    }

    @Test func aMistakeIsNotWrongUntilTheVisitorCorrectsIt() throws {
        let (conversation, verdict) = try judged("""
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            mistakes: {team_size: 30}
            behaviours: [correction]
            say:
              open: can sales contact me
              team_size: "we're {team_size} people"
              correction: "sorry, I meant {value} people, not {mistake}"
            """)
        #expect(conversation.turns.compactMap(\.message).prefix(3) == [
            "can sales contact me", "we're 30 people", "sorry, I meant 12 people, not 30",
        ])
        #expect(conversation.turns[2].stated["team_size"] == .number(30))
        #expect(conversation.turns[3].stated["team_size"] == .number(12))
        // The scripted bot ignores corrections: 30 stays, and is wrong from the correction on.
        #expect(verdict.wrongValues.contains("turn 3: team_size is 30 in slots, the visitor said 12"))
        #expect(!verdict.wrongValues.contains { $0.hasPrefix("turn 2:") })
    }

    @Test func personalDataBeforeConsentIsAViolation() throws {
        var leaky = try ScriptedSalesBot()
        leaky.keepsEmailsBeforeConsent = true
        let (_, verdict) = try judged("""
            goal: lead
            facts: {team_size: 12, company: Globex, email: ana@globex.com}
            behaviours: [volunteers_contact]
            say:
              open: can sales contact me
            """, bot: leaky)
        #expect(verdict.consentViolations == [
            "turn 2: email in the reply's slots before consent", "turn 2: email in the stored transcript text before consent",
        ])
    }

    @Test func refusingConsentIsARefusalWithoutALead() throws {
        let (conversation, verdict) = try judged("""
            goal: refusal
            facts: {team_size: 3, company: Quill, email: eva@quill.example}
            behaviours: [consent_refused]
            say:
              open: can sales contact me
              no: ["no", "no thanks"]
            """)
        #expect(verdict.succeeded)
        #expect(conversation.turns.contains { $0.act == .consent(false) })
        #expect(!conversation.turns.flatMap(\.reply.events).contains { $0.type == "lead_captured" })
    }

    @Test func aBotThatReAsksAndFallsBackIsCounted() throws {
        var forgetful = try ScriptedSalesBot()
        forgetful.reasksCompanyOnce = true
        let (conversation, verdict) = try judged("""
            goal: lead
            facts: {team_size: 12, company: Vela Travel, email: ana@vela.example}
            behaviours: [faq_digression]
            say:
              open: can sales contact me
              repeat: "I just said: {value}"
              digression: "are you SOC 2 certified?"
            """, seed: 3, bot: forgetful)
        #expect(verdict.reasks.count == 1)
        #expect(conversation.turns.compactMap(\.message).contains("I just said: Vela Travel"))
        #expect(verdict.fallbacks == 1, "the digression is not understood")
    }

    @Test func aHandoffMustBeAcknowledgedWithoutLeavingIt() throws {
        let persona = """
            goal: handoff
            behaviours: [asks_for_human]
            say:
              open: I want a human
              human: a human please
              after_handoff: [hello??, anyone there?]
            """
        let (conversation, verdict) = try judged(persona)
        #expect(conversation.turns.compactMap(\.act) == [.open, .afterHandoff, .afterHandoff])
        #expect(verdict.succeeded)
        var restless = try ScriptedSalesBot()
        restless.leavesHandoff = true
        #expect(try judged(persona, bot: restless).1.problems == ["goal handoff not reached"])
    }

    @Test func anUnwantedHandoffEndsTheConversationAsAFailure() throws {
        let (conversation, verdict) = try judged("""
            goal: lead
            facts: {team_size: 3}
            say:
              open: a human please
            """)
        #expect(conversation.turns.compactMap(\.message) == ["a human please"])
        #expect(verdict.problems == ["goal lead not reached (handed off at turn 1)"])
    }

    @Test func theRunSumsUpPerPersonaAndWritesOneJSONObject() throws {
        let good = try FixtureBot.persona(FixtureBot.ana, name: "ana")
        var strict = try FixtureBot.persona(FixtureBot.ana, name: "strict")
        strict.phrasings["team_size"] = ["we're 13 people"]   // its facts say 12
        let run = SimulationRun.run(engine: try ScriptedSalesBot().engine, personas: [good, strict], seeds: [1, 2, 3])
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

    @Test func theTrainedBotIsPlayedThroughTheEngine() throws {
        // Whatever the dialog core does with the answers, the visitor answers what it is asked
        // and the same seed gives the same conversation.
        let bot = try #require(FixtureBot.bot)
        let simulator = Simulator(bot: bot)
        let persona = try FixtureBot.persona(FixtureBot.ana)
        let first = simulator.run(persona, seed: 4)
        #expect(first.turns.map(\.reply.text) == simulator.run(persona, seed: 4).turns.map(\.reply.text))
        #expect(first.turns[1].session.form?.slot == "team_size")
        #expect(first.turns[2].act == .answer("team_size"))
    }
}

/// A scripted stand-in for the dialog engine over the fixture bot's definition: a lead form
/// (team size, company, consent, then e-mail), a handoff on "human", and the fallback phrase
/// for questions. Flags make it misbehave the ways the judge must notice.
struct ScriptedSalesBot: Sendable {
    var keepsEmailsBeforeConsent = false
    var reasksCompanyOnce = false
    var leavesHandoff = false
    let definition: BotDefinition

    init() throws {
        definition = try #require(FixtureBot.definition)
    }

    var engine: SimulationEngine {
        get throws {
            let script = self
            return SimulationEngine(
                definition: definition,
                start: { _, _ in (ScriptedSalesBot.reply("Hi!", state: "welcome", slots: [:]), DialogSession(state: "welcome")) },
                step: { session, message, _, _ in script.step(&session, message.text) },
                isHandedOff: { $0.state == "human" })
        }
    }

    static let questions = ["team_size": "How many people?", "company": "Your company?", "consent": "May I store your email?",
                            "email": "Your email?"]
    static let order = ["team_size", "company", "consent", "email"]

    static func reply(_ text: String, state: String, slots: [String: JSONValue], events: [DialogEvent] = [],
                      buttons: [Button] = []) -> Reply {
        Reply(messages: [BotMessage(text: text, buttons: buttons)],
              nlu: ParseResult(text: "", intent: IntentScore(name: "oos", confidence: 1), ranking: [], entities: [], decision: .empty),
              intent: "oos", button: nil, state: state, slots: slots, events: events)
    }

    func step(_ session: inout DialogSession, _ text: String) -> Reply {
        let lower = text.lowercased()
        if session.state == "human" {
            if leavesHandoff { session.state = "welcome" }
            return Self.reply(leavesHandoff ? "Hi!" : "Noted.", state: session.state ?? "", slots: session.slots,
                              buttons: leavesHandoff ? [Button(label: "Pricing", intent: "pricing")] : [])
        }
        if lower.contains("human") {
            session.state = "human"
            return Self.reply("A person will reply.", state: "human", slots: session.slots,
                              events: [.handoff(reason: .requested, transcript: [])])
        }
        if text.hasSuffix("?"), session.state == "lead_form" {
            return Self.reply("Sorry, I didn't understand that.", state: "lead_form", slots: session.slots)
        }
        if keepsEmailsBeforeConsent, let email = text.split(separator: " ").first(where: { $0.contains("@") }) {
            session.slots["email"] = .string(String(email))
        }
        guard let slot = session.form?.slot else {
            guard lower.contains("sales") else { return Self.reply("Hi!", state: "welcome", slots: session.slots) }
            session.state = "lead_form"
            return ask("team_size", &session)
        }
        return answer(slot, text, &session)
    }

    private func answer(_ slot: String, _ text: String, _ session: inout DialogSession) -> Reply {
        switch slot {
        case "team_size":
            let words = text.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
            guard let number = words.compactMap({ Double($0) }).first else { return ask(slot, &session) }
            session.slots[slot] = .number(number)
        case "consent":
            session.slots[slot] = .string(text.lowercased().hasPrefix("no") ? "no" : "yes")
            if session.slots[slot] == "no" {
                session.form = nil
                session.state = "declined"
                return Self.reply("Nothing stored.", state: "declined", slots: session.slots)
            }
        default:
            session.slots[slot] = .string(text)
        }
        if reasksCompanyOnce, slot == "company", session.turns == 0 {
            session.turns = 1
            return ask(slot, &session)
        }
        guard let next = Self.order.drop(while: { $0 != slot }).dropFirst().first else {
            session.form = nil
            session.state = "thanks"
            let lead = session.slots.filter { $0.key != "consent" }
            return Self.reply("Thanks!", state: "thanks", slots: session.slots,
                              events: [.leadCaptured(lead: lead, score: 0, tier: "warm", consent: true)])
        }
        return ask(next, &session)
    }

    private func ask(_ slot: String, _ session: inout DialogSession) -> Reply {
        session.form = FormProgress(slot: slot)
        return Self.reply(Self.questions[slot] ?? "", state: "lead_form", slots: session.slots)
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
