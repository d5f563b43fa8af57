import ConciergeDialog
import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// Retry-safe requests: a request whose `id` its session already answered gets the same
/// response again, and its turn is not applied again, whether the answer is in this process
/// or only in the store (a resend after a crash).
@Suite struct ProtocolServerRetryTests: ProtocolServerDriving {
    func server(sharesStore: Bool = false) throws -> ProtocolServer {
        ProtocolServer(bot: try DemoBot.bot(), storesTurns: true, sharesStore: sharesStore)
    }

    func line(_ session: String, _ text: String, id: String) -> LineFramer.Frame {
        .line(ArraySlice(#"{"session":"\#(session)","text":"\#(text)","id":\#(id)}"#.utf8))
    }

    func lines(_ actions: [ProtocolServer.Action]) -> [[UInt8]] {
        actions.flatMap { action -> [[UInt8]] in
            if case .write(let lines) = action { lines } else { [] }
        }
    }

    @Test func aResendInTheSameProcessGetsTheSameBytesAndAddsNoTurn() throws {
        var server = try server()
        _ = receive(&server, [line("a", "I'd like a demo", id: "1")])
        let turns = commits(server.sessionsLoaded(["a": .absent]))
        #expect(turns.first?.first?.revision == 1)
        #expect(turns.first?.first?.answered?.key == "1")
        let first = lines(server.commitFinished(failure: nil))
        // The same id, the same text: a retry; in one batch with a new request.
        let actions = receive(&server, [line("a", "I'd like a demo", id: "1"), line("a", "we're 12 people", id: #""x""#)])
        let batch = commits(actions)
        #expect(batch.map { $0.map(\.answered?.key) } == [[#""x""#]])
        #expect(batch.first?.first?.revision == 2)
        let second = lines(server.commitFinished(failure: nil))
        #expect(second.first == first.first)
        #expect(try JSONParser.parse(second[1])["slots"]?["team_size"] == 12)
    }

    @Test func aResendInTheSameBatchAsItsRequestIsAnsweredAlikeOnceStored() throws {
        var server = try server()
        _ = receive(&server, [line("a", "hello", id: "7"), line("a", "hello", id: "7")])
        let turns = commits(server.sessionsLoaded(["a": .absent]))
        #expect(turns.map(\.count) == [1])
        let written = lines(server.commitFinished(failure: nil))
        #expect(written.count == 2)
        #expect(written[0] == written[1])
    }

    @Test func aResendAfterARestartGetsTheStoredResponse() throws {
        var server = try server()
        let stored = AnsweredRequest(key: "5", response: #"{"id":5,"session":"a","replies":[]}"#)
        #expect(receive(&server, [line("a", "anything", id: "5")]) == [.loadSessions(["a"])])
        let actions = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 3))],
                                            histories: ["a": SessionHistory(revision: 3, answered: [stored])])
        // Nothing to store: the answer waits only for an empty commit of its batch.
        let written = lines(actions) + (server.isCommitting ? lines(server.commitFinished(failure: nil)) : [])
        #expect(commits(actions).flatMap { $0 }.isEmpty)
        #expect(written == [Array(stored.response.utf8)])
    }

    @Test func aRequestWithoutAnIdIsNeverTakenForAResend() throws {
        var server = try server()
        _ = receive(&server, [.line(ArraySlice(#"{"session":"a","text":"hello"}"#.utf8))])
        _ = server.sessionsLoaded(["a": .absent])
        _ = server.commitFinished(failure: nil)
        let again = receive(&server, [.line(ArraySlice(#"{"session":"a","text":"hello","id":null}"#.utf8))])
        #expect(commits(again).map(\.count) == [1])
        #expect(commits(again).first?.first?.answered == nil)
    }

    @Test func aSharedStoreIsReadAgainForEachRequestOnceItsTurnsAreStored() throws {
        var server = try server(sharesStore: true)
        _ = receive(&server, [line("a", "hello", id: "1")])
        _ = server.sessionsLoaded(["a": .absent])
        _ = server.commitFinished(failure: nil)
        #expect(server.sessionCount == 0)
        #expect(receive(&server, [line("a", "pricing", id: "2")]) == [.loadSessions(["a"])])
        _ = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 1))],
                                  histories: ["a": SessionHistory(revision: 1, answered: [AnsweredRequest(key: "1", response: "{}")])])
        _ = server.commitFinished(failure: nil)
        // A session read only to answer a resend is not kept either.
        #expect(receive(&server, [line("a", "hello", id: "1")]) == [.loadSessions(["a"])])
        _ = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 2))],
                                  histories: ["a": SessionHistory(revision: 2, answered: [AnsweredRequest(key: "1", response: "{}")])])
        #expect(server.sessionCount == 0)
    }

    @Test func onlyTheLastHundredAnswersAreRemembered() {
        var history = SessionHistory()
        for index in 1...130 { history.remember(AnsweredRequest(key: "\(index)", response: "r\(index)")) }
        #expect(history.answered.count == AnsweredRequest.remembered)
        #expect(history.answered.first?.key == "31")
    }
}
