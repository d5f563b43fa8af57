import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation
import ConciergeJSON

/// Writes protocol responses as one line of JSON each (see PROTOCOL.md and
/// `schemas/protocol-response.schema.json`), with keys in a fixed order.
///
///     var encoder = ProtocolResponseEncoder()
///     let line = encoder.error(ProtocolError(code: .invalidJSON, message: "not JSON"))
///     // {"id":null,"session":null,"error":{"code":"invalid_json","message":"not JSON"}}
struct ProtocolResponseEncoder {
    /// How many intents the ranking lists.
    var rankingLength = 5
    init() {}

    /// The response to a message (or, with `intent` nil, to a reset).
    func reply(_ reply: Reply, id: JSONValue?, session: String, answeredIntent: Bool = true) -> [UInt8] {
        var json = JSONWriter(capacity: 768)
        json.beginObject()
        json.key("id"); json.value(id ?? .null)
        json.key("session"); json.string(session)
        json.key("replies")
        json.beginArray()
        for message in reply.messages {
            json.beginObject()
            json.key("text"); json.string(message.text)
            json.key("buttons")
            json.beginArray()
            for button in message.buttons { json.string(button.label) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("intent")
        if answeredIntent {
            writeIntent(reply, into: &json)
        } else {
            json.null()
        }
        json.key("ranking")
        json.beginArray()
        for score in reply.nlu.ranking.prefix(rankingLength) { score.write(to: &json) }
        json.endArray()
        json.key("entities"); reply.nlu.entities.write(to: &json)
        json.key("slots"); json.value(.object(reply.slots))
        json.key("state"); json.string(reply.state)
        json.key("events")
        json.beginArray()
        for event in reply.events { event.write(to: &json) }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    /// The intent the dialog acted on, with NLU's confidence in it (1 for a button click or a
    /// rule) and the stage that decided.
    private func writeIntent(_ reply: Reply, into json: inout JSONWriter) {
        let nlu = reply.nlu
        let clicked = reply.button != nil
        let confidence = nlu.intent.name == reply.intent ? nlu.intent.confidence
            : nlu.ranking.first { $0.name == reply.intent }?.confidence ?? 1
        json.beginObject()
        json.key("name"); json.string(reply.intent)
        json.key("confidence"); json.number(JSONNumber.rounded(clicked ? 1 : confidence))
        json.key("decision"); json.string(clicked ? "button" : nlu.decision.rawValue)
        if let button = reply.button {
            json.key("button"); json.string(button)
        }
        json.endObject()
    }

    /// The response to a `forget` request: what the store deleted.
    ///
    ///     {"id":null,"session":"s1","forgotten":{"sessions":["s1"],"turns":12,"leads":1}}
    func forgotten(_ result: ForgetResult, id: JSONValue?, session: String) -> [UInt8] {
        var json = JSONWriter(capacity: 160)
        json.beginObject()
        json.key("id"); json.value(id ?? .null)
        json.key("session"); json.string(session)
        json.key("forgotten")
        json.beginObject()
        json.key("sessions")
        json.beginArray()
        for id in result.sessionIDs { json.string(id) }
        json.endArray()
        json.key("turns"); json.number(result.turns)
        json.key("leads"); json.number(result.leads)
        json.endObject()
        json.endObject()
        return json.bytes
    }

    /// The response to a line that could not be answered.
    func error(_ error: ProtocolError) -> [UInt8] {
        var json = JSONWriter(capacity: 160)
        json.beginObject()
        json.key("id"); json.value(error.id ?? .null)
        json.key("session")
        if let session = error.session { json.string(session) } else { json.null() }
        json.key("error")
        json.beginObject()
        json.key("code"); json.string(error.code.rawValue)
        json.key("message"); json.string(error.message)
        json.endObject()
        json.endObject()
        return json.bytes
    }
}
