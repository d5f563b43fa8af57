import ConciergeEngine
import ConciergeJSON
import Foundation

/// A batch of turns as the one JSON document `concierge_commit` takes: its sessions (each
/// with the revision its first checked turn was computed on, its last snapshot and how many
/// turns it gets), turns, leads and answered requests (each with its turn's place among its
/// session's turns in the batch, which gives its revision). Texts are masked as the SQLite
/// store masks them.
///
///     try PostgreSQLBatch([TurnCommit(sessionID: "s1", at: now)], maskPersonalData: false).json
///     // {"answered":[],"leads":[],"sessions":[{"at":1795000000,"before":null,"count":1,"data":null,"id":"s1"}],"turns":[]}
struct PostgreSQLBatch {
    /// What the batch does to one session.
    struct SessionPlan {
        /// The revision its first checked turn was computed on (nil: no turn is checked).
        var before: Int?
        var count = 0
        /// Its last snapshot in the batch, as JSON.
        var data: String?
        var at: Date
    }

    let json: String

    init(_ turns: [TurnCommit], maskPersonalData: Bool, seal: PendingSeal? = nil) throws {
        var order: [String] = []
        var sessions: [String: SessionPlan] = [:]
        var answered: [(sessionID: String, ordinal: Int, request: AnsweredRequest)] = []
        // Each turn's place in the batch: its rows are inserted in that order.
        var written = 0
        var writer = JSONWriter(capacity: 4096 * max(1, turns.count))
        writer.beginObject()
        writer.key("turns")
        writer.beginArray()
        for turn in turns {
            var session = sessions[turn.sessionID] ?? SessionPlan(at: turn.at)
            if session.count == 0 { order.append(turn.sessionID) }
            try Self.plan(turn, into: &session, seal: seal)
            sessions[turn.sessionID] = session
            if let request = turn.answered { answered.append((turn.sessionID, session.count, request)) }
            if let entry = turn.turn {
                try Self.write(entry, of: turn, place: written, maskPersonalData: maskPersonalData, to: &writer)
                written += 1
            }
        }
        writer.endArray()
        writer.key("leads")
        writer.beginArray()
        for (index, lead) in turns.flatMap(\.leads).enumerated() { Self.write(lead, index, to: &writer) }
        writer.endArray()
        writer.key("answered")
        writer.beginArray()
        for item in answered {
            writer.beginObject()
            writer.key("session_id"); writer.string(item.sessionID)
            writer.key("ordinal"); writer.number(item.ordinal)
            writer.key("key"); writer.string(item.request.key)
            writer.key("response"); writer.string(item.request.response)
            writer.endObject()
        }
        writer.endArray()
        writer.key("sessions")
        writer.beginArray()
        for id in order {
            if let session = sessions[id] { Self.write(session, id: id, to: &writer) }
        }
        writer.endArray()
        writer.endObject()
        json = String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Counts a turn into its session's plan: one more turn, its snapshot, the revision it
    /// was computed on.
    private static func plan(_ turn: TurnCommit, into session: inout SessionPlan, seal: PendingSeal?) throws {
        session.count += 1
        if let revision = turn.revision {
            let before = revision - session.count
            // The core computes a session's turns in order: two of them disagreeing on the
            // session they started from is a conflict of their own.
            if let known = session.before, known != before {
                throw StoreError.conflict(sessionID: turn.sessionID, stored: known, read: before)
            }
            session.before = before
        }
        if let snapshot = turn.session { session.data = SessionJSON.text(snapshot, seal: seal) }
        session.at = turn.at
    }

    private static func write(_ entry: TranscriptEntry, of turn: TurnCommit, place: Int, maskPersonalData: Bool,
                              to writer: inout JSONWriter) throws {
        let text = maskPersonalData ? PersonalDataMask.mask(entry.text) : entry.text
        let reply = maskPersonalData ? entry.reply.map { PersonalDataMask.mask($0) } : entry.reply
        var events = SessionJSON.events(entry.events)
        if maskPersonalData { events = PersonalDataMask.mask(try JSONParser.parse(Array(events.utf8))).jsonText }
        writer.beginObject()
        writer.key("n"); writer.number(place)
        writer.key("session_id"); writer.string(turn.sessionID)
        writer.key("at"); writer.number(turn.at.timeIntervalSince1970)
        writer.key("text"); writer.string(text)
        writer.key("intent"); writer.string(entry.intent)
        writer.key("confidence"); writer.number(entry.confidence)
        writer.key("state"); if let state = entry.state { writer.string(state) } else { writer.null() }
        writer.key("events"); writer.string(events)
        writer.key("reply"); writer.string(SessionJSON.strings(reply))
        writer.endObject()
    }

    private static func write(_ session: SessionPlan, id: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.string(id)
        writer.key("before"); if let before = session.before { writer.number(before) } else { writer.null() }
        writer.key("count"); writer.number(session.count)
        writer.key("data"); if let data = session.data { writer.string(data) } else { writer.null() }
        writer.key("at"); writer.number(session.at.timeIntervalSince1970)
        writer.endObject()
    }

    private static func write(_ lead: LeadRecord, _ index: Int, to writer: inout JSONWriter) {
        func optional(_ key: String, _ value: String?) {
            writer.key(key)
            if let value { writer.string(value) } else { writer.null() }
        }
        writer.beginObject()
        writer.key("n"); writer.number(index)
        writer.key("session_id"); writer.string(lead.sessionID)
        writer.key("at"); writer.number(lead.capturedAt.timeIntervalSince1970)
        optional("email", lead.email)
        optional("name", lead.name)
        optional("company", lead.company)
        optional("phone", lead.phone)
        optional("tier", lead.tier)
        writer.key("score"); if let score = lead.score { writer.number(score) } else { writer.null() }
        writer.key("consent"); writer.bool(lead.consent)
        writer.key("fields"); writer.string(JSONValue.object(lead.fields).jsonText)
        writer.endObject()
    }
}
