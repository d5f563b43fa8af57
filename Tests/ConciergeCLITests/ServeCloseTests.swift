import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// The `close` request through the built binary, on a store: a visitor who agreed to be
/// contacted and left the demo form halfway is a lead in the store, even when the close comes
/// to another `serve` process than the conversation did.
@Suite struct ServeCloseTests {
    /// The response lines of one `serve` process on the demo bot and `store`.
    func serve(_ requests: [String], store: URL) throws -> [JSONValue] {
        try ConciergeProcess.serveResponses(
            ["--bot", ConciergeProcess.repositoryRoot.path, "--now", "2026-11-22T10:00:00Z", "--store", store.path], requests: requests)
    }

    func eventTypes(_ response: JSONValue?) -> [String] {
        guard case .array(let events)? = response?["events"] else { return [] }
        return events.compactMap { $0["type"]?.stringValue }
    }

    @Test func aCloseInAnotherProcessPassesTheLeftFormOnToTheStore() throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        let store = folder.appendingPathComponent("store.sqlite")
        let texts = ["book a demo please, my email is ana@example.com", "we're 5 people", "Acme", "thursday at 3pm", "yes"]
        let conversation = try serve(texts.enumerated().map { #"{"session": "v1", "text": "\#($1)", "id": \#($0)}"# }, store: store)
        #expect(conversation.count == texts.count)
        #expect(conversation.allSatisfy { !eventTypes($0).contains("lead_captured") })

        let closed = try serve([
            #"{"session": "v1", "type": "close", "id": "bye"}"#,
            #"{"session": "v1", "type": "close", "id": "bye"}"#,
            #"{"session": "v1", "type": "close", "id": "bye-again"}"#,
            #"{"session": "never-opened", "type": "close"}"#,
        ], store: store)
        #expect(closed.map { $0["error"] } == [nil, nil, nil, nil])
        #expect(eventTypes(closed[0]) == ["lead_captured"])
        #expect(closed[0]["replies"] == [])
        #expect(closed[0]["intent"] == .null)
        // A resend is the same answer; a second close has nothing left to pass on.
        #expect(closed[1] == closed[0])
        #expect(eventTypes(closed[2]) == [])
        #expect(eventTypes(closed[3]) == [])

        let leads = try ConciergeProcess.run(["leads", "--store", store.path, "--format", "jsonl"])
        #expect(leads.status == 0, "\(leads.stderr)")
        #expect(leads.stdoutLines.count == 1)
        #expect(leads.stdout.contains("ana@example.com"))
        let forgot = try ConciergeProcess.run(["forget", "never-opened", "--store", store.path])
        #expect(forgot.stdout.contains("nothing stored for 'never-opened'"), "\(forgot.stdout)")
    }
}
