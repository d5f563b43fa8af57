import ConciergeDialog
import ConciergeEngine
import ConciergeStore
import ConciergeEntities
import ConciergeNLU
import Foundation

/// Writes protocol responses as one line of JSON each (see PROTOCOL.md and
/// `schemas/protocol-response.schema.json`), with keys in a fixed order.
///
///     var encoder = ProtocolResponseEncoder()
///     let line = encoder.error(ProtocolError(code: .invalidJSON, message: "not JSON"))
///     // {"id":null,"session":null,"error":{"code":"invalid_json","message":"not JSON"}}
public struct ProtocolResponseEncoder {
    /// How many intents the ranking lists.
    public var rankingLength = 5
    /// Events keep the engine's own `Codable` form, so a new event type needs no change here.
    private let eventEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public init() {}

    /// The response to a message (or, with `intent` nil, to a reset).
    public func reply(_ reply: Reply, id: JSONValue?, session: String, answeredIntent: Bool = true) throws -> [UInt8] {
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
        for score in reply.nlu.ranking.prefix(rankingLength) { write(score, into: &json) }
        json.endArray()
        json.key("entities")
        json.beginArray()
        for entity in reply.nlu.entities {
            json.beginObject()
            json.key("entity"); json.string(entity.entity)
            json.key("value"); json.value(entity.value)
            json.key("text"); json.string(entity.text)
            json.key("start"); json.number(entity.start)
            json.key("end"); json.number(entity.end)
            json.endObject()
        }
        json.endArray()
        json.key("slots"); json.value(.object(reply.slots))
        json.key("state"); json.string(reply.state)
        json.key("events")
        json.beginArray()
        for event in reply.events { try write(event, into: &json) }
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
        json.key("confidence"); json.number(Self.rounded(clicked ? 1 : confidence))
        json.key("decision"); json.string(clicked ? "button" : nlu.decision.rawValue)
        if let button = reply.button {
            json.key("button"); json.string(button)
        }
        json.endObject()
    }

    /// An event, `type` first. The known events are written by hand (they are frequent: every
    /// FAQ answer has one); `if case` rather than `switch` so an event type added to the
    /// engine still encodes, through its `Codable` form.
    private func write(_ event: DialogEvent, into json: inout JSONWriter) throws {
        if case .faqAnswered(let id) = event {
            json.beginObject()
            json.key("type"); json.string(event.type)
            json.key("id"); json.string(id)
            json.endObject()
        } else if case .handoff(let reason, let transcript) = event {
            json.beginObject()
            json.key("type"); json.string(event.type)
            json.key("reason"); json.string(reason.rawValue)
            json.key("transcript")
            json.beginArray()
            for turn in transcript {
                json.beginObject()
                json.key("user"); json.string(turn.user)
                json.key("bot")
                json.beginArray()
                for text in turn.bot { json.string(text) }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        } else if case .sessionExpired = event {
            json.beginObject()
            json.key("type"); json.string(event.type)
            json.endObject()
        } else {
            json.raw(Array(try eventEncoder.encode(event)))
        }
    }

    private func write(_ score: IntentScore, into json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(score.name)
        json.key("confidence"); json.number(Self.rounded(score.confidence))
        json.endObject()
    }

    /// The response to a `forget` request: what the store deleted.
    ///
    ///     {"id":null,"session":"s1","forgotten":{"sessions":["s1"],"turns":12,"leads":1}}
    public func forgotten(_ result: ForgetResult, id: JSONValue?, session: String) -> [UInt8] {
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
    public func error(_ error: ProtocolError) -> [UInt8] {
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

    /// Four decimals are all a reader (or a threshold) needs, and they keep lines short.
    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
