import ConciergeDialog
import ConciergeEntities
import Foundation
import GRDB

extension SQLiteStore {
    /// One transaction per turn. With leads it runs under `synchronous = FULL`, so SQLite
    /// fsyncs the WAL before `COMMIT` returns: the leads, and every earlier turn in the same
    /// log, are on disk before the caller answers the user.
    ///
    ///     try store.commit(TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: [lead], at: now))
    public func commit(_ turn: TurnCommit) throws {
        let sessionJSON = try turn.session.map { try Self.json($0) }
        let entry = try turn.turn.map { entry in
            (text: settings.maskPersonalData ? PersonalDataMask.mask(entry.text) : entry.text,
             events: try eventsJSON(entry.events), entry: entry)
        }
        let leads = try turn.leads.map { lead in (lead: lead, fields: try Self.json(lead.fields)) }
        try perform { db in
            let durable = !leads.isEmpty
            if durable { try db.execute(sql: "PRAGMA synchronous = FULL") }
            // Back to the cheap mode even when the transaction failed; if that fails too the
            // connection merely stays in the safer mode.
            defer { if durable { try? db.execute(sql: "PRAGMA synchronous = NORMAL") } }
            try db.inTransaction(.immediate) {
                if let sessionJSON {
                    try db.execute(sql: """
                        INSERT INTO session (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
                        """, arguments: [turn.sessionID, sessionJSON, turn.at, turn.at])
                } else {
                    try db.execute(sql: """
                        INSERT INTO session (id, data, created_at, updated_at) VALUES (?, NULL, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
                        """, arguments: [turn.sessionID, turn.at, turn.at])
                }
                if let entry {
                    try db.execute(sql: """
                        INSERT INTO turn (session_id, at, text, intent, confidence, state, events)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [turn.sessionID, turn.at, entry.text, entry.entry.intent,
                                         entry.entry.confidence, entry.entry.state, entry.events])
                }
                for (lead, fields) in leads {
                    try db.execute(sql: """
                        INSERT INTO lead (session_id, captured_at, email, name, company, phone, tier, score, consent, fields)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [lead.sessionID, lead.capturedAt, lead.email, lead.name, lead.company, lead.phone,
                                         lead.tier, lead.score, lead.consent, fields])
                }
                return .commit
            }
        }
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
        guard settings.maskPersonalData else { return try Self.json(events) }
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(try Self.json(events).utf8))
        return try Self.json(PersonalDataMask.mask(value))
    }

    /// Compact JSON with sorted keys.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        try LeadRecord.jsonText(value)
    }
}
