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
    let json: String

    init(_ turns: [TurnCommit], maskPersonalData: Bool) throws {
        var order: [String] = []
        var sessions: [String: (before: Int?, count: Int, data: String?, at: Date)] = [:]
        var writer = JSONWriter(capacity: 4096 * max(1, turns.count))
        writer.beginObject()
        writer.key("turns")
        writer.beginArray()
        var answered: [(String, Int, AnsweredRequest)] = []
        // Each turn's and lead's place in the batch: rows are inserted in that order.
        var turnCount = 0
        for turn in turns {
            var session = sessions[turn.sessionID] ?? (nil, 0, nil, turn.at)
            if session.count == 0 { order.append(turn.sessionID) }
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
            if let snapshot = turn.session { session.data = SessionJSON.text(snapshot) }
            session.at = turn.at
            sessions[turn.sessionID] = session
            if let request = turn.answered { answered.append((turn.sessionID, session.count, request)) }
            guard let entry = turn.turn else { continue }
            let text = maskPersonalData ? PersonalDataMask.mask(entry.text) : entry.text
            let reply = maskPersonalData ? entry.reply.map { PersonalDataMask.mask($0) } : entry.reply
            var events = SessionJSON.events(entry.events)
            if maskPersonalData { events = PersonalDataMask.mask(try JSONParser.parse(Array(events.utf8))).jsonText }
            writer.beginObject()
            writer.key("n"); writer.number(turnCount)
            turnCount += 1
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
        writer.endArray()
        writer.key("leads")
        writer.beginArray()
        for (index, lead) in turns.flatMap(\.leads).enumerated() { Self.write(lead, index, to: &writer) }
        writer.endArray()
        writer.key("answered")
        writer.beginArray()
        for (sessionID, ordinal, request) in answered {
            writer.beginObject()
            writer.key("session_id"); writer.string(sessionID)
            writer.key("ordinal"); writer.number(ordinal)
            writer.key("key"); writer.string(request.key)
            writer.key("response"); writer.string(request.response)
            writer.endObject()
        }
        writer.endArray()
        writer.key("sessions")
        writer.beginArray()
        for id in order {
            guard let session = sessions[id] else { continue }
            writer.beginObject()
            writer.key("id"); writer.string(id)
            writer.key("before"); if let before = session.before { writer.number(before) } else { writer.null() }
            writer.key("count"); writer.number(session.count)
            writer.key("data"); if let data = session.data { writer.string(data) } else { writer.null() }
            writer.key("at"); writer.number(session.at.timeIntervalSince1970)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        json = String(decoding: writer.bytes, as: UTF8.self)
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
