import ConciergeDialog
import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// The desk's `handback` request in the protocol core: a turn like a message (loaded,
/// committed, written after its commit), or `not_handed_off` when there is nothing to give back.
@Suite struct ProtocolServerHandbackTests: ProtocolServerDriving {

    func handback(_ session: String, id: Int) -> LineFramer.Frame {
        request("handback", session, id: id)
    }

    /// What a user says to reach a person.
    func askForAPerson(_ session: String, id: Int) -> LineFramer.Frame {
        message(session, "I want to talk to a person", id: id)
    }




    @Test func aHandbackIsCommittedThenAnsweredWithTheBotsPhrase() throws {
        let bot = try HandoffBot.bot()
        var server = ProtocolServer(bot: bot, storesTurns: true)
        #expect(receive(&server, [askForAPerson("a", id: 1), handback("a", id: 2)]) == [.loadSessions(["a"])])
        let loaded = server.sessionsLoaded(["a": .absent])
        #expect(try written(loaded).isEmpty)
        let turns = try #require(commits(loaded).first)
        #expect(turns.count == 2)
        // The handback stores the session out of the handoff, and no transcript line: the user said nothing.
        let stored = try #require(turns.last?.session)
        #expect(!bot.isHandedOff(stored))
        #expect(turns.last?.turn == nil)

        let answered = try written(server.commitFinished(failure: nil))
        #expect(answered.map { $0["id"] } == [1, 2])
        #expect(answered[0]["state"] == .string(HandoffBot.handoffState))
        let back = answered[1]
        #expect(back["error"] == nil)
        #expect(first(back["replies"])?["text"]?.stringValue == HandoffBot.handbackPhrase)
        #expect(back["intent"] == .null)
        #expect(back["state"] == .string(HandoffBot.startState))
        #expect(back["events"] == [])
    }

    @Test func theNextMessageAfterAHandbackIsTheBotsAgain() throws {
        let bot = try HandoffBot.bot()
        var server = ProtocolServer(bot: bot, storesTurns: false)
        let answered = try written(receive(&server, [
            askForAPerson("a", id: 1), handback("a", id: 2), message("a", "how much is it?", id: 3),
        ]))
        #expect(answered.map { $0["id"] } == [1, 2, 3])
        #expect(answered[2]["state"] != .string(HandoffBot.handoffState))
        #expect(answered[2]["intent"]?["name"] == "pricing")
        #expect(first(answered[2]["events"])?["type"] == "faq_answered")
    }

    /// Nothing to give back: an unknown session, one that is with the bot, one handed back
    /// already. Each is answered `not_handed_off`, and nothing is stored for it.
    @Test(arguments: [
        [] as [String],
        ["hi"],
        ["I want to talk to a person", "handback"],
    ])
    func aSessionNotHandedOffIsAnsweredNotHandedOff(_ before: [String]) throws {
        var server = ProtocolServer(bot: try HandoffBot.bot(), storesTurns: true)
        let frames = before.enumerated().map { index, text in
            text == "handback" ? handback("a", id: index) : message("a", text, id: index)
        }
        _ = receive(&server, frames + [handback("a", id: 9)])
        let loaded = server.sessionsLoaded(["a": .absent])
        // Only the turns before it are stored.
        #expect(commits(loaded).map(\.count) == (before.isEmpty ? [] : [before.count]))
        let answered = try written(before.isEmpty ? loaded : server.commitFinished(failure: nil))
        let refusal = try #require(answered.last)
        #expect(refusal["id"] == 9)
        #expect(refusal["session"] == "a")
        #expect(refusal["error"]?["code"] == "not_handed_off")
        // The server goes on serving the session.
        let next = receive(&server, [message("a", "how much is it?", id: 10)])
        #expect(commits(next).map(\.count) == [1])
        #expect(try written(server.commitFinished(failure: nil)).map { $0["id"] } == [10])
    }

    @Test func aRefusalBetweenTwoTurnsKeepsTheEarlierTurnsSession() throws {
        var server = ProtocolServer(bot: try HandoffBot.bot(), storesTurns: true)
        _ = receive(&server, [message("a", "hi", id: 1), handback("a", id: 2)])
        let turns = commits(server.sessionsLoaded(["a": .absent]))
        // The refused handback stores nothing, so "hi"'s session is the one to store.
        #expect(turns.map(\.count) == [1])
        #expect(turns.first?.first?.session != nil)
        let answered = try written(server.commitFinished(failure: nil))
        #expect(answered.map { $0["error"]?["code"] } == [nil, "not_handed_off"])
    }

    @Test func aRefusedCommitAnswersTheHandbackInternalAndLeavesTheSessionAsItWas() throws {
        let bot = try HandoffBot.bot()
        var server = ProtocolServer(bot: bot, storesTurns: true)
        _ = receive(&server, [askForAPerson("a", id: 1)])
        let stored = try #require(commits(server.sessionsLoaded(["a": .absent])).first?.first?.session)
        _ = server.commitFinished(failure: nil)
        _ = receive(&server, [handback("a", id: 2)])
        let refused = try written(server.commitFinished(failure: "disk full"))
        #expect(refused.map { $0["error"]?["code"] } == ["internal"])
        // Read again from the store, still with a person: the desk's retry succeeds.
        #expect(receive(&server, [handback("a", id: 3)]) == [.loadSessions(["a"])])
        _ = server.sessionsLoaded(["a": .found(stored)], histories: ["a": SessionHistory(revision: 1)])
        let retried = try written(server.commitFinished(failure: nil))
        #expect(retried.map { $0["id"] } == [3])
        #expect(retried.first?["error"] == nil)
        #expect(retried.first?["state"] == .string(HandoffBot.startState))
    }

    @Test func aHandbackForASessionTheStoreCannotReadIsAnsweredInternal() throws {
        var server = ProtocolServer(bot: try HandoffBot.bot(), storesTurns: true)
        #expect(receive(&server, [handback("a", id: 1)]) == [.loadSessions(["a"])])
        let answered = try written(server.sessionsLoaded(["a": .failed("disk I/O error")]))
        #expect(answered.map { $0["error"]?["code"] } == ["internal"])
    }
}
