import ConciergeJSON
@testable import ConciergeDialog
import Foundation
import Testing

/// The event's one JSON form (`type` first, then the other keys sorted).
private func json(_ event: DialogEvent) -> String {
    event.jsonText
}

@Test func eventsEncodeWithATypeField() throws {
    #expect(json(.faqAnswered(id: "pricing")) == #"{"type":"faq_answered","id":"pricing"}"#)
    #expect(json(.sessionExpired) == #"{"type":"session_expired"}"#)
    let handoff = DialogEvent.handoff(reason: .repeatedFallback, transcript: [TranscriptTurn(user: "hm", bot: ["Sorry"])])
    #expect(json(handoff) == #"{"type":"handoff","reason":"repeated_fallback","transcript":[{"bot":["Sorry"],"user":"hm"}]}"#)
}

@Test func eventsRoundTrip() throws {
    let events: [DialogEvent] = [
        .faqAnswered(id: "x"), .sessionExpired,
        .handoff(reason: .frustration, transcript: [TranscriptTurn(user: "a", bot: ["b", "c"])]),
    ]
    let data = Data(events.jsonText.utf8)
    #expect(try JSONDecoder().decode([DialogEvent].self, from: data) == events)
    #expect(throws: DecodingError.self) {
        try JSONDecoder().decode(DialogEvent.self, from: Data(#"{"type":"nope"}"#.utf8))
    }
}
