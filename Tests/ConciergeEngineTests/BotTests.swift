import ConciergeTestSupport
import ConciergeJSON
import ConciergeLoader
import ConciergeBot
import ConciergeDialog
@testable import ConciergeEngine
import ConciergeNLU
import Foundation
import Testing

@Test func starterBotLoadsCleanlyWithItsDialog() throws {
    #expect(DemoBot.loaded.diagnostics.map(\.description) == [])
    let bot = try #require(DemoBot.loaded.bot)
    #expect(bot.definition.dialog?.settings.start == "welcome")
    #expect(bot.definition.dialog?.faq.count == 60)
}

@Test func manyFallbacksThroughNLUKeepTheSessionBounded() throws {
    // The 10,000-message run is in DialogMachineTests (the dialog alone, fast in debug builds).
    let bot = try #require(DemoBot.loaded.bot)
    var random = SplitMix64(seed: 7)
    var session = DialogSession()
    var now = Date(timeIntervalSince1970: 1_736_154_000)
    for index in 0..<300 {
        now += 1
        // Letters only: the tokenizer splits "2fa" into "2" and "fa", so a bare "2" reads as the
        // two-factor FAQ (a known weakness, not what this test is about).
        let nonsense = ["qwzx", "plok", "vrrm", "zzyx", "gnarf", "wibbit", "snorp"][index % 7]
        let message = UserMessage(text: "\(nonsense) vbnm " + String(repeating: "blah ", count: index % 50 == 0 ? 400 : 1))
        let (reply, next) = bot.step(session: session, message: message, now: now, random: &random)
        #expect(reply.nlu.intent.name == "oos")
        session = next
    }
    #expect(session.transcript.count == DialogSession.transcriptLimit)
    #expect(session.transcript.allSatisfy { $0.user.count <= DialogSession.transcriptTextLimit })
    #expect(Data(session.jsonText.utf8).count < 20_000)
}

@Test func sessionsAndRepliesRoundTripThroughJSON() throws {
    let bot = try #require(DemoBot.loaded.bot)
    var random = SplitMix64(seed: 1)
    var session = DialogSession()
    var replies: [Reply] = []
    for text in ["hi", "book a demo", "we're 12 people", "why do you need my email", "I want to talk to a human"] {
        let (reply, next) = bot.step(session: session, message: UserMessage(text: text), now: Date(timeIntervalSince1970: 1e9),
                                     random: &random)
        // (Personal values held for consent are never written; these messages hold none.)
        let decoded = try JSONDecoder().decode(DialogSession.self, from: Data(next.jsonText.utf8))
        #expect(decoded == next)
        session = decoded
        replies.append(reply)
    }
    // Replies are not serialised as a whole (their JSON forms are the protocol response and
    // the stored transcript row); their events read back from their one JSON form.
    let events = replies.flatMap(\.events)
    #expect(try JSONDecoder().decode([DialogEvent].self, from: Data(events.jsonText.utf8)) == events)
    #expect(replies.last?.events.map(\.type) == ["handoff"])
}

@Test func startSaysTheWelcome() throws {
    let bot = try #require(DemoBot.loaded.bot)
    var random = SplitMix64(seed: 1)
    let (reply, session) = bot.start(now: Date(timeIntervalSince1970: 0), random: &random)
    #expect(reply.text.contains("bot"))
    #expect(session.state == "welcome")
    #expect(session.transcript.isEmpty)
}

@Test func botWithoutDialogsStillReplies() throws {
    let result = BotLoader().load(files: [(path: "intents/a.yml", contents: """
        intents:
          greet:
            examples: [hi, hello, hey, good morning, hiya]
        """)])
    let bot = Bot(definition: try #require(result.definition))
    var random = SplitMix64(seed: 1)
    let (reply, _) = bot.step(session: DialogSession(), message: UserMessage(text: "hi"), now: Date(), random: &random)
    #expect(reply.intent == "greet")
    #expect(reply.state == "start")
}

/// A session of an earlier version of the bot, taken over after a reload.
@Test(arguments: [("demo_form", nil), ("a_state_since_removed", "a_state_since_removed"), (nil, nil)] as [(String?, String?)])
func aSessionWhoseStateIsGoneStartsOverWithItsSlots(_ state: String?, _ gone: String?) throws {
    let bot = try #require(DemoBot.loaded.bot)
    var session = DialogSession(state: state, slots: ["email": "ana@acme.com"], form: state.map { _ in FormProgress(slot: "team_size") })
    let before = session
    #expect(bot.continuing(&session) == gone)
    #expect(session.slots == before.slots)
    if gone == nil {
        #expect(session == before)
    } else {
        #expect(session.state == nil)
        #expect(session.form == nil)
    }
}
