@testable import ConciergeDialog
import Foundation
import Testing

/// `TranscriptLog` keeps the same turns an array of `TranscriptTurn` would, whatever their text.
struct TranscriptLogTests {
    static let turns: [TranscriptTurn] = [
        TranscriptTurn(user: "hi", bot: ["Hello!", "How can I help?"]),
        TranscriptTurn(user: "", bot: []),
        TranscriptTurn(user: "Grüße 👋🏽, ça va? 日本語", bot: ["Héllo — “quoted”"]),
        TranscriptTurn(user: "two empty replies", bot: ["", ""]),
        TranscriptTurn(user: String(repeating: "é", count: 500), bot: ["Hello!"]),
    ]

    @Test(arguments: 0...5)
    func appendingKeepsTheLastTurns(limit: Int) {
        var log = TranscriptLog()
        var expected: [TranscriptTurn] = []
        for turn in Self.turns + Self.turns {
            log.append(turn, keepingLast: limit)
            expected = Array((expected + [turn]).suffix(limit))
            #expect(log.turns == expected)
            #expect(log.count == expected.count)
            #expect(log.last == expected.last)
        }
    }

    /// A full log changed in place leaves every other copy of it as it was.
    @Test func appendingToACopyLeavesTheOriginal() {
        var log = TranscriptLog()
        for turn in Self.turns { log.append(turn, keepingLast: 3) }
        let original = log
        var copy = log
        let next = TranscriptTurn(user: "new", bot: ["One"])
        copy.append(next, keepingLast: 3)
        #expect(log == original)
        #expect(log.turns == Array(Self.turns.suffix(3)))
        #expect(copy.turns == Array((Self.turns + [next]).suffix(3)))
        copy.append(next, keepingLast: 3)
        #expect(copy.turns == Array((Self.turns + [next, next]).suffix(3)))
    }

    @Test func buildsFromTurnsAndCompares() {
        let log = TranscriptLog(Self.turns)
        #expect(log.turns == Self.turns)
        #expect((0..<log.count).map(log.turn) == Self.turns)
        var appended = TranscriptLog()
        for turn in Self.turns { appended.append(turn, keepingLast: 20) }
        #expect(appended == log)
        #expect(appended.hashValue == log.hashValue)
        #expect(TranscriptLog(Self.turns.dropLast()) != log)
    }

    @Test func decodesFromTheTurnsJSON() throws {
        let text = #"[{"user":"hm","bot":["Sorry","Try again"]},{"user":"ok","bot":[]}]"#
        let log = try JSONDecoder().decode(TranscriptLog.self, from: Data(text.utf8))
        #expect(log.turns == [TranscriptTurn(user: "hm", bot: ["Sorry", "Try again"]), TranscriptTurn(user: "ok", bot: [])])
    }

    @Test func sessionTranscriptGoesThroughTheLog() {
        var session = DialogSession(transcript: Self.turns)
        #expect(session.transcript == Self.turns)
        session.transcript[0].bot = ["changed"]
        #expect(session.transcriptLog.turn(0).bot == ["changed"])
    }
}
