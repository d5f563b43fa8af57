@testable import ConciergeFronts
import Testing

@Suite struct ProtocolRequestTests {
    func decode(_ text: String) throws(ProtocolError) -> ProtocolRequest {
        try ProtocolRequest.decode(Array(text.utf8))
    }

    func error(_ text: String) -> ProtocolError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesMessagesWithIdAndContext() throws {
        let request = try decode(#"{"session":"s1","text":"hi","id":{"n":[1]},"context":{"name":"Ana"},"extra":true}"#)
        #expect(request == ProtocolRequest(id: ["n": [1]], session: "s1", kind: .message(text: "hi", context: ["name": "Ana"])))
        #expect(try decode(#"{"session":"s1","type":"message","text":"x","context":null}"#).kind == .message(text: "x", context: nil))
        #expect(try decode(#"{"session":"s2","type":"reset","id":3}"#) == ProtocolRequest(id: 3, session: "s2", kind: .reset))
        #expect(try decode(#"{"session":"s3","type":"handback","id":"desk-1"}"#)
            == ProtocolRequest(id: "desk-1", session: "s3", kind: .handback))
        #expect(try decode(#"{"session":"s4","type":"close"}"#) == ProtocolRequest(session: "s4", kind: .close))
    }

    @Test(arguments: ["nope", "{\"session\":", "\"unterminated", "{} {}"])
    func notJSONIsInvalidJSON(_ line: String) {
        #expect(error(line)?.code == .invalidJSON)
    }

    @Test func invalidUTF8IsInvalidJSON() {
        var line = Array(#"{"session":"s","text":""#.utf8)
        line += [0xC3, 0x28]
        line += Array(#""}"#.utf8)
        #expect(throws: ProtocolError.self) { try ProtocolRequest.decode(line) }
        #expect((try? ProtocolRequest.decode(line)) == nil)
        do { _ = try ProtocolRequest.decode(line) } catch { #expect(error.code == .invalidJSON) }
    }

    @Test(arguments: [
        "[1,2]", "42", "\"s\"", "null", "{}", #"{"session":7,"text":"x"}"#, #"{"session":"s"}"#,
        #"{"session":"s","text":5}"#, #"{"session":"s","type":"dance","text":"x"}"#, #"{"session":"s","type":1}"#,
        #"{"session":"s","text":"x","context":[1]}"#,
    ])
    func wrongShapesAreInvalidRequests(_ line: String) {
        #expect(error(line)?.code == .invalidRequest)
    }

    @Test func errorsCarryTheIdAndSessionTheyCouldRead() {
        let missingSession = error(#"{"id":"r1","text":"x"}"#)
        #expect(missingSession?.id == "r1")
        #expect(missingSession?.session == nil)
        let badText = error(#"{"id":[1],"session":"s9","text":false}"#)
        #expect(badText?.id == [1])
        #expect(badText?.session == "s9")
    }
}
