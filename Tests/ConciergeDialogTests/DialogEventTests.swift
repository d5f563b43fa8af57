import ConciergeDialog
import Foundation
import Testing

private func json(_ event: DialogEvent) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(event), as: UTF8.self)
}

@Test func eventsEncodeWithATypeField() throws {
    #expect(try json(.faqAnswered(id: "pricing")) == #"{"id":"pricing","type":"faq_answered"}"#)
    #expect(try json(.sessionExpired) == #"{"type":"session_expired"}"#)
    let handoff = DialogEvent.handoff(reason: .repeatedFallback, transcript: [TranscriptTurn(user: "hm", bot: ["Sorry"])])
    #expect(try json(handoff) == #"{"reason":"repeated_fallback","transcript":[{"bot":["Sorry"],"user":"hm"}],"type":"handoff"}"#)
}

@Test func eventsRoundTrip() throws {
    let events: [DialogEvent] = [
        .faqAnswered(id: "x"), .sessionExpired,
        .handoff(reason: .frustration, transcript: [TranscriptTurn(user: "a", bot: ["b", "c"])]),
    ]
    let data = try JSONEncoder().encode(events)
    #expect(try JSONDecoder().decode([DialogEvent].self, from: data) == events)
    #expect(throws: DecodingError.self) {
        try JSONDecoder().decode(DialogEvent.self, from: Data(#"{"type":"nope"}"#.utf8))
    }
}
