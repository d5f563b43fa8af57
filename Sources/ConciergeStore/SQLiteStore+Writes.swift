import ConciergeDialog
import ConciergeEntities
import Foundation
import GRDB

extension SQLiteStore {
    /// One transaction per batch of turns (a batch of one is a plain turn). With a lead in
    /// any of them it runs under `synchronous = FULL`, so SQLite fsyncs the WAL before
    /// `COMMIT` returns: the leads, the rest of the batch and every earlier turn in the same
    /// log are on disk before the caller answers the user.
    ///
    /// Statements are prepared once per connection (`cachedStatement`) and a session written
    /// twice in a batch is stored once, as it is after its last turn.
    ///
    ///     try store.commit([TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: [lead], at: now)])
    public func commit(_ turns: [TurnCommit]) throws {
        guard !turns.isEmpty else { return }
        // Which turn carries each session's final snapshot in this batch.
        var lastSnapshot: [String: Int] = [:]
        for (index, turn) in turns.enumerated() where turn.session != nil { lastSnapshot[turn.sessionID] = index }
        let rows = try turns.indices.map { index in
            try row(turns[index], storesSession: lastSnapshot[turns[index].sessionID] == index)
        }
        // GRDB formats each Date with a DateFormatter; a batch's turns mostly share a few instants.
        var dates: [Date: DatabaseValue] = [:]
        func date(_ value: Date) -> DatabaseValue {
            if let known = dates[value] { return known }
            let text = value.databaseValue
            dates[value] = text
            return text
        }
        try perform { db in
            let durable = turns.contains { !$0.leads.isEmpty }
            if durable { try db.execute(sql: "PRAGMA synchronous = FULL") }
            // Back to the cheap mode even when the transaction failed; if that fails too the
            // connection merely stays in the safer mode.
            defer { if durable { try? db.execute(sql: "PRAGMA synchronous = NORMAL") } }
            try db.inTransaction(.immediate) {
                let saveSession = try db.cachedStatement(sql: """
                    INSERT INTO session (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
                    """)
                let touchSession = try db.cachedStatement(sql: """
                    INSERT INTO session (id, data, created_at, updated_at) VALUES (?, NULL, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
                    """)
                let insertTurn = try db.cachedStatement(sql: """
                    INSERT INTO turn (session_id, at, text, intent, confidence, state, events)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                let insertLead = try db.cachedStatement(sql: """
                    INSERT INTO lead (session_id, captured_at, email, name, company, phone, tier, score, consent, fields)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for row in rows {
                    let turn = row.commit
                    let at = date(turn.at)
                    // The row must exist before its turns and leads (foreign keys), even when
                    // a later turn of the batch writes its data.
                    if let sessionJSON = row.sessionJSON {
                        try saveSession.execute(arguments: [turn.sessionID, sessionJSON, at, at])
                    } else {
                        try touchSession.execute(arguments: [turn.sessionID, at, at])
                    }
                    if let entry = row.entry {
                        try insertTurn.execute(arguments: [turn.sessionID, at, entry.text, entry.intent,
                                                           entry.confidence, entry.state, entry.events])
                    }
                    for (lead, fields) in row.leads {
                        try insertLead.execute(arguments: [
                            lead.sessionID, date(lead.capturedAt), lead.email, lead.name, lead.company, lead.phone,
                            lead.tier, lead.score, lead.consent, fields])
                    }
                }
                return .commit
            }
        }
    }

    /// One turn's values as stored, encoded before the transaction so it stays short. The
    /// session's JSON is left out when a later turn of the batch stores the same session.
    private func row(_ turn: TurnCommit, storesSession: Bool) throws -> StoredTurn {
        let entry = try turn.turn.map { entry in
            StoredTurn.Entry(text: settings.maskPersonalData ? PersonalDataMask.mask(entry.text) : entry.text,
                             intent: entry.intent, confidence: entry.confidence, state: entry.state,
                             events: try eventsJSON(entry.events))
        }
        let leads = try turn.leads.map { lead in (lead: lead, fields: try Self.json(lead.fields)) }
        return StoredTurn(commit: turn, sessionJSON: storesSession ? turn.session.map(SessionJSON.text) : nil,
                          entry: entry, leads: leads)
    }

    /// Deletes the sessions of `subject` with their turns and leads, then checkpoints the WAL
    /// (TRUNCATE), rebuilds the file (VACUUM) and truncates the WAL again, so the deleted
    /// bytes are in none of the `.sqlite`, `-wal` and `-shm` files.
    ///
    ///     try store.forget(.email("ana@acme.com"))   // ForgetResult(sessionIDs: ["web-42"], turns: 7, leads: 1)
    public func forget(_ subject: ForgetSubject) throws -> ForgetResult {
        let result = try perform { db in
            var result = ForgetResult()
            try db.inTransaction(.immediate) {
                result.sessionIDs = try sessionIDs(of: subject, db)
                for id in result.sessionIDs {
                    result.turns += try Int.fetchOne(db, sql: "SELECT count(*) FROM turn WHERE session_id = ?", arguments: [id]) ?? 0
                    result.leads += try Int.fetchOne(db, sql: "SELECT count(*) FROM lead WHERE session_id = ?", arguments: [id]) ?? 0
                    // Turns and leads go by ON DELETE CASCADE; named here as well so the deletion
                    // does not depend on the connection's foreign_keys setting.
                    try db.execute(sql: "DELETE FROM turn WHERE session_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM lead WHERE session_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
                }
                if case .email(let email) = subject {
                    // A lead whose session row is gone cannot exist (foreign key), but an e-mail
                    // typed into another session's lead must go too.
                    result.leads += try Int.fetchOne(db, sql: "SELECT count(*) FROM lead WHERE email = ? COLLATE NOCASE",
                                                     arguments: [email]) ?? 0
                    try db.execute(sql: "DELETE FROM lead WHERE email = ? COLLATE NOCASE", arguments: [email])
                }
                return .commit
            }
            return result
        }
        try scrub()
        return result
    }

    /// Rewrites the files so no deleted byte survives: SQLite's secure_delete zeroes freed
    /// pages in the database, but the WAL still holds the old pages until checkpointed.
    func scrub() throws {
        guard path != ":memory:" else { return }
        try perform { db in
            try checkpoint(db)
            try db.execute(sql: "VACUUM")
            // VACUUM in WAL mode writes the new pages through the WAL: checkpoint them too.
            try checkpoint(db)
        }
    }

    private func checkpoint(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        let busy: Int = row?[0] ?? 1
        if busy != 0 { throw StoreError.checkpointBlocked(path: path) }
    }

    /// The sessions a subject covers: the session itself, or every session that mentioned the
    /// e-mail in its saved state, its transcript, its events or its leads. SQL narrows the
    /// candidates (case-insensitive `instr`, not LIKE: `_` and `%` are common in addresses);
    /// `EmailMention` then requires whole-address matches, so forgetting `a@acme.com` spares
    /// `ana@acme.com`.
    private func sessionIDs(of subject: ForgetSubject, _ db: Database) throws -> [String] {
        switch subject {
        case .session(let id):
            return try String.fetchAll(db, sql: "SELECT id FROM session WHERE id = ?", arguments: [id])
        case .email(let email):
            guard EmailMention.isAddress(email) else { throw StoreError.notAnEmail(email) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, coalesce(data, '') FROM session WHERE instr(lower(coalesce(data, '')), lower(:email)) > 0
                UNION ALL SELECT session_id, text || ' ' || events FROM turn
                    WHERE instr(lower(text), lower(:email)) > 0 OR instr(lower(events), lower(:email)) > 0
                UNION ALL SELECT session_id, coalesce(email, '') || ' ' || fields FROM lead
                    WHERE instr(lower(coalesce(email, '')), lower(:email)) > 0 OR instr(lower(fields), lower(:email)) > 0
                """, arguments: ["email": email])
            let ids = rows.compactMap { row -> String? in
                let text: String = row[1] ?? ""
                return EmailMention.mentions(text, email: email) ? row[0] : nil
            }
            return Set(ids).sorted()
        }
    }

    /// The events as a JSON array, masked like the text when the bot asks for it (a handoff
    /// carries the transcript, a captured lead its e-mail).
    private func eventsJSON(_ events: [DialogEvent]) throws -> String {
        guard settings.maskPersonalData else { return try SessionJSON.events(events) }
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(try Self.json(events).utf8))
        return try Self.json(PersonalDataMask.mask(value))
    }

    /// Compact JSON with sorted keys.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        try LeadRecord.jsonText(value)
    }
}

/// A turn ready for the database: its texts masked and its JSON encoded.
struct StoredTurn {
    struct Entry {
        var text: String
        var intent: String
        var confidence: Double
        var state: String?
        var events: String
    }

    var commit: TurnCommit
    var sessionJSON: String?
    var entry: Entry?
    var leads: [(lead: LeadRecord, fields: String)]
}
