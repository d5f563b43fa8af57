import Foundation
import Testing
@testable import ConciergeAuthoring
import ConciergeNLU

@Suite struct DatasetTests {
    func parse(_ text: String) throws(DatasetError) -> [LabeledUtterance] {
        try Dataset.parse(Data(text.utf8), file: "d.jsonl")
    }

    @Test func readsLinesWithSlots() throws {
        let items = try parse("""
            {"text": "wake me at 🍕 five", "intent": "alarm_set", "slots": [{"slot": "time", "value": "five", "start": 13, "end": 17}]}
            {"text": "hi", "intent": "greet"}

            """)
        #expect(items.count == 2)
        #expect(items[0].slots == [.init(slot: "time", value: "five", start: 13, end: 17)])
        #expect(items[1].slots.isEmpty)
    }

    @Test(arguments: [
        ("{\"text\": \"hi\"}", 1, "missing field 'intent'"),
        ("{\"text\": \"hi\", \"intent\": \"a\"}\nnot json", 2, "not a JSON object"),
        ("{\"text\": 3, \"intent\": \"a\"}", 1, "wrong type at 'text'"),
        ("{\"text\": \"hi\", \"intent\": \"a\"}\n\n{\"text\": \"hi\", \"intent\": \"a\"}", 2, "empty line"),
        ("[1, 2]", 1, "not a JSON object"),
        ("{\"text\": \"hi\", \"intent\": \"a\", \"slots\": [{\"slot\": \"s\", \"value\": \"x\", \"start\": 0, \"end\": 9}]}", 1, "outside the text"),
        ("{\"text\": \"hi\", \"intent\": \"a\", \"slots\": [{\"slot\": \"s\", \"value\": \"x\", \"start\": 0, \"end\": 1}]}", 1, "not its value"),
    ])
    func namesTheFileAndLineOfABadLine(input: String, line: Int, message: String) {
        #expect {
            try parse(input)
        } throws: { error in
            guard let error = error as? DatasetError else { return false }
            return error.line == line && error.description.hasPrefix("d.jsonl:\(line): error:") && error.message.contains(message)
        }
    }

    @Test func rejectsInvalidUTF8WithTheLine() {
        var data = Data("{\"text\": \"hi\", \"intent\": \"a\"}\n".utf8)
        data.append(contentsOf: [0x7B, 0xFF, 0xFE, 0x7D, 0x0A])
        #expect(throws: DatasetError(file: "d.jsonl", line: 2, message: "the line is not valid UTF-8")) {
            try Dataset.parse(data, file: "d.jsonl")
        }
    }

    @Test func rejectsAnEmptyFileAndAMissingFile() {
        #expect(throws: DatasetError.self) { try parse("") }
        #expect(throws: DatasetError.self) { try Dataset.read(path: "/nonexistent/x.jsonl") }
    }
}
