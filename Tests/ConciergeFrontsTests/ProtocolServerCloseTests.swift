import ConciergeDialog
import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// The `close` request in the protocol core: the visitor left, and a lead form they agreed to
/// reaches sales now; with nothing to pass on, nothing changes and nothing is stored.
@Suite struct ProtocolServerCloseTests: ProtocolServerDriving {

    func close(_ session: String, id: Int) -> LineFramer.Frame {
        request("close", session, id: id)
    }

    func types(_ events: JSONValue?) -> [String] {
        guard case .array(let elements)? = events else { return [] }
        return elements.compactMap { $0["type"]?.stringValue }
    }

    /// A demo form left after the consent, with the e-mail given at the start.
    let agreedThenLeft = [
        "book a demo please, my email is ana@example.com", "we're 5 people", "Acme", "thursday at 3pm", "yes",
    ]

    @Test func aCloseAfterConsentPassesTheLeadOnAndIsCommitted() throws {
        var server = ProtocolServer(bot: try DemoBot.bot(), storesTurns: true)
        let frames = agreedThenLeft.enumerated().map { message("a", $0.element, id: $0.offset) } + [close("a", id: 9)]
        _ = receive(&server, frames)
        let loaded = server.sessionsLoaded(["a": .absent])
        let turns = try #require(commits(loaded).first)
        // The close is a turn of its own, with no transcript line: the visitor said nothing.
        #expect(turns.count == agreedThenLeft.count + 1)
        #expect(turns.last?.turn == nil)
        let answered = try written(server.commitFinished(failure: nil))
        let closed = try #require(answered.last)
        #expect(closed["id"] == 9)
        #expect(closed["intent"] == .null)
        #expect(closed["replies"] == [])
        #expect(types(closed["events"]) == ["lead_captured"])
        let lead = first(closed["events"])?["lead"]
        #expect(lead?["email"] == "ana@example.com")
        #expect(lead?["request"] == "demo")
        // The lead was not passed on before the close.
        #expect(answered.dropLast().allSatisfy { !types($0["events"]).contains("lead_captured") })
    }

    /// Nothing to pass on: no form, a form without consent, a form without a way to reach
    /// the visitor, a session never opened. The answer is empty and the session unchanged.
    @Test(arguments: [
        [] as [String],
        ["how much is it?"],
        ["book a demo please, my email is ana@example.com", "we're 5 people"],
        ["book a demo", "we're 5 people", "Acme", "thursday at 3pm", "yes"],
    ])
    func aCloseWithNothingToPassOnChangesNothing(_ before: [String]) throws {
        var server = ProtocolServer(bot: try DemoBot.bot(), storesTurns: false)
        let frames = before.enumerated().map { message("a", $0.element, id: $0.offset) }
        let answered = try written(receive(&server, frames + [close("a", id: 9)]))
        let closed = try #require(answered.last)
        #expect(closed["events"] == [])
        #expect(closed["replies"] == [])
        if let last = answered.dropLast().last {
            #expect(closed["state"] == last["state"])
            #expect(closed["slots"] == last["slots"])
        }
        // The next message goes on from where the conversation was.
        let after = try written(receive(&server, [message("a", "Acme", id: 10)]))
        if before.count == 2 { #expect(after.first?["slots"]?["company"] == "Acme") }
    }

    @Test func aCloseOfASessionNeverOpenedStoresNothing() throws {
        var server = ProtocolServer(bot: try DemoBot.bot(), storesTurns: true)
        #expect(receive(&server, [close("nobody", id: 1)]) == [.loadSessions(["nobody"])])
        let loaded = server.sessionsLoaded(["nobody": .absent])
        #expect(commits(loaded).isEmpty)
        let answered = try written(loaded)
        #expect(answered.first?["events"] == [])
        #expect(answered.first?["error"] == nil)
    }
}
