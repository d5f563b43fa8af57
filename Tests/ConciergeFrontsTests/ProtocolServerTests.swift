import ConciergeTestSupport
@testable import ConciergeFronts
import Foundation
import Testing
import ConciergeJSON

@Suite struct ProtocolServerTests {
    func server() throws -> ProtocolServer {
        ProtocolServer(bot: try DemoBot.bot(), storesTurns: false, maxLineBytes: 100)
    }

    /// The one response line of `frame`: without a store the server answers at once, with a
    /// single write.
    func response(_ server: inout ProtocolServer, _ frame: LineFramer.Frame) throws -> JSONValue {
        let actions = server.receive([frame], now: DemoBot.now, timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        guard actions.count == 1, case .write(let lines) = actions[0], lines.count == 1 else {
            Issue.record("expected one written line, got \(actions)")
            return .null
        }
        return try JSONParser.parse(lines[0])
    }

    func respond(_ server: inout ProtocolServer, _ line: String) throws -> JSONValue {
        try response(&server, .line(ArraySlice(line.utf8)))
    }

    @Test func answersAMessageWithTheWholeTurn() throws {
        var server = try server()
        let response = try respond(&server, #"{"session":"s1","text":"how much is it for 40 people?","id":7}"#)
        #expect(response["id"] == 7)
        #expect(response["session"] == "s1")
        #expect(response["intent"]?["name"] == "pricing")
        #expect(response["intent"]?["decision"] != nil)
        guard case .array(let replies)? = response["replies"], case .string(let text)? = replies.first?["text"] else {
            Issue.record("no replies in \(response)")
            return
        }
        #expect(text.contains("$29"))
        #expect(response["entities"]?.arrayCount == 1)
        #expect(response["state"] != nil)
        guard case .array(let events)? = response["events"] else { Issue.record("no events"); return }
        #expect(events.first?["type"] == "faq_answered")
    }

    @Test func sessionsAreIndependentAndReproducible() throws {
        var first = try server()
        var second = try server()
        let lines = [
            #"{"session":"a","text":"I'd like a demo"}"#,
            #"{"session":"b","text":"hello","context":{"name":"Ana"}}"#,
            #"{"session":"a","text":"we're 12 people"}"#,
        ]
        let answers = try lines.map { try respond(&first, $0) }
        #expect(answers[2]["slots"]?["team_size"] == 12)
        #expect(answers[1]["slots"]?["email"] == nil)
        // A name from the website is said back ("Hi Ana!") but waits for consent like a typed one.
        #expect(answers[1]["slots"]?["name"] == nil)
        #expect(answers[1]["replies"]?.jsonText.contains("Ana") == true)
        // The same session alone gives the same answers, interleaving or not.
        #expect(try respond(&second, lines[0]) == answers[0])
        #expect(try respond(&second, lines[2]) == answers[2])
        #expect(first.sessionCount == 2)
    }

    @Test func resetForgetsTheSessionAndGreets() throws {
        var server = try server()
        _ = try respond(&server, #"{"session":"a","text":"I'd like a demo"}"#)
        let reset = try respond(&server, #"{"session":"a","type":"reset","id":"r"}"#)
        #expect(reset["intent"] == .null)
        #expect(reset["state"] == "welcome")
        #expect(reset["slots"] == .object([:]))
    }

    @Test func errorsAnswerTheLineAndTheServerGoesOn() throws {
        var server = try server()
        #expect(try respond(&server, "{oops")["error"]?["code"] == "invalid_json")
        let invalid = try respond(&server, #"{"id":5,"text":"x"}"#)
        #expect(invalid["error"]?["code"] == "invalid_request")
        #expect(invalid["id"] == 5)
        #expect(invalid["session"] == .null)
        let long = try response(&server, .tooLong(byteCount: 200))
        #expect(long["error"]?["code"] == "line_too_long")
        #expect(try respond(&server, #"{"session":"s","text":"hi"}"#)["state"] == "welcome")
    }
}

extension JSONValue {
    var arrayCount: Int? {
        if case .array(let elements) = self { return elements.count }
        return nil
    }
}
