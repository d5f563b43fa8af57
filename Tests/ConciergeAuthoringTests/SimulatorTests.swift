@testable import ConciergeAuthoring
import ConciergeBot
import ConciergeDialog
@testable import ConciergeEngine
import ConciergeJSON
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing

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

    @Test func aHandoffMessageMustBeTrueForTheTime() throws {
        let sunday = """
            goal: handoff
            starts_at: 2026-01-04T15:00:00Z
            say:
              open: I want a human
            """
        #expect(try judged(sunday).1.problems == ["turn 1: the handoff message is wrong about business hours at 2026-01-04 15:01:00 +0000"])
        #expect(try judged(sunday.replacingOccurrences(of: "2026-01-04", with: "2026-01-05")).1.succeeded)
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
