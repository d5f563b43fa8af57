@testable import ConciergeJSON
import Testing

@Suite struct JSONTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2.5e2, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude42", "c": {}} "#)
        #expect(value == ["a": [1, -250, true, false, nil], "b": "x\"\\/\né🙂", "c": .object([:])])
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"a", "{} x", "\"\u{1}\"", "\"\\x\"", "'a'", "[1 2]"])
    func rejectsWhatIsNotJSON(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    @Test func rejectsInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONParser.Failure.self) { try parse(String(repeating: "[", count: 100_000)) }
        #expect((try? parse(String(repeating: "[", count: 60) + String(repeating: "]", count: 60))) != nil)
    }

    @Test func writesCompactEscapedJSON() {
        var json = JSONWriter()
        json.beginObject()
        json.key("s"); json.string("a\"b\\c\n\u{1}é")
        json.key("n"); json.beginArray(); json.number(40.0); json.number(0.25); json.number(Double.nan); json.endArray()
        json.key("v"); json.value(["z": 1, "a": [true, nil]])
        json.endObject()
        #expect(String(decoding: json.bytes, as: UTF8.self)
            == #"{"s":"a\"b\\c\n\u0001é","n":[40,0.25,null],"v":{"a":[true,null],"z":1}}"#)
    }

    @Test func writtenJSONParsesBack() throws {
        let value: JSONValue = ["text": "tab\there \u{7F} \u{202E}", "list": [1.5, -3, "x"], "nested": ["k": nil]]
        var json = JSONWriter()
        json.value(value)
        #expect(try JSONParser.parse(json.bytes) == value)
    }
}
