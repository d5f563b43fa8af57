import ConciergeDialog
import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// The protocol core with a store: what it asks the driver to do, and when it writes.
@Suite struct ProtocolServerActionTests: ProtocolServerDriving {

    func server() throws -> ProtocolServer {
        ProtocolServer(bot: try DemoBot.bot(), storesTurns: true)
    }

    func frame(_ session: String, _ text: String, id: Int) -> LineFramer.Frame {
        .line(ArraySlice(#"{"session":"\#(session)","text":"\#(text)","id":\#(id)}"#.utf8))
    }




    @Test func aNewSessionIsLoadedThenCommittedBeforeItIsAnswered() throws {
        var server = try server()
        #expect(receive(&server, [frame("a", "hi", id: 1), frame("a", "how much is it?", id: 2)]) == [.loadSessions(["a"])])
        let afterLoad = server.sessionsLoaded(["a": .absent])
        #expect(try written(afterLoad).isEmpty)
        #expect(commits(afterLoad).map(\.count) == [2])
        #expect(server.isCommitting)
        let answered = try written(server.commitFinished(failure: nil))
        #expect(answered.map { $0["id"] } == [1, 2])
        #expect(answered.allSatisfy { $0["error"] == nil })
        #expect(!server.isCommitting)
    }

    @Test func aSessionTheStoreCannotReadIsAnsweredInternalAndNotStartedOver() throws {
        var server = try server()
        _ = receive(&server, [frame("a", "hi", id: 1), frame("b", "hi", id: 2)])
        let actions = server.sessionsLoaded(["a": .failed("disk I/O error"), "b": .absent])
        // Only b's turn goes to the store: nothing would overwrite what a's stored session holds.
        #expect(commits(actions).map { $0.map(\.sessionID) } == [["b"]])
        let answered = try written(server.commitFinished(failure: nil))
        #expect(answered.map { $0["id"] } == [1, 2])
        #expect(answered[0]["error"]?["code"] == "internal")
        #expect(answered[0]["error"]?["message"]?.stringValue?.contains("disk I/O error") == true)
        #expect(answered[1]["error"] == nil)
        // The next line of a asks for it again.
        #expect(receive(&server, [frame("a", "hello", id: 3)]) == [.loadSessions(["a"])])
    }

    @Test func linesReadDuringACommitWaitAndGoInTheNextOne() throws {
        var server = try server()
        _ = receive(&server, [frame("a", "hi", id: 1)])
        _ = server.sessionsLoaded(["a": .absent])
        #expect(receive(&server, [frame("a", "how much is it?", id: 2)]).isEmpty)
        #expect(receive(&server, [frame("a", "thanks", id: 3)]).isEmpty)
        let finished = server.commitFinished(failure: nil)
        #expect(try written(finished).map { $0["id"] } == [1])
        #expect(commits(finished).map(\.count) == [2])
        #expect(try written(server.commitFinished(failure: nil)).map { $0["id"] } == [2, 3])
    }

    @Test func aRefusedCommitIsAnsweredInternalAndWhatStoodOnItIsComputedAgain() throws {
        var server = try server()
        _ = receive(&server, [frame("a", "I'd like a demo", id: 1)])
        _ = server.sessionsLoaded(["a": .absent])
        _ = receive(&server, [frame("a", "ana@acme.com", id: 2)])
        let refused = server.commitFinished(failure: "disk full")
        let answered = try written(refused)
        #expect(answered.map { $0["id"] } == [1])
        #expect(answered.first?["error"]?["code"] == "internal")
        // Line 2 stood on line 1's session: it is computed again from the session as the
        // store has it (read again: another process may have moved it on), so it is not an
        // e-mail answer to a form that was never stored.
        #expect(refused.contains(.loadSessions(["a"])))
        #expect(commits(server.sessionsLoaded(["a": .absent])).map(\.count) == [1])
        let second = try written(server.commitFinished(failure: nil))
        #expect(second.map { $0["id"] } == [2])
        #expect(second.first?["state"] != "demo_form")
    }

    @Test func aForgetWaitsForTheCommitsBeforeItAndTheLinesAfterItWaitForTheForget() throws {
        var server = try server()
        _ = receive(&server, [frame("a", "hi", id: 1)])
        _ = server.sessionsLoaded(["a": .absent])
        let forget: LineFramer.Frame = .line(ArraySlice(#"{"session":"a","type":"forget","id":2}"#.utf8))
        #expect(receive(&server, [forget, frame("a", "hello again", id: 3)]).isEmpty)
        #expect(server.mustAwaitCommit)
        let finished = server.commitFinished(failure: nil)
        #expect(try written(finished).map { $0["id"] } == [1])
        #expect(finished.last == .forget(.session("a")))
        let forgotten = server.forgetFinished(.success(ForgetResult(sessionIDs: ["a"], turns: 1)))
        #expect(try written(forgotten).map { $0["id"] } == [2])
        // The line after the forget starts a new conversation, read from the store again.
        #expect(forgotten.last == .loadSessions(["a"]))
    }

    @Test func withoutAStoreNothingIsLoadedOrCommitted() throws {
        var server = ProtocolServer(bot: try DemoBot.bot(), storesTurns: false)
        let actions = receive(&server, [frame("a", "hi", id: 1), .line(ArraySlice("nope".utf8))])
        #expect(actions.count == 1)
        #expect(try written(actions).map { $0["error"]?["code"] } == [nil, "invalid_json"])
    }
}
