import ConciergeTestSupport
import ConciergeDialog
@testable import ConciergeEngine
import ConciergeNLU
import ConciergeStore
import Foundation
import Testing

/// What the fronts store for a turn of the demo bot, read back by another store instance on
/// the same file (another process): the session must be the one that was in memory, its
/// transcript tail included, however the store chose to keep that tail.
@Suite struct TurnCommitReplyTests {
    static let messages = [
        "hi", "how much does it cost?", "I'd like to book a demo", "ana@acme.com", "we are 40 people", "growth",
        "no thanks", String(repeating: "a very long message about our marketing stack ", count: 20),
        "does it integrate with shopify", "asdf qwerty", "what's the weather like", "is my data safe",
        "Pricing", "Book a demo", "bob@example.org", "12", "starter", "+1 415 555 0134", "what does brightwave do?",
        "can I cancel anytime", "what are your support hours", "are you a bot?", "ok thanks", "bye", "hello again",
    ]

    func storePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fronts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("bot.sqlite").path
    }

    func resumesExactly(settings: StoreSettings) throws {
        let bot = try DemoBot.bot()
        let path = try storePath()
        let store = try SQLiteStore(path: path, botName: "brightwave", settings: settings)
        var random = SplitMix64(seed: 7)
        var session = DialogSession()
        var batch: [TurnCommit] = []
        for (index, message) in Self.messages.enumerated() {
            let now = DemoBot.now.addingTimeInterval(Double(index) * 30)
            var reply: Reply
            (reply, session) = bot.step(session: session, message: UserMessage(text: message), now: now, random: &random)
            batch.append(TurnCommit(sessionID: "w1", session: session, reply: reply, message: message, at: now))
            // Batches of one to three turns, as serve groups the lines it has at hand.
            if batch.count == index % 3 + 1 {
                try store.commit(batch)
                batch = []
                #expect(try SQLiteStore(path: path, botName: "brightwave").loadSession(id: "w1") == session)
            }
            if index == 22 {
                // Past the transcript's 20 turns, a reset: the fresh session is stored without a
                // transcript turn.
                try store.commit(batch)
                batch = []
                (reply, session) = bot.start(session: DialogSession(), now: now, random: &random)
                try store.commit(TurnCommit(sessionID: "w1", session: session, reply: reply, message: nil, at: now))
                #expect(try SQLiteStore(path: path, botName: "brightwave").loadSession(id: "w1") == session)
            }
        }
        try store.commit(batch)
        #expect(session.transcript.count == Self.messages.count - 23)
        let resumed = try SQLiteStore(path: path, botName: "brightwave")
        #expect(try resumed.loadSession(id: "w1") == session)
        // The resumed process goes on, and a third one resumes that.
        let now = DemoBot.now.addingTimeInterval(3_600)
        let (reply, next) = bot.step(session: session, message: UserMessage(text: "Free trial"), now: now, random: &random)
        try resumed.commit(TurnCommit(sessionID: "w1", session: next, reply: reply, message: "Free trial", at: now))
        #expect(try SQLiteStore(path: path, botName: "brightwave").loadSession(id: "w1") == next)
    }

    @Test func aStoredConversationResumesExactly() throws {
        try resumesExactly(settings: StoreSettings())
    }

    @Test func aMaskedConversationResumesExactly() throws {
        try resumesExactly(settings: StoreSettings(maskPersonalData: true))
    }

    @Test func aTurnStoresTheBotsTexts() throws {
        let bot = try DemoBot.bot()
        var random = SplitMix64(seed: 1)
        let (reply, session) = bot.step(session: DialogSession(), message: UserMessage(text: "hi"), now: DemoBot.now, random: &random)
        let commit = TurnCommit(sessionID: "s", session: session, reply: reply, message: "hi", at: DemoBot.now)
        #expect(commit.turn?.reply == reply.messages.map(\.text))
        #expect(commit.turn?.reply == session.transcript.last?.bot)
    }

    @Test func aNameFromTheWebsiteIsSaidToTheUserButNotStoredBeforeConsent() throws {
        let bot = try DemoBot.bot()
        var random = SplitMix64(seed: 1)
        let (reply, session) = bot.step(session: DialogSession(), message: UserMessage(text: "hello", context: ["name": "Ana"]),
                                        now: DemoBot.now, random: &random)
        #expect(reply.text.contains("Ana"))
        #expect(reply.slots["name"] == nil)
        let commit = TurnCommit(sessionID: "w1", session: session, reply: reply, message: "hello", at: DemoBot.now)
        let stored = try #require(commit.turn?.reply.joined())
        #expect(!stored.contains("Ana") && stored.contains("[name]"))
        #expect(!session.transcript.description.contains("Ana"))
    }
}
