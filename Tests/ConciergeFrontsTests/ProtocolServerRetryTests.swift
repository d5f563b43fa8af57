import ConciergeDialog
import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// Retry-safe requests: a request whose `id` its session already answered gets the same
/// response again, and its turn is not applied again, whether its turn is still being stored
/// or only the store has the answer (a resend after a crash). The table keeps only keys.
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

    func address(_ session: String, _ key: String) -> AnswerAddress {
        AnswerAddress(sessionID: session, key: key)
    }

    @Test func aResendOfAStoredTurnReadsItsResponseBackAndAddsNoTurn() throws {
        var server = try server()
        _ = receive(&server, [line("a", "I'd like a demo", id: "1")])
        let turns = commits(server.sessionsLoaded(["a": .absent]))
        #expect(turns.first?.first?.revision == 1)
        let stored = try #require(turns.first?.first?.answered)
        #expect(stored.key == "1")
        let first = lines(server.commitFinished(failure: nil))
        #expect(first == [Array(stored.response.utf8)])
        // The same id, the same text: a retry; in one batch with a new request. Only the key
        // stayed in memory: the response is read back from the store first.
        let resend = [line("a", "I'd like a demo", id: "1"), line("a", "we're 12 people", id: #""x""#)]
        #expect(receive(&server, resend) == [.loadAnswers([address("a", "1")])])
        let actions = server.answersLoaded(.success([address("a", "1"): stored.response]), asked: [address("a", "1")])
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

    @Test func aResendWhileItsTurnIsBeingStoredNeedsNoRead() throws {
        var server = try server()
        _ = receive(&server, [line("a", "hello", id: "7")])
        _ = server.sessionsLoaded(["a": .absent])
        #expect(server.isCommitting)
        // The commit runs: the store may not have the answer yet, the running batch has it.
        let actions = receive(&server, [line("a", "hello", id: "7")])
        #expect(!actions.contains { if case .loadAnswers = $0 { true } else { false } })
        let written = lines(server.commitFinished(failure: nil))
        #expect(written.count == 2)
        #expect(written[0] == written[1])
    }

    @Test func aResendAfterARestartGetsTheStoredResponse() throws {
        var server = try server()
        let response = #"{"id":5,"session":"a","replies":[]}"#
        #expect(receive(&server, [line("a", "anything", id: "5")]) == [.loadSessions(["a"])])
        let loaded = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 3))],
                                           histories: ["a": SessionHistory(revision: 3, answeredKeys: ["4", "5"])])
        #expect(loaded == [.loadAnswers([address("a", "5")])])
        let actions = server.answersLoaded(.success([address("a", "5"): response]), asked: [address("a", "5")])
        // Nothing to store: the answer waits only for an empty commit of its batch.
        let written = lines(actions) + (server.isCommitting ? lines(server.commitFinished(failure: nil)) : [])
        #expect(commits(actions).flatMap { $0 }.isEmpty)
        #expect(written == [Array(response.utf8)])
    }

    /// The store could not give the response back: the resend is answered `internal`, nothing
    /// is applied again, and the other requests go on.
    @Test(arguments: [
        (Result<[AnswerAddress: String], StoreFailure>.success([:]), "no longer stored"),
        (.failure(StoreFailure("connection lost")), "connection lost"),
    ])
    func aResendWhoseResponseCannotBeReadIsAnsweredInternal(result: Result<[AnswerAddress: String], StoreFailure>,
                                                              message: String) throws {
        var server = try server()
        _ = receive(&server, [line("a", "hello", id: "5"), line("b", "hello", id: "1")])
        _ = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 5)), "b": .absent],
                                  histories: ["a": SessionHistory(revision: 5, answeredKeys: ["5"])])
        let actions = server.answersLoaded(result, asked: [address("a", "5")])
        #expect(commits(actions).flatMap { $0 }.map(\.sessionID) == ["b"])
        let written = lines(actions) + lines(server.commitFinished(failure: nil))
        let error = try JSONParser.parse(written[0])
        #expect(error["error"]?["code"] == "internal")
        #expect(error["error"]?["message"]?.stringValue?.contains(message) == true)
        #expect(try JSONParser.parse(written[1])["session"] == "b")
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
                                  histories: ["a": SessionHistory(revision: 1, answeredKeys: ["1"])])
        _ = server.commitFinished(failure: nil)
        // A session read only to answer a resend is not kept either.
        #expect(receive(&server, [line("a", "hello", id: "1")]) == [.loadSessions(["a"])])
        let loaded = server.sessionsLoaded(["a": .found(DialogSession(state: "welcome", turns: 2))],
                                           histories: ["a": SessionHistory(revision: 2, answeredKeys: ["1"])])
        #expect(loaded == [.loadAnswers([address("a", "1")])])
        _ = server.answersLoaded(.success([address("a", "1"): "{}"]), asked: [address("a", "1")])
        if server.isCommitting { _ = server.commitFinished(failure: nil) }
        #expect(server.sessionCount == 0)
    }

    @Test func onlyTheLastHundredAnswersAreRemembered() {
        var history = SessionHistory()
        for index in 1...130 { history.remember("\(index)") }
        #expect(history.answeredKeys.count == AnsweredRequest.remembered)
        #expect(history.answeredKeys.first == "31")
    }
}
