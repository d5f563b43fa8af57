import ConciergeDialog
import Foundation
import ConciergeJSON

/// A session's stored JSON, written by hand: the same text `JSONEncoder` (sorted keys, no
/// escaped slashes) makes of a `DialogSession`, so `JSONDecoder` reads it back, but several
/// times faster. Every turn stores its session, and with `JSONEncoder` that snapshot cost
/// as much as the rest of the commit.
///
/// A new stored property of `DialogSession` must be added here too: a test compares this
/// with `JSONEncoder` on a session with every property set, and counts the properties.
///
/// Without its transcript (`withTranscript: false`) a session is written with an empty one,
/// for a store that keeps the transcript elsewhere (`SessionTail`).
///
///     SessionJSON.text(DialogSession(state: "welcome", turns: 1))
///     // {"buttons":[],"consecutiveFallbacks":0,"slots":{},"state":"welcome","transcript":[],"turns":1}
enum SessionJSON {
    static func text(_ session: DialogSession, withTranscript: Bool = true) -> String {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.key("buttons")
        json.beginArray()
        for button in session.buttons {
            json.beginObject()
            json.key("label"); json.string(button.label)
            json.key("payload"); json.string(button.payload)
            json.endObject()
        }
        json.endArray()
        json.key("consecutiveFallbacks"); json.number(session.consecutiveFallbacks)
        if let form = session.form {
            json.key("form")
            json.beginObject()
            json.key("attempts"); json.number(form.attempts)
            json.key("skipped"); strings(form.skipped, into: &json)
            json.key("slot"); json.string(form.slot)
            json.endObject()
        }
        if let lastActivity = session.lastActivity {
            // JSONEncoder's default date strategy: seconds since the reference date.
            json.key("lastActivity"); json.number(lastActivity.timeIntervalSinceReferenceDate)
        }
        json.key("slots"); json.value(.object(session.slots))
        if let state = session.state {
            json.key("state"); json.string(state)
        }
        if let suggested = session.suggested {
            json.key("suggested"); strings(suggested, into: &json)
        }
        json.key("transcript"); (withTranscript ? session.transcript : []).write(to: &json)
        json.key("turns"); json.number(session.turns)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// A turn's events as a JSON array, in their one JSON form (`DialogEvent.write(to:)`).
    ///
    ///     SessionJSON.events([.faqAnswered(id: "pricing")])   // [{"type":"faq_answered","id":"pricing"}]
    static func events(_ events: [DialogEvent]) -> String {
        events.isEmpty ? "[]" : events.jsonText
    }

    /// Strings as a JSON array.
    ///
    ///     SessionJSON.strings(["Hi!", "How can I help?"])   // ["Hi!","How can I help?"]
    static func strings(_ values: [String]) -> String {
        if values.isEmpty { return "[]" }
        var json = JSONWriter(capacity: 256)
        strings(values, into: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func strings(_ values: [String], into json: inout JSONWriter) {
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }
}
