import Foundation
import Testing

@Suite struct ParseCommandTests {
    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func parsesArgumentsWithTheDemoBot() throws {
        let output = try ConciergeProcess.run(["parse", "hello", "how much does it cost for 40 people?", "--now", "2026-11-22T10:00:00Z"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdoutLines.count == 2)
        let first = try object(output.stdoutLines[0])
        #expect(first["text"] as? String == "hello")
        let intent = try #require(first["intent"] as? [String: Any])
        #expect(intent["name"] as? String == "greet")
        #expect((first["ranking"] as? [Any])?.isEmpty == false)
        let second = try object(output.stdoutLines[1])
        #expect((second["intent"] as? [String: Any])?["name"] as? String == "pricing")
        let entities = try #require(second["entities"] as? [[String: Any]])
        // The learned tagger claims the number for the slot; the built-in keeps its value.
        #expect(entities.first?["entity"] as? String == "team_size")
        #expect(entities.first?["value"] as? Int == 40)
        #expect(entities.first?["start"] as? Int == 26)
    }

    @Test func readsStandardInputIncludingBadBytes() throws {
        var input = Data("hello\n\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x41, 0x0A])
        input.append(Data("🙂🙂\n\u{1}\u{1B}[2J\n".utf8))
        input.append(Data(String(repeating: "price ", count: 20_000).utf8))
        let output = try ConciergeProcess.run(["parse"], stdin: input)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdoutLines.count == 6)
        for line in output.stdoutLines {
            let object = try object(line)
            #expect(object["intent"] != nil)
        }
    }

    @Test func aBrokenBotIsALocatedErrorAndExitsNonZero() throws {
        let bot = try ConciergeProcess.temporaryFolder([
            "intents/a.yml": "intents:\n  greet:\n    examples: [hi, hello\n",
        ])
        let output = try ConciergeProcess.run(["parse", "hi", "--bot", bot.path])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("intents/a.yml:"))
        #expect(output.stderr.contains(": error: "))
    }

    @Test func aBadClockIsRejected() throws {
        let output = try ConciergeProcess.run(["parse", "hi", "--now", "yesterday"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--now"))
    }
}
