import ConciergeDialog
import Foundation
import ConciergeJSON

/// The JSON texts the store writes: a session in its one JSON form (`DialogSession.write(to:)`,
/// which `JSONDecoder` reads back), a turn's events, a reply's strings.
///
/// Without its transcript (`withTranscript: false`) a session is written with an empty one,
/// for a store that keeps the transcript elsewhere (`SessionTail`).
///
///     SessionJSON.text(DialogSession(state: "welcome", turns: 1))
///     // {"buttons":[],"consecutiveFallbacks":0,"slots":{},"state":"welcome","transcript":[],"turns":1}
enum SessionJSON {
    /// With a `seal`, the values held for consent are written sealed (`sealedPending`).
    static func text(_ session: DialogSession, withTranscript: Bool = true, seal: PendingSeal? = nil) -> String {
        var json = JSONWriter(capacity: 2048)
        (seal?.sealing(session) ?? session).write(to: &json, withTranscript: withTranscript)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The session a stored text holds; a text that no longer decodes is an unreadable session.
    ///
    ///     try SessionJSON.decode(#"{"state":"welcome","turns":1,…}"#, sessionID: "s1").state   // "welcome"
    /// With a `seal`, the values held for consent are opened; without, a sealed box is dropped.
    static func decode(_ text: String, sessionID: String, seal: PendingSeal? = nil) throws -> DialogSession {
        do {
            var session = try JSONDecoder().decode(DialogSession.self, from: Data(text.utf8))
            if let seal { seal.opening(&session) } else { session.sealedPending = nil }
            return session
        } catch {
            throw StoreError.unreadableSession(id: sessionID, message: String(describing: error))
        }
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
        values.isEmpty ? "[]" : values.jsonText
    }
}
