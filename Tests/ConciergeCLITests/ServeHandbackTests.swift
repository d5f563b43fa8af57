import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

/// The desk's `handback` through the built binary: a conversation handed to a person comes
/// back to the bot, also across a restart of `serve` on a store.
@Suite struct ServeHandbackTests {
    /// A folder holding the handoff bot's files.
    func botFolder() throws -> URL {
        try ConciergeProcess.temporaryFolder(Dictionary(HandoffBot.files, uniquingKeysWith: { first, _ in first }))
    }

    /// The response lines of one `serve` process, each checked against the response schema.
    func serve(_ requests: [String], bot: URL, store: URL? = nil) throws -> [JSONValue] {
        let storage = store.map { ["--store", $0.path] } ?? ["--no-store"]
        return try ConciergeProcess.serveResponses(["--bot", bot.path, "--now", "2026-11-22T10:00:00Z"] + storage, requests: requests)
    }

    func firstReply(_ response: JSONValue) -> String? {
        guard case .array(let replies)? = response["replies"] else { return nil }
        return replies.first?["text"]?.stringValue
    }

    @Test func aPersonThenAHandbackThenTheBotAnswersTheNextMessage() throws {
        let responses = try serve([
            #"{"session": "w1", "text": "I want to talk to a person", "id": 1}"#,
            #"{"session": "w1", "type": "handback", "id": "desk-1"}"#,
            #"{"session": "w1", "text": "how much is it?", "id": 2}"#,
            #"{"session": "w1", "type": "handback", "id": "desk-2"}"#,
            #"{"session": "nobody", "type": "handback", "id": "desk-3"}"#,
            #"{"session": "w1", "text": "hello", "id": 3}"#,
        ], bot: try botFolder())
        #expect(responses.map { $0["id"] } == [1, "desk-1", 2, "desk-2", "desk-3", 3])
        #expect(responses[0]["state"] == .string(HandoffBot.handoffState))
        #expect(firstReply(responses[1]) == HandoffBot.handbackPhrase)
        #expect(responses[1]["intent"] == .null)
        #expect(responses[1]["state"] == .string(HandoffBot.startState))
        #expect(responses[2]["intent"]?["name"] == "pricing")
        #expect(responses[2]["state"] != .string(HandoffBot.handoffState))
        // Nothing to give back, and the stream goes on.
        #expect(responses[3]["error"]?["code"] == "not_handed_off")
        #expect(responses[4]["error"]?["code"] == "not_handed_off")
        #expect(responses[4]["session"] == "nobody")
        #expect(responses[5]["error"] == nil)
    }

    @Test func aHandbackSurvivesARestartOnTheStore() throws {
        let bot = try botFolder()
        let store = bot.appendingPathComponent("store.sqlite")
        let handedOff = try serve([#"{"session": "w1", "text": "I want to talk to a person"}"#], bot: bot, store: store)
        #expect(handedOff.first?["state"] == .string(HandoffBot.handoffState))

        // A new process finds the conversation with a person, and gives it back.
        let back = try serve([#"{"session": "w1", "type": "handback"}"#], bot: bot, store: store)
        #expect(back.first?["error"] == nil)
        #expect(firstReply(try #require(back.first)) == HandoffBot.handbackPhrase)

        // And the next one finds it with the bot.
        let next = try serve([
            #"{"session": "w1", "type": "handback"}"#,
            #"{"session": "w1", "text": "how much is it?"}"#,
        ], bot: bot, store: store)
        #expect(next.map { $0["error"]?["code"] } == ["not_handed_off", nil])
        #expect(next.last?["intent"]?["name"] == "pricing")
        #expect(next.last?["state"] == .string(HandoffBot.startState))
    }
}
