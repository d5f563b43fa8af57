import ConciergeTestSupport
@testable import ConciergeFronts
import Foundation
import Testing
import ConciergeJSON

@Suite struct ServeCommandTests {
    static let now = "2026-11-22T10:00:00Z"
    static let schemas = ConciergeProcess.repositoryRoot.appendingPathComponent("schemas").path

    func serve(_ input: Data, _ extra: [String] = []) throws -> (ConciergeProcess.Output, [JSONValue]) {
        let output = try ConciergeProcess.run(["serve", "--now", Self.now] + extra, stdin: input)
        let lines = try output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try SchemaValidator.decode(String($0))
        }
        return (output, lines)
    }

    func serve(_ lines: [String], _ extra: [String] = []) throws -> (ConciergeProcess.Output, [JSONValue]) {
        try serve(Data(lines.map { $0 + "\n" }.joined().utf8), extra)
    }

    func expectSchemaValid(_ responses: [JSONValue]) throws {
        let schema = try SchemaValidator.load(Self.schemas + "/protocol-response.schema.json")
        for response in responses {
            let problems = SchemaValidator.validate(response, against: schema)
            #expect(problems.isEmpty, "\(response): \(problems)")
        }
    }

    @Test func answersInterleavedSessionsInOrder() throws {
        let requests = [
            #"{"session":"a","text":"hello","id":1}"#,
            #"{"session":"b","text":"I'd like a demo","id":"two","context":{"name":"Ana","company":"Acme"}}"#,
            #"{"session":"a","text":"how much is it?","id":[3]}"#,
            #"{"session":"b","text":"ana@acme.com","id":{"n":4}}"#,
            #"{"session":"b","text":"40 people","id":5}"#,
            #"{"session":"a","type":"reset","id":6}"#,
            #"{"session":"c","text":"I want to talk to a human","id":7}"#,
            #"{"session":"c","type":"handback","id":8}"#,
        ]
        let (output, responses) = try serve(requests)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(responses.map { $0["id"] } == [1, "two", [3], ["n": 4], 5, 6, 7, 8])
        #expect(responses.map { $0["session"] } == ["a", "b", "a", "b", "b", "a", "c", "c"])
        #expect(responses[0]["intent"]?["name"] == "greet")
        #expect(responses[2]["intent"]?["name"] == "pricing")
        // Given before consent, the e-mail is held: not in the slots, not among the entities.
        #expect(responses[3]["slots"]?["email"] == nil)
        #expect(!String(describing: responses[3]["entities"]).contains("ana@acme.com"))
        #expect(responses[3]["slots"]?["company"] == "Acme")
        #expect(responses[4]["slots"]?["team_size"] == 40)
        #expect(responses[2]["slots"]?["email"] == nil)
        #expect(responses[5]["intent"] == .null)
        guard case .array(let events)? = responses[6]["events"] else { Issue.record("no events"); return }
        #expect(events.first?["type"] == "handoff")
        #expect(events.first?["reason"] == "requested")
        #expect(events.first?["transcript"]?.arrayCount == 1)
        // The desk gives it back: the bot has it again.
        #expect(responses[7]["error"] == nil)
        #expect(responses[7]["intent"] == .null)
        #expect(responses[7]["state"] != responses[6]["state"])
        try expectSchemaValid(responses)
        // Logs go to standard error only.
        #expect(output.stderr.contains("concierge serve"))
        // The same input gives the same output.
        #expect(try serve(requests).0.stdout == output.stdout)
    }

    @Test func everyBadLineGetsItsErrorAndTheStreamGoesOn() throws {
        var input = Data()
        input.append(Data("not json\n".utf8))
        input.append(Data("[1,2]\n".utf8))
        input.append(Data(#"{"text":"no session","id":9}"#.utf8 + [0x0A]))
        input.append(Data(#"{"session":"s","type":"dance"}"#.utf8 + [0x0A]))
        input.append(Data(#"{"session":"s","text":""#.utf8 + [0xFF, 0xFE] + Data(#""}"#.utf8) + [0x0A]))
        input.append(Data("\n\r\n".utf8))
        input.append(Data(#"{"session":"s","text":""#.utf8 + Data(String(repeating: "x", count: 500).utf8) + Data(#""}"#.utf8) + [0x0A]))
        input.append(Data(#"{"session":"s","text":"hi","id":"ok"}"#.utf8 + [0x0D, 0x0A]))
        // Cut in the middle of a line: the partial line is still answered (here: not JSON).
        input.append(Data(#"{"session":"s","text":"hel"#.utf8))
        let (output, responses) = try serve(input, ["--max-line-bytes", "100"])
        #expect(output.status == 0, "\(output.stderr)")
        let codes = responses.map { $0["error"]?["code"] ?? "ok" }
        #expect(codes == ["invalid_json", "invalid_request", "invalid_request", "invalid_request", "invalid_json",
                          "line_too_long", "ok", "invalid_json"])
        #expect(responses[2]["id"] == 9)
        #expect(responses[3]["session"] == "s")
        #expect(responses[6]["id"] == "ok")
        try expectSchemaValid(responses)
    }

    @Test func aPartialLastRequestIsAnswered() throws {
        let (output, responses) = try serve(Data(#"{"session":"s","text":"hi"}"#.utf8))
        #expect(output.status == 0)
        #expect(responses.count == 1)
        #expect(responses.first?["state"] == "welcome")
    }

    @Test func aHugeLineIsDroppedWithoutStoppingTheStream() throws {
        var input = Data(#"{"session":"s","text":""#.utf8)
        input.append(Data(repeating: UInt8(ascii: "a"), count: 3 << 20))
        input.append(Data("\"}\n".utf8))
        input.append(Data(#"{"session":"s","text":"hi"}"#.utf8 + [0x0A]))
        let (output, responses) = try serve(input)
        #expect(output.status == 0)
        #expect(responses.map { $0["error"]?["code"] ?? "ok" } == ["line_too_long", "ok"])
    }

    @Test func emptyInputExitsCleanly() throws {
        let (output, responses) = try serve(Data())
        #expect(output.status == 0)
        #expect(responses.isEmpty)
    }

    @Test func theRequestSchemaAcceptsTheDocumentedRequests() throws {
        let schema = try SchemaValidator.load(Self.schemas + "/protocol-request.schema.json")
        for request in [
            #"{"session":"s1","text":"how much is it?","id":7,"context":{"name":"Ana","products":["x"]}}"#,
            #"{"session":"s1","type":"reset"}"#,
            #"{"session":"s1","type":"handback","id":"desk-1"}"#,
        ] {
            #expect(SchemaValidator.validate(try SchemaValidator.decode(request), against: schema).isEmpty)
        }
        #expect(!SchemaValidator.validate(try SchemaValidator.decode(#"{"session":1}"#), against: schema).isEmpty)
        #expect(!SchemaValidator.validate(try SchemaValidator.decode(#"{"session":"s","type":"x"}"#), against: schema).isEmpty)
    }

    @Test func theSchemaListsEveryErrorCode() throws {
        let schema = try SchemaValidator.load(Self.schemas + "/protocol-response.schema.json")
        guard case .array(let variants)? = schema["oneOf"],
              case .array(let codes)? = variants.last?["properties"]?["error"]?["properties"]?["code"]?["enum"] else {
            Issue.record("no error code enum in the schema")
            return
        }
        #expect(Set(codes.compactMap(\.stringValue)) == Set(ProtocolError.Code.allCases.map(\.rawValue)))
    }

    @Test func theValidatorCatchesDrift() throws {
        let schema = try SchemaValidator.load(Self.schemas + "/protocol-response.schema.json")
        let (_, responses) = try serve([#"{"session":"a","text":"hello"}"#])
        guard case .object(var fields)? = responses.first else { Issue.record("no response"); return }
        #expect(SchemaValidator.validate(.object(fields), against: schema).isEmpty)
        fields["surprise"] = 1
        #expect(!SchemaValidator.validate(.object(fields), against: schema).isEmpty)
        fields["surprise"] = nil
        fields["state"] = 3
        #expect(!SchemaValidator.validate(.object(fields), against: schema).isEmpty)
    }
}

extension JSONValue {
    var arrayCount: Int? {
        if case .array(let elements) = self { return elements.count }
        return nil
    }
}
